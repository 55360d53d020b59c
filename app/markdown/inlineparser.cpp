// The inline phase (CommonMark 0.31.2 §6 and the appendix "A parsing strategy": the
// delimiter stack, "look for link or image", "process emphasis"), GFM strikethrough and
// extended autolinks, and the CJK-friendly flanking rules.
#include "markdown/parserinternal.h"
#include "markdown/unicodeclass.h"

#include <algorithm>
#include <array>
#include <vector>

using namespace Qt::StringLiterals;

namespace Markdown::Internal {

namespace {

struct Delimiter
{
    NodeId node = NoNode;
    char16_t ch = 0;
    int count = 0; ///< delimiters left in the run
    int original = 0; ///< the run's length as scanned
    bool canOpen = false;
    bool canClose = false;
    int prev = -1;
    int next = -1;
    bool removed = false;
};

struct Bracket
{
    NodeId node = NoNode;
    int delimiterBottom = -1; ///< the top of the delimiter stack when the bracket was pushed
    qsizetype textStart = 0; ///< content offset after `[`
    bool image = false;
    bool active = true;
    bool bracketAfter = false;
};

enum class Flank : quint8 { Whitespace, Punctuation, Cjk, VariationSelector, Other };

class InlineParser
{
public:
    InlineParser(
        Document &document, NodeId block, QStringView text, const ReferenceMap &references, const Options &options)
        : m_doc(document)
        , m_block(block)
        , m_text(text)
        , m_refs(references)
        , m_options(options)
        , m_gfm(options.dialect == Dialect::Gfm)
    { }

    void run();

private:
    // Nodes
    NodeId addNode(NodeType type, qsizetype start, qsizetype end);
    NodeId addText(QString literal, qsizetype start, qsizetype end);
    void appendPending(QStringView text, qsizetype start);
    void flushPending();

    // Constructs
    void handleNewline();
    void handleBackslash();
    void handleBackticks();
    void handleDelimiterRun();
    void handleOpenBracket(bool image);
    void handleCloseBracket();
    void handleAngle();
    void handleEntity();

    bool parseInlineLink(qsizetype pos, QString *destination, QString *title, qsizetype *end);
    void flanking(qsizetype start, qsizetype end, bool *left, bool *right, bool *prevPunct, bool *nextPunct) const;

    // Delimiters
    void pushDelimiter(NodeId node, char16_t ch, int count, bool canOpen, bool canClose);
    void removeDelimiter(int index);
    void processEmphasis(int stackBottom);
    void moveChildrenInto(NodeId container, NodeId from, NodeId until);

    Document &m_doc;
    NodeId m_block;
    QStringView m_text;
    const ReferenceMap &m_refs;
    const Options &m_options;
    bool m_gfm;
    qsizetype m_pos = 0;

    QString m_pending;
    qsizetype m_pendingStart = -1;
    qsizetype m_pendingEnd = -1;

    std::vector<Delimiter> m_delims;
    int m_lastDelim = -1;
    std::vector<Bracket> m_brackets;
    HtmlScanState m_htmlState;

