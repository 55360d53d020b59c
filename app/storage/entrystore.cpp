#include "storage/entrystore.h"

#include "diary/frontmatter.h"
#include "diary/inlinetags.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString entryColumns = u"id, kind, date, utc_offset, title, text, source_path, source_hash, created, updated, "
                             "edited_since_import, open_tasks"_s;
// What EntrySummary holds, in the order readSummary() reads it.
const QString summaryColumns = u"id, date, kind, title, preview"_s;

QString toIso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    time.setTimeZone(QTimeZone::UTC);
    return time;
}

QString whereClause(const EntryFilter &filter)
{
    QStringList conditions;
    if (filter.year)
        conditions << u"date >= :from AND date < :to"_s;
    if (filter.kind)
        conditions << u"kind = :kind"_s;
    return conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s);
}

void bindFilter(QSqlQuery &query, const EntryFilter &filter)
{
    if (filter.year) {
        const QDate from(*filter.year, filter.month.value_or(1), 1);
        const QDate to = filter.month ? from.addMonths(1) : from.addYears(1);
        query.bindValue(u":from"_s, from.toString(Qt::ISODate));
        query.bindValue(u":to"_s, to.toString(Qt::ISODate));
    }
    if (filter.kind)
        query.bindValue(u":kind"_s, entryKindName(*filter.kind));
}

// Binds, in this order, the columns insert and update share: kind, date, utc_offset,
// title, text, preview, source_path, source_name, source_hash, open_tasks.
void bindContent(QSqlQuery &query, const Entry &entry)
{
    query.addBindValue(entryKindName(entry.kind));
    query.addBindValue(entry.date.toString(Qt::ISODate));
    query.addBindValue(
        entry.utcOffsetSeconds ? QVariant(*entry.utcOffsetSeconds) : QVariant(QMetaType::fromType<int>()));
    // A null QString binds as NULL, which the NOT NULL columns refuse: an untitled entry, or
    // one whose text is only front matter, has an empty title or preview, never a missing one.
    const auto notNull = [](const QString &value) { return value.isNull() ? u""_s : value; };
    query.addBindValue(notNull(entry.title));
    query.addBindValue(notNull(entry.text));
    query.addBindValue(notNull(entryPreview(entry.text)));
    const bool imported = !entry.sourcePath.isEmpty();
    query.addBindValue(imported ? QVariant(entry.sourcePath) : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(
        imported ? QVariant(QFileInfo(entry.sourcePath).fileName()) : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(
        entry.sourceHash.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(entry.sourceHash));
    query.addBindValue(entry.hasOpenTasks);
}

QString failure(const QSqlQuery &query)
{
    return QCoreApplication::translate("EntryStore", "The diary could not be written: %1")
        .arg(query.lastError().text());
}

} // namespace

QString entryPreview(QStringView text, qsizetype maxLength)
{
    static const QRegularExpression markers(uR"(^(?:\s*(?:[>#]+|[-*+]\s+\[[ xX]\]|[-*+]|\d+[.)]))+\s*)"_s);
    const QStringView body = frontMatterBody(text);
    for (QStringView line : body.tokenize(u'\n')) {
        QString plain = line.toString();
        plain.remove(markers);
        plain = plain.trimmed();
        if (plain.isEmpty() || plain.startsWith(u"```"_s) || plain.startsWith(u"<"_s) || plain.startsWith(u"!["_s)
            || plain.startsWith(u"---"_s))
            continue;
        return plain.left(maxLength);
    }
    return {};
}

EntryStore::EntryStore(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{ }

static Entry readEntry(const QSqlQuery &query)
{
    Entry entry;
    entry.id = query.value(0).toLongLong();
    entry.kind = entryKindFromName(query.value(1).toString()).value_or(EntryKind::Daily);
    entry.date = QDate::fromString(query.value(2).toString(), Qt::ISODate);
    if (!query.isNull(3))
        entry.utcOffsetSeconds = query.value(3).toInt();
    entry.title = query.value(4).toString();
    entry.text = query.value(5).toString();
    entry.sourcePath = query.value(6).toString();
    entry.sourceHash = query.value(7).toByteArray();
    entry.created = fromIso(query.value(8).toString());
    entry.updated = fromIso(query.value(9).toString());
    entry.editedSinceImport = query.value(10).toBool();
    entry.hasOpenTasks = query.value(11).toBool();
    return entry;
}

static void readTags(QSqlDatabase db, Entry &entry)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT tag, inline FROM entry_tags WHERE entry_id = ? ORDER BY position"_s);
    query.addBindValue(entry.id);
    entry.tags.clear();
    entry.inlineTags.clear();
    if (query.exec()) {
        while (query.next())
            (query.value(1).toBool() ? entry.inlineTags : entry.tags) << query.value(0).toString();
    }
}

std::optional<Entry> EntryStore::entry(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT "_s + entryColumns + u" FROM entries WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    Entry entry = readEntry(query);
    readTags(m_database.connection(), entry);
    return entry;
}

QList<Entry> EntryStore::entries(const EntryFilter &filter) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(
        u"SELECT "_s + entryColumns + u" FROM entries"_s + whereClause(filter) + u" ORDER BY date DESC, id DESC"_s);
    bindFilter(query, filter);
    QList<Entry> result;
    if (!query.exec())
        return result;
    while (query.next())
        result << readEntry(query);
    for (Entry &entry : result)
        readTags(m_database.connection(), entry);
    return result;
}

