#pragma once

#include "io/tagrename.h"
#include "storage/savedsearchstore.h"

#include <QWidget>

#include <functional>
#include <optional>

class EntryStore;
class QListView;
class SavedSearchModel;
class TagsModel;

/// The lower part of the left column: the saved searches and the diary's tags with their
/// counts. Clicking one runs it (savedSearchChosen(), tagChosen()).
///
/// A tag's context menu renames it or merges it into another tag, after the user confirms:
/// the entries' text is rewritten (renameTag(): front matter and inline `#tags`), and
/// "Undo Rename" puts the texts back. Before rewriting, the save hook runs (the window
/// saves the open entry), and entriesRewritten() tells the window to show the new text.
/// A saved search's context menu deletes it. The tags come from @p tags, the search panel's
/// TagsModel, which the filter bar shares.
class SearchSidebar : public QWidget
{
    Q_OBJECT
public:
    SearchSidebar(EntryStore &store, SavedSearchStore &savedSearches, TagsModel *tags, QWidget *parent = nullptr);

    QListView *savedList() const { return m_savedList; }
    QListView *tagList() const { return m_tagList; }
    TagsModel *tagsModel() const { return m_tags; }
    SavedSearchModel *savedModel() const { return m_saved; }

    /// Called before tags are renamed: saves the open entry; false (read-only, or the save
    /// failed) cancels the rename.
    void setSaveHook(std::function<bool()> hook) { m_saveHook = std::move(hook); }

    /// Renames (or merges) @p from into @p to without asking; false with @p error on failure.
    bool renameTag(const QString &from, const QString &to, QString *error);
    /// Undoes the last rename; false with @p error when there is none or it failed.
    bool undoRename(QString *error);
    bool canUndoRename() const { return m_lastRename.has_value(); }

Q_SIGNALS:
    void tagChosen(const QString &tag);
    void savedSearchChosen(const SavedSearch &search);
    /// Entries' texts were rewritten by a rename or its undo.
    void entriesRewritten();

private:
    void showTagMenu(const QPoint &position);
    void showSavedMenu(const QPoint &position);
    void askRename(const QString &tag);
    void askMerge(const QString &tag);
    void confirmAndRename(const QString &from, const QString &to);
    void reportFailure(const QString &error);

    EntryStore &m_store;
    SavedSearchStore &m_savedSearches;
    TagsModel *m_tags;
    SavedSearchModel *m_saved;
    QListView *m_savedList;
    QListView *m_tagList;
    std::function<bool()> m_saveHook;
    std::optional<TagRename> m_lastRename;
};