    // Code spans: the backtick runs of the text by length, scanned once.
    bool m_backticksScanned = false;
    std::vector<std::vector<qsizetype>> m_backtickRuns;
    std::vector<size_t> m_backtickCursor;
};

bool isSpecial(char16_t c, bool gfm)
{
    switch (c) {
    case u'\n':
    case u'\\':
    case u'`':
    case u'*':
    case u'_':
    case u'[':
    case u']':
    case u'!':
    case u'<':
    case u'&':
        return true;
    case u'~':
        return gfm;
    default:
        return false;
    }
}

NodeId InlineParser::addNode(NodeType type, qsizetype start, qsizetype end)
{
    const NodeId id = m_doc.append(m_block, type);
    Node &n = m_doc.mutableNode(id);
    n.range.start.offset = start;
    n.range.end.offset = end;
    return id;
}

NodeId InlineParser::addText(QString literal, qsizetype start, qsizetype end)
{
    flushPending();
    const NodeId id = addNode(NodeType::Text, start, end);
    m_doc.mutableNode(id).literal = std::move(literal);
    return id;
}

void InlineParser::appendPending(QStringView text, qsizetype start)
{
    if (m_pendingStart < 0)
        m_pendingStart = start;
    m_pending += text;
}

void InlineParser::flushPending()
{
    if (m_pendingStart < 0)
        return;
    const NodeId id = addNode(NodeType::Text, m_pendingStart, m_pendingEnd < 0 ? m_pos : m_pendingEnd);
    m_doc.mutableNode(id).literal = m_pending;
    m_pending.clear();
    m_pendingStart = -1;
    m_pendingEnd = -1;
}

void InlineParser::run()
{
    const qsizetype n = m_text.size();
    while (m_pos < n) {
        const char16_t c = m_text[m_pos].unicode();
        switch (c) {
        case u'\n':
            handleNewline();
            break;
        case u'\\':
            handleBackslash();
            break;
        case u'`':
            handleBackticks();
            break;
        case u'*':
        case u'_':
        case u'~':
            handleDelimiterRun();
            break;
        case u'[':
            handleOpenBracket(false);
            break;
        case u'!':
            if (m_pos + 1 < n && m_text[m_pos + 1] == u'[') {
                handleOpenBracket(true);
            } else {
                appendPending(m_text.sliced(m_pos, 1), m_pos);
                ++m_pos;
            }
            break;
        case u']':
            handleCloseBracket();
            break;
        case u'<':
            handleAngle();
            break;
        case u'&':
            handleEntity();
            break;
        default: {
            qsizetype end = m_pos + 1;
            while (end < n && !isSpecial(m_text[end].unicode(), m_gfm))
                ++end;
            appendPending(m_text.sliced(m_pos, end - m_pos), m_pos);
            m_pos = end;
            break;
        }
        }
    }
    flushPending();
    processEmphasis(-1);
}

void InlineParser::handleNewline()
{
    // Trailing spaces of the line: two or more make a hard break (§6.7); all are dropped.
    qsizetype spaces = 0;
    while (spaces < m_pending.size() && m_pending[m_pending.size() - 1 - spaces] == u' ')
        ++spaces;
    const bool hard = spaces >= 2;
    if (spaces > 0) {
        m_pending.chop(spaces);
        m_pendingEnd = m_pos - spaces;
        if (m_pending.isEmpty())
            m_pendingStart = -1;
    }
    flushPending();
    addNode(hard ? NodeType::LineBreak : NodeType::SoftBreak, m_pos - (hard ? spaces : 0), m_pos + 1);
    ++m_pos;
    while (m_pos < m_text.size() && isSpaceOrTab(m_text[m_pos]))
        ++m_pos;
}

void InlineParser::handleBackslash()
{
    const qsizetype n = m_text.size();
    if (m_pos + 1 < n && m_text[m_pos + 1] == u'\n') {
        flushPending();
        addNode(NodeType::LineBreak, m_pos, m_pos + 2);
        m_pos += 2;
        while (m_pos < n && isSpaceOrTab(m_text[m_pos]))
            ++m_pos;
        return;
    }
    if (m_pos + 1 < n && isAsciiPunctuation(m_text[m_pos + 1].unicode())) {
        if (m_pendingStart < 0)
            m_pendingStart = m_pos;
        m_pending += m_text[m_pos + 1];
        m_pos += 2;
        return;
    }
    appendPending(m_text.sliced(m_pos, 1), m_pos);
    ++m_pos;
}

void InlineParser::handleBackticks()
{
    const qsizetype n = m_text.size();
    const qsizetype start = m_pos;
    qsizetype end = start;
    while (end < n && m_text[end] == u'`')
        ++end;
    const qsizetype length = end - start;

    if (!m_backticksScanned) {
        m_backticksScanned = true;
        for (qsizetype p = start; p < n;) {
            if (m_text[p] != u'`') {
                ++p;
                continue;
            }
            qsizetype q = p;
            while (q < n && m_text[q] == u'`')
                ++q;
            const size_t len = size_t(q - p);
            if (m_backtickRuns.size() <= len) {
                m_backtickRuns.resize(len + 1);
                m_backtickCursor.resize(len + 1, 0);
            }
            m_backtickRuns[len].push_back(p);
            p = q;
        }
    }
    qsizetype closer = -1;
    if (size_t(length) < m_backtickRuns.size()) {
        const auto &runs = m_backtickRuns[size_t(length)];
        size_t &cursor = m_backtickCursor[size_t(length)];
        while (cursor < runs.size() && runs[cursor] < end)
            ++cursor;
        if (cursor < runs.size())
            closer = runs[cursor];
    }
    if (closer < 0) {
        appendPending(m_text.sliced(start, length), start);
        m_pos = end;
        return;
    }
    QString content = m_text.sliced(end, closer - end).toString();
    content.replace(u'\n', u' ');
    if (content.size() >= 2 && content.front() == u' ' && content.back() == u' '
        && content.count(u' ') != content.size()) {
        content = content.sliced(1, content.size() - 2);
    }
    flushPending();
    const NodeId id = addNode(NodeType::Code, start, closer + length);
    m_doc.mutableNode(id).literal = std::move(content);
    m_pos = closer + length;
}

// Classifies the characters around a delimiter run at [start, end) and decides whether it
// is left- and right-flanking (§6.2, or the CJK-friendly amendment's definitions).
void InlineParser::flanking(
    qsizetype start, qsizetype end, bool *left, bool *right, bool *prevPunct, bool *nextPunct) const
{
    qsizetype prevStart = 0;
    const char32_t before = start > 0 ? codePointBefore(m_text, start, &prevStart) : U'\n';
    const char32_t after = end < m_text.size() ? codePointAt(m_text, end) : U'\n';
    const bool beforeSpace = isUnicodeWhitespace(before);
    const bool afterSpace = isUnicodeWhitespace(after);
    const bool afterPunctuation = isUnicodePunctuation(after);

    if (!m_options.cjkFriendly) {
        const bool beforePunctuation = isUnicodePunctuation(before);
        *left = !afterSpace && (!afterPunctuation || beforeSpace || beforePunctuation);
        *right = !beforeSpace && (!beforePunctuation || afterSpace || afterPunctuation);
        *prevPunct = beforePunctuation;
        *nextPunct = afterPunctuation;
        return;
    }

    // The character (sequence) before: a variation selector U+FE00..FE0E belongs to the
    // character before it.
    char32_t base = before;
    char32_t selector = 0;
    if (isNonEmojiVariationSelector(before) && prevStart > 0) {
        selector = before;
        base = codePointBefore(m_text, prevStart);
    }
    const bool baseCjk = isCjkCharacter(base);
    const bool basePunctuation = isUnicodePunctuation(base);
    const bool ambiguous = selector && isCjkAmbiguousPunctuationSequence(base, selector);
    // "CJK sequence" (a CJK character, optionally with a selector), with the CJK ambiguous
    // punctuation sequences counted as CJK punctuation.
    const bool beforeCjk = baseCjk || ambiguous;
    const bool beforeNonCjkPunctuation = basePunctuation && !baseCjk && !ambiguous;
    const bool beforeIvs = isIdeographicVariationSelector(before);

    const bool afterCjk = isCjkCharacter(after);
    const bool afterNonCjkPunctuation = afterPunctuation && !afterCjk;

    *left
        = !afterSpace && (!afterNonCjkPunctuation || beforeSpace || beforeNonCjkPunctuation || beforeCjk || beforeIvs);
    *right = !beforeSpace && (!beforeNonCjkPunctuation || afterSpace || afterNonCjkPunctuation || afterCjk);
    // "Unicode punctuation sequence" for the `_` rules.
    *prevPunct = selector ? basePunctuation : isUnicodePunctuation(before);
    *nextPunct = afterPunctuation;
}

void InlineParser::handleDelimiterRun()
{
    const qsizetype n = m_text.size();
    const char16_t ch = m_text[m_pos].unicode();
    const qsizetype start = m_pos;
    qsizetype end = start;
    while (end < n && m_text[end] == ch)
        ++end;
    const int count = int(end - start);
    m_pos = end;
    if (ch == u'~' && (!m_gfm || count > 2)) {
        appendPending(m_text.sliced(start, count), start);
        return;
    }
    bool left = false, right = false, prevPunct = false, nextPunct = false;
    flanking(start, end, &left, &right, &prevPunct, &nextPunct);
    bool canOpen = left;
    bool canClose = right;
    if (ch == u'_') {
        canOpen = left && (!right || prevPunct);
        canClose = right && (!left || nextPunct);
    }
    const NodeId node = addText(m_text.sliced(start, count).toString(), start, end);
    if (canOpen || canClose)
        pushDelimiter(node, ch, count, canOpen, canClose);
}

void InlineParser::pushDelimiter(NodeId node, char16_t ch, int count, bool canOpen, bool canClose)
{
    Delimiter d;
    d.node = node;
    d.ch = ch;
    d.count = count;
    d.original = count;
    d.canOpen = canOpen;
    d.canClose = canClose;
    d.prev = m_lastDelim;
    const int index = int(m_delims.size());
    if (m_lastDelim >= 0)
        m_delims[size_t(m_lastDelim)].next = index;
    m_delims.push_back(d);
    m_lastDelim = index;
}

void InlineParser::removeDelimiter(int index)
{
    Delimiter &d = m_delims[size_t(index)];
    if (d.removed)
        return;
    d.removed = true;
    if (d.prev >= 0)
        m_delims[size_t(d.prev)].next = d.next;
    if (d.next >= 0)
        m_delims[size_t(d.next)].prev = d.prev;
    else
        m_lastDelim = d.prev;
}

void InlineParser::handleOpenBracket(bool image)
{
    const qsizetype length = image ? 2 : 1;
    const NodeId node = addText(m_text.sliced(m_pos, length).toString(), m_pos, m_pos + length);
    m_pos += length;
    if (!m_brackets.empty())
        m_brackets.back().bracketAfter = true;
    Bracket b;
    b.node = node;
    b.delimiterBottom = m_lastDelim;
    b.textStart = m_pos;
    b.image = image;
    m_brackets.push_back(b);
}

bool InlineParser::parseInlineLink(qsizetype pos, QString *destination, QString *title, qsizetype *end)
{
    const qsizetype n = m_text.size();
    if (pos >= n || m_text[pos] != u'(')
        return false;
    qsizetype p = skipSpacesAndNewline(m_text, pos + 1);
    if (p < n && m_text[p] == u')') {
        *end = p + 1;
        return true;
    }
    const qsizetype destEnd = scanLinkDestination(m_text, p, destination);
    if (destEnd < 0)
        return false;
    p = skipSpacesAndNewline(m_text, destEnd);
    if (p != destEnd) {
        const qsizetype titleEnd = scanLinkTitle(m_text, p, title);
        if (titleEnd >= 0)
            p = skipSpacesAndNewline(m_text, titleEnd);
    }
    if (p < n && m_text[p] == u')') {
        *end = p + 1;
        return true;
    }
    title->clear();
    return false;
}

void InlineParser::handleCloseBracket()
{
    const qsizetype closePos = m_pos;
    if (m_brackets.empty()) {
        appendPending(m_text.sliced(m_pos, 1), m_pos);
        ++m_pos;
        return;
    }
    const Bracket opener = m_brackets.back();
    if (!opener.active) {
        m_brackets.pop_back();
        appendPending(m_text.sliced(m_pos, 1), m_pos);
        ++m_pos;
        return;
    }

    QString destination, title;
    qsizetype after = -1;
    bool matched = parseInlineLink(closePos + 1, &destination, &title, &after);
    if (!matched) {
        // Reference link: full, collapsed or shortcut (§6.3).
        const qsizetype afterClose = closePos + 1;
        QStringView label;
        qsizetype labelEnd = scanLinkLabel(m_text, afterClose, &label);
        if (labelEnd < 0) {
            labelEnd = m_text.sliced(afterClose).startsWith(u"[]") ? afterClose + 2 : afterClose;
            // A link text holding brackets can never be a label.
            if (!opener.bracketAfter && closePos - opener.textStart <= 999)
                label = m_text.sliced(opener.textStart, closePos - opener.textStart);
        }
        if (!label.isEmpty()) {
            const auto it = m_refs.constFind(normalizeLabel(label));
            if (it != m_refs.cend()) {
                destination = it->destination;
                title = it->title;
                after = labelEnd;
                matched = true;
            }
        }
    }

    if (!matched) {
        m_brackets.pop_back();
        appendPending(m_text.sliced(m_pos, 1), m_pos);
        ++m_pos;
        return;
    }

    flushPending();
    m_pos = after;
    const qsizetype linkStart = m_doc.node(opener.node).range.start.offset;
    const NodeId link = m_doc.create(opener.image ? NodeType::Image : NodeType::Link);
    {
        NodeDetails &details = m_doc.mutableDetails(link);
        details.destination = std::move(destination);
        details.title = std::move(title);
        Node &l = m_doc.mutableNode(link);
        l.range.start.offset = linkStart;
        l.range.end.offset = after;
    }
    m_doc.insertAfter(opener.node, link);
    moveChildrenInto(link, m_doc.node(link).next, NoNode);
    processEmphasis(opener.delimiterBottom);
    m_doc.unlink(opener.node);
    m_brackets.pop_back();
    if (!opener.image) {
        for (auto it = m_brackets.rbegin(); it != m_brackets.rend(); ++it) {
            if (!it->image) {
                if (!it->active)
                    break;
                it->active = false;
            }
        }
    }
}

// Moves the siblings from @p from up to (not including) @p until into @p container.
void InlineParser::moveChildrenInto(NodeId container, NodeId from, NodeId until)
{
    NodeId current = from;
    while (current != NoNode && current != until) {
        const NodeId next = m_doc.node(current).next;
        m_doc.unlink(current);
        m_doc.appendChild(container, current);
        current = next;
    }
}

void InlineParser::handleAngle()
{
    const qsizetype n = m_text.size();
    const qsizetype start = m_pos;
    // URI autolink (§6.5): scheme of 2..32 characters, `:`, no spaces, `<` or controls.
    qsizetype p = start + 1;
    if (p < n && ((m_text[p] >= u'a' && m_text[p] <= u'z') || (m_text[p] >= u'A' && m_text[p] <= u'Z'))) {
        qsizetype q = p + 1;
        while (q < n && q - p < 33
            && ((m_text[q].isLetterOrNumber() && m_text[q].unicode() < 0x80) || m_text[q] == u'+' || m_text[q] == u'.'
                || m_text[q] == u'-'))
            ++q;
        if (q - p >= 2 && q - p <= 32 && q < n && m_text[q] == u':') {
            qsizetype r = q + 1;
            while (r < n && m_text[r] != u'>' && m_text[r] != u'<' && m_text[r].unicode() > 0x20)
                ++r;
            if (r < n && m_text[r] == u'>') {
                flushPending();
                const NodeId link = addNode(NodeType::Link, start, r + 1);
                const QString url = m_text.sliced(p, r - p).toString();
                m_doc.mutableDetails(link).destination = url;
                m_doc.mutableNode(link).autolink = true;
                const NodeId text = m_doc.create(NodeType::Text);
                m_doc.mutableNode(text).literal = url;
                m_doc.mutableNode(text).range.start.offset = p;
                m_doc.mutableNode(text).range.end.offset = r;
                m_doc.appendChild(link, text);
                m_pos = r + 1;
                return;
            }
        }
    }
    // Email autolink.
    {
        qsizetype q = p;
        auto localChar = [](QChar c) {
            return (c.unicode() < 0x80 && c.isLetterOrNumber()) || QStringView(u".!#$%&'*+/=?^_`{|}~-").contains(c);
        };
        while (q < n && localChar(m_text[q]))
            ++q;
        if (q > p && q < n && m_text[q] == u'@') {
            qsizetype r = q + 1;
            bool ok = true;
            int labels = 0;
            while (true) {
                const qsizetype labelStart = r;
                while (r < n && r - labelStart < 64
                    && ((m_text[r].unicode() < 0x80 && m_text[r].isLetterOrNumber()) || m_text[r] == u'-'))
                    ++r;
                const qsizetype len = r - labelStart;
                if (len == 0 || len > 63 || m_text[labelStart] == u'-' || m_text[r - 1] == u'-') {
                    ok = false;
                    break;
                }
                ++labels;
                if (r < n && m_text[r] == u'.') {
                    ++r;
                    continue;
                }
                break;
            }
            if (ok && labels > 0 && r < n && m_text[r] == u'>') {
                flushPending();
                const NodeId link = addNode(NodeType::Link, start, r + 1);
                const QString address = m_text.sliced(p, r - p).toString();
                m_doc.mutableDetails(link).destination = u"mailto:"_s + address;
                m_doc.mutableNode(link).autolink = true;
                const NodeId text = m_doc.create(NodeType::Text);
                m_doc.mutableNode(text).literal = address;
                m_doc.mutableNode(text).range.start.offset = p;
                m_doc.mutableNode(text).range.end.offset = r;
                m_doc.appendChild(link, text);
                m_pos = r + 1;
                return;
            }
        }
    }
    const qsizetype htmlEnd = scanInlineHtml(m_text, start, m_htmlState);
    if (htmlEnd > 0) {
        flushPending();
        const NodeId html = addNode(NodeType::HtmlInline, start, htmlEnd);
        m_doc.mutableNode(html).literal = m_text.sliced(start, htmlEnd - start).toString();
        m_pos = htmlEnd;
        return;
    }
    appendPending(m_text.sliced(start, 1), start);
    ++m_pos;
}

void InlineParser::handleEntity()
{
    if (m_pendingStart < 0)
        m_pendingStart = m_pos;
    const qsizetype end = decodeEntity(m_text, m_pos, m_pending);
    if (end < 0) {
        m_pending += u'&';
        ++m_pos;
    } else {
        m_pos = end;
    }
}

void InlineParser::processEmphasis(int stackBottom)
{
    // openers_bottom per delimiter kind (`*`, `_`, `~`), closer length mod 3 and whether the
    // closer can open too; indices into m_delims only grow, so "above" is ">".
    std::array<int, 18> openersBottom;
    openersBottom.fill(stackBottom);
    auto kindIndex = [](const Delimiter &d) {
        const int kind = d.ch == u'*' ? 0 : d.ch == u'_' ? 1 : 2;
        return kind * 6 + (d.original % 3) * 2 + (d.canOpen ? 1 : 0);
    };

    int closer = stackBottom >= 0 ? m_delims[size_t(stackBottom)].next : -1;
    if (stackBottom < 0) {
        // first delimiter of the list
        closer = m_lastDelim;
        while (closer >= 0 && m_delims[size_t(closer)].prev >= 0)
            closer = m_delims[size_t(closer)].prev;
    }
    // stackBottom may have been removed; walk from the top down instead in that case.
    if (stackBottom >= 0 && m_delims[size_t(stackBottom)].removed) {
        closer = m_lastDelim;
        while (closer >= 0 && m_delims[size_t(closer)].prev > stackBottom)
            closer = m_delims[size_t(closer)].prev;
        if (closer >= 0 && closer <= stackBottom)
            closer = -1;
    }

    while (closer >= 0) {
        Delimiter &c = m_delims[size_t(closer)];
        if (!c.canClose) {
            closer = c.next;
            continue;
        }
        const int bottomIndex = kindIndex(c);
        const int bottom = std::max(openersBottom[size_t(bottomIndex)], stackBottom);
        int opener = c.prev;
        bool found = false;
        while (opener >= 0 && opener > bottom) {
            const Delimiter &o = m_delims[size_t(opener)];
            if (o.ch == c.ch && o.canOpen) {
                if (c.ch == u'~') {
                    found = o.count == c.count;
                } else {
                    const bool oddMatch = (c.canOpen || o.canClose) && (o.original + c.original) % 3 == 0
                        && !(o.original % 3 == 0 && c.original % 3 == 0);
                    found = !oddMatch;
                }
                if (found)
                    break;
            }
            opener = o.prev;
        }
        if (!found) {
            openersBottom[size_t(bottomIndex)] = c.prev;
            const int next = c.next;
            if (!c.canOpen)
                removeDelimiter(closer);
            closer = next;
            continue;
        }

        Delimiter &o = m_delims[size_t(opener)];
        const int use = c.ch == u'~' ? c.count : (c.count >= 2 && o.count >= 2 ? 2 : 1);
        const NodeType type = c.ch == u'~' ? NodeType::Strikethrough : use == 2 ? NodeType::Strong : NodeType::Emphasis;
        Node &openerText = m_doc.mutableNode(o.node);
        openerText.literal.chop(use);
        openerText.range.end.offset -= use;
        const qsizetype emphStart = openerText.range.end.offset;
        Node &closerText = m_doc.mutableNode(c.node);
        closerText.literal.remove(0, use);
        closerText.range.start.offset += use;
        const qsizetype emphEnd = closerText.range.start.offset;
        o.count -= use;
        c.count -= use;

        const NodeId emph = m_doc.create(type);
        m_doc.mutableNode(emph).range.start.offset = emphStart;
        m_doc.mutableNode(emph).range.end.offset = emphEnd;
        const NodeId firstInside = m_doc.node(o.node).next;
        m_doc.insertAfter(o.node, emph);
        moveChildrenInto(emph, firstInside, c.node);

        // Delimiters between opener and closer are gone.
        for (int d = o.next; d >= 0 && d != closer;) {
            const int next = m_delims[size_t(d)].next;
            removeDelimiter(d);
            d = next;
        }
        if (o.count == 0) {
            m_doc.unlink(o.node);
            removeDelimiter(opener);
        }
        if (c.count == 0) {
            const int next = c.next;
            m_doc.unlink(c.node);
            removeDelimiter(closer);
            closer = next;
        }
    }
    // Remove all delimiters above stackBottom.
    while (m_lastDelim >= 0 && m_lastDelim > stackBottom)
        removeDelimiter(m_lastDelim);
}

// GFM extended autolinks (www., http(s)://, email) inside a text literal.
struct AutolinkMatch
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString href;
};

bool isDomainChar(QChar c)
{
    return (c.unicode() < 0x80 && c.isLetterOrNumber()) || c == u'-' || c == u'_' || c.unicode() >= 0x80;
}

// Validates a domain at @p pos; returns its end or -1 (§ extended autolinks: at least one
// period, no underscore in the last two segments).
qsizetype scanDomain(QStringView text, qsizetype pos)
{
    const qsizetype n = text.size();
    qsizetype p = pos;
    int periods = 0;
    bool underscoreLast = false, underscorePrevious = false;
    while (p < n) {
        const QChar c = text[p];
        if (c == u'.') {
            if (p + 1 >= n || !isDomainChar(text[p + 1]) || (text[p + 1].unicode() >= 0x80))
                break;
            ++periods;
            underscorePrevious = underscoreLast;
            underscoreLast = false;
        } else if (c == u'_') {
            underscoreLast = true;
        } else if (!isDomainChar(c) || c.unicode() >= 0x80 || QChar::isSpace(c.unicode())) {
            break;
        }
        ++p;
    }
    if (p == pos || periods == 0 || underscoreLast || underscorePrevious)
        return -1;
    return p;
}

// The end of an autolink's path: up to whitespace or `<`, then trailing punctuation,
// unbalanced `)` and entity-like `&…;` trimmed.
//
// With @p endAtCjk (GFM with the CJK-friendly switch) the path also ends at the first CJK
// character (unicodeclass.h: Hangul, W/F/H width). GFM's rule runs to the next space, which
// in Korean swallows the particle written right after a URL (`https://example.com를`
// links `…com를`); GitHub's own behaviour here has varied. A URL whose path really holds
// Hangul can still be written `<https://ko.wikipedia.org/wiki/서울>` or as a link.
qsizetype autolinkEnd(QStringView text, qsizetype domainEnd, bool endAtCjk)
{
    const qsizetype n = text.size();
    qsizetype end = domainEnd;
    while (end < n && !isUnicodeWhitespace(text[end].unicode()) && text[end] != u'<') {
        if (endAtCjk && text[end].unicode() >= 0x1100 && isCjkCharacter(codePointAt(text, end)))
            break;
        ++end;
    }
    while (end > domainEnd) {
        const QChar c = text[end - 1];
        if (QStringView(u"?!.,:*_~'\"").contains(c)) {
            --end;
        } else if (c == u')') {
            const QStringView link = text.first(end);
            qsizetype open = 0, close = 0;
            for (qsizetype i = domainEnd; i < end; ++i) {
                if (link[i] == u'(')
                    ++open;
                else if (link[i] == u')')
                    ++close;
            }
            if (close > open)
                --end;
            else
                break;
        } else if (c == u';') {
            qsizetype i = end - 2;
            while (i >= domainEnd && text[i].unicode() < 0x80 && text[i].isLetterOrNumber())
                --i;
            if (i >= domainEnd && i < end - 2 && text[i] == u'&')
                end = i;
            else
                break;
        } else {
            break;
        }
    }
    return end;
}

bool findAutolink(QStringView text, qsizetype from, bool endAtCjk, AutolinkMatch *match)
{
    const qsizetype n = text.size();
    // Every kind needs a period in its domain: most text has none after @p from.
    if (text.indexOf(u'.', from) < 0)
        return false;
    auto atBoundary = [&](qsizetype i) {
        if (i == 0)
            return true;
        const char16_t before = text[i - 1].unicode();
        return before == u'*' || before == u'_' || before == u'~' || before == u'(' || isUnicodeWhitespace(before);
    };
    for (qsizetype i = from; i < n; ++i) {
        const QChar c = text[i];
        if (c != u'w' && c != u'W' && c != u'h' && c != u'H' && c != u'@')
            continue;
        const bool boundary = c != u'@' && atBoundary(i);
        if ((c == u'w' || c == u'W') && boundary && text.sliced(i).startsWith(u"www.", Qt::CaseInsensitive)) {
            const qsizetype domainEnd = scanDomain(text, i);
            if (domainEnd < 0)
                continue;
            match->start = i;
            match->end = autolinkEnd(text, domainEnd, endAtCjk);
            match->href = u"http://"_s + text.sliced(i, match->end - i);
            return true;
        }
        if ((c == u'h' || c == u'H') && boundary) {
            const QStringView rest = text.sliced(i);
            qsizetype schemeLength = 0;
            if (rest.startsWith(u"https://", Qt::CaseInsensitive))
                schemeLength = 8;
            else if (rest.startsWith(u"http://", Qt::CaseInsensitive))
                schemeLength = 7;
            if (schemeLength) {
                const qsizetype domainEnd = scanDomain(text, i + schemeLength);
                if (domainEnd < 0)
                    continue;
                match->start = i;
                match->end = autolinkEnd(text, domainEnd, endAtCjk);
                match->href = text.sliced(i, match->end - i).toString();
                return true;
            }
        }
        if (c == u'@' && i > from) {
            qsizetype start = i;
            while (start > from) {
                const QChar l = text[start - 1];
                if ((l.unicode() < 0x80 && l.isLetterOrNumber()) || l == u'.' || l == u'-' || l == u'_' || l == u'+')
                    --start;
                else
                    break;
            }
            if (start == i)
                continue;
            qsizetype end = i + 1;
            int periods = 0;
            while (end < n) {
                const QChar d = text[end];
                if (d.unicode() < 0x80 && (d.isLetterOrNumber() || d == u'-' || d == u'_')) {
                    ++end;
                } else if (d == u'.' && end + 1 < n && text[end + 1].unicode() < 0x80
                    && text[end + 1].isLetterOrNumber()) {
                    ++periods;
                    ++end;
                } else {
                    break;
                }
            }
            if (periods == 0 || end == i + 1)
                continue;
            const QChar last = text[end - 1];
            if (last == u'-' || last == u'_')
                continue;
            match->start = start;
            match->end = end;
            match->href = u"mailto:"_s + text.sliced(start, end - start);
            return true;
        }
    }
    return false;
}

// Splits text nodes at GFM extended autolinks (not inside links or images).
void applyAutolinks(Document &doc, NodeId block, bool endAtCjk)
{
    QList<NodeId> texts;
    Walker walker(doc, block);
    int linkDepth = 0;
    while (walker.next()) {
        const Node &n = doc.node(walker.node());
        if (n.type == NodeType::Link || n.type == NodeType::Image) {
            linkDepth += walker.entering() ? 1 : -1;
            continue;
        }
        if (walker.entering() && linkDepth == 0 && n.type == NodeType::Text)
            texts.append(walker.node());
    }
    for (NodeId textId : std::as_const(texts)) {
        NodeId current = textId;
        qsizetype from = 0;
        AutolinkMatch match;
        while (findAutolink(doc.node(current).literal, from, endAtCjk, &match)) {
            Node &t = doc.mutableNode(current);
            const QString literal = t.literal;
            const bool linear = t.range.end.offset - t.range.start.offset == literal.size();
            const qsizetype base = t.range.start.offset;
            const qsizetype end = t.range.end.offset;
            auto sourceAt = [&](qsizetype i) { return linear ? base + i : (i == 0 ? base : end); };

            t.literal = literal.first(match.start);
            t.range.end.offset = sourceAt(match.start);
            const NodeId link = doc.create(NodeType::Link);
            doc.mutableDetails(link).destination = match.href;
            doc.mutableNode(link).autolink = true;
            doc.mutableNode(link).range.start.offset = sourceAt(match.start);
            doc.mutableNode(link).range.end.offset = sourceAt(match.end);
            doc.insertAfter(current, link);
            const NodeId inner = doc.create(NodeType::Text);
            doc.mutableNode(inner).literal = literal.sliced(match.start, match.end - match.start);
            doc.mutableNode(inner).range = doc.node(link).range;
            doc.appendChild(link, inner);
            const NodeId rest = doc.create(NodeType::Text);
            doc.mutableNode(rest).literal = literal.sliced(match.end);
            doc.mutableNode(rest).range.start.offset = sourceAt(match.end);
            doc.mutableNode(rest).range.end.offset = end;
            doc.insertAfter(link, rest);
            if (doc.node(current).literal.isEmpty())
                doc.unlink(current);
            current = rest;
            from = 0;
        }
        if (doc.node(current).literal.isEmpty() && doc.node(current).parent != NoNode)
            doc.unlink(current);
    }
}

// Merges adjacent text nodes and drops empty ones (left over from delimiter runs).
void mergeTexts(Document &doc, NodeId block)
{
    QList<NodeId> containers;
    Walker walker(doc, block);
    while (walker.next()) {
        if (walker.entering() && doc.node(walker.node()).firstChild != NoNode)
            containers.append(walker.node());
    }
    for (NodeId container : std::as_const(containers)) {
        NodeId child = doc.node(container).firstChild;
        while (child != NoNode) {
            NodeId next = doc.node(child).next;
            if (doc.node(child).type != NodeType::Text) {
                child = next;
                continue;
            }
            while (next != NoNode && doc.node(next).type == NodeType::Text) {
                const NodeId after = doc.node(next).next;
                Node &t = doc.mutableNode(child);
                t.literal += doc.node(next).literal;
                t.range.end.offset = doc.node(next).range.end.offset;
                doc.unlink(next);
                next = after;
            }
            if (doc.node(child).literal.isEmpty())
                doc.unlink(child);
            child = next;
        }
    }
}

} // namespace

