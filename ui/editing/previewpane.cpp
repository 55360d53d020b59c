#include "editing/previewpane.h"

#include "markdown/parser.h"

#include <KSyntaxHighlighting/Theme>

#include <QDesktopServices>
#include <QEvent>
#include <QFileInfo>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScrollBar>

using namespace Qt::StringLiterals;

PreviewPane::PreviewPane(QPlainTextEdit *editor, QWidget *parent)
    : QTextBrowser(parent)
    , m_editor(editor)
    , m_renderer(m_repository)
{
    setOpenLinks(false);
    setAccessibleName(tr("Preview"));
    m_timer.setSingleShot(true);
    m_timer.setInterval(300);
    connect(&m_timer, &QTimer::timeout, this, &PreviewPane::refresh);
    connect(editor, &QPlainTextEdit::textChanged, &m_timer, qOverload<>(&QTimer::start));
    connect(this, &QTextBrowser::anchorClicked, this, &PreviewPane::openLink);
    applyTheme();
}

void PreviewPane::applyTheme()
{
    m_renderer.setTheme(m_repository.themeForPalette(palette()));
    refresh();
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
    refresh();
}

QVariant PreviewPane::loadResource(int type, const QUrl &name)
{
    if (!name.isLocalFile())
        return {};
    return QTextBrowser::loadResource(type, name);
}

void PreviewPane::refresh()
{
    m_timer.stop();
    m_html = m_renderer.render(Markdown::parse(m_editor->document()->toPlainText()));
    const int scroll = verticalScrollBar()->value();
    setHtml(m_html);
    verticalScrollBar()->setValue(scroll);
}

void PreviewPane::openLink(const QUrl &url)
{
    if (!url.isLocalFile() && !url.scheme().isEmpty()) {
        const auto answer = QMessageBox::question(this, tr("Open Link"),
            tr("Open %1 in the web browser?").arg(url.toDisplayString()), QMessageBox::Open | QMessageBox::Cancel);
        if (answer != QMessageBox::Open)
            return;
    }
    QDesktopServices::openUrl(url);
}
