#pragma once

#include <QList>
#include <QString>

/// The syntax tree of a Markdown document (CommonMark 0.31.2 + GFM), as produced by
/// Markdown::parse() in markdown/parser.h.
///
/// Shape: a Document owns every node in one array; nodes refer to each other by NodeId
/// (an index into that array, NoNode when absent). The root (id 0) is a Document node.
/// Block nodes (BlockQuote, List, ListItem, CodeBlock, HtmlBlock, Paragraph, Heading,
/// ThematicBreak, Table, TableRow, TableCell, FrontMatter) hold blocks or inlines;
/// inline nodes (Text, SoftBreak, LineBreak, Code, HtmlInline, Emphasis, Strong,
/// Strikethrough, Link, Image) sit inside Paragraph, Heading and TableCell.
///
/// Units: every range is in UTF-16 code units of the text given to parse(), lines and
/// columns 0-based (a column counts UTF-16 code units from the line start; a tab is one).
/// Ranges are half-open: [start, end). Walk the tree with firstChild/next (or Walker);
/// the tree can be 10,000s of levels deep, so never recurse over it.
namespace Markdown {

using NodeId = int;
inline constexpr NodeId NoNode = -1;

enum class NodeType : quint8 {
    Document,
    FrontMatter, ///< YAML front matter (GFM dialect only); literal = the YAML text, not rendered
    BlockQuote,
    List, ///< list: ordered/start/delimiter/bullet/tight in Node::list
    ListItem, ///< item; task list items (GFM) have NodeDetails::task.isTask
    CodeBlock, ///< literal = content (LF line ends), NodeDetails::info = unescaped info string, fenced
    HtmlBlock, ///< literal = raw HTML
    Paragraph,
    Heading, ///< level 1..6, setext tells which syntax
    ThematicBreak,
    Table, ///< GFM table: TableRow children, the first one is the header row
    TableRow, ///< header tells whether it is the head row
    TableCell, ///< alignment
    Text, ///< literal = text as a reader sees it (entities and escapes resolved)
    SoftBreak,
    LineBreak,
    Code, ///< code span; literal = its content
    HtmlInline, ///< literal = raw HTML
    Emphasis,
    Strong,
    Strikethrough, ///< GFM `~~`
    Link, ///< NodeDetails::destination, title (unescaped; not URL-encoded); autolink tells `<…>` or GFM extended
    Image, ///< NodeDetails::destination, title; its children are the alt text
};

/// A point in the source text.
struct SourcePosition
{
    int line = 0; ///< 0-based line number
    int column = 0; ///< 0-based column in UTF-16 code units
    qsizetype offset = 0; ///< UTF-16 offset from the start of the text
    friend bool operator==(const SourcePosition &, const SourcePosition &) = default;
};

/// The text a node was parsed from: [start, end). For containers it runs from the first
/// character of their first line to the end of their last line (excluding the line end).
struct SourceRange
{
    SourcePosition start;
    SourcePosition end;
    friend bool operator==(const SourceRange &, const SourceRange &) = default;
};

enum class ListDelimiter : quint8 { None, Period, Paren };
enum class Alignment : quint8 { None, Left, Center, Right };

struct ListData
{
    bool ordered = false;
    bool tight = true;
    ListDelimiter delimiter = ListDelimiter::None; ///< ordered lists: `.` or `)`
    char16_t bulletChar = 0; ///< bullet lists: `-`, `+` or `*`
    int start = 1; ///< ordered lists: the first number
};

/// GFM task list item state.
struct TaskData
{
    bool isTask = false;
    bool checked = false;
    SourceRange marker; ///< the `[ ]`/`[x]` marker, brackets included
};

/// What only a few node types have (Document::details()): link and image targets, the code
/// fence's info string, list and task item data. Kept beside the nodes, so that a node stays
/// small (a document of 1 MB has some 70,000 of them).
struct NodeDetails
{
    QString destination; ///< Link, Image
    QString title; ///< Link, Image
    QString info; ///< CodeBlock
    ListData list; ///< List, ListItem
    TaskData task; ///< ListItem
};

struct Node
{
    NodeType type = NodeType::Document;
    Alignment alignment = Alignment::None; ///< TableCell
    bool fenced = false; ///< CodeBlock
    bool setext = false; ///< Heading
    bool header = false; ///< TableRow
    bool autolink = false; ///< Link
    int level = 0; ///< Heading: 1..6
    NodeId parent = NoNode;
    NodeId firstChild = NoNode;
    NodeId lastChild = NoNode;
    NodeId prev = NoNode;
    NodeId next = NoNode;
    int details = -1; ///< this node's NodeDetails, if any: read them with Document::details()
    SourceRange range;
    QString literal;

