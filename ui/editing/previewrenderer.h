#pragma once

#include "editing/codehighlighter.h"
#include "markdown/document.h"

#include <QString>
#include <QUrl>

namespace KSyntaxHighlighting {
class Repository;
class Theme;
} // namespace KSyntaxHighlighting

/// Renders a Markdown::Document as the HTML the preview pane shows (QTextBrowser's HTML
/// subset). Unlike Markdown::renderHtml, which passes raw HTML through as CommonMark
/// requires, nothing in the result can act or reach out:
/// - raw HTML: `<img>` becomes an image (only src, alt, width, height and title kept),
///   `<br>` a line break, comments are dropped, every other tag is shown as text;
/// - links keep only http, https, mailto and file URLs (or paths, resolved like images);
///   others (`javascript:`, `data:`…) leave the link text without a link;
/// - images are shown only from local files: a path relative to baseFolder(), a file URL,
///   or an absolute path; in a Jekyll `_posts` folder a path starting with `/` is read from
///   the site (the folder's parent). Remote images (http, https), missing files and anything
///   else show a placeholder with their alt text instead; remote ones are never fetched;
/// - fenced code is highlighted with KSyntaxHighlighting in the fence's language and theme();
/// - task list items start with ☐ or ☑.
///
/// Interactive rendering (setInteractive(), what the preview pane uses) adds what the pane needs
/// to follow the editor and to edit through the preview: each paragraph, heading, code block,
/// HTML block and table row starts with an empty anchor named lineAnchor(line), line being the
/// block's first source line (0-based) — in a text of more than maxLineAnchors lines only blocks
/// at least lines / maxLineAnchors lines after the last anchored one —, and each task box is a link
/// to taskUrl(i), i the item's index in Document::taskItems().
class PreviewRenderer
{
public:
    /// @p repository must outlive the renderer.
    explicit PreviewRenderer(const KSyntaxHighlighting::Repository &repository);

    void setTheme(const KSyntaxHighlighting::Theme &theme);

    /// The folder of the entry's file: relative image paths are read from it. Empty (the
    /// default) when the entry has no file: then only absolute paths and file URLs show.
    QString baseFolder() const { return m_baseFolder; }
    void setBaseFolder(const QString &folder) { m_baseFolder = folder; }

    /// The folder of the diary file: a path starting with `/` (a pasted image's
    /// `/images/…`, DiaryImages) is read from it when the file is there and not in the site
    /// of a `_posts` baseFolder().
    void setDiaryFolder(const QString &folder) { m_diaryFolder = folder; }

    /// The local file URL an image destination is read from; invalid when it is remote or
    /// cannot be resolved (then the preview shows the placeholder).
    QUrl imageUrl(const QString &destination) const;

    bool isInteractive() const { return m_interactive; }
    void setInteractive(bool interactive) { m_interactive = interactive; }
    /// About how many line anchors interactive rendering makes at most.
    static constexpr int maxLineAnchors = 500;
    /// The anchor name of source line @p line (0-based) in interactive rendering.
    static QString lineAnchor(int line);
    /// The line of an anchor name made by lineAnchor(); -1 for any other name.
    static int anchorLine(const QString &name);
    /// The link of the task box of task item @p index (in Document::taskItems() order).
    static QUrl taskUrl(int index);
    /// The task item index of a taskUrl(); -1 for any other URL.
    static int taskIndex(const QUrl &url);

    /// The HTML body for @p document.
    QString render(const Markdown::Document &document);
    /// @p raw (the text of an HTML block or inline HTML) made harmless, as described above.
    QString sanitizeHtml(QStringView raw) const;

private:
    QString image(const QString &destination, const QString &alt, const QString &title, int width, int height) const;
    QString linkUrl(const QString &destination) const;

    CodeHighlighter m_highlighter;
    QString m_baseFolder;
    QString m_diaryFolder;
    bool m_interactive = false;
};
