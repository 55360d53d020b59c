#pragma once

#include <QPlainTextEdit>
#include <QTextBlock>

#include <functional>
#include <utility>

class MarkdownHighlighter;

/// The entry editor: a QPlainTextEdit that highlights Markdown with KSyntaxHighlighting
/// (the "Markdown" definition; code fences in their own language; emphasis as the Markdown
/// engine parses it, see MarkdownHighlighter) in the default light or dark theme, whichever
/// suits the palette, switching when the palette changes — or in a theme chosen with
/// setHighlightingTheme(), whose background and text colours then become the editor's.
///
/// It also keeps what the input method is composing (a Hangul syllable before it is
/// finished: the preedit), which is not yet part of the document. commitPreedit() makes it
/// part of the document, so saving before a switch or a close never loses it.
///
/// For writing comfort the text stands in a column at most columnWidthEm wide, centred by
/// viewport margins; focus mode fades every paragraph but the caret's, and typewriter
/// scrolling keeps the caret's line at the middle of the view. Both are off at first.
class Editor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit Editor(QWidget *parent = nullptr);
    ~Editor() override;

    /// Replaces the whole text, as opening an entry does; the undo history goes with it, and
    /// the document is unmodified (QTextDocument::isModified()) until the next edit.
    /// Extra selections (the spelling underlines) are dropped first: each holds a QTextCursor,
    /// which the document would move for every line of the new text.
    void setText(const QString &text);

    /// Every line is highlighted. A long text is highlighted a part at a time after it is
    /// set, from the event loop (MarkdownHighlighter); false until the last part is done.
    bool isHighlighted() const;

    /// The text the input method is composing and shows at the cursor; empty when none.
    QString preeditText() const { return m_preedit; }
    /// Makes the composing text part of the document: asks the platform's input method to
    /// commit (it answers with an input method event), and when none answers (no input
    /// method, the offscreen platform) commits the shown preedit itself and resets the
    /// input method, so the syllable is neither lost nor entered twice.
    void commitPreedit();

    /// The widest the text column gets, in em of the editor font (about 40 Hangul syllables
    /// or 80 Latin letters a line); a narrower editor uses its whole width.
    static constexpr qreal columnWidthEm = 40;

    /// Focus mode: every paragraph but the one with the caret is drawn faded. A paragraph is
    /// a run of non-blank lines; a heading or a list item starts one of its own.
    void setFocusMode(bool on);
    bool focusMode() const { return m_focusMode; }
    /// Typewriter scrolling: the caret's line stays at the vertical middle of the view while
    /// typing and moving with keys (a mouse click does not scroll).
    void setTypewriterScrolling(bool on);
    bool typewriterScrolling() const { return m_typewriter; }

    /// Rectangles in the editor's coordinates, where the input method places its candidate
    /// window: QPlainTextEdit answers in the viewport's, which viewport margins move.
    QVariant inputMethodQuery(Qt::InputMethodQuery query) const override;

    /// Highlights in KSyntaxHighlighting's theme @p name (Theme::name(), not translated); an
    /// empty or unknown name follows the palette, light or dark.
    void setHighlightingTheme(const QString &name);

    /// Called with what a paste (from any menu or key) or a drop brings, before the plain text
    /// is inserted; returns true when it inserted it itself (EditingController::insertMimeData).
    void setMimeInserter(std::function<bool(const QMimeData *)> inserter) { m_mimeInserter = std::move(inserter); }
    QString highlightingTheme() const { return m_themeName; }

Q_SIGNALS:
    /// Focus went to another widget or window; not for a popup (a context menu, a
    /// completion list) that returns it.
    void focusLost();

protected:
    void inputMethodEvent(QInputMethodEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    void applyTheme();
    void updateColumn();
    void onCursorMoved();
    /// The first and last block of the caret's paragraph (focus mode).
    std::pair<QTextBlock, QTextBlock> caretParagraph() const;

    MarkdownHighlighter *m_highlighter;
    QString m_preedit;
    std::function<bool(const QMimeData *)> m_mimeInserter;
    QString m_themeName; ///< empty: the palette's light or dark theme
    bool m_themedPalette = false; ///< the palette holds a chosen theme's colours
    bool m_applyingTheme = false;
    bool m_focusMode = false;
    bool m_typewriter = false;
    std::pair<int, int> m_focused {-1, -1}; ///< first and last block number of the paragraph drawn in focus
};
