#pragma once

#include "storage/savedsearchstore.h"

#include <QWidget>

class EntryStore;
class QLabel;
class QListView;
class QStackedWidget;
class QToolButton;
class SearchField;
class SearchFilterBar;
class SearchModel;
class SearchSidebar;
class TagsModel;

/// The main window's left column: the search field and its filters above the timeline,
/// and the saved searches and tags below it (SearchSidebar).
///
/// While the query or a filter is set, the timeline gives way to the results (SearchModel,
/// painted by SearchResultDelegate), updated as the user types; with an empty query the
/// filters alone list entries newest first. Enter (or a click) on a result emits
/// entryChosen() with the query, so the window can open the entry at the hit. Escape
/// clears the query and filters and returns to the timeline.
///
/// Keys: Ctrl+F in the timeline or the results and Ctrl+Shift+F anywhere in the window
/// focus the field (the editor keeps Ctrl+F for its own find bar); Up and Down in the field
/// move through the results.
class SearchPanel : public QWidget
{
    Q_OBJECT
public:
    /// Wraps @p timeline (taking it into this widget) over @p store.
    SearchPanel(EntryStore &store, SavedSearchStore &savedSearches, QWidget *timeline, QWidget *parent = nullptr);

    SearchField *field() const { return m_field; }
    SearchFilterBar *filterBar() const { return m_filters; }
    QListView *results() const { return m_results; }
    SearchModel *model() const { return m_model; }
    SearchSidebar *sidebar() const { return m_sidebar; }

    /// Whether the results show instead of the timeline.
    bool isSearching() const;
    /// Focuses the field with its text selected.
    void focusField();
    /// Empties the query and filters and gives the focus back to the timeline.
    void clear();
    /// Shows @p search's query and filters and its results.
    void showSearch(const SavedSearch &search);
    /// Lists the entries tagged @p tag (the query stays).
    void filterByTag(const QString &tag);
    /// Saves the current query and filters as @p name; false with @p error on failure.
    bool saveCurrent(const QString &name, QString *error);

Q_SIGNALS:
    /// The user chose the result for entry @p id, found with @p query.
    void entryChosen(qint64 id, const QString &query);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void step(int delta);
    void chooseCurrent();
    void askSave();
    void updateView();

    SavedSearchStore &m_savedSearches;
    TagsModel *m_tags; ///< one count of the tags for the filter bar and the sidebar
    SearchField *m_field;
    QToolButton *m_save;
    SearchFilterBar *m_filters;
    QLabel *m_status;
    QStackedWidget *m_stack;
    QWidget *m_timeline;
    QListView *m_results;
    SearchModel *m_model;
    SearchSidebar *m_sidebar;
};
