#include "editing/sessionlabel.h"

#include "text/textstatistics.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

SessionLabel::SessionLabel(Database &database, QWidget *parent)
    : QLabel(parent)
    , m_log(database)
{
    setToolTip(tr("Words written today, across entries: the words added minus the words deleted"));
    m_midnight.setSingleShot(true);
    connect(&m_midnight, &QTimer::timeout, this, &SessionLabel::refresh);
    refresh();
}

qint64 SessionLabel::msecsToNextDay(const QDateTime &now)
{
    const QDateTime next = now.date().addDays(1).startOfDay(now.timeZone());
    return now.msecsTo(next) + 1000;
}

void SessionLabel::recordSave(const QString &before, const QString &after)
{
    // The text saved last is usually the one saved before this save: counted once, not twice.
    const qint64 beforeWords = before == m_lastText ? m_lastWords : TextStatistics::countMarkdown(before).words;
    m_lastText = after;
    m_lastWords = TextStatistics::countMarkdown(after).words;
    const qint64 delta = m_lastWords - beforeWords;
    QString error;
    if (!m_log.add(QDate::currentDate(), delta, &error))
        setToolTip(error);
    refresh();
}

void SessionLabel::refresh()
{
    m_midnight.start(std::chrono::milliseconds(msecsToNextDay(QDateTime::currentDateTime())));
    setText(tr("Today: %Ln word(s)", nullptr, int(m_log.words(QDate::currentDate()))));
}
