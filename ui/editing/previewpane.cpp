#include "editing/previewpane.h"

#include "markdown/htmlrenderer.h"
#include "markdown/parser.h"

#include <QDesktopServices>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScrollBar>

using namespace Qt::StringLiterals;

PreviewPane::PreviewPane(QPlainTextEdit *editor, QWidget *parent)
    : QTextBrowser(parent)
    , m_editor(editor)
{
    setOpenLinks(false);
    setAccessibleName(tr("Preview"));
    m_timer.setSingleShot(true);
    m_timer.setInterval(300);
    connect(&m_timer, &QTimer::timeout, this, &PreviewPane::refresh);
    connect(editor, &QPlainTextEdit::textChanged, &m_timer, qOverload<>(&QTimer::start));
    connect(this, &QTextBrowser::anchorClicked, this, &PreviewPane::openLink);
    refresh();
}

void PreviewPane::refresh()
{
    m_timer.stop();
    m_html = Markdown::renderHtml(Markdown::parse(m_editor->document()->toPlainText()));
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
