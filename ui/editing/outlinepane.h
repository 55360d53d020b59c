#pragma once

#include <QTimer>
#include <QTreeWidget>

class QPlainTextEdit;

/// The outline of the entry: its headings from the Markdown engine's tree, nested by level.
/// Clicking a heading moves the editor's cursor to it; the heading the cursor is under is
/// highlighted (bold and selected) as the cursor moves. Updates after a short pause in typing,
/// unless hidden.
class OutlinePane : public QTreeWidget
{
    Q_OBJECT
public:
    explicit OutlinePane(QPlainTextEdit *editor, QWidget *parent = nullptr);

    /// Rebuilds the outline now instead of after the pause.
    void refresh();
    /// The item of the heading the editor's cursor is under (null before the first heading).
    QTreeWidgetItem *currentHeadingItem() const;

    enum Role { OffsetRole = Qt::UserRole + 1 }; ///< the heading's UTF-16 offset in the text

private:
    /// Hidden by hide() (the window's pane is off), not merely not shown yet.
    bool turnedOff() const { return isHidden() && testAttribute(Qt::WA_WState_ExplicitShowHide); }
    void jumpTo(QTreeWidgetItem *item);
    void highlightCurrent();

    QPlainTextEdit *m_editor;
    QTimer m_timer;
    QTreeWidgetItem *m_current = nullptr; ///< the item shown bold; null when none
};
