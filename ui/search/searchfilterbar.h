#pragma once

#include "search/searchstore.h"

#include <QWidget>

class EntryStore;
class TagsModel;
class QCheckBox;
class QComboBox;
class QDateEdit;

/// The filters under the search field: kind, period (any time, a year, or a date range),
/// tag and "open tasks". They combine with the query; with an empty query they make the
/// timeline a filtered listing.
///
/// Use: construct over the store and the sidebar's tags (the years and tags offered follow
/// them; the tags are counted once for both); filter() is the
/// current SearchFilter and filterChanged() fires on every change the user makes.
/// setFilter() shows a saved search's or a clicked tag's filter without emitting.
class SearchFilterBar : public QWidget
{
    Q_OBJECT
public:
    SearchFilterBar(EntryStore &store, const TagsModel &tags, QWidget *parent = nullptr);

    SearchFilter filter() const;
    void setFilter(const SearchFilter &filter);

    QComboBox *kindBox() const { return m_kind; }
    QComboBox *periodBox() const { return m_period; }
    QComboBox *tagBox() const { return m_tag; }
    QCheckBox *openTasksBox() const { return m_openTasks; }

Q_SIGNALS:
    void filterChanged(const SearchFilter &filter);

private:
    void reloadChoices();
    void selectPeriod(const SearchFilter &filter);
    void updateRangeVisibility();
    void emitChange();

    EntryStore &m_store;
    const TagsModel &m_tags;
    QComboBox *m_kind;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_tag;
    QCheckBox *m_openTasks;
    bool m_updating = false;
};
