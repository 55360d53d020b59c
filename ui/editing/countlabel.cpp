#include "editing/countlabel.h"

#include <QLocale>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextDocumentFragment>
#include <QTextLayout>

using namespace Qt::StringLiterals;

CountLabel::CountLabel(QPlainTextEdit *editor, QWidget *parent)
    : QLabel(parent)
    , m_editor(editor)
{
    // Counting parses the whole entry; a short pause keeps typing smooth in long texts.
    m_timer.setSingleShot(true);
    m_timer.setInterval(150);
    connect(&m_timer, &QTimer::timeout, this, &CountLabel::refresh);
    connect(editor, &QPlainTextEdit::textChanged, this, &CountLabel::schedule);
    connect(editor, &QPlainTextEdit::selectionChanged, this, &CountLabel::schedule);
    connect(editor, &QPlainTextEdit::cursorPositionChanged, this, &CountLabel::schedule);
    refresh();
}

void CountLabel::schedule()
{
    m_timer.start();
}

QString CountLabel::textWithPreedit(const QPlainTextEdit *editor)
{
    QString text = editor->document()->toPlainText();
    const QTextCursor cursor = editor->textCursor();
    const QTextLayout *layout = cursor.block().layout();
    if (layout && !layout->preeditAreaText().isEmpty())
        text.insert(cursor.block().position() + layout->preeditAreaPosition(), layout->preeditAreaText());
    return text;
}

void CountLabel::refresh()
{
    m_timer.stop();
    if (!m_editor)
        return;
    const QTextCursor cursor = m_editor->textCursor();
    m_selection = cursor.hasSelection();
    const QString text = m_selection ? cursor.selection().toPlainText() : textWithPreedit(m_editor);
    m_counts = TextStatistics::countMarkdown(text);

    const QLocale locale;
    const QString summary = tr("%1 characters (%2 without spaces) · %3 words · %4 manuscript pages")
                                .arg(locale.toString(m_counts.characters), locale.toString(m_counts.charactersNoSpaces),
                                    locale.toString(m_counts.words), locale.toString(m_counts.manuscriptPages, 'f', 1));
    setText(m_selection ? tr("Selection: %1").arg(summary) : summary);
    setToolTip(tr("Characters with spaces: %1\nCharacters without spaces: %2\nWords: %3\nHangul syllables: %4\n"
                  "Latin words: %5\nUTF-8 bytes: %6\nCP949 bytes: %7 (%8 characters not encodable)\n"
                  "Manuscript pages (200 cells): %9\nReading time: %10 minutes")
            .arg(locale.toString(m_counts.characters), locale.toString(m_counts.charactersNoSpaces),
                locale.toString(m_counts.words), locale.toString(m_counts.hangulSyllables),
                locale.toString(m_counts.latinWords), locale.toString(m_counts.utf8Bytes),
                locale.toString(m_counts.cp949Bytes), locale.toString(m_counts.cp949Unencodable),
                locale.toString(m_counts.manuscriptPages, 'f', 1))
            .arg(locale.toString(m_counts.readingMinutes, 'f', 1)));
}
