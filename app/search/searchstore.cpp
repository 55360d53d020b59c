#include "search/searchstore.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

QString filterConditions(const SearchFilter &filter)
{
    QString sql;
    if (filter.kind)
        sql += u" AND e.kind = :kind"_s;
    if (filter.from.isValid())
        sql += u" AND e.date >= :from"_s;
    if (filter.to.isValid())
        sql += u" AND e.date <= :to"_s;
    if (!filter.tag.isEmpty())
        // An uncorrelated IN is computed once through entry_tags_by_tag_nocase; a correlated
        // EXISTS lets the planner probe that index once per entry (seconds on a large diary).
        sql += u" AND e.id IN (SELECT t.entry_id FROM entry_tags t WHERE t.tag = :tag COLLATE NOCASE)"_s;
    if (filter.openTasks)
        sql += u" AND e.open_tasks = 1"_s;
    return sql;
}

void bindFilter(QSqlQuery &query, const SearchFilter &filter)
{
    if (filter.kind)
        query.bindValue(u":kind"_s, entryKindName(*filter.kind));
    if (filter.from.isValid())
        query.bindValue(u":from"_s, filter.from.toString(Qt::ISODate));
    if (filter.to.isValid())
        query.bindValue(u":to"_s, filter.to.toString(Qt::ISODate));
    if (!filter.tag.isEmpty()) {
        QString tag = filter.tag.trimmed();
        if (tag.startsWith(u'#'))
            tag.remove(0, 1);
        query.bindValue(u":tag"_s, tag);
    }
}

QString failure(const QSqlQuery &query)
{
    return QCoreApplication::translate("SearchStore", "The search failed: %1").arg(query.lastError().text());
}

} // namespace

SearchFilter SearchFilter::forYear(int year)
{
    SearchFilter filter;
    filter.from = QDate(year, 1, 1);
    filter.to = QDate(year, 12, 31);
    return filter;
}

SearchResult makeSnippet(QStringView body, const QList<SearchRange> &hits, qsizetype width)
{
    const qsizetype n = body.size();
    const qsizetype lead = width / 4;
    qsizetype start = 0;
    qsizetype firstEnd = 0;
    if (!hits.isEmpty()) {
        const qsizetype first = hits.first().start;
        firstEnd = first + hits.first().length;
        start = std::max<qsizetype>(0, first - lead);
        // Begin at a word: move forward to the character after a space, never past the hit.
        while (start > 0 && start < first && !body.at(start - 1).isSpace())
            ++start;
    }
    qsizetype end = std::min(n, std::max(start + width, firstEnd));
    if (end < n) {
        qsizetype cut = end;
        while (cut > firstEnd && cut > start && !body.at(cut).isSpace())
            --cut;
        if (cut > firstEnd && cut > start)
            end = cut;
    }
    if (start > 0 && start < n && body.at(start).isLowSurrogate())
        --start;
    if (end < n && body.at(end).isLowSurrogate())
        ++end;

    SearchResult result;
    const QString prefix = start > 0 ? u"…"_s : QString();
    QString text = body.mid(start, end - start).toString();
    for (QChar &c : text) {
        if (c == u'\n' || c == u'\r' || c == u'\t')
            c = u' ';
    }
    result.snippet = prefix + text;
    if (end < n)
        result.snippet += u"…"_s;
    for (const SearchRange &hit : hits) {
        const qsizetype from = std::max(hit.start, start);
        const qsizetype to = std::min(hit.start + hit.length, end);
        if (from < to)
            result.highlights << SearchRange {from - start + prefix.size(), to - from};
    }
    return result;
}

SearchStore::SearchStore(Database &database)
    : m_database(database)
{ }

QList<SearchResult> SearchStore::search(
    const SearchQuery &query, const SearchFilter &filter, int limit, QString *error) const
{
    const QString match = query.matchExpression();
    const QString exclusion = query.exclusionExpression();
    const bool verify = query.needsVerification();
    QSqlQuery candidates(m_database.connection());
    candidates.setForwardOnly(true);
    if (!match.isEmpty()) {
        // FTS5 ranks inside the virtual table (ORDER BY rank, with the weights given through
        // `rank MATCH`); the filters narrow by rowid. Joined to entries instead, the planner
        // would compute bm25 as a plain function for every match and sort outside, about
        // three times slower on a large diary (tests/bench/bench_search.cpp). The filters are
        // `+rowid IN (…)`: the unary + keeps the rowid constraint from FTS5, which would
        // otherwise run the full-text query once per filtered id (seconds on a 20-year diary
        // with a broad filter such as open tasks); this way the ids are an ephemeral index
        // probed per match.
        const QString conditions = filterConditions(filter);
        candidates.prepare(u"SELECT rowid, rank FROM search_index WHERE search_index MATCH :match "
                           "AND rank MATCH 'bm25(5.0, 1.0, 1.0)'"_s
            + (conditions.isEmpty() ? QString()
                                    : u" AND +rowid IN (SELECT e.id FROM entries e WHERE 1"_s + conditions + u')')
            + u" ORDER BY rank"_s + (verify ? QString() : u" LIMIT :limit"_s));
        candidates.bindValue(u":match"_s, match);
    } else if (!query.hasRequiredTerms() && !query.isEmpty() && exclusion.isEmpty()) {
        return {}; // only terms that match nothing
    } else {
        candidates.prepare(u"SELECT e.id, 0 FROM entries e WHERE 1"_s
            + (exclusion.isEmpty()
                    ? QString()
                    : u" AND e.id NOT IN (SELECT rowid FROM search_index WHERE search_index MATCH :exclude)"_s)
            + filterConditions(filter) + u" ORDER BY e.date DESC, e.id DESC LIMIT :limit"_s);
        if (!exclusion.isEmpty())
            candidates.bindValue(u":exclude"_s, exclusion);
    }
    bindFilter(candidates, filter);
    if (!verify || match.isEmpty())
        candidates.bindValue(u":limit"_s, limit);
    if (!candidates.exec()) {
        if (error)
            *error = failure(candidates);
        return {};
    }

    QSqlQuery fetch(m_database.connection());
    fetch.prepare(u"SELECT e.date, e.kind, search_index.title, search_index.body FROM entries e "
                  "JOIN search_index ON search_index.rowid = e.id WHERE e.id = ?"_s);
    QList<SearchResult> results;
    while (results.size() < limit && candidates.next()) {
        const qint64 id = candidates.value(0).toLongLong();
        fetch.bindValue(0, id);
        if (!fetch.exec() || !fetch.next())
            continue;
        const QString title = fetch.value(2).toString();
        const QString body = fetch.value(3).toString();
        if (verify && !query.matches(title, body))
            continue;
        SearchResult result = makeSnippet(body, query.hits(body));
        result.id = id;
        result.date = QDate::fromString(fetch.value(0).toString(), Qt::ISODate);
        result.kind = entryKindFromName(fetch.value(1).toString()).value_or(EntryKind::Daily);
        result.title = title;
        result.titleHighlights = query.hits(title);
        result.score = -candidates.value(1).toDouble();
        results << result;
    }
    return results;
}

QList<qint64> SearchStore::rankedIds(const QString &expression, int limit, QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT ?"_s);
    query.addBindValue(expression);
    query.addBindValue(limit);
    QList<qint64> ids;
    if (!query.exec()) {
        if (error)
            *error = failure(query);
        return ids;
    }
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

QList<qint64> SearchStore::indexedIds() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    QList<qint64> ids;
    if (query.exec(u"SELECT rowid FROM search_index ORDER BY rowid"_s)) {
        while (query.next())
            ids << query.value(0).toLongLong();
    }
    return ids;
}
