#include "searchfilterbar.h"

#include "models/tagsmodel.h"
#include "models/timelinemodel.h"
#include "review/reviewstore.h"
#include "storage/entrystore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// The period box's data: an int year, or one of these.
constexpr int anyTime = 0;
constexpr int dateRange = -1;

} // namespace

SearchFilterBar::SearchFilterBar(EntryStore &store, const TagsModel &tags, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_tags(tags)
    , m_kind(new QComboBox)
    , m_period(new QComboBox)
    , m_from(new QDateEdit)
    , m_to(new QDateEdit)
    , m_tag(new QComboBox)
    , m_openTasks(new QCheckBox(tr("Open tasks")))
{
    m_kind->setObjectName(u"searchKind"_s);
    m_kind->setToolTip(tr("Only entries of this kind"));
    m_kind->addItem(tr("All kinds"), QString());
    for (EntryKind kind : allEntryKinds())
        m_kind->addItem(entryKindText(kind), entryKindName(kind));
    m_period->setObjectName(u"searchPeriod"_s);
    m_period->setToolTip(tr("Only entries of this year or date range"));
    m_tag->setObjectName(u"searchTag"_s);
    m_tag->setToolTip(tr("Only entries with this tag"));
    m_openTasks->setObjectName(u"searchOpenTasks"_s);
    m_openTasks->setToolTip(tr("Only entries with an unticked task item (- [ ])"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
        edit->hide();
    }
    // A range starts as this year so far.
    m_from->setDate(QDate(QDate::currentDate().year(), 1, 1));
    m_to->setDate(QDate::currentDate());
    m_from->setObjectName(u"searchFrom"_s);
    m_to->setObjectName(u"searchTo"_s);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_kind, 0, 0);
    layout->addWidget(m_period, 0, 1);
    layout->addWidget(m_tag, 1, 0);
    layout->addWidget(m_openTasks, 1, 1);
    auto *range = new QHBoxLayout;
    range->addWidget(m_from);
    range->addWidget(m_to);
    layout->addLayout(range, 2, 0, 1, 2);

    reloadChoices();
    connect(m_kind, &QComboBox::activated, this, &SearchFilterBar::emitChange);
    connect(m_period, &QComboBox::activated, this, [this] {
        updateRangeVisibility();
        emitChange();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &SearchFilterBar::emitChange);
    connect(m_to, &QDateEdit::dateChanged, this, &SearchFilterBar::emitChange);
    connect(m_tag, &QComboBox::activated, this, &SearchFilterBar::emitChange);
    connect(m_openTasks, &QCheckBox::toggled, this, &SearchFilterBar::emitChange);
    connect(&store, &EntryStore::entryInserted, this, &SearchFilterBar::reloadChoices);
    connect(&store, &EntryStore::entryUpdated, this, &SearchFilterBar::reloadChoices);
    connect(&store, &EntryStore::entryRemoved, this, &SearchFilterBar::reloadChoices);
    connect(&store, &EntryStore::entriesReset, this, &SearchFilterBar::reloadChoices);
    connect(&tags, &QAbstractItemModel::modelReset, this, &SearchFilterBar::reloadChoices);
}

SearchFilter SearchFilterBar::filter() const
{
    SearchFilter filter;
    const int period = m_period->currentData().toInt();
    if (period == dateRange) {
        filter.from = m_from->date();
        filter.to = m_to->date();
    } else if (period != anyTime) {
        filter = SearchFilter::forYear(period);
    }
    if (const QString kind = m_kind->currentData().toString(); !kind.isEmpty())
        filter.kind = entryKindFromName(kind);
    filter.tag = m_tag->currentData().toString();
    filter.openTasks = m_openTasks->isChecked();
    return filter;
}

void SearchFilterBar::setFilter(const SearchFilter &filter)
{
    m_updating = true;
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(filter.kind ? entryKindName(*filter.kind) : QString())));
    selectPeriod(filter);
    QString tag = filter.tag.trimmed();
    if (tag.startsWith(u'#'))
        tag.remove(0, 1);
    int tagRow = tag.isEmpty() ? 0 : m_tag->findData(tag, Qt::UserRole, Qt::MatchFixedString);
    if (tagRow < 0) {
        // A saved search may name a tag no entry carries now: keep it, so it still filters.
        m_tag->addItem(u'#' + tag, tag);
        tagRow = m_tag->count() - 1;
    }
    m_tag->setCurrentIndex(tagRow);
    m_openTasks->setChecked(filter.openTasks);
    m_updating = false;
}

void SearchFilterBar::selectPeriod(const SearchFilter &filter)
{
    const bool wholeYear = filter.from.isValid() && filter.to.isValid() && filter.from.year() == filter.to.year()
        && filter.from == QDate(filter.from.year(), 1, 1) && filter.to == QDate(filter.from.year(), 12, 31);
    int row = 0;
    if (wholeYear) {
        row = m_period->findData(filter.from.year());
        if (row < 0) {
            m_period->addItem(QString::number(filter.from.year()), filter.from.year());
            row = m_period->count() - 1;
        }
    } else if (filter.from.isValid() || filter.to.isValid()) {
        row = m_period->findData(dateRange);
        m_from->setDate(filter.from.isValid() ? filter.from : m_from->minimumDate());
        m_to->setDate(filter.to.isValid() ? filter.to : m_to->maximumDate());
    }
    m_period->setCurrentIndex(row);
    updateRangeVisibility();
}

void SearchFilterBar::reloadChoices()
{
    const SearchFilter current = filter();
    m_updating = true;
    m_period->clear();
    m_period->addItem(tr("Any time"), anyTime);
    const QList<int> years = ReviewStore(m_store.database()).years();
    for (auto it = years.crbegin(); it != years.crend(); ++it)
        m_period->addItem(QString::number(*it), *it);
    m_period->addItem(tr("Date range…"), dateRange);
    m_tag->clear();
    m_tag->addItem(tr("Any tag"), QString());
    for (const QString &tag : m_tags.tags())
        m_tag->addItem(u'#' + tag, tag);
    m_updating = false;
    setFilter(current);
}

void SearchFilterBar::updateRangeVisibility()
{
    const bool range = m_period->currentData().toInt() == dateRange;
    m_from->setVisible(range);
    m_to->setVisible(range);
}

void SearchFilterBar::emitChange()
{
    if (!m_updating)
        Q_EMIT filterChanged(filter());
}
