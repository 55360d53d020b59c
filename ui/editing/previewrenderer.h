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
///   the site (the folder's parent). Remote images (http, https) and anything else show a
///   placeholder with their alt text instead and are never fetched;
/// - fenced code is highlighted with KSyntaxHighlighting in the fence's language and theme();
/// - task list items start with ☐ or ☑.
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

    /// The local file URL an image destination is read from; invalid when it is remote or
    /// cannot be resolved (then the preview shows the placeholder).
    QUrl imageUrl(const QString &destination) const;

    /// The HTML body for @p document.
    QString render(const Markdown::Document &document);
    /// @p raw (the text of an HTML block or inline HTML) made harmless, as described above.
    QString sanitizeHtml(QStringView raw) const;

private:
    QString image(const QString &destination, const QString &alt, const QString &title, int width, int height) const;
    QString linkUrl(const QString &destination) const;

    CodeHighlighter m_highlighter;
    QString m_baseFolder;
};
