#pragma once

#include "text/textstatistics.h"

#include <QLabel>
#include <QPointer>
#include <QTimer>

class CountDetails;
class QPlainTextEdit;

/// The status bar's live counter for an editor: characters with and without spaces, words and
/// 원고지 pages of the text a reader sees (TextStatistics::countMarkdown); a click opens
/// CountDetails with every count. With a selection it counts the selection instead, and says so.
/// A syllable the input method is still composing is counted as if typed.
///
/// Counting parses the whole text (about 50 ms for 1 MB): after a short pause in typing, a
/// text longer than backgroundCountChars is counted on a pool thread and shown when done,
/// unless a newer count has been asked for meanwhile. refresh() always counts at once.
///
/// Usage: statusBar()->addPermanentWidget(new CountLabel(editor));
class CountLabel : public QLabel
{
    Q_OBJECT
public:
    explicit CountLabel(QPlainTextEdit *editor, QWidget *parent = nullptr);

    /// The counts shown now (after any pending update has run: call refresh() first in tests).
    TextCounts counts() const { return m_counts; }
    bool showsSelection() const { return m_selection; }
    /// Recounts at once instead of after the short typing pause.
    void refresh();

    /// Texts at least this long (UTF-16 units) are counted off the GUI thread after a pause.
    static constexpr qsizetype backgroundCountChars = 64 * 1024;
    /// The speeds the reading time is counted at (AppSettings::readingSpeed()). Recounts.
    void setReadingSpeed(const ReadingSpeed &speed);
    ReadingSpeed readingSpeed() const { return m_speed; }
    /// Opens the popup with every count (what a click does).
    void showDetails();
    /// The popup; null until first opened.
    CountDetails *details() const { return m_details; }

    /// The editor's text with the composing (preedit) text inserted at the cursor.
    static QString textWithPreedit(const QPlainTextEdit *editor);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void schedule();
    /// The pause is over: counts at once, or for a long text on a pool thread.
    void countAfterPause();
    void display(const TextCounts &counts, bool selection);

    QPointer<QPlainTextEdit> m_editor;
    QTimer m_timer;
    TextCounts m_counts;
    ReadingSpeed m_speed;
    CountDetails *m_details = nullptr;
    bool m_selection = false;
    quint64 m_generation = 0; ///< which count is wanted; older results are dropped
};
