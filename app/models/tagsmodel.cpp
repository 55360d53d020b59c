#include "models/tagsmodel.h"

#include "storage/entrystore.h"

using namespace Qt::StringLiterals;

TagsModel::TagsModel(EntryStore &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    connect(&store, &EntryStore::entryInserted, this, &TagsModel::reload);
    connect(&store, &EntryStore::entryUpdated, this, &TagsModel::reload);
    connect(&store, &EntryStore::entryRemoved, this, &TagsModel::reload);
    connect(&store, &EntryStore::entriesReset, this, &TagsModel::reload);
    m_tags = m_store.tagCounts();
}

int TagsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tags.size());
}

QVariant TagsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TagCount &tag = m_tags.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%2)").arg(tag.tag).arg(tag.count);
    case Qt::ToolTipRole:
        return tr("%n entries tagged %1", nullptr, tag.count).arg(tag.tag);
    case TagRole:
        return tag.tag;
    case CountRole:
        return tag.count;
    default:
        return {};
    }
}

QHash<int, QByteArray> TagsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(TagRole, "tag");
    names.insert(CountRole, "count");
    return names;
}

QStringList TagsModel::tags() const
{
    QStringList result;
    for (const TagCount &tag : m_tags)
        result << tag.tag;
    return result;
}

void TagsModel::reload()
{
    // Counts change with almost every edit while the list stays put: a reset keeps the
    // views simple and costs one grouped query over entry_tags.
    QList<TagCount> tags = m_store.tagCounts();
    if (tags == m_tags)
        return;
    beginResetModel();
    m_tags = std::move(tags);
    endResetModel();
}
