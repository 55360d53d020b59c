#pragma once

#include "storage/writinglog.h"

#include <QLabel>
#include <QTimer>

/// The status bar's writing-session counter: the words written today across entries, as
/// WritingLog keeps them in the diary. The window tells it of each save of an entry
/// (recordSave()), which adds the difference in words the save made. At local midnight
/// it turns to the new day's number by itself.
class SessionLabel : public QLabel
{
    Q_OBJECT
public:
    explicit SessionLabel(Database &database, QWidget *parent = nullptr);

    /// An entry was saved: @p before is its text as stored before, @p after as stored now.
    /// Adds the difference in TextCounts::words to today's number and shows it.
    void recordSave(const QString &before, const QString &after);
    /// Reads today's number from the diary again.
    void refresh();

    /// Milliseconds from @p now to the start of the next local day (its first moment, which
    /// a daylight saving change may move off 00:00), plus one second to be sure to be past it.
    static qint64 msecsToNextDay(const QDateTime &now);

private:
    WritingLog m_log;
    QTimer m_midnight;
    QString m_lastText; ///< the text of the last save, and its words
    qint64 m_lastWords = 0;
};
