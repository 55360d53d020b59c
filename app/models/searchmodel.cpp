#include "models/searchmodel.h"

#include "storage/entrystore.h"

using namespace Qt::StringLiterals;

SearchModel::SearchModel(EntryStore &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_search(store.database())
{
    connect(&store, &EntryStore::entryInserted, this, &SearchModel::refresh);
    connect(&store, &EntryStore::entryUpdated, this, &SearchModel::refresh);
    connect(&store, &EntryStore::entryRemoved, this, &SearchModel::refresh);
    connect(&store, &EntryStore::entriesReset, this, &SearchModel::refresh);
}

int SearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

QVariant SearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchResult &result = m_results.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return result.title.isEmpty() ? result.date.toString(Qt::ISODate) : result.title;
    case EntryIdRole:
        return result.id;
    case DateRole:
        return result.date;
    case KindRole:
        return entryKindName(result.kind);
    case TitleRole:
        return result.title;
    case SnippetRole:
        return result.snippet;
    case HighlightsRole:
        return QVariant::fromValue(result.highlights);
    case TitleHighlightsRole:
        return QVariant::fromValue(result.titleHighlights);
    case ScoreRole:
        return result.score;
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(EntryIdRole, "entryId");
    names.insert(DateRole, "date");
    names.insert(KindRole, "kind");
    names.insert(TitleRole, "title");
    names.insert(SnippetRole, "snippet");
    names.insert(HighlightsRole, "highlights");
    names.insert(TitleHighlightsRole, "titleHighlights");
    names.insert(ScoreRole, "score");
    return names;
}

void SearchModel::setQueryText(const QString &text)
{
    if (text == m_queryText)
        return;
    m_queryText = text;
    refresh();
}

void SearchModel::setFilter(const SearchFilter &filter)
{
    m_filter = filter;
    refresh();
}

void SearchModel::setLimit(int limit)
{
    m_limit = std::max(1, limit);
    refresh();
}

SearchResult SearchModel::result(int row) const
{
    return m_results.value(row);
}

bool SearchModel::isActive() const
{
    return !SearchQuery::parse(m_queryText).isEmpty() || m_filter.isActive();
}

void SearchModel::refresh()
{
    QList<SearchResult> results;
    m_error.clear();
    if (isActive())
        results = m_search.search(SearchQuery::parse(m_queryText), m_filter, m_limit, &m_error);
    beginResetModel();
    m_results = std::move(results);
    endResetModel();
    Q_EMIT searched(int(m_results.size()));
}
