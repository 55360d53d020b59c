#include "editing/countlabel.h"

#include "editing/countdetails.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextDocumentFragment>
#include <QTextLayout>
#include <QThreadPool>

using namespace Qt::StringLiterals;

CountLabel::CountLabel(QPlainTextEdit *editor, QWidget *parent)
    : QLabel(parent)
    , m_editor(editor)
{
    // Counting parses the whole entry; a short pause keeps typing smooth in long texts.
    m_timer.setSingleShot(true);
    m_timer.setInterval(150);
    connect(&m_timer, &QTimer::timeout, this, &CountLabel::countAfterPause);
    connect(editor, &QPlainTextEdit::textChanged, this, &CountLabel::schedule);
    connect(editor, &QPlainTextEdit::selectionChanged, this, &CountLabel::schedule);
    // A move only changes the counts when a selection begins or ends, or a syllable is composed.
    connect(editor, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        if (m_selection || m_editor->textCursor().hasSelection() || !m_editor->textCursor().block().layout()
            || !m_editor->textCursor().block().layout()->preeditAreaText().isEmpty())
            schedule();
    });
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Click to see every count"));
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
    ++m_generation;
    if (!m_editor)
        return;
    const QTextCursor cursor = m_editor->textCursor();
    const bool selection = cursor.hasSelection();
    const QString text = selection ? cursor.selection().toPlainText() : textWithPreedit(m_editor);
    display(TextStatistics::countMarkdown(text, m_speed), selection);
}

void CountLabel::countAfterPause()
{
    if (!m_editor)
        return;
    const QTextCursor cursor = m_editor->textCursor();
    const bool selection = cursor.hasSelection();
    QString text = selection ? cursor.selection().toPlainText() : textWithPreedit(m_editor);
    if (text.size() < backgroundCountChars) {
        refresh();
        return;
    }
    const quint64 generation = ++m_generation;
    QThreadPool::globalInstance()->start(
        [self = QPointer(this), text = std::move(text), speed = m_speed, selection, generation] {
            const TextCounts counts = TextStatistics::countMarkdown(text, speed);
            // Back on the GUI thread, where the label may have gone or asked for a newer count.
            QMetaObject::invokeMethod(qApp, [self, counts, selection, generation] {
                if (self && self->m_generation == generation)
                    self->display(counts, selection);
            });
        });
}

void CountLabel::display(const TextCounts &counts, bool selection)
{
    m_counts = counts;
    m_selection = selection;
    const QLocale locale;
    const QString summary = tr("%1 characters (%2 without spaces) · %3 words · %4 manuscript pages")
                                .arg(locale.toString(m_counts.characters), locale.toString(m_counts.charactersNoSpaces),
                                    locale.toString(m_counts.words), locale.toString(m_counts.manuscriptPages, 'f', 1));
    setText(m_selection ? tr("Selection: %1").arg(summary) : summary);
    if (m_details && m_details->isVisible())
        m_details->setCounts(m_counts, m_selection, m_speed);
}

void CountLabel::setReadingSpeed(const ReadingSpeed &speed)
{
    m_speed = speed;
    refresh();
}

void CountLabel::showDetails()
{
    refresh();
    if (!m_details)
        m_details = new CountDetails(this);
    m_details->setCounts(m_counts, m_selection, m_speed);
    // Above the label: the status bar is at the bottom of the window.
    const QPoint topLeft = mapToGlobal(QPoint(0, 0));
    m_details->move(topLeft.x(), topLeft.y() - m_details->height());
    m_details->show();
}

void CountLabel::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        showDetails();
        event->accept();
        return;
    }
    QLabel::mouseReleaseEvent(event);
}
