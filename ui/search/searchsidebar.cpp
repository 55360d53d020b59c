#include "searchsidebar.h"

#include "diary/inlinetags.h"
#include "models/savedsearchmodel.h"
#include "models/tagsmodel.h"
#include "storage/entrystore.h"

#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

SearchSidebar::SearchSidebar(EntryStore &store, SavedSearchStore &savedSearches, TagsModel *tags, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_savedSearches(savedSearches)
    , m_tags(tags)
    , m_saved(new SavedSearchModel(savedSearches, this))
    , m_savedList(new QListView)
    , m_tagList(new QListView)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *savedLabel = new QLabel(tr("Saved searches"));
    savedLabel->setBuddy(m_savedList);
    layout->addWidget(savedLabel);
    m_savedList->setObjectName(u"savedSearches"_s);
    m_savedList->setModel(m_saved);
    m_savedList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_savedList->setContextMenuPolicy(Qt::CustomContextMenu);
    layout->addWidget(m_savedList, 1);
    auto *tagsLabel = new QLabel(tr("Tags"));
    tagsLabel->setBuddy(m_tagList);
    layout->addWidget(tagsLabel);
    m_tagList->setObjectName(u"tags"_s);
    m_tagList->setModel(m_tags);
    m_tagList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tagList->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tagList->setToolTip(tr("Click a tag to list its entries; right-click to rename or merge it."));
    layout->addWidget(m_tagList, 2);

    connect(m_tagList, &QListView::clicked, this,
        [this](const QModelIndex &index) { Q_EMIT tagChosen(index.data(TagsModel::TagRole).toString()); });
    connect(m_savedList, &QListView::clicked, this,
        [this](const QModelIndex &index) { Q_EMIT savedSearchChosen(m_saved->search(index.row())); });
    connect(m_tagList, &QWidget::customContextMenuRequested, this, &SearchSidebar::showTagMenu);
    connect(m_savedList, &QWidget::customContextMenuRequested, this, &SearchSidebar::showSavedMenu);
}

bool SearchSidebar::renameTag(const QString &from, const QString &to, QString *error)
{
    if (m_saveHook && !m_saveHook()) {
        *error = tr("The diary is open read-only, or the open entry could not be saved: no tag was renamed.");
        return false;
    }
    std::optional<TagRename> rename = ::renameTag(m_store, from, to, error);
    if (!rename)
        return false;
    m_lastRename = std::move(rename);
    Q_EMIT entriesRewritten();
    return true;
}

bool SearchSidebar::undoRename(QString *error)
{
    if (!m_lastRename) {
        *error = tr("There is no tag rename to undo.");
        return false;
    }
    if (m_saveHook && !m_saveHook()) {
        *error = tr("The diary is open read-only, or the open entry could not be saved: the rename was not undone.");
        return false;
    }
    const TagRename rename = *std::exchange(m_lastRename, std::nullopt);
    const bool undone = undoTagRename(m_store, rename, error);
    Q_EMIT entriesRewritten();
    return undone;
}

void SearchSidebar::showTagMenu(const QPoint &position)
{
    const QModelIndex index = m_tagList->indexAt(position);
    QMenu menu(this);
    if (index.isValid()) {
        const QString tag = index.data(TagsModel::TagRole).toString();
        menu.addAction(tr("Rename #%1…").arg(tag), this, [this, tag] { askRename(tag); });
        QAction *merge = menu.addAction(tr("Merge #%1 Into…").arg(tag), this, [this, tag] { askMerge(tag); });
        merge->setEnabled(m_tags->rowCount() > 1);
    }
    QAction *undo = menu.addAction(
        m_lastRename ? tr("Undo Rename of #%1").arg(m_lastRename->from) : tr("Undo Rename"), this, [this] {
            QString error;
            if (!undoRename(&error))
                reportFailure(error);
        });
    undo->setEnabled(m_lastRename.has_value());
    menu.exec(m_tagList->viewport()->mapToGlobal(position));
}

void SearchSidebar::showSavedMenu(const QPoint &position)
{
    const QModelIndex index = m_savedList->indexAt(position);
    if (!index.isValid())
        return;
    const qint64 id = index.data(SavedSearchModel::SavedSearchIdRole).toLongLong();
    QMenu menu(this);
    menu.addAction(tr("Delete Saved Search"), this, [this, id] {
        QString error;
        if (!m_savedSearches.remove(id, &error))
            reportFailure(error);
    });
    menu.exec(m_savedList->viewport()->mapToGlobal(position));
}

void SearchSidebar::askRename(const QString &tag)
{
    bool ok = false;
    const QString to
        = QInputDialog::getText(this, tr("Rename Tag"), tr("New name for #%1:").arg(tag), QLineEdit::Normal, tag, &ok);
    if (ok && !to.trimmed().isEmpty() && to.trimmed() != tag)
        confirmAndRename(tag, to.trimmed());
}

void SearchSidebar::askMerge(const QString &tag)
{
    QStringList others;
    for (const QString &other : m_tags->tags()) {
        if (!InlineTags::sameTag(other, tag))
            others << other;
    }
    bool ok = false;
    const QString into
        = QInputDialog::getItem(this, tr("Merge Tag"), tr("Merge #%1 into:").arg(tag), others, 0, false, &ok);
    if (ok && !into.isEmpty())
        confirmAndRename(tag, into);
}

void SearchSidebar::confirmAndRename(const QString &from, const QString &to)
{
    const int count = int(m_store.entriesWithTag(from).size());
    const auto answer = QMessageBox::question(this, tr("Rename Tag"),
        tr("Rename #%1 to #%2 in %n entries? Their text is rewritten: the front matter's tags and every #%1 in "
           "the text. Undo Rename in this menu puts it back.",
            nullptr, count)
            .arg(from, to));
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    if (!renameTag(from, to, &error))
        reportFailure(error);
}

void SearchSidebar::reportFailure(const QString &error)
{
    QMessageBox::warning(this, tr("Tags"), error);
}
