#include "editing/markdownhighlighter.h"

#include "markdown/parser.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>

#include <QCoreApplication>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace {

bool isBlank(const QString &line)
{
    return line.trimmed().isEmpty();
}

QEvent::Type pendingLinesEvent()
{
    static const auto type = QEvent::Type(QEvent::registerEventType());
    return type;
}

} // namespace

MarkdownHighlighter::MarkdownHighlighter(QTextDocument *document)
    : KSyntaxHighlighting::SyntaxHighlighter(document)
{
    // Connected after QSyntaxHighlighter's own connection, so it runs once the edited lines
    // are highlighted.
    connect(document, &QTextDocument::contentsChange, this,
        [this](int position, int, int) { highlightPrecedingLines(position); });
}

void MarkdownHighlighter::setDefinition(const KSyntaxHighlighting::Definition &definition)
{
    // The definition's emphasis styles ("Strong Text", "List: Emphasis Text"…) are replaced by
    // the plain style of the same context ("Normal Text", "List: Normal Text"…); the Markdown
    // engine decides what is emphasised.
    m_plainFormats.clear();
    m_markdownFormats.clear();
    const QList<KSyntaxHighlighting::Format> formats = definition.formats();
    QHash<QString, KSyntaxHighlighting::Format> byName;
    for (const KSyntaxHighlighting::Format &format : formats)
        byName.insert(format.name(), format);
    for (const KSyntaxHighlighting::Format &format : formats) {
        const QString name = format.name();
        if (name != u"Code"_s && name != u"Fenced Code"_s)
            m_markdownFormats.insert(format.id());
        for (const QString &suffix : {u"Strong-Emphasis Text"_s, u"Strong Text"_s, u"Emphasis Text"_s}) {
            if (!name.endsWith(suffix))
                continue;
            const QString plain = name.chopped(suffix.size()) + u"Normal Text"_s;
            if (byName.contains(plain))
                m_plainFormats.insert(format.id(), byName.value(plain));
            break;
        }
    }
    m_paragraph.clear();
    SyntaxHighlighter::setDefinition(definition);
}

void MarkdownHighlighter::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    if (const auto plain = m_plainFormats.constFind(format.id()); plain != m_plainFormats.cend()) {
        SyntaxHighlighter::applyFormat(offset, length, *plain);
        return;
    }
    SyntaxHighlighter::applyFormat(offset, length, format);
    if (m_markdownFormats.contains(format.id()))
        return;
    const qsizetype end = std::min<qsizetype>(offset + length, m_code.size());
    for (qsizetype i = std::max(offset, 0); i < end; ++i)
        m_code[i] = true;
}

void MarkdownHighlighter::highlightBlock(const QString &text)
{
    if (!takeFromPass(text.size() + 1)) {
        leavePending();
        return;
    }
    // This line is highlighted now; when it was the first left pending, the lines after it
    // follow through the block state, as after any edit.
    if (!m_pending.isNull() && currentBlock().contains(m_pending.position()))
        m_pending = QTextCursor();

    m_code.fill(false, text.size());
    SyntaxHighlighter::highlightBlock(text);
    if (isBlank(text)) {
        setCurrentBlockState(0);
        return;
    }

    const QTextBlock block = currentBlock();
    QTextBlock first = block;
    for (int n = 0; n < paragraphLineLimit; ++n) {
        const QTextBlock previous = first.previous();
        if (!previous.isValid() || isBlank(previous.text()))
            break;
        first = previous;
    }
    QString paragraph;
    for (QTextBlock line = first; line != block; line = line.next())
        paragraph += line.text() + u'\n';
    const qsizetype lineStart = paragraph.size();
    paragraph += text;
    // The state stands for the paragraph up to this line: when it changes, QSyntaxHighlighter
    // goes on to the next line, whose emphasis may have changed with it.
    setCurrentBlockState(int(qHash(paragraph) & 0x7fffffff) | 1);
    QTextBlock line = block.next();
    for (int n = 0; n < paragraphLineLimit && line.isValid() && !isBlank(line.text()); ++n, line = line.next())
        paragraph += u'\n' + line.text();

    const QList<quint8> &emphasis = emphasisOf(paragraph);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const quint8 flags = emphasis[lineStart + i];
        if (!flags || m_code[i])
            continue;
        QTextCharFormat merged = format(int(i));
        if (flags & Bold)
            merged.setFontWeight(QFont::Bold);
        if (flags & Italic)
            merged.setFontItalic(true);
        setFormat(int(i), 1, merged);
    }
}

