#include "markdown/htmlrenderer.h"

#include <cstring>

using namespace Qt::StringLiterals;

namespace Markdown {

namespace {

void escapeHtml(QString &out, QStringView text)
{
    qsizetype plain = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        QStringView replacement;
        switch (text[i].unicode()) {
        case u'&':
            replacement = u"&amp;";
            break;
        case u'<':
            replacement = u"&lt;";
            break;
        case u'>':
            replacement = u"&gt;";
            break;
        case u'"':
            replacement = u"&quot;";
            break;
        default:
            continue;
        }
        out += text.sliced(plain, i - plain);
        out += replacement;
        plain = i + 1;
    }
    out += text.sliced(plain);
}

// Percent-encodes what cannot stay in a URL (as cmark does: existing `%` escapes are kept),
// then escapes it for an attribute.
void escapeHref(QString &out, QStringView url)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    const QByteArray utf8 = url.toUtf8();
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        const bool safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || (c < 0x80 && std::strchr("-_.+!*(),%#@?=;:/$~", c) && c != 0);
        if (safe) {
            out += QChar(char16_t(c));
        } else if (c == '&') {
            out += u"&amp;";
        } else if (c == '\'') {
            out += u"&#x27;";
        } else {
            out += u'%';
            out += QChar(char16_t(hex[c >> 4]));
            out += QChar(char16_t(hex[c & 15]));
        }
    }
}

bool inTightList(const Document &doc, NodeId paragraph)
{
    const NodeId item = doc.node(paragraph).parent;
    if (item == NoNode || doc.node(item).type != NodeType::ListItem)
        return false;
    const NodeId list = doc.node(item).parent;
    return list != NoNode && doc.details(list).list.tight;
}

class HtmlWriter
{
public:
    explicit HtmlWriter(const Document &document)
        : m_doc(document)
    { }

    QString render()
    {
        Walker walker(m_doc);
        while (walker.next())
            visit(walker.node(), walker.entering());
        return std::move(m_out);
    }

private:
    void cr()
    {
        if (!m_out.isEmpty() && !m_out.endsWith(u'\n'))
            m_out += u'\n';
    }

    void visit(NodeId id, bool entering);

    const Document &m_doc;
    QString m_out;
    int m_plain = 0; ///< > 0 inside image alt text: text only
};

