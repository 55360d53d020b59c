#pragma once

#include "search/searchstore.h"

#include <QAbstractListModel>

class EntryStore;

/// The results of one search, best first, for the list under the search field.
///
/// Use: construct over an EntryStore, then setQueryText() as the user types (and
/// setFilter() for the kind, date range and tag filters; an empty query with filters is
/// a listing, newest first). The model searches at once (a search takes milliseconds, see
/// tests/bench/bench_search.cpp) and resets; it searches again when the store reports a
/// change. A query of white space and no filter shows nothing.
///
/// One column. Qt::DisplayRole is the title (the date when the entry has none);
/// HighlightsRole and TitleHighlightsRole hold QList<SearchRange> (UTF-16 offsets into
/// SnippetRole and TitleRole).
class SearchModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        EntryIdRole = Qt::UserRole + 1, ///< qint64
        DateRole, ///< QDate, the author's local date
        KindRole, ///< QString, the kind's stable name (entryKindName: "yearly")
        TitleRole, ///< QString, NFC
        SnippetRole, ///< QString, plain text around the first hit
        HighlightsRole, ///< QList<SearchRange>, the hits inside SnippetRole
        TitleHighlightsRole, ///< QList<SearchRange>, the hits inside TitleRole
        ScoreRole, ///< double, higher is better
    };
    Q_ENUM(Role)

    explicit SearchModel(EntryStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString queryText() const { return m_queryText; }
    void setQueryText(const QString &text);
    SearchFilter filter() const { return m_filter; }
    void setFilter(const SearchFilter &filter);
    /// At most this many results (default 100).
    void setLimit(int limit);

    /// The result at @p row (an empty one outside the model).
    SearchResult result(int row) const;
    /// The last search's failure, a sentence for the user; empty after a success.
    QString errorString() const { return m_error; }

    /// Searches again with the current query and filter.
    void refresh();

Q_SIGNALS:
    /// After every search, with the number of results.
    void searched(int count);

private:
    bool isActive() const;

    SearchStore m_search;
    QString m_queryText;
    SearchFilter m_filter;
    int m_limit = 100;
    QList<SearchResult> m_results;
    QString m_error;
};
