#include "models/savedsearchmodel.h"

SavedSearchModel::SavedSearchModel(SavedSearchStore &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_searches(store.searches())
{
    connect(&store, &SavedSearchStore::changed, this, &SavedSearchModel::reload);
}

int SavedSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_searches.size());
}

QVariant SavedSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SavedSearch &search = m_searches.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return search.name;
    case Qt::ToolTipRole:
    case QueryRole:
        return search.query;
    case SavedSearchIdRole:
        return search.id;
    default:
        return {};
    }
}

QHash<int, QByteArray> SavedSearchModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(SavedSearchIdRole, "savedSearchId");
    names.insert(QueryRole, "query");
    return names;
}

void SavedSearchModel::reload()
{
    beginResetModel();
    m_searches = m_store.searches();
    endResetModel();
}
