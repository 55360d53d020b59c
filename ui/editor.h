#pragma once

#include <KSyntaxHighlighting/Repository>

#include <QPlainTextEdit>

class MarkdownHighlighter;

/// The entry editor: a QPlainTextEdit that highlights Markdown with KSyntaxHighlighting
/// (the "Markdown" definition; code fences in their own language; emphasis as the Markdown
/// engine parses it, see MarkdownHighlighter) in the default light or dark theme, whichever
/// suits the palette, switching when the palette changes.
///
/// It also keeps what the input method is composing (a Hangul syllable before it is
/// finished: the preedit), which is not yet part of the document. commitPreedit() makes it
/// part of the document, so saving before a switch or a close never loses it.
class Editor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit Editor(QWidget *parent = nullptr);
    ~Editor() override;

    /// The text the input method is composing and shows at the cursor; empty when none.
    QString preeditText() const { return m_preedit; }
    /// Makes the composing text part of the document: asks the platform's input method to
    /// commit (it answers with an input method event), and when none answers (no input
    /// method, the offscreen platform) commits the shown preedit itself and resets the
    /// input method, so the syllable is neither lost nor entered twice.
    void commitPreedit();

Q_SIGNALS:
    /// Focus went to another widget or window; not for a popup (a context menu, a
    /// completion list) that returns it.
    void focusLost();

protected:
    void inputMethodEvent(QInputMethodEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();

    KSyntaxHighlighting::Repository m_repository;
    MarkdownHighlighter *m_highlighter;
    QString m_preedit;
};
