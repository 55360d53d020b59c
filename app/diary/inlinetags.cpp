#include "diary/inlinetags.h"

#include "markdown/parser.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

char32_t codePointAt(QStringView text, qsizetype at, qsizetype *size)
{
    const QChar c = text.at(at);
    if (c.isHighSurrogate() && at + 1 < text.size() && text.at(at + 1).isLowSurrogate()) {
        *size = 2;
        return QChar::surrogateToUcs4(c, text.at(at + 1));
    }
    *size = 1;
    return c.unicode();
}

char32_t codePointBefore(QStringView text, qsizetype at)
{
    const QChar c = text.at(at - 1);
    if (c.isLowSurrogate() && at >= 2 && text.at(at - 2).isHighSurrogate())
        return QChar::surrogateToUcs4(text.at(at - 2), c);
    return c.unicode();
}

bool isNameChar(char32_t c)
{
    return QChar::isLetterOrNumber(c) || QChar::isMark(c) || c == u'_' || c == u'-';
}

// What may stand right before the '#': white space, an opening bracket or quote, or an
// emphasis delimiter (`**#굵게**`).
bool mayPrecede(char32_t c)
{
    if (QChar::isSpace(c) || c == u'*' || c == u'_' || c == u'~')
        return true;
    switch (QChar::category(c)) {
    case QChar::Punctuation_Open:
    case QChar::Punctuation_InitialQuote:
        return true;
    default:
        return c == u'"' || c == u'\'';
    }
}

// The name's length after the '#' at @p hash, within [hash, end); 0 when no tag starts there.
qsizetype nameLength(QStringView text, qsizetype hash, qsizetype end)
{
    qsizetype at = hash + 1;
    qsizetype last = at; // end of the name without trailing '-' and '_'
    bool letter = false;
    while (at < end) {
        qsizetype size = 1;
        const char32_t c = codePointAt(text, at, &size);
        if (!isNameChar(c))
            break;
        at += size;
        if (c != u'-' && c != u'_')
            last = at;
        letter = letter || QChar::isLetter(c);
    }
    return letter ? last - hash - 1 : 0;
}

bool insideLink(const Markdown::Document &document, Markdown::NodeId id)
{
    for (Markdown::NodeId parent = document.node(id).parent; parent != Markdown::NoNode;
        parent = document.node(parent).parent) {
        const Markdown::NodeType type = document.node(parent).type;
        if (type == Markdown::NodeType::Link || type == Markdown::NodeType::Image)
            return true;
        if (document.node(parent).isBlock())
            return false;
    }
    return false;
}

} // namespace

namespace InlineTags {

QList<InlineTag> find(QStringView text)
{
    return find(text, Markdown::parse(text));
}

QList<InlineTag> find(QStringView text, const Markdown::Document &document)
{
    // The source inside each Text node is scanned rather than its literal, so that offsets
    // are the text's own and an escaped `\#` (whose source has the backslash) stays no tag.
    QList<InlineTag> tags;
    Markdown::Walker walker(document);
    while (walker.next()) {
        const Markdown::NodeId id = walker.node();
        const Markdown::Node &node = document.node(id);
        if (!walker.entering() || node.type != Markdown::NodeType::Text || insideLink(document, id))
            continue;
        const qsizetype end = std::min(node.range.end.offset, text.size());
        for (qsizetype at = node.range.start.offset; at < end; ++at) {
            if (text.at(at) != u'#' || (at > 0 && !mayPrecede(codePointBefore(text, at))))
                continue;
            const qsizetype length = nameLength(text, at, end);
            if (length == 0)
                continue;
            tags.append({text.sliced(at + 1, length).toString(), at, length + 1});
            at += length;
        }
    }
    return tags;
}

QStringList names(const QList<InlineTag> &tags)
{
    QStringList result;
    for (const InlineTag &tag : tags) {
        const bool seen
            = std::any_of(result.cbegin(), result.cend(), [&](const QString &name) { return sameTag(name, tag.name); });
        if (!seen)
            result << tag.name;
    }
    return result;
}

bool sameTag(QStringView a, QStringView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

bool isValidName(QStringView name)
{
    const QString hashed = u'#' + name.toString();
    return !name.isEmpty() && nameLength(hashed, 0, hashed.size()) == name.size();
}

void deriveBodyFields(Entry &entry)
{
    const Markdown::Document document = Markdown::parse(entry.text);
    entry.inlineTags.clear();
    for (const QString &name : names(find(entry.text, document))) {
        const bool inFrontMatter = std::any_of(
            entry.tags.cbegin(), entry.tags.cend(), [&](const QString &tag) { return sameTag(tag, name); });
        if (!inFrontMatter)
            entry.inlineTags << name;
    }
    const QList<Markdown::TaskItem> tasks = document.taskItems();
    entry.hasOpenTasks
        = std::any_of(tasks.cbegin(), tasks.cend(), [](const Markdown::TaskItem &task) { return !task.checked; });
}

} // namespace InlineTags
