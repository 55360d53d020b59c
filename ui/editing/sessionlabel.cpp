#include "editing/sessionlabel.h"

#include "text/textstatistics.h"

#include <QDate>

SessionLabel::SessionLabel(Database &database, QWidget *parent)
    : QLabel(parent)
    , m_log(database)
{
    setToolTip(tr("Words written today, across entries: the words added minus the words deleted"));
    refresh();
}

void SessionLabel::recordSave(const QString &before, const QString &after)
{
    const qint64 delta = TextStatistics::countMarkdown(after).words - TextStatistics::countMarkdown(before).words;
    QString error;
    if (!m_log.add(QDate::currentDate(), delta, &error))
        setToolTip(error);
    refresh();
}

void SessionLabel::refresh()
{
    setText(tr("Today: %Ln word(s)", nullptr, int(m_log.words(QDate::currentDate()))));
}
