#pragma once

#include "text/textstatistics.h"

#include <QLabel>
#include <QPointer>
#include <QTimer>

class QPlainTextEdit;

/// The status bar's live counter for an editor: characters with and without spaces, words and
/// 원고지 pages of the text a reader sees (TextStatistics::countMarkdown), its tooltip listing
/// every count. With a selection it counts the selection instead. A syllable the input method is
/// still composing is counted as if typed.
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

    /// The editor's text with the composing (preedit) text inserted at the cursor.
    static QString textWithPreedit(const QPlainTextEdit *editor);

private:
    void schedule();

    QPointer<QPlainTextEdit> m_editor;
    QTimer m_timer;
    TextCounts m_counts;
    bool m_selection = false;
};
