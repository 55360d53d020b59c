#pragma once

#include "diary/entry.h"
#include "search/searchquery.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

class Database;

/// Which entries a search may return; an empty field does not filter. With an empty
/// query the filters alone make a listing, newest first.
struct SearchFilter
{
    std::optional<EntryKind> kind;
    QDate from; ///< first date included; invalid for no lower bound
    QDate to; ///< last date included; invalid for no upper bound
    QString tag; ///< a tag of the entry (a leading '#' is ignored; ASCII case-insensitive)
    bool openTasks = false; ///< only entries with an unticked task item (`- [ ]`)

    /// Whether any field filters.
    bool isActive() const { return kind || from.isValid() || to.isValid() || !tag.isEmpty() || openTasks; }
    friend bool operator==(const SearchFilter &, const SearchFilter &) = default;

    /// A filter for the calendar year @p year.
    static SearchFilter forYear(int year);
};

/// One entry found, with what a result list shows.
struct SearchResult
{
    qint64 id = 0;
    QDate date;
    EntryKind kind = EntryKind::Daily;
    QString title; ///< NFC, white space simplified
    QString snippet; ///< plain text around the first hit (the body's start without one)
    QList<SearchRange> highlights; ///< the hits inside snippet, UTF-16 [start, length], sorted
    QList<SearchRange> titleHighlights; ///< the hits inside title
    double score = 0; ///< higher is better: -bm25 with the title weighted 5×; 0 for a listing
};

/// A snippet of @p body around its first hit, with the hits inside it: at most about
/// @p width UTF-16 units, cut at white space, line breaks shown as spaces, and '…' where
/// text was left out. @p hits are ranges in @p body, sorted.
SearchResult makeSnippet(QStringView body, const QList<SearchRange> &hits, qsizetype width = 120);

/// All SQL of search: queries the FTS5 index `search_index` (see searchindex.h), filtered
/// through `entries` and `entry_tags`, ranked by FTS5 with bm25 (title 5, body 1, initials
/// 1), and builds each result's snippet and highlights from the indexed plain text. A
/// listing (no required term) is newest first.
///
/// Use: `SearchStore(database).search(SearchQuery::parse(text), filter, 50, &error)`.
class SearchStore
{
public:
    explicit SearchStore(Database &database);

    /// At most @p limit results, best first. On failure returns an empty list and sets
    /// @p error (when given) to a sentence for the user.
    QList<SearchResult> search(
        const SearchQuery &query, const SearchFilter &filter = {}, int limit = 50, QString *error = nullptr) const;

    /// The raw FTS5 query: ids of the rows matching @p expression, by FTS5's rank, at
    /// most @p limit. For benchmarks and diagnostics, next to search().
    QList<qint64> rankedIds(const QString &expression, int limit, QString *error = nullptr) const;

    /// The ids in the index, ascending (for consistency checks).
    QList<qint64> indexedIds() const;

private:
    Database &m_database;
};
