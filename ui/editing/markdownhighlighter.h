#pragma once

#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QHash>
#include <QList>
#include <QSet>
#include <QTextCursor>

/// The editor's highlighter: KSyntaxHighlighting's (definition and theme set as usual), with
/// emphasis and strong emphasis taken from the project's Markdown engine instead of the
/// definition's regular expressions, so the editor shows bold and italic exactly where the
/// preview does — the CJK-friendly flanking rules included (`**“인용”**이라고` is bold,
/// `__“밑줄”__이라고` is not).
///
/// Use: `auto *h = new MarkdownHighlighter(editor->document()); h->setDefinition(markdown);
/// h->setTheme(theme);`.
///
/// Work per edit: each highlighted line parses only its paragraph — the run of non-blank
/// lines around it, at most paragraphLineLimit lines on each side — with Markdown::parse().
/// The lines of the paragraph before an edited line are highlighted again after the edit
/// (a closing `**` typed on a later line makes the earlier ones bold); the lines after it
/// follow through the block state. The rest of the document is not touched.
///
/// Work per pass: QSyntaxHighlighter highlights a whole document set with setPlainText(), and
/// every line after an edit that changes the state of the next one. One pass (what runs
/// before control returns to the event loop) highlights lines of charactersPerPass UTF-16 code
/// units at most; the lines after keep their formats and state and are highlighted from the
/// event loop, a pass at a time, from the first of them on. A line longer than a pass allows
/// (a one-line entry of half a megabyte) is highlighted only by such a pass from the event
/// loop, alone. So a 1 MB entry paints at once, its first screen highlighted, and typing goes
/// on while the rest is highlighted.
class MarkdownHighlighter : public KSyntaxHighlighting::SyntaxHighlighter
{
    Q_OBJECT
public:
    /// How many lines before and after a line are read as its paragraph, at most.
    static constexpr int paragraphLineLimit = 40;
    /// UTF-16 code units highlighted in one pass, at most (a few milliseconds on 2 cores; a
    /// screenful of text is about 5,000).
    static constexpr qsizetype charactersPerPass = 16 * 1024;

    explicit MarkdownHighlighter(QTextDocument *document);

    void setDefinition(const KSyntaxHighlighting::Definition &definition) override;
    /// Lines are left for later passes (see the class description).
    bool hasPendingLines() const { return !m_pending.isNull(); }

protected:
    void highlightBlock(const QString &text) override;
    void customEvent(QEvent *event) override;
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    enum Emphasis : quint8 { Italic = 1, Bold = 2 };
    void highlightPrecedingLines(int position);
    bool takeFromPass(qsizetype characters);
    void endPass();
    void leavePending();
    void highlightPendingLines();
    const QList<quint8> &emphasisOf(const QString &paragraph);

    QHash<int, KSyntaxHighlighting::Format> m_plainFormats; ///< emphasis format id → its plain variant
    QSet<int> m_markdownFormats; ///< ids of the Markdown definition's formats, code aside
    QList<bool> m_code; ///< per character of the current line: highlighted as code or embedded language
    QString m_paragraph; ///< the paragraph parsed last (its lines often come one after another)
    QList<quint8> m_emphasis; ///< per character of m_paragraph: Emphasis flags
    int m_revision = -1; ///< the document revision whose preceding lines were highlighted last
    qsizetype m_passCharacters = -1; ///< highlighted in the current pass; -1 between passes
    bool m_pendingPass = false; ///< the current pass highlights lines left pending
    QTextCursor m_pending; ///< at the first line left for a later pass; null when none
};
