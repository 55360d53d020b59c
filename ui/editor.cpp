#include "editor.h"

#include "editing/markdownhighlighter.h"
#include "editing/syntaxrepository.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QCoreApplication>
#include <QEvent>
#include <QFocusEvent>
#include <QFontInfo>
#include <QGuiApplication>
#include <QInputMethod>
#include <QInputMethodEvent>
#include <QMimeData>
#include <QPaintEvent>
#include <QPainter>
#include <QRegularExpression>
#include <QResizeEvent>
#include <QScopedValueRollback>

using namespace Qt::StringLiterals;

namespace {

// How far focus mode looks for the ends of the caret's paragraph, in lines each way.
constexpr int paragraphLineLimit = 500;

bool isBlank(const QTextBlock &block)
{
    return block.text().trimmed().isEmpty();
}

bool isHeading(const QTextBlock &block)
{
    static const QRegularExpression heading(u"^ {0,3}#{1,6}(\\s|$)"_s);
    return heading.match(block.text()).hasMatch();
}

// A list item or a heading starts a paragraph of its own (for focus mode), as a writer sees it.
bool startsParagraph(const QTextBlock &block)
{
    static const QRegularExpression item(u"^\\s*([-*+]|\\d{1,9}[.)])(\\s|$)"_s);
    return isHeading(block) || item.match(block.text()).hasMatch();
}

} // namespace

Editor::Editor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new MarkdownHighlighter(document()))
{
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setTabChangesFocus(false);
    // The margins around the text column take the text's background.
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &Editor::onCursorMoved);
    m_highlighter->setDefinition(syntaxRepository().definitionForName(u"Markdown"_s));
    applyTheme();
}

Editor::~Editor() = default;

void Editor::setHighlightingTheme(const QString &name)
{
    if (name == m_themeName)
        return;
    m_themeName = name;
    applyTheme();
}

void Editor::applyTheme()
{
    // Setting the palette here reports a palette change, which calls this again.
    if (m_applyingTheme)
        return;
    const QScopedValueRollback guard(m_applyingTheme, true);
    KSyntaxHighlighting::Theme theme;
    if (!m_themeName.isEmpty())
        theme = syntaxRepository().theme(m_themeName);
    if (theme.isValid()) {
        QPalette colours = palette();
        colours.setColor(QPalette::Base, theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor));
        colours.setColor(QPalette::Text, theme.textColor(KSyntaxHighlighting::Theme::Normal));
        colours.setColor(QPalette::Highlight, theme.editorColor(KSyntaxHighlighting::Theme::TextSelection));
        colours.setColor(QPalette::HighlightedText, theme.textColor(KSyntaxHighlighting::Theme::Normal));
        setPalette(colours);
        m_themedPalette = true;
    } else {
        if (m_themedPalette) {
            setPalette(QPalette()); // back to the inherited palette
            m_themedPalette = false;
        }
        const bool dark = palette().color(QPalette::Base).lightness() < 128;
        theme = syntaxRepository().defaultTheme(
            dark ? KSyntaxHighlighting::Repository::DarkTheme : KSyntaxHighlighting::Repository::LightTheme);
    }
    m_highlighter->setTheme(theme);
    m_highlighter->rehighlight();
}

bool Editor::canInsertFromMimeData(const QMimeData *source) const
{
    // An image on the clipboard, or image files, enable Paste: the inserter stores them.
    return QPlainTextEdit::canInsertFromMimeData(source)
        || (m_mimeInserter && (source->hasImage() || source->hasUrls()));
}

void Editor::insertFromMimeData(const QMimeData *source)
{
    if (m_mimeInserter && m_mimeInserter(source))
        return;
    QPlainTextEdit::insertFromMimeData(source);
}

void Editor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    else if (event->type() == QEvent::FontChange)
        updateColumn();
}

void Editor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateColumn();
}

