// Scanners for the syntax the block and inline phases share: escapes, entities, link
// destinations, titles, labels, reference definitions and raw HTML (CommonMark 0.31.2
// §2.4, §2.5, §4.7, §6.3, §6.6).
#include "markdown/entities.h"
#include "markdown/parserinternal.h"
#include "markdown/unicodeclass.h"

using namespace Qt::StringLiterals;

namespace Markdown::Internal {

namespace {

bool isAsciiAlpha(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiAlnum(QChar c)
{
    return isAsciiAlpha(c) || isAsciiDigit(c);
}

bool isHexDigit(QChar c)
{
    return isAsciiDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

bool isLineEnd(QChar c)
{
    return c == u'\n' || c == u'\r';
}

bool isHtmlWhitespace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

void appendCodePoint(QString &out, char32_t cp)
{
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        cp = 0xFFFD;
    if (cp > 0xFFFF) {
        out += QChar(QChar::highSurrogate(cp));
        out += QChar(QChar::lowSurrogate(cp));
    } else {
        out += QChar(char16_t(cp));
    }
}

qsizetype skipHtmlWhitespace(QStringView text, qsizetype pos)
{
    while (pos < text.size() && isHtmlWhitespace(text[pos]))
        ++pos;
    return pos;
}

// An attribute (§6.6), with the whitespace before it; returns the end or -1.
qsizetype scanAttribute(QStringView text, qsizetype pos)
{
    const qsizetype n = text.size();
    qsizetype p = skipHtmlWhitespace(text, pos);
    if (p == pos || p >= n)
        return -1;
    const QChar first = text[p];
    if (!isAsciiAlpha(first) && first != u'_' && first != u':')
        return -1;
    ++p;
    while (p < n && (isAsciiAlnum(text[p]) || text[p] == u'_' || text[p] == u'.' || text[p] == u':' || text[p] == u'-'))
        ++p;
    // optional value specification
    qsizetype q = skipHtmlWhitespace(text, p);
    if (q < n && text[q] == u'=') {
        q = skipHtmlWhitespace(text, q + 1);
        if (q >= n)
            return -1;
        const QChar c = text[q];
        if (c == u'"' || c == u'\'') {
            const qsizetype end = text.indexOf(c, q + 1);
            if (end < 0)
                return -1;
            return end + 1;
        }
        const qsizetype start = q;
        while (q < n) {
            const QChar v = text[q];
            if (isHtmlWhitespace(v) || v == u'"' || v == u'\'' || v == u'=' || v == u'<' || v == u'>' || v == u'`')
                break;
            ++q;
        }
        if (q == start)
            return -1;
        return q;
    }
    return p;
}

} // namespace

QString normalizeLabel(QStringView label)
{
    QString out;
    out.reserve(label.size());
    bool space = false;
    for (QChar c : label) {
        if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f') {
            space = !out.isEmpty();
            continue;
        }
        if (space) {
            out += u' ';
            space = false;
        }
        out += c;
    }
    // Unicode case folding; ẞ (U+1E9E) folds to "ss" like ß.
    return out.toCaseFolded().replace(u"ß"_s, u"ss"_s);
}

qsizetype decodeEntity(QStringView text, qsizetype pos, QString &out)
{
    const qsizetype n = text.size();
    qsizetype p = pos + 1;
    if (p < n && text[p] == u'#') {
        ++p;
        char32_t value = 0;
        qsizetype digits = 0;
        if (p < n && (text[p] == u'x' || text[p] == u'X')) {
            ++p;
            while (p < n && isHexDigit(text[p]) && digits < 7) {
                value = value * 16
                    + char32_t(QChar(text[p]).isDigit() ? text[p].unicode() - u'0'
                                                        : (text[p].toLower().unicode() - u'a' + 10));
                ++p;
                ++digits;
            }
            if (digits == 0 || digits > 6)
                return -1;
        } else {
            while (p < n && isAsciiDigit(text[p]) && digits < 8) {
                value = value * 10 + char32_t(text[p].unicode() - u'0');
                ++p;
                ++digits;
            }
            if (digits == 0 || digits > 7)
                return -1;
        }
        if (p >= n || text[p] != u';')
            return -1;
        appendCodePoint(out, value);
        return p + 1;
    }
    const qsizetype start = p;
    while (p < n && isAsciiAlnum(text[p]) && p - start <= 32)
        ++p;
    if (p == start || p >= n || text[p] != u';')
        return -1;
    const QStringView value = lookupEntity(text.sliced(start, p - start));
    if (value.isNull())
        return -1;
    out += value;
    return p + 1;
}

QString unescapeString(QStringView text)
{
    if (!text.contains(u'\\') && !text.contains(u'&'))
        return text.toString();
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (c == u'\\' && i + 1 < n && isAsciiPunctuation(text[i + 1].unicode())) {
            out += text[i + 1];
            ++i;
        } else if (c == u'&') {
            const qsizetype end = decodeEntity(text, i, out);
            if (end < 0)
                out += c;
            else
                i = end - 1;
        } else {
            out += c;
        }
    }
    return out;
}

qsizetype skipSpacesAndNewline(QStringView text, qsizetype pos)
{
    const qsizetype n = text.size();
    while (pos < n && isSpaceOrTab(text[pos]))
        ++pos;
    if (pos < n && text[pos] == u'\n') {
        ++pos;
        while (pos < n && isSpaceOrTab(text[pos]))
            ++pos;
    }
    return pos;
}

qsizetype scanLinkDestination(QStringView text, qsizetype pos, QString *destination)
{
    const qsizetype n = text.size();
    if (pos >= n)
        return -1;
    if (text[pos] == u'<') {
        qsizetype p = pos + 1;
        while (p < n) {
            const QChar c = text[p];
            if (c == u'>') {
                if (destination)
                    *destination = unescapeString(text.sliced(pos + 1, p - pos - 1));
                return p + 1;
            }
            if (c == u'<' || isLineEnd(c))
                return -1;
            if (c == u'\\' && p + 1 < n && isAsciiPunctuation(text[p + 1].unicode()))
                ++p;
            ++p;
        }
        return -1;
    }
    // Parentheses nest at most 32 deep, which keeps unclosed `(` runs linear.
    int depth = 0;
    qsizetype p = pos;
    while (p < n) {
        const QChar c = text[p];
        if (c == u'\\' && p + 1 < n && isAsciiPunctuation(text[p + 1].unicode())) {
            p += 2;
            continue;
        }
        if (c == u'(') {
            if (++depth > 32)
                return -1;
        } else if (c == u')') {
            if (depth == 0)
                break;
            --depth;
        } else if (c.unicode() <= 0x20 || c.unicode() == 0x7F) {
            break;
        }
        ++p;
    }
    if (p == pos || depth != 0)
        return -1;
    if (destination)
        *destination = unescapeString(text.sliced(pos, p - pos));
    return p;
}

qsizetype scanLinkTitle(QStringView text, qsizetype pos, QString *title)
{
    const qsizetype n = text.size();
    if (pos >= n)
        return -1;
    const QChar open = text[pos];
    QChar close;
    if (open == u'"' || open == u'\'')
        close = open;
    else if (open == u'(')
        close = u')';
    else
        return -1;
    qsizetype p = pos + 1;
    while (p < n) {
        const QChar c = text[p];
        if (c == close) {
            if (title)
                *title = unescapeString(text.sliced(pos + 1, p - pos - 1));
            return p + 1;
        }
        if (open == u'(' && c == u'(')
            return -1;
        if (c == u'\\' && p + 1 < n && isAsciiPunctuation(text[p + 1].unicode()))
            ++p;
        ++p;
    }
    return -1;
}

qsizetype scanLinkLabel(QStringView text, qsizetype pos, QStringView *label)
{
    const qsizetype n = text.size();
    if (pos >= n || text[pos] != u'[')
        return -1;
    qsizetype p = pos + 1;
    bool nonBlank = false;
    while (p < n && p - pos - 1 <= 999) {
        const QChar c = text[p];
        if (c == u']') {
            if (!nonBlank)
                return -1;
            if (label)
                *label = text.sliced(pos + 1, p - pos - 1);
            return p + 1;
        }
        if (c == u'[')
            return -1;
        if (c == u'\\' && p + 1 < n && isAsciiPunctuation(text[p + 1].unicode())) {
            nonBlank = true;
            p += 2;
            continue;
        }
        if (!isHtmlWhitespace(c))
            nonBlank = true;
        ++p;
    }
    return -1;
}

qsizetype parseReferenceDefinition(QStringView text, qsizetype pos, ReferenceMap &references)
{
    const qsizetype n = text.size();
    QStringView label;
    qsizetype p = scanLinkLabel(text, pos, &label);
    if (p < 0 || p >= n || text[p] != u':')
        return -1;
    p = skipSpacesAndNewline(text, p + 1);
    QString destination;
    const qsizetype destEnd = scanLinkDestination(text, p, &destination);
    if (destEnd < 0)
        return -1;
    // The end of the definition if it has no title: only spaces up to the line end.
    auto lineEndAfter = [&](qsizetype q) -> qsizetype {
        while (q < n && isSpaceOrTab(text[q]))
            ++q;
        if (q == n)
            return q;
        if (text[q] == u'\n')
            return q + 1;
        return -1;
    };
    qsizetype beforeTitle = skipSpacesAndNewline(text, destEnd);
    QString title;
    qsizetype end = -1;
    if (beforeTitle != destEnd) {
        const qsizetype titleEnd = scanLinkTitle(text, beforeTitle, &title);
        if (titleEnd >= 0)
            end = lineEndAfter(titleEnd);
    }
    if (end < 0) {
        title.clear();
        end = lineEndAfter(destEnd);
        if (end < 0)
            return -1;
    }
    const QString key = normalizeLabel(label);
    if (key.isEmpty())
        return -1;
    if (!references.contains(key))
        references.insert(key, {destination, title});
    return end;
}

qsizetype scanOpenTag(QStringView text, qsizetype pos)
{
    const qsizetype n = text.size();
    qsizetype p = pos + 1;
    if (p >= n || !isAsciiAlpha(text[p]))
        return -1;
    ++p;
    while (p < n && (isAsciiAlnum(text[p]) || text[p] == u'-'))
        ++p;
    while (true) {
        const qsizetype next = scanAttribute(text, p);
        if (next < 0)
            break;
        p = next;
    }
    p = skipHtmlWhitespace(text, p);
    if (p < n && text[p] == u'/')
        ++p;
    if (p < n && text[p] == u'>')
        return p + 1;
    return -1;
}

qsizetype scanClosingTag(QStringView text, qsizetype pos)
{
    const qsizetype n = text.size();
    qsizetype p = pos + 2;
    if (pos + 1 >= n || text[pos + 1] != u'/' || p >= n || !isAsciiAlpha(text[p]))
        return -1;
    ++p;
    while (p < n && (isAsciiAlnum(text[p]) || text[p] == u'-'))
        ++p;
    p = skipHtmlWhitespace(text, p);
    if (p < n && text[p] == u'>')
        return p + 1;
    return -1;
}

qsizetype scanInlineHtml(QStringView text, qsizetype pos, HtmlScanState &state)
{
    const qsizetype n = text.size();
    if (pos + 1 >= n)
        return -1;
    const QChar c = text[pos + 1];
    if (isAsciiAlpha(c))
        return scanOpenTag(text, pos);
    if (c == u'/')
        return scanClosingTag(text, pos);
    if (c == u'?') {
        if (state.noProcessingEnd)
            return -1;
        const qsizetype end = text.indexOf(u"?>", pos + 2);
        if (end < 0) {
            state.noProcessingEnd = true;
            return -1;
        }
        return end + 2;
    }
    if (c != u'!')
        return -1;
    const QStringView rest = text.sliced(pos);
    if (rest.startsWith(u"<!--")) {
        if (rest.startsWith(u"<!-->"))
            return pos + 5;
        if (rest.startsWith(u"<!--->"))
            return pos + 6;
        if (state.noCommentEnd)
            return -1;
        const qsizetype end = text.indexOf(u"-->", pos + 4);
        if (end < 0) {
            state.noCommentEnd = true;
            return -1;
        }
        return end + 3;
    }
    if (rest.startsWith(u"<![CDATA[")) {
        if (state.noCdataEnd)
            return -1;
        const qsizetype end = text.indexOf(u"]]>", pos + 9);
        if (end < 0) {
            state.noCdataEnd = true;
            return -1;
        }
        return end + 3;
    }
    if (pos + 2 < n && isAsciiAlpha(text[pos + 2])) {
        if (state.noDeclarationEnd)
            return -1;
        const qsizetype end = text.indexOf(u'>', pos + 3);
        if (end < 0) {
            state.noDeclarationEnd = true;
            return -1;
        }
        return end + 1;
    }
    return -1;
}

} // namespace Markdown::Internal