const QList<quint8> &MarkdownHighlighter::emphasisOf(const QString &paragraph)
{
    if (paragraph == m_paragraph && m_emphasis.size() == paragraph.size())
        return m_emphasis;
    m_paragraph = paragraph;
    m_emphasis.fill(0, paragraph.size());
    const Markdown::Document document = Markdown::parse(paragraph);
    Markdown::Walker walker(document);
    while (walker.next()) {
        const Markdown::Node &node = document.node(walker.node());
        if (!walker.entering()
            || (node.type != Markdown::NodeType::Strong && node.type != Markdown::NodeType::Emphasis))
            continue;
        const quint8 flag = node.type == Markdown::NodeType::Strong ? Bold : Italic;
        const qsizetype end = std::min(node.range.end.offset, paragraph.size());
        for (qsizetype i = node.range.start.offset; i < end; ++i)
            m_emphasis[i] |= flag;
    }
    return m_emphasis;
}

// Counts @p characters against the current pass; false when the pass has used its share. A
// pass starts at its first line and ends when control returns to the event loop.
bool MarkdownHighlighter::takeFromPass(qsizetype characters)
{
    if (m_passCharacters < 0) {
        m_passCharacters = 0;
        QMetaObject::invokeMethod(this, &MarkdownHighlighter::endPass, Qt::QueuedConnection);
    }
    if (m_passCharacters >= charactersPerPass)
        return false;
    // A line longer than a whole pass waits for one from the event loop: after the paint of
    // the entry just opened, or of the key just typed.
    if (characters > charactersPerPass && !(m_pendingPass && m_passCharacters == 0))
        return false;
    m_passCharacters += characters;
    return true;
}

// Back in the event loop after a pass. The next pass is posted at low priority, as widgets
// post their paint (QEvent::UpdateRequest): the view paints first, with what this pass did.
void MarkdownHighlighter::endPass()
{
    m_passCharacters = -1;
    if (!m_pending.isNull())
        QCoreApplication::postEvent(this, new QEvent(pendingLinesEvent()), Qt::LowEventPriority);
}

void MarkdownHighlighter::customEvent(QEvent *event)
{
    if (event->type() == pendingLinesEvent())
        highlightPendingLines();
}

// The current line waits for a later pass: its formats and state stay as they are (none for
// a new line), so QSyntaxHighlighter goes no further than the lines it was asked for.
void MarkdownHighlighter::leavePending()
{
    const QTextBlock block = currentBlock();
    for (const QTextLayout::FormatRange &range : block.layout()->formats())
        setFormat(range.start, range.length, range.format);
    if (m_pending.isNull() || block.position() < m_pending.position()) {
        m_pending = QTextCursor(document());
        m_pending.setPosition(block.position());
    }
}

void MarkdownHighlighter::highlightPendingLines()
{
    if (m_pending.isNull())
        return;
    const QTextBlock first = document()->findBlock(m_pending.position());
    m_pending = QTextCursor();
    m_passCharacters = -1;
    m_pendingPass = true;
    rehighlightBlock(first);
    m_pendingPass = false;
}

void MarkdownHighlighter::highlightPrecedingLines(int position)
{
    // Only text edits: applying formats also reports a change, with the revision unchanged.
    if (document()->revision() == m_revision)
        return;
    m_revision = document()->revision();
    // Later, from the event loop: this runs inside the document's change notification, where
    // highlighting again would nest in QSyntaxHighlighter's own pass.
    QMetaObject::invokeMethod(
        this,
        [this, position] {
            QTextBlock line = document()->findBlock(std::min(position, document()->characterCount() - 1));
            for (int n = 0; n < paragraphLineLimit; ++n) {
                line = line.previous();
                if (!line.isValid() || isBlank(line.text()))
                    break;
                rehighlightBlock(line);
            }
        },
        Qt::QueuedConnection);
}