static EntrySummary readSummary(const QSqlQuery &query)
{
    EntrySummary summary;
    summary.id = query.value(0).toLongLong();
    summary.date = QDate::fromString(query.value(1).toString(), Qt::ISODate);
    summary.kind = entryKindFromName(query.value(2).toString()).value_or(EntryKind::Daily);
    summary.title = query.value(3).toString();
    summary.preview = query.value(4).toString();
    return summary;
}

QList<EntrySummary> EntryStore::summaries(const EntryFilter &filter) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(
        u"SELECT "_s + summaryColumns + u" FROM entries"_s + whereClause(filter) + u" ORDER BY date DESC, id DESC"_s);
    bindFilter(query, filter);
    QList<EntrySummary> result;
    if (!query.exec())
        return result;
    while (query.next())
        result << readSummary(query);
    return result;
}

std::optional<EntrySummary> EntryStore::summary(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT "_s + summaryColumns + u" FROM entries WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return readSummary(query);
}

QList<MonthCount> EntryStore::monthCounts() const
{
    // Dates are ISO text, so a month is the date's first seven characters ("2023-12"); the
    // expression is entries_by_month's (schema 7), which SQLite then reads in order.
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    QList<MonthCount> result;
    if (!query.exec(u"SELECT substr(date, 1, 7) AS month, count(*) FROM entries GROUP BY month ORDER BY month DESC"_s))
        return result;
    while (query.next()) {
        const QString month = query.value(0).toString();
        const QDate first = QDate::fromString(month + u"-01"_s, Qt::ISODate);
        if (first.isValid())
            result << MonthCount {first.year(), first.month(), query.value(1).toLongLong()};
    }
    return result;
}

qsizetype EntryStore::count() const
{
    QSqlQuery query(m_database.connection());
    if (query.exec(u"SELECT count(*) FROM entries"_s) && query.next())
        return query.value(0).toLongLong();
    return 0;
}

QList<TagCount> EntryStore::tagCounts() const
{
    // The spelling shown is the last added entry's: SQLite takes the bare column of a max()
    // aggregate from the row that has the maximum. Grouped through entry_tags_by_tag_nocase,
    // without touching entries, since the sidebar asks again after every save.
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    QList<TagCount> result;
    if (!query.exec(u"SELECT tag, count(DISTINCT entry_id) AS n, max(entry_id) FROM entry_tags "
                    "GROUP BY tag COLLATE NOCASE ORDER BY n DESC, tag COLLATE NOCASE"_s))
        return result;
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toInt()});
    return result;
}

QList<qint64> EntryStore::entriesWithTag(const QString &tag) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT e.id FROM entries e WHERE e.id IN (SELECT t.entry_id FROM entry_tags t "
                  "WHERE t.tag = ? COLLATE NOCASE) ORDER BY e.date DESC, e.id DESC"_s);
    query.addBindValue(tag);
    QList<qint64> ids;
    if (query.exec()) {
        while (query.next())
            ids << query.value(0).toLongLong();
    }
    return ids;
}

