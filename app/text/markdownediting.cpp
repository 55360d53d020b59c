#include "text/markdownediting.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace MarkdownEditing {

LinePrefix linePrefix(QStringView line)
{
    LinePrefix prefix;
    // Block quote markers: up to three spaces, `>`, an optional space; repeated when nested.
    static const QRegularExpression quote(uR"(^(?: {0,3}> ?)+)"_s);
    const QRegularExpressionMatch quoteMatch = quote.matchView(line);
    qsizetype at = 0;
    if (quoteMatch.hasMatch()) {
        prefix.quote = quoteMatch.captured(0);
        at = quoteMatch.capturedEnd();
    }
    // A list marker, then spaces (or the line end), then an optional task box.
    static const QRegularExpression item(uR"(^( *)([-*+]|[0-9]{1,9}[.)])( +|\t|$)(\[[ xX]\] )?)"_s);
    const QRegularExpressionMatch itemMatch = item.matchView(line.sliced(at));
    if (itemMatch.hasMatch()) {
        prefix.indent = itemMatch.captured(1);
        prefix.marker = itemMatch.captured(2);
        prefix.spacing = itemMatch.captured(3);
        prefix.task = itemMatch.captured(4);
        at += itemMatch.capturedEnd();
    }
    prefix.length = at;
    return prefix;
}

std::optional<TextEdit> continueList(QStringView line, qsizetype cursor)
{
    const LinePrefix prefix = linePrefix(line);
    if (prefix.length == 0 || cursor < prefix.length)
        return std::nullopt;
    // A thematic break (`* * *`, `- - -`) is not a list item.
    static const QRegularExpression thematicBreak(uR"(^ {0,3}([-*_])(?: *\1){2,} *$)"_s);
    if (prefix.quote.isEmpty() && thematicBreak.matchView(line).hasMatch())
        return std::nullopt;

    if (line.sliced(prefix.length).trimmed().isEmpty()) {
        // The second Enter on an empty item ends the list (or the quote).
        return TextEdit {0, line.size(), QString(), 0, 0};
    }

    QString marker = prefix.marker;
    if (!marker.isEmpty() && marker.back().isPunct() && marker.size() > 1) {
        bool ok = false;
        const qlonglong number = marker.first(marker.size() - 1).toLongLong(&ok);
        if (ok)
            marker = QString::number(number + 1) + marker.back();
    }
    QString next = u"\n"_s + prefix.quote;
    if (prefix.isListItem()) {
        const QString spacing = prefix.spacing.isEmpty() ? u" "_s : prefix.spacing;
        next += prefix.indent + marker + spacing + (prefix.task.isEmpty() ? QString() : u"[ ] "_s);
    }
    const qsizetype caret = cursor + next.size();
    return TextEdit {cursor, cursor, next, caret, caret};
}

std::optional<TextEdit> indentListItem(QStringView line, qsizetype cursor, bool outdent)
{
    const LinePrefix prefix = linePrefix(line);
    if (!prefix.isListItem())
        return std::nullopt;
    const qsizetype width = prefix.marker.size() + std::max<qsizetype>(1, prefix.spacing.size());
    const qsizetype at = prefix.quote.size(); // where the indent starts
    if (!outdent) {
        const QString spaces(width, u' ');
        return TextEdit {at, at, spaces, cursor + width, cursor + width};
    }
    const qsizetype remove = std::min(width, prefix.indent.size());
    if (remove == 0)
        return std::nullopt;
    const qsizetype caret = cursor >= at + remove ? cursor - remove : at;
    return TextEdit {at, at + remove, QString(), caret, caret};
}

namespace {

QChar charAt(QStringView text, qsizetype at)
{
    return at >= 0 && at < text.size() ? text[at] : QChar();
}

// Whether [start, end) is wrapped by @p marker: the runs of its character just outside are as
// long on both sides and hold the marker: `**` in `**x**` or `***x***`, `*` in `*x*` or `***x***`
// (but not in `**x**`, which is strong without emphasis).
bool wrappedBy(QStringView text, qsizetype start, qsizetype end, QStringView marker)
{
    const QChar c = marker[0];
    qsizetype before = 0;
    while (charAt(text, start - before - 1) == c)
        ++before;
    qsizetype after = 0;
    while (charAt(text, end + after) == c)
        ++after;
    if (before != after)
        return false;
    return marker.size() == 2 ? (before == 2 || before == 3) : (before == 1 || before == 3);
}

} // namespace

TextEdit wrapSelection(QStringView text, qsizetype selectionStart, qsizetype selectionEnd, Wrap wrap)
{
    const qsizetype start = std::min(selectionStart, selectionEnd);
    const qsizetype end = std::max(selectionStart, selectionEnd);
    const QStringView selected = text.sliced(start, end - start);

    if (wrap == Wrap::Link) {
        if (isUrl(selected)) {
            const QString link = u"[]("_s + selected + u")"_s;
            return TextEdit {start, end, link, start + 1, start + 1};
        }
        const QString link = u"["_s + selected + u"](url)"_s;
        const qsizetype url = start + 1 + selected.size() + 2;
        return TextEdit {start, end, link, url, url + 3};
    }

    const QString marker = wrap == Wrap::Strong ? u"**"_s : u"*"_s;
    const qsizetype n = marker.size();
    // Already wrapped just outside the selection: remove the markers.
    if (start < end && wrappedBy(text, start, end, marker)) {
        return TextEdit {start - n, end + n, selected.toString(), start - n, end - n};
    }
    // The selection includes the markers: remove them.
    if (selected.size() >= 2 * n && selected.startsWith(marker) && selected.endsWith(marker)
        && wrappedBy(selected, n, selected.size() - n, marker)) {
        const QString inner = selected.sliced(n, selected.size() - 2 * n).toString();
        return TextEdit {start, end, inner, start, start + inner.size()};
    }
    return TextEdit {start, end, marker + selected + marker, start + n, end + n};
}

bool isUrl(QStringView text)
{
    static const QRegularExpression url(uR"(^(?:https?://|ftp://)[^\s/$.?#][^\s]*$|^mailto:[^\s@]+@[^\s@]+$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return url.matchView(text).hasMatch();
}

std::optional<QString> linkOnPaste(QStringView selectedText, QStringView pasted)
{
    const QStringView url = pasted.trimmed();
    if (selectedText.isEmpty() || !isUrl(url) || isUrl(selectedText.trimmed()))
        return std::nullopt;
    if (selectedText.contains(u'\n') || selectedText.contains(u'\u2029'))
        return std::nullopt;
    return u"["_s + selectedText + u"]("_s + url + u")"_s;
}

} // namespace MarkdownEditing