void HtmlWriter::visit(NodeId id, bool entering)
{
    const Node &n = m_doc.node(id);
    const NodeDetails &d = m_doc.details(id);
    if (m_plain > 0) {
        switch (n.type) {
        case NodeType::Text:
        case NodeType::Code:
        case NodeType::HtmlInline:
            escapeHtml(m_out, n.literal);
            break;
        case NodeType::SoftBreak:
        case NodeType::LineBreak:
            m_out += u'\n';
            break;
        case NodeType::Image:
            if (!entering) {
                --m_plain;
                if (m_plain == 0) {
                    m_out += u'"';
                    if (!d.title.isEmpty()) {
                        m_out += u" title=\"";
                        escapeHtml(m_out, d.title);
                        m_out += u'"';
                    }
                    m_out += u" />";
                }
            } else {
                ++m_plain;
            }
            break;
        default:
            break;
        }
        return;
    }

    switch (n.type) {
    case NodeType::Document:
    case NodeType::FrontMatter:
        break;
    case NodeType::BlockQuote:
        if (entering) {
            cr();
            m_out += u"<blockquote>\n";
        } else {
            cr();
            m_out += u"</blockquote>\n";
        }
        break;
    case NodeType::List:
        if (entering) {
            cr();
            if (d.list.ordered) {
                if (d.list.start != 1)
                    m_out += u"<ol start=\"%1\">\n"_s.arg(d.list.start);
                else
                    m_out += u"<ol>\n";
            } else {
                m_out += u"<ul>\n";
            }
        } else {
            cr();
            m_out += d.list.ordered ? u"</ol>\n" : u"</ul>\n";
        }
        break;
    case NodeType::ListItem:
        if (entering) {
            cr();
            m_out += u"<li>";
            if (d.task.isTask) {
                m_out += d.task.checked ? u"<input type=\"checkbox\" checked=\"\" disabled=\"\" /> "
                                        : u"<input type=\"checkbox\" disabled=\"\" /> ";
            }
        } else {
            m_out += u"</li>\n";
        }
        break;
    case NodeType::Heading:
        if (entering) {
            cr();
            m_out += u"<h%1>"_s.arg(n.level);
        } else {
            m_out += u"</h%1>\n"_s.arg(n.level);
        }
        break;
    case NodeType::Paragraph: {
        const bool tight = inTightList(m_doc, id);
        if (entering) {
            if (!tight) {
                cr();
                m_out += u"<p>";
            }
        } else {
            if (!tight)
                m_out += u"</p>\n";
        }
        break;
    }
    case NodeType::CodeBlock: {
        cr();
        m_out += u"<pre><code";
        const QStringView info = QStringView(d.info).trimmed();
        if (!info.isEmpty()) {
            qsizetype end = 0;
            while (end < info.size() && info[end] != u' ' && info[end] != u'\t')
                ++end;
            m_out += u" class=\"language-";
            escapeHtml(m_out, info.first(end));
            m_out += u'"';
        }
        m_out += u'>';
        escapeHtml(m_out, n.literal);
        m_out += u"</code></pre>\n";
        break;
    }
    case NodeType::HtmlBlock:
        cr();
        m_out += n.literal;
        cr();
        break;
    case NodeType::ThematicBreak:
        cr();
        m_out += u"<hr />\n";
        break;
    case NodeType::Table:
        if (entering) {
            cr();
            m_out += u"<table>\n";
        } else {
            const NodeId first = n.firstChild;
            if (first != NoNode && m_doc.node(first).next != NoNode)
                m_out += u"</tbody>\n";
            m_out += u"</table>\n";
        }
        break;
    case NodeType::TableRow:
        if (entering) {
            if (!n.header && n.prev != NoNode && m_doc.node(n.prev).header)
                m_out += u"<tbody>\n";
            if (n.header)
                m_out += u"<thead>\n";
            m_out += u"<tr>\n";
        } else {
            m_out += u"</tr>\n";
            if (n.header)
                m_out += u"</thead>\n";
        }
        break;
    case NodeType::TableCell: {
        const bool header = m_doc.node(n.parent).header;
        if (entering) {
            m_out += header ? u"<th" : u"<td";
            switch (n.alignment) {
            case Alignment::Left:
                m_out += u" align=\"left\"";
                break;
            case Alignment::Center:
                m_out += u" align=\"center\"";
                break;
            case Alignment::Right:
                m_out += u" align=\"right\"";
                break;
            case Alignment::None:
                break;
            }
            m_out += u'>';
        } else {
            m_out += header ? u"</th>\n" : u"</td>\n";
        }
        break;
    }
    case NodeType::Text:
        escapeHtml(m_out, n.literal);
        break;
    case NodeType::SoftBreak:
        m_out += u'\n';
        break;
    case NodeType::LineBreak:
        m_out += u"<br />\n";
        break;
    case NodeType::Code:
        m_out += u"<code>";
        escapeHtml(m_out, n.literal);
        m_out += u"</code>";
        break;
    case NodeType::HtmlInline:
        m_out += n.literal;
        break;
    case NodeType::Emphasis:
        m_out += entering ? u"<em>" : u"</em>";
        break;
    case NodeType::Strong:
        m_out += entering ? u"<strong>" : u"</strong>";
        break;
    case NodeType::Strikethrough:
        m_out += entering ? u"<del>" : u"</del>";
        break;
    case NodeType::Link:
        if (entering) {
            m_out += u"<a href=\"";
            escapeHref(m_out, d.destination);
            m_out += u'"';
            if (!d.title.isEmpty()) {
                m_out += u" title=\"";
                escapeHtml(m_out, d.title);
                m_out += u'"';
            }
            m_out += u'>';
        } else {
            m_out += u"</a>";
        }
        break;
    case NodeType::Image:
        if (entering) {
            m_out += u"<img src=\"";
            escapeHref(m_out, d.destination);
            m_out += u"\" alt=\"";
            ++m_plain;
        }
        break;
    }
}

} // namespace

QString renderHtml(const Document &document)
{
    return HtmlWriter(document).render();
}

} // namespace Markdown
