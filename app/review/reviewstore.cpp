#include "review/reviewstore.h"

#include "storage/database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

QList<ReviewEntry> readEntries(QSqlQuery &query, bool withText)
{
    QList<ReviewEntry> result;
    if (!query.exec())
        return result;
    while (query.next()) {
        ReviewEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.date = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        entry.kind = entryKindFromName(query.value(2).toString()).value_or(EntryKind::Daily);
        entry.title = query.value(3).toString();
        if (withText)
            entry.text = query.value(4).toString();
        result << entry;
    }
    return result;
}

} // namespace

ReviewStore::ReviewStore(Database &database)
    : m_connection(database.connection())
{ }

ReviewStore::ReviewStore(const QSqlDatabase &connection)
    : m_connection(connection)
{ }

QHash<EntryKind, int> ReviewStore::countsByKind(int year) const
{
    QSqlQuery query(m_connection);
    query.prepare(u"SELECT kind, count(*) FROM entries WHERE date >= ? AND date < ? GROUP BY kind"_s);
    query.addBindValue(iso(QDate(year, 1, 1)));
    query.addBindValue(iso(QDate(year + 1, 1, 1)));
    QHash<EntryKind, int> result;
    if (!query.exec())
        return result;
    while (query.next()) {
        if (const auto kind = entryKindFromName(query.value(0).toString()))
            result.insert(*kind, query.value(1).toInt());
    }
    return result;
}

QList<ReviewEntry> ReviewStore::entriesBetween(QDate from, QDate to) const
{
    QSqlQuery query(m_connection);
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, date, kind, title, text FROM entries WHERE date >= ? AND date <= ? "
                  "ORDER BY date, id"_s);
    query.addBindValue(iso(from));
    query.addBindValue(iso(to));
    return readEntries(query, true);
}

QList<ReviewEntry> ReviewStore::entriesOfKind(EntryKind kind, QDate from, QDate to) const
{
    QSqlQuery query(m_connection);
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, date, kind, title FROM entries WHERE kind = ? AND date >= ? AND date <= ? "
                  "ORDER BY date, id"_s);
    query.addBindValue(entryKindName(kind));
    query.addBindValue(iso(from));
    query.addBindValue(iso(to));
    return readEntries(query, false);
}

QList<ReviewEntry> ReviewStore::entriesInRanges(const QList<std::pair<QDate, QDate>> &ranges) const
{
    if (ranges.isEmpty())
        return {};
    QStringList conditions;
    for (qsizetype i = 0; i < ranges.size(); ++i)
        conditions << u"(date >= ? AND date <= ?)"_s;
    QSqlQuery query(m_connection);
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, date, kind, title, text FROM entries WHERE "_s + conditions.join(u" OR "_s)
        + u" ORDER BY date DESC, id DESC"_s);
    for (const auto &[from, to] : ranges) {
        query.addBindValue(iso(from));
        query.addBindValue(iso(to));
    }
    return readEntries(query, true);
}

QList<TagCount> ReviewStore::topTags(int year, int limit) const
{
    QSqlQuery query(m_connection);
    query.setForwardOnly(true);
    query.prepare(
        u"SELECT t.tag, count(DISTINCT t.entry_id) AS n FROM entry_tags t JOIN entries e ON e.id = t.entry_id "
        "WHERE e.date >= ? AND e.date < ? GROUP BY t.tag ORDER BY n DESC, t.tag LIMIT ?"_s);
    query.addBindValue(iso(QDate(year, 1, 1)));
    query.addBindValue(iso(QDate(year + 1, 1, 1)));
    query.addBindValue(limit);
    QList<TagCount> result;
    if (!query.exec())
        return result;
    while (query.next())
        result << TagCount {query.value(0).toString(), query.value(1).toInt()};
    return result;
}

QDate ReviewStore::firstEntryDate() const
{
    QSqlQuery query(m_connection);
    if (query.exec(u"SELECT min(date) FROM entries"_s) && query.next() && !query.isNull(0))
        return QDate::fromString(query.value(0).toString(), Qt::ISODate);
    return {};
}

QList<int> ReviewStore::years() const
{
    QSqlQuery query(m_connection);
    QList<int> result;
    // From the oldest year, each next year is the first date at or after the following 1
    // January, found in the date index: twenty years cost twenty lookups instead of a scan.
    if (query.exec(
            u"WITH RECURSIVE y(year) AS (SELECT substr(min(date), 1, 4) FROM entries "
            "UNION ALL SELECT (SELECT substr(min(date), 1, 4) FROM entries WHERE date >= printf('%04d', y.year + 1)) "
            "FROM y WHERE y.year IS NOT NULL) "
            "SELECT year FROM y WHERE year IS NOT NULL"_s)) {
        while (query.next())
            result << query.value(0).toInt();
    }
    return result;
}

qint64 ReviewStore::retrospectiveId(int year) const
{
    const QList<ReviewEntry> yearly = entriesOfKind(EntryKind::Yearly, QDate(year, 1, 1), QDate(year + 1, 1, 31));
    for (auto it = yearly.crbegin(); it != yearly.crend(); ++it) {
        if (it->date.year() == year)
            return it->id;
    }
    return yearly.isEmpty() ? 0 : yearly.constFirst().id;
}
