#include "markdown/document.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Markdown {

namespace {

bool isContainer(NodeType type)
{
    switch (type) {
    case NodeType::Document:
    case NodeType::BlockQuote:
    case NodeType::List:
    case NodeType::ListItem:
    case NodeType::Paragraph:
    case NodeType::Heading:
    case NodeType::Table:
    case NodeType::TableRow:
    case NodeType::TableCell:
    case NodeType::Emphasis:
    case NodeType::Strong:
    case NodeType::Strikethrough:
    case NodeType::Link:
    case NodeType::Image:
        return true;
    default:
        return false;
    }
}

} // namespace

Document::Document()
{
    m_nodes.append(Node {});
}

const NodeDetails &Document::details(NodeId id) const
{
    static const NodeDetails none;
    const int index = m_nodes[id].details;
    return index < 0 ? none : m_details[index];
}

NodeDetails &Document::mutableDetails(NodeId id)
{
    Node &n = m_nodes[id];
    if (n.details < 0) {
        n.details = int(m_details.size());
        m_details.emplaceBack();
    }
    return m_details[n.details];
}

NodeId Document::create(NodeType type)
{
    m_nodes.emplaceBack().type = type;
    return NodeId(m_nodes.size() - 1);
}

NodeId Document::append(NodeId parent, NodeType type)
{
    const NodeId id = create(type);
    appendChild(parent, id);
    return id;
}

void Document::appendChild(NodeId parent, NodeId child)
{
    Node &c = m_nodes[child];
    c.parent = parent;
    c.next = NoNode;
    c.prev = m_nodes[parent].lastChild;
    if (c.prev != NoNode)
        m_nodes[c.prev].next = child;
    else
        m_nodes[parent].firstChild = child;
    m_nodes[parent].lastChild = child;
}

void Document::insertAfter(NodeId sibling, NodeId node)
{
    Node &n = m_nodes[node];
    const NodeId parent = m_nodes[sibling].parent;
    n.parent = parent;
    n.prev = sibling;
    n.next = m_nodes[sibling].next;
    if (n.next != NoNode)
        m_nodes[n.next].prev = node;
    else
        m_nodes[parent].lastChild = node;
    m_nodes[sibling].next = node;
}

void Document::unlink(NodeId node)
{
    Node &n = m_nodes[node];
    if (n.prev != NoNode)
        m_nodes[n.prev].next = n.next;
    else if (n.parent != NoNode)
        m_nodes[n.parent].firstChild = n.next;
    if (n.next != NoNode)
        m_nodes[n.next].prev = n.prev;
    else if (n.parent != NoNode)
        m_nodes[n.parent].lastChild = n.prev;
    n.parent = n.prev = n.next = NoNode;
}

SourcePosition Document::positionAt(qsizetype offset) const
{
    SourcePosition pos;
    pos.offset = offset;
    if (m_lineStarts.isEmpty()) {
        pos.column = int(offset);
        return pos;
    }
    auto it = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), offset);
    const qsizetype line = std::max<qsizetype>(0, (it - m_lineStarts.cbegin()) - 1);
    pos.line = int(line);
    pos.column = int(offset - m_lineStarts[line]);
    return pos;
}

QString Document::plainText(NodeId id) const
{
    QString text;
    Walker walker(*this, id);
    while (walker.next()) {
        const Node &n = m_nodes[walker.node()];
        if (walker.entering()) {
            switch (n.type) {
            case NodeType::Text:
            case NodeType::Code:
                text += n.literal;
                break;
            case NodeType::CodeBlock:
                if (!text.isEmpty() && !text.endsWith(u'\n'))
                    text += u'\n';
                text += n.literal;
                break;
            case NodeType::SoftBreak:
                text += u' ';
                break;
            case NodeType::LineBreak:
                text += u'\n';
                break;
            case NodeType::TableCell:
                if (n.prev != NoNode)
                    text += u'\t';
                break;
            default:
                break;
            }
        } else if (n.isBlock() && n.type != NodeType::TableCell && walker.node() != id) {
            if (!text.isEmpty() && !text.endsWith(u'\n'))
                text += u'\n';
        }
    }
    return text;
}

QList<HeadingInfo> Document::headings() const
{
    QList<HeadingInfo> result;
    Walker walker(*this);
    while (walker.next()) {
        const Node &n = m_nodes[walker.node()];
        if (walker.entering() && n.type == NodeType::Heading)
            result.append({walker.node(), n.level, plainText(walker.node()), n.range});
    }
    return result;
}

QList<TaskItem> Document::taskItems() const
{
    QList<TaskItem> result;
    Walker walker(*this);
    while (walker.next()) {
        const Node &n = m_nodes[walker.node()];
        if (walker.entering() && n.type == NodeType::ListItem && details(walker.node()).task.isTask) {
            QString text;
            if (n.firstChild != NoNode && m_nodes[n.firstChild].type == NodeType::Paragraph)
                text = plainText(n.firstChild).trimmed();
            const TaskData &task = details(walker.node()).task;
            result.append({walker.node(), task.checked, task.marker, text});
        }
    }
    return result;
}

Walker::Walker(const Document &document, NodeId start)
    : m_document(document)
    , m_start(start)
{ }

bool Walker::next()
{
    if (!m_started) {
        m_started = true;
        m_current = m_start;
        m_entering = true;
        return true;
    }
    if (m_current == NoNode)
        return false;
    const Node &n = m_document.node(m_current);
    if (m_entering && isContainer(n.type)) {
        if (n.firstChild != NoNode) {
            m_current = n.firstChild;
            m_entering = true;
        } else {
            m_entering = false;
        }
        return true;
    }
    if (m_current == m_start) {
        m_current = NoNode;
        return false;
    }
    if (n.next != NoNode) {
        m_current = n.next;
        m_entering = true;
        return true;
    }
    m_current = n.parent;
    m_entering = false;
    return m_current != NoNode;
}

} // namespace Markdown