    bool isBlock() const { return type < NodeType::Text; }
};

} // namespace Markdown

// Nodes hold only relocatable members (QString, PODs): the arrays grow by memmove.
Q_DECLARE_TYPEINFO(Markdown::Node, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Markdown::NodeDetails, Q_RELOCATABLE_TYPE);

namespace Markdown {

/// A task list item as the goals check-ins read it.
struct TaskItem
{
    NodeId item = NoNode; ///< the ListItem
    bool checked = false;
    SourceRange marker; ///< the `[ ]` marker in the source
    QString text; ///< the item's text as a reader sees it (first paragraph, inlines flattened)
};

/// A heading as the outline reads it.
struct HeadingInfo
{
    NodeId node = NoNode;
    int level = 0;
    QString text; ///< plain text of the heading
    SourceRange range;
};

class Document
{
public:
    Document();

    NodeId root() const { return 0; }
    const Node &node(NodeId id) const { return m_nodes[id]; }
    /// The details of a Link, Image, CodeBlock, List or ListItem; empty ones for the rest.
    const NodeDetails &details(NodeId id) const;
    qsizetype nodeCount() const { return m_nodes.size(); }

    /// All headings in document order.
    QList<HeadingInfo> headings() const;
    /// All GFM task list items in document order.
    QList<TaskItem> taskItems() const;
    /// The text a reader sees in @p id's subtree: inline text with breaks as spaces or
    /// newlines; blocks separated by a newline. Markup, raw HTML and URLs are left out;
    /// image alt text and code are kept.
    QString plainText(NodeId id) const;
    /// The source position of UTF-16 @p offset (line and column from the line table).
    SourcePosition positionAt(qsizetype offset) const;

    // Building (used by the parser).
    NodeId append(NodeId parent, NodeType type);
    NodeId create(NodeType type);
    void appendChild(NodeId parent, NodeId child);
    void insertAfter(NodeId sibling, NodeId node);
    void unlink(NodeId node);
    Node &mutableNode(NodeId id) { return m_nodes[id]; }
    /// @p id's details, made empty first when it has none.
    NodeDetails &mutableDetails(NodeId id);
    void setLineStarts(QList<qsizetype> lineStarts) { m_lineStarts = std::move(lineStarts); }
    void reserve(qsizetype nodes) { m_nodes.reserve(nodes); }

private:
    QList<Node> m_nodes;
    QList<NodeDetails> m_details;
    QList<qsizetype> m_lineStarts;
};

/// Iterative depth-first walk: each node is reported once on entering and, for nodes
/// that can have children, once on leaving. Usage:
///     Walker walker(doc); while (walker.next()) { if (walker.entering()) … walker.node() … }
class Walker
{
public:
    explicit Walker(const Document &document, NodeId start = 0);
    bool next();
    NodeId node() const { return m_current; }
    bool entering() const { return m_entering; }

private:
    const Document &m_document;
    NodeId m_start;
    NodeId m_current = NoNode;
    bool m_entering = false;
    bool m_started = false;
};

} // namespace Markdown
