#include "editing/previewrenderer.h"

#include <KSyntaxHighlighting/Theme>

#include <QColor>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Markdown;

namespace {

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

/// An HTML tag at @p pos (a `<`): its name (lower case), whether it closes, its attributes
/// and where it ends (after `>`); end < 0 when there is no tag there.
struct Tag
{
    qsizetype end = -1;
    QString name;
    bool closing = false;
    QList<std::pair<QString, QString>> attributes;

    QString attribute(QStringView key) const
    {
        for (const auto &[name, value] : attributes) {
            if (name == key)
                return value;
        }
        return {};
    }
};

Tag scanTag(QStringView text, qsizetype pos)
{
    Tag tag;
    const qsizetype n = text.size();
    qsizetype p = pos + 1;
    if (p < n && text[p] == u'/') {
        tag.closing = true;
        ++p;
    }
    const qsizetype nameStart = p;
    while (p < n && (isAsciiLetter(text[p]) || text[p].isDigit() || text[p] == u'-'))
        ++p;
    if (p == nameStart || !isAsciiLetter(text[nameStart]))
        return tag;
    tag.name = text.sliced(nameStart, p - nameStart).toString().toLower();
    while (p < n) {
        while (p < n && (text[p].isSpace() || text[p] == u'/'))
            ++p;
        if (p >= n)
            return {};
        if (text[p] == u'>') {
            tag.end = p + 1;
            return tag;
        }
        const qsizetype keyStart = p;
        while (p < n && !text[p].isSpace() && text[p] != u'=' && text[p] != u'>' && text[p] != u'/')
            ++p;
        QString key = text.sliced(keyStart, p - keyStart).toString().toLower();
        while (p < n && text[p].isSpace())
            ++p;
        QString value;
        if (p < n && text[p] == u'=') {
            ++p;
            while (p < n && text[p].isSpace())
                ++p;
            if (p < n && (text[p] == u'"' || text[p] == u'\'')) {
                const qsizetype close = text.indexOf(text[p], p + 1);
                if (close < 0)
                    return {};
                value = text.sliced(p + 1, close - p - 1).toString();
                p = close + 1;
            } else {
                const qsizetype valueStart = p;
                while (p < n && !text[p].isSpace() && text[p] != u'>')
                    ++p;
                value = text.sliced(valueStart, p - valueStart).toString();
            }
        }
        if (key.isEmpty())
            return {};
        tag.attributes.append({std::move(key), std::move(value)});
    }
    return {};
}

/// A pixel size attribute (`300` or `300px`); 0 when absent or anything else.
int pixels(QString value)
{
    if (value.endsWith(u"px"_s, Qt::CaseInsensitive))
        value.chop(2);
    bool ok = false;
    const int result = value.trimmed().toInt(&ok);
    return ok && result > 0 && result <= 10000 ? result : 0;
}

bool inTightList(const Document &doc, NodeId paragraph)
{
    const NodeId item = doc.node(paragraph).parent;
    if (item == NoNode || doc.node(item).type != NodeType::ListItem)
        return false;
    const NodeId list = doc.node(item).parent;
    return list != NoNode && doc.details(list).list.tight;
}

bool onlyTasks(const Document &doc, NodeId list)
{
    for (NodeId item = doc.node(list).firstChild; item != NoNode; item = doc.node(item).next) {
        if (!doc.details(item).task.isTask)
            return false;
    }
    return true;
}

QString attributeValue(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

PreviewRenderer::PreviewRenderer(const KSyntaxHighlighting::Repository &repository)
    : m_highlighter(repository)
{ }

void PreviewRenderer::setTheme(const KSyntaxHighlighting::Theme &theme)
{
    m_highlighter.setTheme(theme);
}

namespace {
const QString lineAnchorPrefix = u"hoego-line-"_s;
const QString taskScheme = u"hoego-task"_s;
} // namespace

QString PreviewRenderer::lineAnchor(int line)
{
    return lineAnchorPrefix + QString::number(line);
}

int PreviewRenderer::anchorLine(const QString &name)
{
    if (!name.startsWith(lineAnchorPrefix))
        return -1;
    bool ok = false;
    const int line = QStringView(name).sliced(lineAnchorPrefix.size()).toInt(&ok);
    return ok ? line : -1;
}

QUrl PreviewRenderer::taskUrl(int index)
{
    QUrl url;
    url.setScheme(taskScheme);
    url.setPath(QString::number(index));
    return url;
}

int PreviewRenderer::taskIndex(const QUrl &url)
{
    if (url.scheme() != taskScheme)
        return -1;
    bool ok = false;
    const int index = url.path().toInt(&ok);
    return ok && index >= 0 ? index : -1;
}

QUrl PreviewRenderer::imageUrl(const QString &destination) const
{
    const QUrl url(destination, QUrl::TolerantMode);
    if (!url.isValid())
        return {};
    if (url.isLocalFile())
        return QUrl::fromLocalFile(url.toLocalFile());
    if (!url.scheme().isEmpty() || !url.host().isEmpty())
        return {}; // remote (http, https…) or not a place at all (javascript:, data:…)
    const QString path = url.path(QUrl::FullyDecoded);
    if (path.isEmpty())
        return {};
    if (path.startsWith(u'/')) {
        // Jekyll: a post in SITE/_posts links site files as /assets/…
        if (!m_baseFolder.isEmpty() && QFileInfo(m_baseFolder).fileName() == u"_posts"_s) {
            const QString site = QDir::cleanPath(QFileInfo(m_baseFolder).absolutePath() + path);
            if (m_diaryFolder.isEmpty() || QFileInfo::exists(site))
                return QUrl::fromLocalFile(site);
        }
        // An image pasted in Hoego (/images/…) lives beside the diary.
        if (!m_diaryFolder.isEmpty()) {
            const QString beside = QDir::cleanPath(m_diaryFolder + path);
            if (QFileInfo::exists(beside))
                return QUrl::fromLocalFile(beside);
        }
        return QUrl::fromLocalFile(QDir::cleanPath(path));
    }
    if (m_baseFolder.isEmpty())
        return {};
    return QUrl::fromLocalFile(QDir::cleanPath(QDir(m_baseFolder).absoluteFilePath(path)));
}

QString PreviewRenderer::linkUrl(const QString &destination) const
{
    const QUrl url(destination, QUrl::TolerantMode);
    if (!url.isValid())
        return {};
    const QString scheme = url.scheme().toLower();
    if (scheme == u"http"_s || scheme == u"https"_s || scheme == u"mailto"_s || scheme == u"file"_s)
        return url.toString(QUrl::FullyEncoded);
    if (!scheme.isEmpty())
        return {};
    if (destination.startsWith(u'#'))
        return destination; // a place in the document itself
    const QUrl local = imageUrl(destination);
    return local.isValid() ? local.toString(QUrl::FullyEncoded) : QString();
}

QString PreviewRenderer::image(
    const QString &destination, const QString &alt, const QString &title, int width, int height) const
{
    const QUrl url = imageUrl(destination);
    // A missing file would show as a large broken-image icon: the placeholder says more.
    if (!url.isValid() || !QFileInfo::exists(url.toLocalFile())) {
        const QString name = alt.isEmpty() ? destination : alt;
        return u"<span style=\"color:gray\">"_s
            + QCoreApplication::translate("PreviewRenderer", "[image: %1]").arg(name).toHtmlEscaped() + u"</span>"_s;
    }
    QString html = u"<img src=\""_s + attributeValue(url.toString(QUrl::FullyEncoded)) + u"\" alt=\""_s
        + attributeValue(alt) + u'"';
    if (!title.isEmpty())
        html += u" title=\""_s + attributeValue(title) + u'"';
    if (width > 0)
        html += u" width=\"%1\""_s.arg(width);
    if (height > 0)
        html += u" height=\"%1\""_s.arg(height);
    return html + u" />"_s;
}

QString PreviewRenderer::sanitizeHtml(QStringView raw) const
{
    QString out;
    const qsizetype n = raw.size();
    qsizetype plain = 0; // text from here to i is copied as it is
    auto flush = [&](qsizetype i) { out += raw.sliced(plain, i - plain); };
    qsizetype i = 0;
    while (i < n) {
        const QChar c = raw[i];
        if (c == u'>') {
            flush(i);
            out += u"&gt;"_s;
            plain = ++i;
            continue;
        }
        if (c != u'<') {
            ++i;
            continue;
        }
        flush(i);
        if (raw.sliced(i).startsWith(u"<!--")) {
            const qsizetype close = raw.indexOf(u"-->", i + 4);
            plain = i = close < 0 ? n : close + 3;
            continue;
        }
        const Tag tag = scanTag(raw, i);
        if (tag.end > 0 && !tag.closing && tag.name == u"img"_s) {
            out += image(tag.attribute(u"src"), tag.attribute(u"alt"), tag.attribute(u"title"),
                pixels(tag.attribute(u"width")), pixels(tag.attribute(u"height")));
        } else if (tag.end > 0 && tag.name == u"br"_s) {
            out += u"<br />"_s;
        } else if (tag.end > 0) {
            out += raw.sliced(i, tag.end - i).toString().toHtmlEscaped();
        } else {
            out += u"&lt;"_s;
            plain = ++i;
            continue;
        }
        plain = i = tag.end;
    }
    flush(n);
    return out;
}

QString PreviewRenderer::render(const Document &doc)
{
    QString out;
    std::vector<bool> linkOpened;
    int tasks = 0;
    // Interactive: where the block starting at @p node's first line begins. At most about
    // maxLineAnchors of them: QTextDocument compares a new anchor's format with every earlier
    // one (its hash of the anchor names is only their count), so a long entry with an anchor
    // per block took seconds to show.
    const int spacing = std::max(1, doc.node(doc.root()).range.end.line / maxLineAnchors);
    int nextAnchorLine = 0;
    const auto anchor = [&](NodeId node) {
        const int line = doc.node(node).range.start.line;
        if (!m_interactive || line < nextAnchorLine)
            return;
        out += u"<a name=\""_s + lineAnchor(line) + u"\"></a>"_s;
        nextAnchorLine = line + spacing;
    };
    int inImage = 0; // > 0 inside an image: its children are the alt text, already written
    Walker walker(doc);
    while (walker.next()) {
        const NodeId id = walker.node();
        const bool entering = walker.entering();
        const Node &n = doc.node(id);
        const NodeDetails &d = doc.details(id);
        if (inImage > 0) {
            if (n.type == NodeType::Image)
                inImage += entering ? 1 : -1;
            continue;
        }
        switch (n.type) {
        case NodeType::Document:
        case NodeType::FrontMatter:
            break;
        case NodeType::BlockQuote:
            out += entering ? u"<blockquote>"_s : u"</blockquote>\n"_s;
            break;
        case NodeType::List:
            if (entering) {
                const QString style = onlyTasks(doc, id) ? u" style=\"list-style-type:none\""_s : QString();
                if (d.list.ordered)
                    out += u"<ol start=\"%1\"%2>"_s.arg(d.list.start).arg(style);
                else
                    out += u"<ul"_s + style + u'>';
            } else {
                out += d.list.ordered ? u"</ol>\n"_s : u"</ul>\n"_s;
            }
            break;
        case NodeType::ListItem:
            if (entering) {
                out += u"<li>"_s;
                if (d.task.isTask) {
                    const QString box = d.task.checked ? u"☑"_s : u"☐"_s;
                    if (m_interactive)
                        out += u"<a href=\""_s + taskUrl(tasks).toString() + u"\" style=\"text-decoration:none\">"_s
                            + box + u"</a> "_s;
                    else
                        out += box + u' ';
                    ++tasks;
                }
            } else {
                out += u"</li>\n"_s;
            }
            break;
        case NodeType::Heading:
            out += (entering ? u"<h%1>"_s : u"</h%1>\n"_s).arg(n.level);
            if (entering)
                anchor(id);
            break;
        case NodeType::Paragraph:
            if (!inTightList(doc, id))
                out += entering ? u"<p>"_s : u"</p>\n"_s;
            if (entering)
                anchor(id);
            break;
        case NodeType::CodeBlock: {
            const KSyntaxHighlighting::Theme theme = m_highlighter.theme();
            const QString language = d.info.section(u' ', 0, 0, QString::SectionSkipEmpty);
            out += u"<pre style=\"background-color:%1; color:%2\">"_s.arg(
                QColor(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)).name(),
                QColor(theme.textColor(KSyntaxHighlighting::Theme::Normal)).name());
            anchor(id);
            QStringView code = n.literal;
            if (code.endsWith(u'\n'))
                code.chop(1);
            out += m_highlighter.toHtml(code, language) + u"</pre>\n"_s;
            break;
        }
        case NodeType::HtmlBlock: {
            const QString html = sanitizeHtml(n.literal);
            if (!html.trimmed().isEmpty()) { // a block of comments only shows nothing
                out += u"<p style=\"white-space:pre-wrap\">"_s;
                anchor(id);
                out += html + u"</p>\n"_s;
            }
            break;
        }
        case NodeType::HtmlInline:
            out += sanitizeHtml(n.literal);
            break;
        case NodeType::ThematicBreak:
            out += u"<hr />\n"_s;
            break;
        case NodeType::Table:
            out += entering ? u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"_s : u"</table>\n"_s;
            break;
        case NodeType::TableRow:
            out += entering ? u"<tr>"_s : u"</tr>\n"_s;
            break;
        case NodeType::TableCell: {
            const QString cell = doc.node(n.parent).header ? u"th"_s : u"td"_s;
            if (!entering) {
                out += u"</"_s + cell + u'>';
                break;
            }
            out += u'<' + cell;
            switch (n.alignment) {
            case Alignment::Left:
                out += u" align=\"left\""_s;
                break;
            case Alignment::Center:
                out += u" align=\"center\""_s;
                break;
            case Alignment::Right:
                out += u" align=\"right\""_s;
                break;
            case Alignment::None:
                break;
            }
            out += u'>';
            if (n.prev == NoNode)
                anchor(n.parent);
            break;
        }
        case NodeType::Text:
            out += n.literal.toHtmlEscaped();
            break;
        case NodeType::SoftBreak:
            out += u'\n';
            break;
        case NodeType::LineBreak:
            out += u"<br />"_s;
            break;
        case NodeType::Code:
            out += u"<code>"_s + n.literal.toHtmlEscaped() + u"</code>"_s;
            break;
        case NodeType::Emphasis:
            out += entering ? u"<em>"_s : u"</em>"_s;
            break;
        case NodeType::Strong:
            out += entering ? u"<strong>"_s : u"</strong>"_s;
            break;
        case NodeType::Strikethrough:
            out += entering ? u"<s>"_s : u"</s>"_s;
            break;
        case NodeType::Link:
            if (entering) {
                const QString href = linkUrl(d.destination);
                linkOpened.push_back(!href.isEmpty());
                if (!href.isEmpty()) {
                    out += u"<a href=\""_s + attributeValue(href) + u'"';
                    if (!d.title.isEmpty())
                        out += u" title=\""_s + attributeValue(d.title) + u'"';
                    out += u'>';
                }
            } else {
                if (linkOpened.back())
                    out += u"</a>"_s;
                linkOpened.pop_back();
            }
            break;
        case NodeType::Image:
            if (entering) {
                out += image(d.destination, doc.plainText(id), d.title, 0, 0);
                inImage = 1;
            }
            break;
        }
    }
    return out;
}
