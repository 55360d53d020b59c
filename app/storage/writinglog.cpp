#include "storage/writinglog.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

WritingLog::WritingLog(Database &database)
    : m_database(database)
{ }

qint64 WritingLog::words(QDate day) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT words FROM writing_days WHERE day = ?"_s);
    query.addBindValue(day.toString(Qt::ISODate));
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

bool WritingLog::add(QDate day, qint64 delta, QString *error)
{
    if (delta == 0)
        return true;
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO writing_days (day, words) VALUES (?, ?) "
                  "ON CONFLICT (day) DO UPDATE SET words = words + excluded.words"_s);
    query.addBindValue(day.toString(Qt::ISODate));
    query.addBindValue(delta);
    if (query.exec())
        return true;
    *error = QCoreApplication::translate("WritingLog", "Today's word count could not be written: %1")
                 .arg(query.lastError().text());
    return false;
}