void parseInlines(Document &document, NodeId block, QStringView content, const QList<Segment> &segments,
    const ReferenceMap &references, const Options &options)
{
    const NodeId firstNew = NodeId(document.nodeCount());
    InlineParser parser(document, block, content, references, options);
    parser.run();
    mergeTexts(document, block);
    if (options.dialect == Dialect::Gfm)
        applyAutolinks(document, block, options.cjkFriendly);

    // Content offsets to source offsets.
    auto map = [&](qsizetype offset, bool isEnd) -> qsizetype {
        if (segments.isEmpty())
            return offset;
        const qsizetype probe = isEnd && offset > 0 ? offset - 1 : offset;
        auto it = std::upper_bound(segments.cbegin(), segments.cend(), probe,
            [](qsizetype value, const Segment &s) { return value < s.content; });
        if (it != segments.cbegin())
            --it;
        return it->source + (probe - it->content) + (isEnd && offset > 0 ? 1 : 0);
    };
    for (NodeId id = firstNew; id < NodeId(document.nodeCount()); ++id) {
        Node &n = document.mutableNode(id);
        n.range.start.offset = map(n.range.start.offset, false);
        n.range.end.offset = std::max(n.range.start.offset, map(n.range.end.offset, true));
    }
}

} // namespace Markdown::Internal
