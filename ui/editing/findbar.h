#pragma once

#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

/// Find and replace within the entry, NFC-insensitive (TextFinder): text pasted from macOS in
/// NFD is found by what the keyboard types, and the other way round.
///
/// The bar sits below the editor, hidden until Ctrl+F in the editor (attach() adds the action).
/// Before it searches or replaces it commits what the editor's input method is composing, so a
/// half-typed syllable is neither lost nor searched past; what is being composed in the find field
/// itself is searched as if typed.
class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QPlainTextEdit *editor, QWidget *parent = nullptr);

    /// How to commit the editor's composing text (Editor::commitPreedit); by default the
    /// platform input method is asked to commit.
    void setPreeditCommitter(std::function<void()> commit) { m_commitPreedit = std::move(commit); }

    /// Shows the bar with the editor's selection (if one line) as the text to find.
    void open();
    /// The text searched for: the find field's text with its composing text.
    QString needle() const;
    QLineEdit *findField() const { return m_find; }
    QLineEdit *replaceField() const { return m_replace; }

    /// Selects the next (or previous) match after the cursor; false when there is none.
    bool findNext(bool backward = false);
    /// Replaces the selected match, if the selection is one, then finds the next.
    bool replaceCurrent();
    /// Replaces every match in one undo step; returns how many.
    int replaceAll();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void commitEditorPreedit();
    void updateStatus();

    QPlainTextEdit *m_editor;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QCheckBox *m_caseSensitive;
    QLabel *m_status;
    QString m_findPreedit;
    std::function<void()> m_commitPreedit;
};
