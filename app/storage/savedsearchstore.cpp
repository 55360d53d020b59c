#include "storage/savedsearchstore.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

QString failure(const QSqlQuery &query)
{
    return QCoreApplication::translate("SavedSearchStore", "The saved search could not be written: %1")
        .arg(query.lastError().text());
}

QVariant dateValue(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

} // namespace

SavedSearchStore::SavedSearchStore(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{ }

QList<SavedSearch> SavedSearchStore::searches() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    QList<SavedSearch> result;
    if (!query.exec(u"SELECT id, name, query, kind, date_from, date_to, tag, open_tasks FROM saved_searches "
                    "ORDER BY position, id"_s))
        return result;
    while (query.next()) {
        SavedSearch search;
        search.id = query.value(0).toLongLong();
        search.name = query.value(1).toString();
        search.query = query.value(2).toString();
        if (!query.isNull(3))
            search.filter.kind = entryKindFromName(query.value(3).toString());
        search.filter.from = QDate::fromString(query.value(4).toString(), Qt::ISODate);
        search.filter.to = QDate::fromString(query.value(5).toString(), Qt::ISODate);
        search.filter.tag = query.value(6).toString();
        search.filter.openTasks = query.value(7).toBool();
        result << search;
    }
    return result;
}

bool SavedSearchStore::refuseWhenReadOnly(QString *error) const
{
    if (m_readOnly)
        *error = QCoreApplication::translate(
            "SavedSearchStore", "The diary is open read-only: saved searches can't be changed.");
    return m_readOnly;
}

bool SavedSearchStore::add(SavedSearch &search, QString *error)
{
    if (refuseWhenReadOnly(error))
        return false;
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO saved_searches (position, name, query, kind, date_from, date_to, tag, open_tasks) "
                  "VALUES ((SELECT coalesce(max(position), 0) + 1 FROM saved_searches), ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(search.name);
    query.addBindValue(search.query.isNull() ? u""_s : search.query);
    query.addBindValue(
        search.filter.kind ? QVariant(entryKindName(*search.filter.kind)) : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(dateValue(search.filter.from));
    query.addBindValue(dateValue(search.filter.to));
    query.addBindValue(search.filter.tag.isNull() ? u""_s : search.filter.tag);
    query.addBindValue(search.filter.openTasks);
    if (!query.exec()) {
        *error = failure(query);
        return false;
    }
    search.id = query.lastInsertId().toLongLong();
    Q_EMIT changed();
    return true;
}

bool SavedSearchStore::remove(qint64 id, QString *error)
{
    if (refuseWhenReadOnly(error))
        return false;
    QSqlQuery query(m_database.connection());
    query.prepare(u"DELETE FROM saved_searches WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec()) {
        *error = failure(query);
        return false;
    }
    Q_EMIT changed();
    return true;
}
