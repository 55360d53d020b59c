#include "editing/previewpane.h"

#include "editing/syntaxrepository.h"
#include "markdown/parser.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QAbstractTextDocumentLayout>
#include <QDesktopServices>
#include <QEvent>
#include <QFileInfo>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// The editor's top visible source line, with the fraction of a wrapped line scrolled past.
double topSourceLine(const QPlainTextEdit *editor)
{
    const int value = editor->verticalScrollBar()->value();
    const QTextBlock block = editor->document()->findBlockByLineNumber(value);
    if (!block.isValid())
        return 0;
    return block.blockNumber() + double(value - block.firstLineNumber()) / std::max(1, block.lineCount());
}

} // namespace

PreviewPane::PreviewPane(QPlainTextEdit *editor, QWidget *parent)
    : QTextBrowser(parent)
    , m_editor(editor)
    , m_renderer(syntaxRepository())
{
    setOpenLinks(false);
    m_renderer.setInteractive(true);
    setAccessibleName(tr("Preview"));
    m_timer.setSingleShot(true);
    m_timer.setInterval(300);
    connect(&m_timer, &QTimer::timeout, this, &PreviewPane::refreshIfShown);
    connect(editor, &QPlainTextEdit::textChanged, &m_timer, qOverload<>(&QTimer::start));
    connect(this, &QTextBrowser::anchorClicked, this, &PreviewPane::openLink);
    connect(editor->verticalScrollBar(), &QScrollBar::valueChanged, this, &PreviewPane::followEditor);
    connect(editor, &QPlainTextEdit::cursorPositionChanged, this, &PreviewPane::followEditor);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &PreviewPane::leadEditor);
    applyTheme();
}

void PreviewPane::setHighlightingTheme(const QString &name)
{
    if (name == m_themeName)
        return;
    m_themeName = name;
    applyTheme();
}

void PreviewPane::applyTheme()
{
    const KSyntaxHighlighting::Theme chosen
        = m_themeName.isEmpty() ? KSyntaxHighlighting::Theme() : syntaxRepository().theme(m_themeName);
    m_renderer.setTheme(chosen.isValid() ? chosen : syntaxRepository().themeForPalette(palette()));
    refreshIfShown();
}

void PreviewPane::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

void PreviewPane::setEntryFile(const QString &path)
{
    m_renderer.setBaseFolder(path.isEmpty() ? QString() : QFileInfo(path).absolutePath());
    refreshIfShown();
}

void PreviewPane::setDiaryFile(const QString &path)
{
    m_renderer.setDiaryFolder(path.isEmpty() ? QString() : QFileInfo(path).absolutePath());
    refreshIfShown();
}

QVariant PreviewPane::loadResource(int type, const QUrl &name)
{
    if (!name.isLocalFile())
        return {};
    return QTextBrowser::loadResource(type, name);
}

// A hidden pane (the window's preview is off) renders nothing: rendering a long entry takes
// seconds, and showing the pane renders it (EditingSupport calls refresh()).
void PreviewPane::refreshIfShown()
{
    m_timer.stop();
    if (!turnedOff())
        refresh();
}

void PreviewPane::refresh()
{
    m_timer.stop();
    m_html = m_renderer.render(Markdown::parse(m_editor->document()->toPlainText()));
    const int scroll = verticalScrollBar()->value();
    m_syncing = true; // setHtml() scrolls to the top: the editor must not follow
    setHtml(m_html);
    verticalScrollBar()->setValue(scroll);
    m_syncing = false;
    collectLineAnchors();
    followEditor();
}

void PreviewPane::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    m_places.clear(); // the blocks wrap anew
    followEditor();
}

void PreviewPane::collectLineAnchors()
{
    m_lineAnchors.clear();
    m_places.clear();
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            for (const QString &name : fragment.charFormat().anchorNames()) {
                const int line = PreviewRenderer::anchorLine(name);
                if (line >= 0)
                    m_lineAnchors.append({line, fragment.position()});
            }
        }
    }
}

