#pragma once

#include <QTextBrowser>
#include <QTimer>

class QPlainTextEdit;

/// A live preview of the entry: the Markdown engine's HTML (Markdown::renderHtml) in a
/// QTextBrowser beside the editor, updated after a short pause in typing, keeping its scroll
/// position. Links open in the browser; a link to another computer asks first.
class PreviewPane : public QTextBrowser
{
    Q_OBJECT
public:
    explicit PreviewPane(QPlainTextEdit *editor, QWidget *parent = nullptr);

    /// Renders now instead of after the pause.
    void refresh();
    /// The HTML last rendered (the body fragment).
    QString renderedHtml() const { return m_html; }

private:
    void openLink(const QUrl &url);

    QPlainTextEdit *m_editor;
    QTimer m_timer;
    QString m_html;
};
