#pragma once

#include "editing/previewrenderer.h"

#include <KSyntaxHighlighting/Repository>

#include <QTextBrowser>
#include <QTimer>

class QPlainTextEdit;

/// A live preview of the entry: the Markdown engine's tree rendered by PreviewRenderer (raw
/// HTML made harmless, code highlighted in the palette's light or dark theme, task boxes,
/// local images) in a QTextBrowser beside the editor, updated after a short pause in typing,
/// keeping its scroll position. Links open in the browser; a link to another computer asks
/// first. Only local files are ever loaded: remote images are never fetched.
class PreviewPane : public QTextBrowser
{
    Q_OBJECT
public:
    explicit PreviewPane(QPlainTextEdit *editor, QWidget *parent = nullptr);

    /// Renders now instead of after the pause.
    void refresh();
    /// The HTML last rendered (the body fragment).
    QString renderedHtml() const { return m_html; }
    /// The entry's file (Entry::sourcePath; empty when it has none): relative image paths
    /// are read from its folder. Renders again.
    void setEntryFile(const QString &path);

    /// Local files only (images from disk); anything else, http and https included, is
    /// never fetched and gives nothing.
    QVariant loadResource(int type, const QUrl &name) override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void openLink(const QUrl &url);
    void applyTheme();

    QPlainTextEdit *m_editor;
    KSyntaxHighlighting::Repository m_repository;
    PreviewRenderer m_renderer;
    QTimer m_timer;
    QString m_html;
};
