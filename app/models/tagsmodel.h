#pragma once

#include "diary/entry.h"

#include <QAbstractListModel>

class EntryStore;

/// The diary's tags with their entry counts (EntryStore::tagCounts(): front matter and
/// inline `#tags`), most used first, for the sidebar's tag list and the search filter's tags.
///
/// Use: construct over an EntryStore and hand it to a view; it reloads when the store
/// reports a change. One column: Qt::DisplayRole is "tag (count)"; TagRole and CountRole
/// hold the parts.
class TagsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        TagRole = Qt::UserRole + 1, ///< QString, as the newest entry carrying it spells it
        CountRole, ///< int, entries carrying the tag
    };
    Q_ENUM(Role)

    explicit TagsModel(EntryStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The tags, in the model's order.
    QStringList tags() const;
    void reload();

private:
    EntryStore &m_store;
    QList<TagCount> m_tags;
};
