#include "searchpanel.h"

#include "models/searchmodel.h"
#include "models/tagsmodel.h"
#include "searchfield.h"
#include "searchfilterbar.h"
#include "searchresultdelegate.h"
#include "searchsidebar.h"

#include <QAction>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

SearchPanel::SearchPanel(EntryStore &store, SavedSearchStore &savedSearches, QWidget *timeline, QWidget *parent)
    : QWidget(parent)
    , m_savedSearches(savedSearches)
    , m_tags(new TagsModel(store, this))
    , m_field(new SearchField)
    , m_save(new QToolButton)
    , m_filters(new SearchFilterBar(store, *m_tags))
    , m_status(new QLabel)
    , m_stack(new QStackedWidget)
    , m_timeline(timeline)
    , m_results(new QListView)
    , m_model(new SearchModel(store, this))
    , m_sidebar(new SearchSidebar(store, savedSearches, m_tags))
{
    setObjectName(u"searchPanel"_s);
    m_field->setObjectName(u"searchField"_s);
    m_save->setObjectName(u"saveSearch"_s);
    m_save->setText(tr("Save…"));
    m_save->setToolTip(tr("Save this search in the sidebar"));
    m_status->setObjectName(u"searchStatus"_s);
    m_results->setObjectName(u"searchResults"_s);
    m_results->setModel(m_model);
    m_results->setItemDelegate(new SearchResultDelegate(m_results));
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->setUniformItemSizes(true);
    m_stack->addWidget(timeline);
    m_stack->addWidget(m_results);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *fieldRow = new QHBoxLayout;
    fieldRow->addWidget(m_field, 1);
    fieldRow->addWidget(m_save);
    layout->addLayout(fieldRow);
    layout->addWidget(m_filters);
    layout->addWidget(m_status);
    auto *split = new QSplitter(Qt::Vertical);
    split->setChildrenCollapsible(true);
    split->addWidget(m_stack);
    split->addWidget(m_sidebar);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    // Ctrl+F where the list has the focus (the editor's own Ctrl+F, for its find bar,
    // only applies inside the editor); Ctrl+Shift+F from anywhere in the window.
    for (QWidget *list : {timeline, static_cast<QWidget *>(m_results)}) {
        auto *find = new QAction(tr("Search the Diary"), list);
        find->setShortcut(QKeySequence::Find);
        find->setShortcutContext(Qt::WidgetShortcut);
        connect(find, &QAction::triggered, this, &SearchPanel::focusField);
        list->addAction(find);
    }
    auto *findAnywhere = new QAction(tr("Search the Diary"), this);
    findAnywhere->setObjectName(u"searchAnywhere"_s);
    findAnywhere->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    findAnywhere->setShortcutContext(Qt::WindowShortcut);
    connect(findAnywhere, &QAction::triggered, this, &SearchPanel::focusField);
    addAction(findAnywhere);
    m_results->installEventFilter(this);

    connect(m_field, &SearchField::queryChanged, this, &SearchPanel::search);
    connect(m_field, &SearchField::cancelled, this, &SearchPanel::clear);
    connect(m_field, &SearchField::stepped, this, &SearchPanel::step);
    connect(m_field, &QLineEdit::returnPressed, this, &SearchPanel::chooseCurrent);
    connect(m_filters, &SearchFilterBar::filterChanged, this, &SearchPanel::search);
    connect(m_results, &QListView::activated, this, &SearchPanel::chooseCurrent);
    connect(m_results, &QListView::clicked, this, &SearchPanel::chooseCurrent);
    connect(m_model, &SearchModel::searched, this, &SearchPanel::updateView);
    connect(m_save, &QToolButton::clicked, this, &SearchPanel::askSave);
    connect(m_sidebar, &SearchSidebar::tagChosen, this, &SearchPanel::filterByTag);
    connect(m_sidebar, &SearchSidebar::savedSearchChosen, this, &SearchPanel::showSearch);
    updateView();
}

bool SearchPanel::isSearching() const
{
    return m_stack->currentWidget() == m_results;
}

void SearchPanel::focusField()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void SearchPanel::clear()
{
    m_field->clear();
    m_filters->setFilter({});
    search();
    m_timeline->setFocus(Qt::OtherFocusReason);
}

void SearchPanel::showSearch(const SavedSearch &search)
{
    m_filters->setFilter(search.filter);
    m_field->setText(search.query);
    this->search();
}

void SearchPanel::filterByTag(const QString &tag)
{
    SearchFilter filter = m_filters->filter();
    filter.tag = tag;
    m_filters->setFilter(filter);
    search();
}

bool SearchPanel::saveCurrent(const QString &name, QString *error)
{
    SavedSearch saved {0, name.trimmed(), m_field->text().trimmed(), m_filters->filter()};
    return m_savedSearches.add(saved, error);
}

void SearchPanel::search()
{
    // One search per change: the model searches on each setter that changes something.
    if (const SearchFilter filter = m_filters->filter(); filter != m_model->filter())
        m_model->setFilter(filter);
    m_model->setQueryText(m_field->queryText());
}

void SearchPanel::updateView()
{
    const bool searching = !SearchQuery::parse(m_model->queryText()).isEmpty() || m_model->filter().isActive();
    m_stack->setCurrentWidget(searching ? static_cast<QWidget *>(m_results) : m_timeline);
    m_save->setEnabled(searching && !m_savedSearches.isReadOnly());
    if (!m_model->errorString().isEmpty())
        m_status->setText(m_model->errorString());
    else if (searching)
        m_status->setText(tr("%n entries found", nullptr, m_model->rowCount()));
    else
        m_status->clear();
    m_status->setVisible(searching || !m_model->errorString().isEmpty());
    if (m_model->rowCount() > 0)
        m_results->setCurrentIndex(m_model->index(0, 0));
}

void SearchPanel::step(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int row = std::clamp(m_results->currentIndex().row() + delta, 0, rows - 1);
    m_results->setCurrentIndex(m_model->index(row, 0));
}

void SearchPanel::chooseCurrent()
{
    QModelIndex index = m_results->currentIndex();
    if (!index.isValid() && m_model->rowCount() > 0)
        index = m_model->index(0, 0);
    if (!index.isValid())
        return;
    Q_EMIT entryChosen(index.data(SearchModel::EntryIdRole).toLongLong(), m_model->queryText());
}

void SearchPanel::askSave()
{
    bool ok = false;
    const QString suggestion
        = m_field->text().trimmed().isEmpty() ? m_filters->filter().tag : m_field->text().trimmed();
    const QString name
        = QInputDialog::getText(this, tr("Save Search"), tr("Name of the search:"), QLineEdit::Normal, suggestion, &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    QString error;
    if (!saveCurrent(name, &error))
        QMessageBox::warning(this, tr("Save Search"), error);
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_results && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        clear();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}
