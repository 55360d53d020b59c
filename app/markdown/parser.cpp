// The block phase (CommonMark 0.31.2 §4, §5 and the appendix "A parsing strategy"), GFM
// tables and task list items, YAML front matter; then the inline phase per leaf block.
#include "markdown/parser.h"

#include "markdown/frontmatter.h"
#include "markdown/parserinternal.h"

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace Markdown {

using namespace Internal;

namespace {

constexpr int CodeIndent = 4;

struct BlockState
{
    bool open = true;
    QString content;
    QList<Segment> segments;
    qsizetype lastEnd = 0; ///< source offset where the block's last line ends
    int lastLine = 0;
    // fenced code
    char16_t fenceChar = 0;
    int fenceLength = 0;
    int fenceOffset = 0;
    // HTML block
    int htmlType = 0;
    // list item
    int markerOffset = 0;
    int padding = 0;
    // table
    QList<Alignment> alignments;
};

bool isBlockTagName(QStringView name)
{
    static const QStringView names[] = {u"address", u"article", u"aside", u"base", u"basefont", u"blockquote", u"body",
        u"caption", u"center", u"col", u"colgroup", u"dd", u"details", u"dialog", u"dir", u"div", u"dl", u"dt",
        u"fieldset", u"figcaption", u"figure", u"footer", u"form", u"frame", u"frameset", u"h1", u"h2", u"h3", u"h4",
        u"h5", u"h6", u"head", u"header", u"hr", u"html", u"iframe", u"legend", u"li", u"link", u"main", u"menu",
        u"menuitem", u"nav", u"noframes", u"ol", u"optgroup", u"option", u"p", u"param", u"search", u"section",
        u"summary", u"table", u"tbody", u"td", u"tfoot", u"th", u"thead", u"title", u"tr", u"track", u"ul"};
    for (QStringView n : names) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// The HTML block start condition (§4.6) met by @p rest (the line from its first non-space
// character, a `<`), 0 for none.
int htmlBlockStart(QStringView rest, bool canInterruptParagraph)
{
    static const QStringView type1[] = {u"script", u"pre", u"textarea", u"style"};
    for (QStringView tag : type1) {
        if (rest.size() > tag.size() && rest.sliced(1).startsWith(tag, Qt::CaseInsensitive)) {
            const qsizetype after = 1 + tag.size();
            if (after == rest.size() || isSpaceOrTab(rest[after]) || rest[after] == u'>')
                return 1;
        } else if (rest.size() == tag.size() + 1 && rest.sliced(1).compare(tag, Qt::CaseInsensitive) == 0) {
            return 1;
        }
    }
    if (rest.startsWith(u"<!--"))
        return 2;
    if (rest.startsWith(u"<?"))
        return 3;
    if (rest.size() > 2 && rest.startsWith(u"<!") && isAsciiLetter(rest[2]))
        return 4;
    if (rest.startsWith(u"<![CDATA["))
        return 5;
    {
        qsizetype p = 1;
        if (p < rest.size() && rest[p] == u'/')
            ++p;
        const qsizetype nameStart = p;
        while (p < rest.size() && (isAsciiLetter(rest[p]) || (rest[p] >= u'0' && rest[p] <= u'9')))
            ++p;
        if (p > nameStart && isBlockTagName(rest.sliced(nameStart, p - nameStart))) {
            if (p == rest.size() || isSpaceOrTab(rest[p]) || rest[p] == u'>' || rest.sliced(p).startsWith(u"/>"))
                return 6;
        }
    }
    if (!canInterruptParagraph) {
        qsizetype end = scanOpenTag(rest, 0);
        if (end > 0) {
            // not one of the type 1 names
            qsizetype p = 1;
            while (
                p < rest.size() && (isAsciiLetter(rest[p]) || (rest[p] >= u'0' && rest[p] <= u'9') || rest[p] == u'-'))
                ++p;
            const QStringView name = rest.sliced(1, p - 1);
            for (QStringView tag : type1) {
                if (name.compare(tag, Qt::CaseInsensitive) == 0)
                    end = -1;
            }
        }
        if (end < 0)
            end = scanClosingTag(rest, 0);
        if (end > 0) {
            while (end < rest.size() && isSpaceOrTab(rest[end]))
                ++end;
            if (end == rest.size())
                return 7;
        }
    }
    return 0;
}

bool htmlBlockEnds(int type, QStringView line)
{
    switch (type) {
    case 1:
        return line.contains(u"</script>", Qt::CaseInsensitive) || line.contains(u"</pre>", Qt::CaseInsensitive)
            || line.contains(u"</textarea>", Qt::CaseInsensitive) || line.contains(u"</style>", Qt::CaseInsensitive);
    case 2:
        return line.contains(u"-->");
    case 3:
        return line.contains(u"?>");
    case 4:
        return line.contains(u'>');
    case 5:
        return line.contains(u"]]>");
    default:
        return false;
    }
}

// A GFM table row split into cells: each cell's content (with `\|` unescaped) and its
// segments; @p line starts at the row's first non-space character.
struct Cell
{
    QString content;
    QList<Segment> segments;
};

QList<Cell> splitRow(QStringView line, qsizetype sourceOffset)
{
    QList<Cell> cells;
    qsizetype end = line.size();
    while (end > 0 && isSpaceOrTab(line[end - 1]))
        --end;
    qsizetype p = 0;
    if (p < end && line[p] == u'|')
        ++p;
    while (p < end || (p == end && cells.isEmpty())) {
        // one cell: [p, bar)
        Cell cell;
        qsizetype start = p;
        while (start < end && isSpaceOrTab(line[start]))
            ++start;
        qsizetype q = start;
        qsizetype pieceStart = start;
        while (q < end && line[q] != u'|') {
            if (line[q] == u'\\' && q + 1 < end && line[q + 1] == u'|') {
                cell.segments.append({cell.content.size(), sourceOffset + pieceStart});
                cell.content += line.sliced(pieceStart, q - pieceStart);
                pieceStart = q + 1;
                q += 2;
                continue;
            }
            ++q;
        }
        qsizetype pieceEnd = q;
        while (pieceEnd > pieceStart && isSpaceOrTab(line[pieceEnd - 1]))
            --pieceEnd;
        if (pieceEnd > pieceStart || cell.segments.isEmpty()) {
            cell.segments.append({cell.content.size(), sourceOffset + pieceStart});
            cell.content += line.sliced(pieceStart, pieceEnd - pieceStart);
        }
        cells.append(std::move(cell));
        if (q >= end)
            break;
        p = q + 1; // past the bar
        if (p == end)
            break;
    }
    return cells;
}

// The alignments of a delimiter row, or an empty list when @p line is not one.
QList<Alignment> parseDelimiterRow(QStringView line)
{
    QList<Alignment> result;
    if (!line.contains(u'|'))
        return result;
    const QList<Cell> cells = splitRow(line, 0);
    for (const Cell &cell : cells) {
        const QStringView c = QStringView(cell.content).trimmed();
        if (c.isEmpty())
            return {};
        const bool left = c.startsWith(u':');
        const bool right = c.endsWith(u':');
        const qsizetype from = left ? 1 : 0;
        const qsizetype length = c.size() - from - (right && c.size() > from ? 1 : 0);
        const QStringView dashes = c.sliced(from, length);
        if (dashes.isEmpty() || dashes.count(u'-') != dashes.size())
            return {};
        result.append(left && right ? Alignment::Center
                : left              ? Alignment::Left
                : right             ? Alignment::Right
                                    : Alignment::None);
    }
    return result;
}

class BlockParser
{
public:
    BlockParser(QStringView text, const Options &options)
        : m_options(options)
        , m_gfm(options.dialect == Dialect::Gfm)
    {
        m_text = text.toString();
        m_text.replace(QChar(u'\0'), QChar(0xFFFD));
        m_states.emplace_back();
    }

    Document parse();

private:
    NodeType type(NodeId id) const { return m_doc.node(id).type; }
    BlockState &state(NodeId id) { return m_states[size_t(id)]; }
    NodeId newChild(NodeId parent, NodeType t);

    void incorporateLine();
    void findNextNonspace();
    void advanceOffset(qsizetype count, bool columns);
    void advanceNextNonspace();
    void addLine();
    void addParagraphLine();
    NodeId addChild(NodeType t, qsizetype offset);
    void closeUnmatchedBlocks();
    void finalize(NodeId block, int lineNumber);
    int continueBlock(NodeId container);
    int tryBlockStarts(NodeId &container);
    bool parseListMarker(NodeId container, ListData *data, int *markerOffset, int *padding);
    void addTableRow(NodeId table, bool header);
    void extractReferences(NodeId paragraph);
    void processInlines();
    void detectTaskItem(NodeId item);
    bool isParagraphLike(NodeId id) const { return type(id) == NodeType::Paragraph || type(id) == NodeType::Table; }
    QChar peek(qsizetype pos) const { return pos < m_line.size() ? m_line[pos] : QChar(u'\n'); }
    qsizetype lineEndOffset() const { return m_lineStart + m_line.size(); }

    Options m_options;
    bool m_gfm;
    QString m_text;
    Document m_doc;
    std::vector<BlockState> m_states;
    ReferenceMap m_refs;
    QList<qsizetype> m_lineStarts;

    QStringView m_line;
    qsizetype m_lineStart = 0;
    int m_lineNumber = 0;
    qsizetype m_offset = 0;
    int m_column = 0;
    qsizetype m_nextNonspace = 0;
    int m_nextNonspaceColumn = 0;
    int m_indent = 0;
    bool m_indented = false;
    bool m_blank = false;
    bool m_partiallyConsumedTab = false;
    bool m_nonspaceValid = false;
    NodeId m_tip = 0;
    NodeId m_oldTip = 0;
    NodeId m_lastMatched = 0;
    bool m_allClosed = true;
};

NodeId BlockParser::newChild(NodeId parent, NodeType t)
{
    const NodeId id = m_doc.append(parent, t);
    if (m_states.size() <= size_t(id))
        m_states.resize(size_t(id) + 1);
    return id;
}

void BlockParser::findNextNonspace()
{
    // The first non-space character at or after the offset does not move while the offset
    // stays before it; rescanning would make deep nesting quadratic per line.
    if (m_nonspaceValid && m_nextNonspace >= m_offset) {
        m_indent = m_nextNonspaceColumn - m_column;
        m_indented = m_indent >= CodeIndent;
        return;
    }
    m_nonspaceValid = true;
    qsizetype i = m_offset;
    int cols = m_column;
    while (i < m_line.size()) {
        const QChar c = m_line[i];
        if (c == u' ') {
            ++i;
            ++cols;
        } else if (c == u'\t') {
            ++i;
            cols += 4 - (cols % 4);
        } else {
            break;
        }
    }
    m_blank = i == m_line.size();
    m_nextNonspace = i;
    m_nextNonspaceColumn = cols;
    m_indent = cols - m_column;
    m_indented = m_indent >= CodeIndent;
}

void BlockParser::advanceOffset(qsizetype count, bool columns)
{
    while (count > 0 && m_offset < m_line.size()) {
        if (m_line[m_offset] == u'\t') {
            const int charsToTab = 4 - (m_column % 4);
            if (columns) {
                m_partiallyConsumedTab = charsToTab > count;
                const int charsToAdvance = int(std::min<qsizetype>(count, charsToTab));
                m_column += charsToAdvance;
                m_offset += m_partiallyConsumedTab ? 0 : 1;
                count -= charsToAdvance;
            } else {
                m_partiallyConsumedTab = false;
                m_column += charsToTab;
                ++m_offset;
                --count;
            }
        } else {
            m_partiallyConsumedTab = false;
            ++m_offset;
            ++m_column;
            --count;
        }
    }
}

void BlockParser::advanceNextNonspace()
{
    m_offset = m_nextNonspace;
    m_column = m_nextNonspaceColumn;
    m_partiallyConsumedTab = false;
}

void BlockParser::addLine()
{
    BlockState &s = state(m_tip);
    if (m_partiallyConsumedTab) {
        ++m_offset;
        const int charsToTab = 4 - (m_column % 4);
        s.content += QString(charsToTab, u' ');
    }
    s.content += m_line.sliced(m_offset);
    s.content += u'\n';
    if (!m_blank) {
        s.lastEnd = lineEndOffset();
        s.lastLine = m_lineNumber;
    }
}

void BlockParser::addParagraphLine()
{
    // Paragraph lines lose their leading whitespace (§4.8), which keeps the map to the
    // source linear per line.
    BlockState &s = state(m_tip);
    findNextNonspace();
    s.segments.append({s.content.size(), m_lineStart + m_nextNonspace});
    s.content += m_line.sliced(m_nextNonspace);
    s.content += u'\n';
    s.lastEnd = lineEndOffset();
    s.lastLine = m_lineNumber;
}

NodeId BlockParser::addChild(NodeType t, qsizetype offset)
{
    auto canContain = [](NodeType parent, NodeType child) {
        switch (parent) {
        case NodeType::Document:
        case NodeType::BlockQuote:
        case NodeType::ListItem:
            return child != NodeType::ListItem;
        case NodeType::List:
            return child == NodeType::ListItem;
        default:
            return false;
        }
    };
    while (!canContain(type(m_tip), t))
        finalize(m_tip, m_lineNumber - 1);
    const NodeId id = newChild(m_tip, t);
    Node &n = m_doc.mutableNode(id);
    n.range.start.line = m_lineNumber;
    n.range.start.offset = m_lineStart + offset;
    BlockState &s = state(id);
    s.lastEnd = lineEndOffset();
    s.lastLine = m_lineNumber;
    m_tip = id;
    return id;
}

void BlockParser::closeUnmatchedBlocks()
{
    if (m_allClosed)
        return;
    while (m_oldTip != m_lastMatched) {
        const NodeId parent = m_doc.node(m_oldTip).parent;
        finalize(m_oldTip, m_lineNumber - 1);
        m_oldTip = parent;
    }
    m_allClosed = true;
}

void BlockParser::extractReferences(NodeId paragraph)
{
    BlockState &s = state(paragraph);
    qsizetype pos = 0;
    while (pos < s.content.size() && s.content[pos] == u'[') {
        const qsizetype end = parseReferenceDefinition(s.content, pos, m_refs);
        if (end < 0)
            break;
        pos = end;
    }
    if (pos == 0)
        return;
    s.content.remove(0, pos);
    QList<Segment> segments;
    for (qsizetype i = 0; i < s.segments.size(); ++i) {
        const Segment &seg = s.segments[i];
        const qsizetype segEnd = i + 1 < s.segments.size() ? s.segments[i + 1].content : pos + 1;
        if (segEnd <= pos)
            continue;
        if (seg.content >= pos)
            segments.append({seg.content - pos, seg.source});
        else
            segments.append({0, seg.source + (pos - seg.content)});
    }
    s.segments = segments;
    if (!s.segments.isEmpty()) {
        // the paragraph now starts at its first remaining line
        Node &n = m_doc.mutableNode(paragraph);
        n.range.start = m_doc.positionAt(s.segments.front().source);
    }
}

void BlockParser::finalize(NodeId block, int lineNumber)
{
    BlockState &s = state(block);
    s.open = false;
    const NodeId parent = m_doc.node(block).parent;
    Node &n = m_doc.mutableNode(block);
    n.range.end.offset = s.lastEnd;
    n.range.end.line = s.lastLine;
    Q_UNUSED(lineNumber);

    switch (n.type) {
    case NodeType::Paragraph: {
        extractReferences(block);
        bool blank = true;
        for (QChar c : std::as_const(s.content)) {
            if (!c.isSpace()) {
                blank = false;
                break;
            }
        }
        if (blank) {
            m_doc.unlink(block);
        }
        break;
    }
    case NodeType::CodeBlock:
        if (n.fenced) {
            // the first line is the info string (§4.5)
            const qsizetype newline = s.content.indexOf(u'\n');
            const QStringView firstLine = QStringView(s.content).first(newline < 0 ? s.content.size() : newline);
            m_doc.mutableDetails(block).info = unescapeString(firstLine.trimmed());
            n.literal = newline < 0 ? QString() : s.content.sliced(newline + 1);
        } else {
            // trailing blank lines are not part of an indented code block (§4.4)
            const QString &c = s.content;
            qsizetype end = c.size();
            while (end > 0) {
                const qsizetype newline = end - 1;
                qsizetype start = newline;
                while (start > 0 && c[start - 1] != u'\n')
                    --start;
                bool isBlank = true;
                for (qsizetype i = start; i < newline; ++i) {
                    if (!isSpaceOrTab(c[i]))
                        isBlank = false;
                }
                if (!isBlank)
                    break;
                end = start;
            }
            n.literal = c.first(end);
        }
        s.content.clear();
        break;
    case NodeType::HtmlBlock: {
        QString &c = s.content;
        while (c.endsWith(u'\n'))
            c.chop(1);
        n.literal = c;
        s.content.clear();
        break;
    }
    case NodeType::List: {
        // Loose if items or their children are separated by blank lines (§5.3).
        bool tight = true;
        for (NodeId item = n.firstChild; item != NoNode && tight; item = m_doc.node(item).next) {
            const Node &it = m_doc.node(item);
            if (it.next != NoNode && m_doc.node(it.next).range.start.line > it.range.end.line + 1)
                tight = false;
            for (NodeId child = it.firstChild; child != NoNode && tight; child = m_doc.node(child).next) {
                const Node &c = m_doc.node(child);
                if (c.next != NoNode && m_doc.node(c.next).range.start.line > c.range.end.line + 1)
                    tight = false;
            }
        }
        m_doc.mutableDetails(block).list.tight = tight;
        break;
    }
    default:
        break;
    }
    // A container ends where its last child does.
    const Node &after = m_doc.node(block);
    if (after.lastChild != NoNode && after.type != NodeType::Table) {
        const Node &last = m_doc.node(after.lastChild);
        if (last.range.end.offset > after.range.end.offset) {
            Node &m = m_doc.mutableNode(block);
            m.range.end = last.range.end;
        }
    }
    state(block).lastEnd = m_doc.node(block).range.end.offset;
    state(block).lastLine = m_doc.node(block).range.end.line;
    if (parent != NoNode) {
        BlockState &ps = state(parent);
        if (m_doc.node(block).parent != NoNode && s.lastEnd > ps.lastEnd) {
            ps.lastEnd = state(block).lastEnd;
            ps.lastLine = state(block).lastLine;
        }
    }
    m_tip = parent;
}

int BlockParser::continueBlock(NodeId container)
{
    BlockState &s = state(container);
    switch (type(container)) {
    case NodeType::Document:
    case NodeType::List:
        return 0;
    case NodeType::BlockQuote:
        if (!m_indented && peek(m_nextNonspace) == u'>') {
            advanceNextNonspace();
            advanceOffset(1, false);
            if (isSpaceOrTab(peek(m_offset)))
                advanceOffset(1, true);
            // a `>` line belongs to the quote even when nothing follows it
            s.lastEnd = lineEndOffset();
            s.lastLine = m_lineNumber;
            return 0;
        }
        return 1;
    case NodeType::ListItem:
        if (m_blank) {
            if (m_doc.node(container).firstChild == NoNode)
                return 1; // a list item can begin with at most one blank line
            advanceNextNonspace();
            return 0;
        }
        if (m_indent >= s.markerOffset + s.padding) {
            advanceOffset(s.markerOffset + s.padding, true);
            return 0;
        }
        return 1;
    case NodeType::Heading:
    case NodeType::ThematicBreak:
        return 1;
    case NodeType::CodeBlock:
        if (m_doc.node(container).fenced) {
            if (!m_indented && peek(m_nextNonspace) == s.fenceChar) {
                qsizetype p = m_nextNonspace;
                while (p < m_line.size() && m_line[p] == s.fenceChar)
                    ++p;
                const qsizetype length = p - m_nextNonspace;
                while (p < m_line.size() && isSpaceOrTab(m_line[p]))
                    ++p;
                if (length >= s.fenceLength && p == m_line.size()) {
                    s.lastEnd = lineEndOffset();
                    s.lastLine = m_lineNumber;
                    finalize(container, m_lineNumber);
                    return 2;
                }
            }
            int i = s.fenceOffset;
            while (i > 0 && isSpaceOrTab(peek(m_offset))) {
                advanceOffset(1, true);
                --i;
            }
            return 0;
        }
        if (m_indent >= CodeIndent) {
            advanceOffset(CodeIndent, true);
            return 0;
        }
        if (m_blank) {
            advanceNextNonspace();
            return 0;
        }
        return 1;
    case NodeType::HtmlBlock:
        return m_blank && (s.htmlType == 6 || s.htmlType == 7) ? 1 : 0;
    case NodeType::Paragraph:
    case NodeType::Table:
        return m_blank ? 1 : 0;
    default:
        return 1;
    }
}

bool BlockParser::parseListMarker(NodeId container, ListData *data, int *markerOffset, int *padding)
{
    if (m_indent >= CodeIndent)
        return false;
    const QStringView rest = m_line.sliced(m_nextNonspace);
    if (rest.isEmpty())
        return false;
    const bool interrupting = isParagraphLike(container);
    qsizetype markerLength = 0;
    const QChar first = rest[0];
    if (first == u'*' || first == u'+' || first == u'-') {
        data->ordered = false;
        data->bulletChar = first.unicode();
        markerLength = 1;
    } else if (first.isDigit() && first.unicode() < 0x80) {
        qsizetype p = 0;
        int value = 0;
        while (p < rest.size() && p < 9 && rest[p] >= u'0' && rest[p] <= u'9') {
            value = value * 10 + (rest[p].unicode() - u'0');
            ++p;
        }
        if (p >= rest.size() || (rest[p] != u'.' && rest[p] != u')'))
            return false;
        if (interrupting && value != 1)
            return false;
        data->ordered = true;
        data->start = value;
        data->delimiter = rest[p] == u'.' ? ListDelimiter::Period : ListDelimiter::Paren;
        markerLength = p + 1;
    } else {
        return false;
    }
    const QChar after = peek(m_nextNonspace + markerLength);
    if (!(after == u'\n' || isSpaceOrTab(after)))
        return false;
    if (interrupting) {
        // an empty item cannot interrupt a paragraph
        qsizetype p = m_nextNonspace + markerLength;
        while (p < m_line.size() && isSpaceOrTab(m_line[p]))
            ++p;
        if (p == m_line.size())
            return false;
    }
    advanceNextNonspace();
    advanceOffset(markerLength, true);
    const int spacesStartCol = m_column;
    const qsizetype spacesStartOffset = m_offset;
    do {
        advanceOffset(1, true);
    } while (m_column - spacesStartCol < 5 && isSpaceOrTab(peek(m_offset)));
    const bool blankItem = m_offset >= m_line.size() && !m_partiallyConsumedTab;
    const int spacesAfterMarker = m_column - spacesStartCol;
    if (spacesAfterMarker >= 5 || spacesAfterMarker < 1 || blankItem) {
        *padding = int(markerLength) + 1;
        m_column = spacesStartCol;
        m_offset = spacesStartOffset;
        m_partiallyConsumedTab = false;
        if (isSpaceOrTab(peek(m_offset)))
            advanceOffset(1, true);
    } else {
        *padding = int(markerLength) + spacesAfterMarker;
    }
    *markerOffset = m_indent;
    return true;
}

// Tries the block starts of §4–5 (and GFM tables) in order. Returns 0 for none, 1 for a
// container start, 2 for a leaf start; @p container becomes the new block.
int BlockParser::tryBlockStarts(NodeId &container)
{
    const QChar c = peek(m_nextNonspace);
    const bool paragraphLike = isParagraphLike(container);

    if (!m_indented) {
        // Block quote
        if (c == u'>') {
            advanceNextNonspace();
            advanceOffset(1, false);
            if (isSpaceOrTab(peek(m_offset)))
                advanceOffset(1, true);
            closeUnmatchedBlocks();
            container = addChild(NodeType::BlockQuote, m_nextNonspace);
            return 1;
        }
        // ATX heading
        if (c == u'#') {
            qsizetype p = m_nextNonspace;
            while (p < m_line.size() && m_line[p] == u'#')
                ++p;
            const int level = int(p - m_nextNonspace);
            if (level <= 6 && (p == m_line.size() || isSpaceOrTab(m_line[p]))) {
                advanceNextNonspace();
                closeUnmatchedBlocks();
                container = addChild(NodeType::Heading, m_nextNonspace);
                Node &h = m_doc.mutableNode(container);
                h.level = level;
                // content: trimmed, closing sequence removed
                qsizetype start = p;
                while (start < m_line.size() && isSpaceOrTab(m_line[start]))
                    ++start;
                qsizetype end = m_line.size();
                while (end > start && isSpaceOrTab(m_line[end - 1]))
                    --end;
                qsizetype hashes = end;
                while (hashes > start && m_line[hashes - 1] == u'#')
                    --hashes;
                if (hashes < end && (hashes == start || isSpaceOrTab(m_line[hashes - 1]))) {
                    end = hashes;
                    while (end > start && isSpaceOrTab(m_line[end - 1]))
                        --end;
                }
                BlockState &s = state(container);
                s.content = m_line.sliced(start, end - start).toString();
                s.segments = {{0, m_lineStart + start}};
                advanceOffset(m_line.size() - m_offset, false);
                return 2;
            }
        }
        // Fenced code block
        if (c == u'`' || c == u'~') {
            qsizetype p = m_nextNonspace;
            while (p < m_line.size() && m_line[p] == c)
                ++p;
            const qsizetype length = p - m_nextNonspace;
            const QStringView info = m_line.sliced(p);
            if (length >= 3 && !(c == u'`' && info.contains(u'`'))) {
                closeUnmatchedBlocks();
                container = addChild(NodeType::CodeBlock, m_nextNonspace);
                m_doc.mutableNode(container).fenced = true;
                BlockState &s = state(container);
                s.fenceChar = c.unicode();
                s.fenceLength = int(length);
                s.fenceOffset = m_indent;
                // the rest of this line (the info string) becomes the content's first line
                advanceNextNonspace();
                advanceOffset(length, false);
                return 2;
            }
        }
        // HTML block
        if (c == u'<') {
            const int htmlType = htmlBlockStart(m_line.sliced(m_nextNonspace), paragraphLike);
            if (htmlType) {
                closeUnmatchedBlocks();
                container = addChild(NodeType::HtmlBlock, m_offset);
                state(container).htmlType = htmlType;
                return 2;
            }
        }
        // GFM table: a delimiter row under a paragraph line with as many cells
        if (m_gfm && type(container) == NodeType::Paragraph && (c == u'|' || c == u':' || c == u'-')) {
            const QList<Alignment> alignments = parseDelimiterRow(m_line.sliced(m_nextNonspace));
            BlockState &ps = state(container);
            if (!alignments.isEmpty() && !ps.segments.isEmpty()) {
                const Segment last = ps.segments.back();
                const QStringView headerLine = QStringView(ps.content).sliced(last.content).chopped(1);
                const QList<Cell> header = splitRow(headerLine, last.source);
                if (header.size() == alignments.size()) {
                    closeUnmatchedBlocks();
                    const NodeId paragraph = container;
                    const NodeId parent = m_doc.node(paragraph).parent;
                    const int headerLineNumber = m_lineNumber - 1;
                    if (last.content == 0) {
                        m_doc.unlink(paragraph);
                        state(paragraph).open = false;
                        m_tip = parent;
                    } else {
                        ps.content.truncate(last.content);
                        ps.segments.removeLast();
                        ps.lastLine = headerLineNumber - 1;
                        ps.lastEnd = last.source - 1;
                        finalize(paragraph, m_lineNumber - 1);
                    }
                    container = addChild(NodeType::Table, 0);
                    Node &t = m_doc.mutableNode(container);
                    t.range.start.line = headerLineNumber;
                    t.range.start.offset = last.source;
                    state(container).alignments = alignments;
                    const NodeId row = newChild(container, NodeType::TableRow);
                    m_doc.mutableNode(row).header = true;
                    m_doc.mutableNode(row).range.start.offset = last.source;
                    m_doc.mutableNode(row).range.end.offset = last.source + headerLine.size();
                    for (qsizetype i = 0; i < header.size(); ++i) {
                        const NodeId cell = newChild(row, NodeType::TableCell);
                        m_doc.mutableNode(cell).alignment = alignments[i];
                        state(cell).content = header[i].content;
                        state(cell).segments = header[i].segments;
                        m_doc.mutableNode(cell).range.start.offset = header[i].segments.front().source;
                        m_doc.mutableNode(cell).range.end.offset = header[i].segments.back().source
                            + header[i].content.size() - header[i].segments.back().content;
                    }
                    state(container).lastEnd = lineEndOffset();
                    state(container).lastLine = m_lineNumber;
                    advanceOffset(m_line.size() - m_offset, false);
                    return 2;
                }
            }
        }
        // Setext heading underline
        if (type(container) == NodeType::Paragraph && (c == u'=' || c == u'-')) {
            qsizetype p = m_nextNonspace;
            while (p < m_line.size() && m_line[p] == c)
                ++p;
            qsizetype q = p;
            while (q < m_line.size() && isSpaceOrTab(m_line[q]))
                ++q;
            if (q == m_line.size()) {
                closeUnmatchedBlocks();
                extractReferences(container);
                BlockState &s = state(container);
                bool hasContent = false;
                for (QChar ch : std::as_const(s.content)) {
                    if (!ch.isSpace()) {
                        hasContent = true;
                        break;
                    }
                }
                if (hasContent) {
                    Node &h = m_doc.mutableNode(container);
                    h.type = NodeType::Heading;
                    h.setext = true;
                    h.level = c == u'=' ? 1 : 2;
                    s.lastEnd = lineEndOffset();
                    s.lastLine = m_lineNumber;
                    advanceOffset(m_line.size() - m_offset, false);
                    return 2;
                }
                if (s.content.isEmpty()) {
                    // only definitions: the paragraph is gone; the line is read afresh below
                }
            }
        }
        // Thematic break
        if (c == u'*' || c == u'-' || c == u'_') {
            qsizetype count = 0;
            qsizetype p = m_nextNonspace;
            bool ok = true;
            for (; p < m_line.size(); ++p) {
                if (m_line[p] == c)
                    ++count;
                else if (!isSpaceOrTab(m_line[p])) {
                    ok = false;
                    break;
                }
            }
            if (ok && count >= 3) {
                closeUnmatchedBlocks();
                container = addChild(NodeType::ThematicBreak, m_nextNonspace);
                advanceOffset(m_line.size() - m_offset, false);
                return 2;
            }
        }
    }
    // List item
    if (!m_indented || type(container) == NodeType::List) {
        ListData data;
        int markerOffset = 0, padding = 0;
        const qsizetype markerStart = m_nextNonspace;
        if (parseListMarker(container, &data, &markerOffset, &padding)) {
            closeUnmatchedBlocks();
            const ListData &tip = m_doc.details(m_tip).list;
            const bool sameList = type(m_tip) == NodeType::List && tip.ordered == data.ordered
                && tip.delimiter == data.delimiter && tip.bulletChar == data.bulletChar;
            if (!sameList) {
                const NodeId list = addChild(NodeType::List, markerStart);
                m_doc.mutableDetails(list).list = data;
            }
            container = addChild(NodeType::ListItem, markerStart);
            m_doc.mutableDetails(container).list = data;
            state(container).markerOffset = markerOffset;
            state(container).padding = padding;
            return 1;
        }
    }
    // Indented code block
    if (m_indented && !isParagraphLike(m_tip) && !m_blank) {
        advanceOffset(CodeIndent, true);
        closeUnmatchedBlocks();
        container = addChild(NodeType::CodeBlock, m_offset);
        return 2;
    }
    return 0;
}

void BlockParser::addTableRow(NodeId table, bool header)
{
    findNextNonspace();
    const QList<Cell> cells = splitRow(m_line.sliced(m_nextNonspace), m_lineStart + m_nextNonspace);
    const NodeId row = newChild(table, NodeType::TableRow);
    m_doc.mutableNode(row).header = header;
    m_doc.mutableNode(row).range.start.offset = m_lineStart + m_nextNonspace;
    m_doc.mutableNode(row).range.end.offset = lineEndOffset();
    const QList<Alignment> alignments = state(table).alignments;
    for (qsizetype i = 0; i < alignments.size(); ++i) {
        const NodeId cell = newChild(row, NodeType::TableCell);
        Node &cn = m_doc.mutableNode(cell);
        cn.alignment = alignments[i];
        if (i < cells.size()) {
            state(cell).content = cells[i].content;
            state(cell).segments = cells[i].segments;
            cn.range.start.offset = cells[i].segments.front().source;
            cn.range.end.offset
                = cells[i].segments.back().source + cells[i].content.size() - cells[i].segments.back().content;
        } else {
            cn.range.start.offset = cn.range.end.offset = lineEndOffset();
        }
    }
    BlockState &ts = state(table); // after newChild(), which may move the states
    ts.lastEnd = lineEndOffset();
    ts.lastLine = m_lineNumber;
}

void BlockParser::incorporateLine()
{
    NodeId container = m_doc.root();
    m_oldTip = m_tip;
    m_nonspaceValid = false;
    m_offset = 0;
    m_column = 0;
    m_blank = false;
    m_partiallyConsumedTab = false;

    // 1. Which open blocks does this line continue?
    bool allMatched = true;
    while (true) {
        const NodeId last = m_doc.node(container).lastChild;
        if (last == NoNode || !state(last).open)
            break;
        container = last;
        findNextNonspace();
        const int result = continueBlock(container);
        if (result == 1) {
            container = m_doc.node(container).parent;
            allMatched = false;
            break;
        }
        if (result == 2)
            return; // a closing code fence: the line is used up
    }
    Q_UNUSED(allMatched);
    m_allClosed = container == m_oldTip;
    m_lastMatched = container;

    const NodeType matchedType = type(container);
    bool matchedLeaf = matchedType == NodeType::CodeBlock || matchedType == NodeType::HtmlBlock;

    // 2. New block starts.
    while (!matchedLeaf) {
        findNextNonspace();
        const QChar c = peek(m_nextNonspace);
        if (!m_indented
            && !(c == u'>' || c == u'#' || c == u'`' || c == u'~' || c == u'<' || c == u'=' || c == u'-' || c == u'*'
                || c == u'_' || c == u'+' || c == u'|' || c == u':' || (c >= u'0' && c <= u'9'))) {
            advanceNextNonspace();
            break;
        }
        const int result = tryBlockStarts(container);
        if (result == 0) {
            advanceNextNonspace();
            break;
        }
        if (result == 2)
            break;
    }

    // 3. The rest of the line goes to the tip: lazy continuation, a leaf, or a new paragraph.
    if (!m_allClosed && !m_blank && type(m_tip) == NodeType::Paragraph) {
        addParagraphLine();
        return;
    }
    closeUnmatchedBlocks();
    const NodeType t = type(container);
    if (t == NodeType::CodeBlock) {
        addLine();
    } else if (t == NodeType::HtmlBlock) {
        addLine();
        const int htmlType = state(container).htmlType;
        if (htmlType >= 1 && htmlType <= 5 && htmlBlockEnds(htmlType, m_line.sliced(std::min(m_offset, m_line.size()))))
            finalize(container, m_lineNumber);
    } else if (t == NodeType::Table) {
        if (m_doc.node(m_doc.node(container).lastChild).header && state(container).lastLine == m_lineNumber)
            return; // the delimiter row
        addTableRow(container, false);
    } else if (t == NodeType::Paragraph) {
        addParagraphLine();
    } else if (t == NodeType::Heading || t == NodeType::ThematicBreak) {
        // a one-line leaf: nothing to add
    } else if (m_offset < m_line.size() && !m_blank) {
        container = addChild(NodeType::Paragraph, m_nextNonspace);
        advanceNextNonspace();
        addParagraphLine();
    }
}

void BlockParser::detectTaskItem(NodeId item)
{
    const NodeId first = m_doc.node(item).firstChild;
    if (first == NoNode || type(first) != NodeType::Paragraph)
        return;
    BlockState &s = state(first);
    const QString &c = s.content;
    if (c.size() < 4 || c[0] != u'[' || c[2] != u']' || !(c[1] == u' ' || c[1] == u'x' || c[1] == u'X')
        || !isSpaceOrTab(c[3]))
        return;
    qsizetype rest = 4;
    while (rest < c.size() && isSpaceOrTab(c[rest]))
        ++rest;
    if (rest >= c.size() || c[rest] == u'\n')
        return;
    TaskData &task = m_doc.mutableDetails(item).task;
    task.isTask = true;
    task.checked = c[1] != u' ';
    const qsizetype markerSource = s.segments.isEmpty() ? 0 : s.segments.front().source;
    task.marker.start.offset = markerSource;
    task.marker.end.offset = markerSource + 3;
    // the paragraph's text starts after the marker and its spaces
    s.content.remove(0, rest);
    for (Segment &seg : s.segments) {
        if (&seg == &s.segments.front())
            seg.source += rest;
        else
            seg.content -= rest;
    }
    m_doc.mutableNode(first).range.start.offset = s.segments.front().source;
}

void BlockParser::processInlines()
{
    const NodeId count = NodeId(m_doc.nodeCount());
    for (NodeId id = 0; id < count; ++id) {
        if (m_gfm && type(id) == NodeType::ListItem && m_doc.node(id).parent != NoNode)
            detectTaskItem(id);
    }
    for (NodeId id = 0; id < count; ++id) {
        const NodeType t = type(id);
        if (t != NodeType::Paragraph && t != NodeType::Heading && t != NodeType::TableCell)
            continue;
        if (t != NodeType::TableCell && m_doc.node(id).parent == NoNode)
            continue; // removed (only reference definitions)
        BlockState &s = state(id);
        QStringView content = s.content;
        // trailing whitespace of the last line is not content
        qsizetype end = content.size();
        while (end > 0 && (content[end - 1] == u'\n' || isSpaceOrTab(content[end - 1])))
            --end;
        parseInlines(m_doc, id, content.first(end), s.segments, m_refs, m_options);
        s.content.clear();
    }
}

Document BlockParser::parse()
{
    const qsizetype n = m_text.size();
    // line table
    m_lineStarts.append(0);
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = m_text[i].unicode();
        if (c == u'\n' || (c == u'\r' && (i + 1 >= n || m_text[i + 1] != u'\n')))
            m_lineStarts.append(i + 1);
    }
    m_doc.setLineStarts(m_lineStarts);
    m_doc.reserve(16 + n / 8);
    m_states.reserve(size_t(16 + m_lineStarts.size()));

    qsizetype pos = 0;
    m_lineNumber = 0;
    if (m_gfm) {
        const FrontMatterSplit split = splitFrontMatter(m_text);
        if (split.present) {
            const NodeId fm = newChild(0, NodeType::FrontMatter);
            Node &f = m_doc.mutableNode(fm);
            f.literal = m_text.sliced(split.yamlStart, split.yamlEnd - split.yamlStart);
            f.range.start.offset = 0;
            f.range.end.offset = split.bodyStart;
            while (f.range.end.offset > 0
                && (m_text[f.range.end.offset - 1] == u'\n' || m_text[f.range.end.offset - 1] == u'\r'))
                --f.range.end.offset;
            state(fm).open = false;
            pos = split.bodyStart;
            m_lineNumber = split.closingLine + 1;
        }
    }
    m_tip = 0;
    while (pos < n) {
        qsizetype end = pos;
        while (end < n && m_text[end] != u'\n' && m_text[end] != u'\r')
            ++end;
        m_line = QStringView(m_text).sliced(pos, end - pos);
        m_lineStart = pos;
        incorporateLine();
        ++m_lineNumber;
        if (end < n && m_text[end] == u'\r' && end + 1 < n && m_text[end + 1] == u'\n')
            pos = end + 2;
        else
            pos = end + 1;
    }
    while (m_tip != NoNode)
        finalize(m_tip, m_lineNumber - 1);

    processInlines();

    // Nodes come mostly in source order, so the starts (and, apart, the ends) are looked up
    // from the line of the previous lookup: a few steps forward, else a binary search.
    const QList<qsizetype> &starts = m_lineStarts;
    auto cursor = [&starts](qsizetype &line, qsizetype offset) {
        const auto begin = starts.cbegin();
        const auto end = starts.cend();
        if (offset >= starts[line]) {
            for (int step = 0; step < 4 && line + 1 < starts.size() && offset >= starts[line + 1]; ++step)
                ++line;
            if (line + 1 < starts.size() && offset >= starts[line + 1])
                line = (std::upper_bound(begin + line, end, offset) - begin) - 1;
        } else {
            line = std::max<qsizetype>(0, (std::upper_bound(begin, begin + line, offset) - begin) - 1);
        }
        return SourcePosition {int(line), int(offset - starts[line]), offset};
    };
    qsizetype startLine = 0;
    qsizetype endLine = 0;
    auto startAt = [&](qsizetype offset) { return cursor(startLine, offset); };
    auto endAt = [&](qsizetype offset) { return cursor(endLine, offset); };
    for (NodeId id = 0; id < NodeId(m_doc.nodeCount()); ++id) {
        Node &node = m_doc.mutableNode(id);
        node.range.start = startAt(node.range.start.offset);
        node.range.end = endAt(std::max(node.range.end.offset, node.range.start.offset));
        if (node.type == NodeType::ListItem && node.details >= 0) {
            TaskData &task = m_doc.mutableDetails(id).task;
            if (task.isTask) {
                task.marker.start = m_doc.positionAt(task.marker.start.offset);
                task.marker.end = m_doc.positionAt(task.marker.end.offset);
            }
        }
    }
    Node &root = m_doc.mutableNode(0);
    root.range.start = m_doc.positionAt(0);
    root.range.end = m_doc.positionAt(n);
    return std::move(m_doc);
}

} // namespace

Document parse(QStringView text, const Options &options)
{
    BlockParser parser(text, options);
    return parser.parse();
}

} // namespace Markdown