const QList<PreviewPane::LinePlace> &PreviewPane::linePlaces()
{
    // Kept until the next render or resize: the caret moves on every key, the layout does not.
    if (!m_places.isEmpty())
        return m_places;
    QList<LinePlace> &places = m_places;
    places.append({0, 0});
    const QAbstractTextDocumentLayout *layout = document()->documentLayout();
    for (const auto &[line, position] : m_lineAnchors) {
        const double y = layout->blockBoundingRect(document()->findBlock(position)).top();
        // Both must grow: a block out of order (a table cell laid out beside another) is skipped.
        if (line > places.last().line && y >= places.last().y)
            places.append({double(line), y});
    }
    const double endLine = m_editor->document()->blockCount();
    const double endY = document()->size().height();
    if (endLine > places.last().line && endY >= places.last().y)
        places.append({endLine, endY});
    return m_places;
}

void PreviewPane::followEditor()
{
    if (m_syncing || !isVisible() || m_lineAnchors.isEmpty())
        return;
    const double line = topSourceLine(m_editor);
    const QList<LinePlace> &places = linePlaces();
    double y = places.last().y;
    for (qsizetype i = 0; i + 1 < places.size(); ++i) {
        const LinePlace &from = places[i];
        const LinePlace &to = places[i + 1];
        if (line < to.line) {
            y = from.y + (to.y - from.y) * (line - from.line) / (to.line - from.line);
            break;
        }
    }
    m_syncing = true;
    verticalScrollBar()->setValue(int(std::lround(y)));
    m_syncing = false;
}

// The user scrolled the pane: the editor shows the source of what the pane shows.
void PreviewPane::leadEditor()
{
    if (m_syncing || !isVisible() || m_lineAnchors.isEmpty())
        return;
    const double y = verticalScrollBar()->value();
    const QList<LinePlace> &places = linePlaces();
    double line = places.last().line;
    for (qsizetype i = 0; i + 1 < places.size(); ++i) {
        const LinePlace &from = places[i];
        const LinePlace &to = places[i + 1];
        if (y < to.y) {
            line = from.line + (to.line - from.line) * (y - from.y) / std::max(1.0, to.y - from.y);
            break;
        }
    }
    const QTextBlock block = m_editor->document()->findBlockByNumber(int(line));
    if (!block.isValid())
        return;
    const double fraction = line - std::floor(line);
    m_syncing = true;
    m_editor->verticalScrollBar()->setValue(block.firstLineNumber() + int(fraction * block.lineCount()));
    m_syncing = false;
}

void PreviewPane::toggleTask(int index)
{
    if (m_editor->isReadOnly())
        return;
    const QList<Markdown::TaskItem> tasks = Markdown::parse(m_editor->document()->toPlainText()).taskItems();
    if (index < 0 || index >= tasks.size())
        return;
    const Markdown::TaskItem &task = tasks[index];
    QTextCursor cursor(m_editor->document());
    cursor.beginEditBlock();
    cursor.setPosition(int(task.marker.start.offset));
    cursor.setPosition(int(task.marker.end.offset), QTextCursor::KeepAnchor);
    cursor.insertText(task.checked ? u"[ ]"_s : u"[x]"_s);
    cursor.endEditBlock();
    refresh();
}

void PreviewPane::openLink(const QUrl &url)
{
    if (const int task = PreviewRenderer::taskIndex(url); task >= 0) {
        toggleTask(task);
        return;
    }
    if (!url.isLocalFile() && !url.scheme().isEmpty()) {
        const auto answer = QMessageBox::question(this, tr("Open Link"),
            tr("Open %1 in the web browser?").arg(url.toDisplayString()), QMessageBox::Open | QMessageBox::Cancel);
        if (answer != QMessageBox::Open)
            return;
    }
    QDesktopServices::openUrl(url);
}