void Editor::updateColumn()
{
    const QMargins margins = viewportMargins();
    const int available = viewport()->width() + margins.left() + margins.right();
    const int column = qRound(columnWidthEm * QFontInfo(font()).pixelSize() + 2 * document()->documentMargin());
    const int side = std::max(0, (available - column) / 2);
    if (side == margins.left() && side == margins.right())
        return;
    setViewportMargins(side, 0, side, 0);
    // QPlainTextEdit sets the width lines wrap at when its own width changes, not when its
    // viewport's does: an event with an unknown old size makes it do so.
    QResizeEvent resize(size(), QSize(-1, -1));
    QPlainTextEdit::resizeEvent(&resize);
}

QVariant Editor::inputMethodQuery(Qt::InputMethodQuery query) const
{
    QVariant value = QPlainTextEdit::inputMethodQuery(query);
    switch (query) {
    case Qt::ImCursorRectangle:
    case Qt::ImAnchorRectangle:
    case Qt::ImInputItemClipRectangle:
        return value.toRectF().translated(viewport()->pos());
    default:
        return value;
    }
}

void Editor::setFocusMode(bool on)
{
    if (on == m_focusMode)
        return;
    m_focusMode = on;
    m_focused = {-1, -1};
    viewport()->update();
}

void Editor::setTypewriterScrolling(bool on)
{
    if (on == m_typewriter)
        return;
    m_typewriter = on;
    // Lets the last lines scroll up to the middle too.
    setCenterOnScroll(on);
    if (on)
        centerCursor();
}

std::pair<QTextBlock, QTextBlock> Editor::caretParagraph() const
{
    QTextBlock first = textCursor().block();
    QTextBlock last = first;
    if (isBlank(first))
        return {first, last};
    for (int n = 0; n < paragraphLineLimit && !startsParagraph(first); ++n) {
        const QTextBlock previous = first.previous();
        if (!previous.isValid() || isBlank(previous) || isHeading(previous))
            break;
        first = previous;
    }
    for (int n = 0; n < paragraphLineLimit && !isHeading(last); ++n) {
        const QTextBlock next = last.next();
        if (!next.isValid() || isBlank(next) || startsParagraph(next))
            break;
        last = next;
    }
    return {first, last};
}

void Editor::onCursorMoved()
{
    if (m_focusMode) {
        // Repainted only when the caret enters another paragraph; typing repaints its own line.
        const auto [first, last] = caretParagraph();
        const std::pair<int, int> focused {first.blockNumber(), last.blockNumber()};
        if (focused != m_focused) {
            m_focused = focused;
            viewport()->update();
        }
    }
    if (m_typewriter && QGuiApplication::mouseButtons() == Qt::NoButton)
        centerCursor();
}

void Editor::paintEvent(QPaintEvent *event)
{
    QPlainTextEdit::paintEvent(event);
    if (!m_focusMode)
        return;
    const auto [first, last] = caretParagraph();
    QColor veil = palette().color(QPalette::Base);
    veil.setAlphaF(0.7);
    QPainter painter(viewport());
    const QPointF offset = contentOffset();
    for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        const QRectF rect = blockBoundingGeometry(block).translated(offset);
        if (rect.top() > event->rect().bottom())
            break;
        if (block.blockNumber() < first.blockNumber() || block.blockNumber() > last.blockNumber())
            painter.fillRect(QRectF(0, rect.top(), viewport()->width(), rect.height()), veil);
    }
}

void Editor::inputMethodEvent(QInputMethodEvent *event)
{
    m_preedit = event->preeditString();
    QPlainTextEdit::inputMethodEvent(event);
}

void Editor::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    if (event->reason() != Qt::PopupFocusReason)
        Q_EMIT focusLost();
}

void Editor::setText(const QString &text)
{
    setExtraSelections({});
    setPlainText(text);
    document()->setModified(false);
}

bool Editor::isHighlighted() const
{
    return !m_highlighter->hasPendingLines();
}

void Editor::commitPreedit()
{
    if (m_preedit.isEmpty())
        return;
    if (hasFocus())
        QGuiApplication::inputMethod()->commit();
    if (m_preedit.isEmpty())
        return;
    // Nothing answered: commit what the user sees, then make the input method forget it,
    // or its next key would continue the old syllable.
    QInputMethodEvent commit;
    commit.setCommitString(m_preedit);
    QCoreApplication::sendEvent(this, &commit);
    if (hasFocus())
        QGuiApplication::inputMethod()->reset();
}
