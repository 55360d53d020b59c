#pragma once

#include "editing/previewrenderer.h"

#include <QTextBrowser>
#include <QTimer>

class QPlainTextEdit;

/// A live preview of the entry: the Markdown engine's tree rendered by PreviewRenderer (raw
/// HTML made harmless, code highlighted in the palette's light or dark theme, task boxes,
/// local images) in a QTextBrowser beside the editor, updated after a short pause in typing,
/// keeping its scroll position. Links open in the browser; a link to another computer asks
/// first. Only local files are ever loaded: remote images are never fetched.
///
/// The pane scrolls with the editor by source line: it shows the block rendered from the
/// editor's top visible line (interpolating between blocks), and scrolling the pane scrolls
/// the editor the same way. Clicking a task box (☐/☑) ticks or unticks the item in the
/// editor's text, one undo step, as if typed.
class PreviewPane : public QTextBrowser
{
    Q_OBJECT
public:
    explicit PreviewPane(QPlainTextEdit *editor, QWidget *parent = nullptr);

    /// Renders now instead of after the pause. While the pane is hidden, the pause, a new entry
    /// file or theme render nothing: call this when showing it.
    void refresh();
    /// The HTML last rendered (the body fragment).
    QString renderedHtml() const { return m_html; }
    /// The entry's file (Entry::sourcePath; empty when it has none): relative image paths
    /// are read from its folder. Renders again.
    void setEntryFile(const QString &path);
    /// The diary file: images pasted into entries (`/images/…`) are read from beside it.
    void setDiaryFile(const QString &path);

    /// Local files only (images from disk); anything else, http and https included, is
    /// never fetched and gives nothing.
    QVariant loadResource(int type, const QUrl &name) override;

    /// Scrolls to show the block rendered from the editor's top visible source line. Called
    /// when the editor scrolls, its cursor moves or the pane renders.
    void followEditor();
    /// Ticks or unticks task item @p index (Document::taskItems() order) in the editor's text.
    void toggleTask(int index);
    /// Highlights code blocks in KSyntaxHighlighting's theme @p name (Theme::name()); an
    /// empty or unknown name follows the palette, light or dark. Renders again.
    void setHighlightingTheme(const QString &name);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    /// A source line and where its block starts in the pane, in scroll-bar units.
    struct LinePlace
    {
        double line = 0;
        double y = 0;
    };

    /// Hidden by hide() (the window's pane is off), not merely not shown yet.
    bool turnedOff() const { return isHidden() && testAttribute(Qt::WA_WState_ExplicitShowHide); }
    /// refresh(), unless the pane is hidden.
    void refreshIfShown();
    void openLink(const QUrl &url);
    void applyTheme();
    void collectLineAnchors();
    /// The places of the blocks, from the top (line 0, y 0) to the end of both texts.
    const QList<LinePlace> &linePlaces();
    void leadEditor();

    QPlainTextEdit *m_editor;
    PreviewRenderer m_renderer;
    QTimer m_timer;
    QString m_html;
    QString m_themeName; ///< empty: the palette's light or dark theme
    /// The first source line and the document position of each block with an anchor.
    QList<std::pair<int, int>> m_lineAnchors;
    QList<LinePlace> m_places; ///< linePlaces(), empty until asked after a render or resize
    bool m_syncing = false; ///< while one side scrolls the other: the echo is ignored
};
