#pragma once

#include "storage/savedsearchstore.h"

#include <QAbstractListModel>

/// The saved searches for the sidebar, in the order they were saved.
///
/// Use: construct over a SavedSearchStore; it reloads on the store's changed(). One
/// column: Qt::DisplayRole is the name, Qt::ToolTipRole the query; search(row) gives the
/// whole SavedSearch to run.
class SavedSearchModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        SavedSearchIdRole = Qt::UserRole + 1, ///< qint64
        QueryRole, ///< QString, as typed
    };
    Q_ENUM(Role)

    explicit SavedSearchModel(SavedSearchStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The search at @p row (an empty one outside the model).
    SavedSearch search(int row) const { return m_searches.value(row); }
    void reload();

private:
    SavedSearchStore &m_store;
    QList<SavedSearch> m_searches;
};