std::optional<Entry> EntryStore::entryFromSource(const QString &fileName, QDate date) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT id FROM entries WHERE source_name = ? AND date = ?"_s);
    query.addBindValue(fileName);
    query.addBindValue(date.toString(Qt::ISODate));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return entry(query.value(0).toLongLong());
}

bool EntryStore::insert(Entry &entry, QString *error)
{
    Transaction transaction(m_database.connection());
    if (!insertInTransaction(entry, error))
        return false;
    if (!transaction.commit()) {
        *error = transaction.errorText();
        return false;
    }
    Q_EMIT entryInserted(entry.id);
    return true;
}

bool EntryStore::update(Entry &entry, QString *error)
{
    Transaction transaction(m_database.connection());
    if (!updateInTransaction(entry, error))
        return false;
    if (!transaction.commit()) {
        *error = transaction.errorText();
        return false;
    }
    Q_EMIT entryUpdated(entry.id);
    return true;
}

bool EntryStore::insertInTransaction(Entry &entry, QString *error)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!entry.created.isValid())
        entry.created = now;
    if (!entry.updated.isValid())
        entry.updated = now;
    InlineTags::deriveBodyFields(entry);
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO entries (kind, date, utc_offset, title, text, preview, source_path, source_name, "
                  "source_hash, open_tasks, created, updated, edited_since_import) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    bindContent(query, entry);
    query.addBindValue(toIso(entry.created));
    query.addBindValue(toIso(entry.updated));
    query.addBindValue(entry.editedSinceImport);
    if (!query.exec()) {
        *error = failure(query);
        return false;
    }
    entry.id = query.lastInsertId().toLongLong();
    return writeTags(entry, error);
}

bool EntryStore::updateInTransaction(Entry &entry, QString *error)
{
    entry.updated = QDateTime::currentDateTimeUtc();
    InlineTags::deriveBodyFields(entry);
    QSqlQuery query(m_database.connection());
    query.prepare(u"UPDATE entries SET kind = ?, date = ?, utc_offset = ?, title = ?, text = ?, preview = ?, "
                  "source_path = ?, source_name = ?, source_hash = ?, open_tasks = ?, updated = ?, "
                  "edited_since_import = ? WHERE id = ?"_s);
    bindContent(query, entry);
    query.addBindValue(toIso(entry.updated));
    query.addBindValue(entry.editedSinceImport);
    query.addBindValue(entry.id);
    if (!query.exec()) {
        *error = failure(query);
        return false;
    }
    if (query.numRowsAffected() != 1) {
        *error = QCoreApplication::translate("EntryStore", "Entry %1 is no longer in the diary.").arg(entry.id);
        return false;
    }
    return writeTags(entry, error);
}

bool EntryStore::remove(qint64 id, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"DELETE FROM entries WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec()) {
        *error = failure(query);
        return false;
    }
    if (query.numRowsAffected() != 1) {
        *error = QCoreApplication::translate("EntryStore", "Entry %1 is no longer in the diary.").arg(id);
        return false;
    }
    Q_EMIT entryRemoved(id);
    return true;
}

void EntryStore::notifyReset()
{
    Q_EMIT entriesReset();
}

bool EntryStore::writeTags(const Entry &entry, QString *error)
{
    QSqlQuery clear(m_database.connection());
    clear.prepare(u"DELETE FROM entry_tags WHERE entry_id = ?"_s);
    clear.addBindValue(entry.id);
    if (!clear.exec()) {
        *error = failure(clear);
        return false;
    }
    QSqlQuery insert(m_database.connection());
    insert.prepare(u"INSERT INTO entry_tags (entry_id, position, tag, inline) VALUES (?, ?, ?, ?)"_s);
    const QStringList tags = entry.allTags();
    for (qsizetype i = 0; i < tags.size(); ++i) {
        insert.addBindValue(entry.id);
        insert.addBindValue(i);
        insert.addBindValue(tags.at(i));
        insert.addBindValue(i >= entry.tags.size());
        if (!insert.exec()) {
            *error = failure(insert);
            return false;
        }
    }
    return true;
}
