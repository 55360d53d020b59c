#include "models/timelinemodel.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

// An index's internal id names its parent, not its row, so it stays true while rows
// move: 0 for a year row, YearParent | year for a month row, MonthParent | year*100+month
// for an entry row. parent() finds the row by a search over the sorted lists.
namespace {

constexpr quintptr YearParent = quintptr(1) << 30;
constexpr quintptr MonthParent = quintptr(1) << 31;
constexpr quintptr ValueMask = YearParent - 1;

// Newest first: a later date, or on the same date a larger id, comes first.
bool newerThan(const EntrySummary &a, const EntrySummary &b)
{
    return a.date != b.date ? a.date > b.date : a.id > b.id;
}

} // namespace

QString entryKindText(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Daily:
        return QCoreApplication::translate("TimelineModel", "Daily");
    case EntryKind::Weekly:
        return QCoreApplication::translate("TimelineModel", "Weekly");
    case EntryKind::HalfYear:
        return QCoreApplication::translate("TimelineModel", "Half-year");
    case EntryKind::Yearly:
        return QCoreApplication::translate("TimelineModel", "Yearly");
    case EntryKind::Note:
        return QCoreApplication::translate("TimelineModel", "Note");
    }
    return entryKindName(kind);
}

QString timelineDateText(QDate date)
{
    // The pattern is part of the translation, since word order differs by language; the
    // names of days and months come from QLocale.
    const QString format = QCoreApplication::translate("TimelineModel", "ddd, MMM d, yyyy",
        "QDate format of an entry's date in the timeline (Korean: yyyy년 M월 d일 (ddd))");
    return QLocale().toString(date, format);
}

TimelineModel::TimelineModel(EntryStore &store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
{
    connect(&store, &EntryStore::entryInserted, this, &TimelineModel::onInserted);
    connect(&store, &EntryStore::entryUpdated, this, &TimelineModel::onUpdated);
    connect(&store, &EntryStore::entryRemoved, this, &TimelineModel::onRemoved);
    connect(&store, &EntryStore::entriesReset, this, &TimelineModel::reload);
    reload();
}

void TimelineModel::reload()
{
    beginResetModel();
    m_years.clear();
    m_dateOf.clear();
    // monthCounts() is ordered newest first, so the tree is built by appending.
    for (const MonthCount &count : m_store.monthCounts()) {
        if (m_years.isEmpty() || m_years.constLast().year != count.year)
            m_years.append(Year {count.year, {}});
        m_years.last().months.append(Month {count.month, false, count.count, {}});
    }
    endResetModel();
}

QModelIndex TimelineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    const quintptr id = parent.internalId();
    if (id == 0) {
        const int year = m_years.at(parent.row()).year;
        return createIndex(row, column, YearParent | quintptr(year));
    }
    if (id & YearParent) {
        const int year = int(id & ValueMask);
        return createIndex(row, column, MonthParent | quintptr(year * 100 + monthAt(parent).month));
    }
    return {};
}

QModelIndex TimelineModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const quintptr id = child.internalId();
    if (id == 0)
        return {};
    if (id & YearParent)
        return yearIndex(yearRow(int(id & ValueMask)));
    const int value = int(id & ValueMask);
    const int year = yearRow(value / 100);
    return monthIndex(year, monthRow(year, value % 100));
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_years.size());
    if (parent.column() != 0)
        return 0;
    const quintptr id = parent.internalId();
    if (id == 0)
        return int(m_years.at(parent.row()).months.size());
    if (id & YearParent)
        return int(monthAt(parent).entries.size());
    return 0;
}

int TimelineModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool TimelineModel::hasChildren(const QModelIndex &parent) const
{
    // A month not fetched yet has no rows but does have entries.
    if (parent.isValid() && parent.column() == 0 && (parent.internalId() & YearParent))
        return monthAt(parent).size() > 0;
    return QAbstractItemModel::hasChildren(parent);
}

bool TimelineModel::canFetchMore(const QModelIndex &parent) const
{
    return parent.isValid() && parent.column() == 0 && (parent.internalId() & YearParent) && !monthAt(parent).fetched;
}

void TimelineModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        fetch(yearRow(int(parent.internalId() & ValueMask)), parent.row());
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const quintptr id = index.internalId();
    if (id == 0) {
        const int year = m_years.at(index.row()).year;
        switch (role) {
        case Qt::DisplayRole:
            return QCoreApplication::translate("TimelineModel", "%1", "year heading in the timeline (Korean: %1년)")
                .arg(year);
        case NodeTypeRole:
            return int(NodeType::Year);
        case YearRole:
            return year;
        default:
            return {};
        }
    }
    if (id & YearParent) {
        const int year = int(id & ValueMask);
        const int month = monthAt(index).month;
        switch (role) {
        case Qt::DisplayRole:
            return QLocale().standaloneMonthName(month);
        case NodeTypeRole:
            return int(NodeType::Month);
        case YearRole:
            return year;
        case MonthRole:
            return month;
        default:
            return {};
        }
    }
    const int value = int(id & ValueMask);
    const int year = yearRow(value / 100);
    const EntrySummary &entry = m_years.at(year).months.at(monthRow(year, value % 100)).entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return entry.title;
    case Qt::ToolTipRole:
        return entry.preview.isEmpty() ? timelineDateText(entry.date)
                                       : timelineDateText(entry.date) + u'\n' + entry.preview;
    case NodeTypeRole:
        return int(NodeType::Entry);
    case EntryIdRole:
        return entry.id;
    case DateRole:
        return entry.date;
    case DateTextRole:
        return timelineDateText(entry.date);
    case KindRole:
        return entryKindName(entry.kind);
    case KindTextRole:
        return entryKindText(entry.kind);
    case PreviewRole:
        return entry.preview;
    case YearRole:
        return entry.date.year();
    case MonthRole:
        return entry.date.month();
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return QCoreApplication::translate("TimelineModel", "Timeline");
    return {};
}

Qt::ItemFlags TimelineModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() & MonthParent)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(NodeTypeRole, "nodeType");
    names.insert(EntryIdRole, "entryId");
    names.insert(DateRole, "date");
    names.insert(DateTextRole, "dateText");
    names.insert(KindRole, "kind");
    names.insert(KindTextRole, "kindText");
    names.insert(TitleRole, "title");
    names.insert(PreviewRole, "preview");
    names.insert(YearRole, "year");
    names.insert(MonthRole, "month");
    return names;
}

QModelIndex TimelineModel::indexForEntry(qint64 id)
{
    if (!m_dateOf.contains(id)) {
        // Not fetched yet: the entry's date says which month to fetch.
        const std::optional<EntrySummary> stored = m_store.summary(id);
        if (!stored)
            return {};
        const int year = yearRow(stored->date.year());
        const int month = monthRow(year, stored->date.month());
        if (month < 0 || m_years.at(year).months.at(month).fetched)
            return {};
        fetch(year, month);
    }
    const auto found = m_dateOf.constFind(id);
    if (found == m_dateOf.constEnd())
        return {};
    const int year = yearRow(found->year());
    const int month = monthRow(year, found->month());
    const QList<EntrySummary> &entries = m_years.at(year).months.at(month).entries;
    for (int row = 0; row < entries.size(); ++row) {
        if (entries.at(row).id == id)
            return index(row, 0, monthIndex(year, month));
    }
    return {};
}

qint64 TimelineModel::entryId(const QModelIndex &index)
{
    return index.data(EntryIdRole).toLongLong();
}

qint64 TimelineModel::newestEntryId()
{
    if (m_years.isEmpty())
        return 0;
    if (!m_years.constFirst().months.constFirst().fetched)
        fetch(0, 0);
    const QList<EntrySummary> &entries = m_years.constFirst().months.constFirst().entries;
    return entries.isEmpty() ? 0 : entries.constFirst().id;
}

qsizetype TimelineModel::entryCount() const
{
    qsizetype count = 0;
    for (const Year &year : m_years) {
        for (const Month &month : year.months)
            count += month.size();
    }
    return count;
}

int TimelineModel::yearRow(int year) const
{
    // Years are sorted descending.
    const auto it = std::lower_bound(
        m_years.cbegin(), m_years.cend(), year, [](const Year &y, int value) { return y.year > value; });
    return it != m_years.cend() && it->year == year ? int(it - m_years.cbegin()) : -1;
}

int TimelineModel::monthRow(int yearRow, int month) const
{
    if (yearRow < 0)
        return -1;
    const QList<Month> &months = m_years.at(yearRow).months;
    const auto it = std::lower_bound(
        months.cbegin(), months.cend(), month, [](const Month &m, int value) { return m.month > value; });
    return it != months.cend() && it->month == month ? int(it - months.cbegin()) : -1;
}

QModelIndex TimelineModel::yearIndex(int yearRow) const
{
    return yearRow < 0 ? QModelIndex() : createIndex(yearRow, 0, quintptr(0));
}

QModelIndex TimelineModel::monthIndex(int yearRow, int monthRow) const
{
    if (yearRow < 0 || monthRow < 0)
        return {};
    return createIndex(monthRow, 0, YearParent | quintptr(m_years.at(yearRow).year));
}

const TimelineModel::Month &TimelineModel::monthAt(const QModelIndex &index) const
{
    return m_years.at(yearRow(int(index.internalId() & ValueMask))).months.at(index.row());
}

void TimelineModel::fetch(int yearRow, int monthRow)
{
    EntryFilter filter;
    filter.year = m_years.at(yearRow).year;
    filter.month = m_years.at(yearRow).months.at(monthRow).month;
    QList<EntrySummary> entries = m_store.summaries(filter);
    // An entry the model still shows in another month keeps that row until its update
    // arrives (onUpdated() fetches the month it moves into before moving it).
    entries.removeIf([this](const EntrySummary &entry) { return m_dateOf.contains(entry.id); });
    // Marked first, so that nothing fetches the month again while its rows are announced.
    m_years[yearRow].months[monthRow].fetched = true;
    if (entries.isEmpty())
        return;
    beginInsertRows(monthIndex(yearRow, monthRow), 0, int(entries.size()) - 1);
    for (const EntrySummary &entry : std::as_const(entries))
        m_dateOf.insert(entry.id, entry.date);
    m_years[yearRow].months[monthRow].entries = std::move(entries);
    endInsertRows();
}

std::pair<int, int> TimelineModel::insertMonth(int year, const Month &month)
{
    int yearAt = yearRow(year);
    if (yearAt < 0) {
        const auto it = std::lower_bound(
            m_years.cbegin(), m_years.cend(), year, [](const Year &y, int value) { return y.year > value; });
        yearAt = int(it - m_years.cbegin());
        beginInsertRows({}, yearAt, yearAt);
        m_years.insert(yearAt, Year {year, {}});
        endInsertRows();
    }
    const QList<Month> &months = m_years.at(yearAt).months;
    const auto it = std::lower_bound(
        months.cbegin(), months.cend(), month.month, [](const Month &m, int value) { return m.month > value; });
    const int monthAt = int(it - months.cbegin());
    beginInsertRows(yearIndex(yearAt), monthAt, monthAt);
    m_years[yearAt].months.insert(monthAt, month);
    endInsertRows();
    return {yearAt, monthAt};
}

std::pair<int, int> TimelineModel::ensureMonth(QDate date)
{
    const int year = yearRow(date.year());
    const int month = monthRow(year, date.month());
    if (month >= 0)
        return {year, month};
    // A month the model does not have holds no entry but the one about to be added.
    return insertMonth(date.year(), Month {date.month(), true, 0, {}});
}

void TimelineModel::insertRow(int yearRow, int monthRow, const EntrySummary &summary)
{
    const int row = insertionRow(m_years.at(yearRow).months.at(monthRow).entries, summary);
    beginInsertRows(monthIndex(yearRow, monthRow), row, row);
    m_years[yearRow].months[monthRow].entries.insert(row, summary);
    m_dateOf.insert(summary.id, summary.date);
    endInsertRows();
}

void TimelineModel::dropEmpty(QDate date)
{
    const int year = yearRow(date.year());
    const int month = monthRow(year, date.month());
    if (month < 0 || m_years.at(year).months.at(month).size() > 0)
        return;
    beginRemoveRows(yearIndex(year), month, month);
    m_years[year].months.removeAt(month);
    endRemoveRows();
    if (!m_years.at(year).months.isEmpty())
        return;
    beginRemoveRows({}, year, year);
    m_years.removeAt(year);
    endRemoveRows();
}

void TimelineModel::recount()
{
    QHash<int, qsizetype> stored; // year * 100 + month → entries
    for (const MonthCount &count : m_store.monthCounts())
        stored.insert(count.year * 100 + count.month, count.count);
    QList<QDate> emptied;
    for (Year &year : m_years) {
        for (Month &month : year.months) {
            const int key = year.year * 100 + month.month;
            if (!month.fetched) {
                month.unfetched = stored.value(key);
                if (month.unfetched == 0)
                    emptied << QDate(year.year, month.month, 1);
            }
            stored.remove(key);
        }
    }
    for (const QDate month : std::as_const(emptied))
        dropEmpty(month);
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        insertMonth(it.key() / 100, Month {it.key() % 100, false, it.value(), {}});
}

int TimelineModel::insertionRow(const QList<EntrySummary> &entries, const EntrySummary &summary)
{
    const auto it = std::lower_bound(entries.cbegin(), entries.cend(), summary, newerThan);
    return int(it - entries.cbegin());
}

void TimelineModel::onInserted(qint64 id)
{
    if (m_dateOf.contains(id))
        return onUpdated(id);
    const std::optional<EntrySummary> added = m_store.summary(id);
    if (!added || !added->date.isValid())
        return;
    const auto [year, month] = ensureMonth(added->date);
    if (m_years.at(year).months.at(month).fetched)
        insertRow(year, month, *added);
    else
        ++m_years[year].months[month].unfetched;
}

void TimelineModel::onUpdated(qint64 id)
{
    const std::optional<EntrySummary> changed = m_store.summary(id);
    if (!m_dateOf.contains(id)) {
        // Its month is not fetched, so where it was is not known: a fetched month it moved
        // into shows its row, and the other months take their counts from the store.
        if (changed && changed->date.isValid()) {
            const int year = yearRow(changed->date.year());
            const int month = monthRow(year, changed->date.month());
            if (month >= 0 && m_years.at(year).months.at(month).fetched)
                insertRow(year, month, *changed);
        }
        return recount();
    }
    if (!changed || !changed->date.isValid())
        return onRemoved(id);

    // A row moving into a month not fetched yet fetches that month, so the row moves
    // rather than disappears, and a view's selection follows it.
    const int targetYear = yearRow(changed->date.year());
    const int targetMonth = monthRow(targetYear, changed->date.month());
    if (targetMonth >= 0 && !m_years.at(targetYear).months.at(targetMonth).fetched)
        fetch(targetYear, targetMonth);

    const QDate oldDate = m_dateOf.value(id);
    const int oldRow = indexForEntry(id).row();
    const auto [year, month] = ensureMonth(changed->date); // may shift the old row's year or month
    const QModelIndex source = indexForEntry(id).parent();
    const QModelIndex target = monthIndex(year, month);
    QList<EntrySummary> &targetEntries = m_years[year].months[month].entries;

    if (source == target) {
        // Same month: the row stays or moves within its list.
        QList<EntrySummary> others = targetEntries;
        others.removeAt(oldRow);
        const int newRow = insertionRow(others, *changed);
        if (newRow != oldRow) {
            beginMoveRows(target, oldRow, oldRow, target, newRow > oldRow ? newRow + 1 : newRow);
            targetEntries.move(oldRow, newRow);
            endMoveRows();
        }
        targetEntries[newRow] = *changed;
        m_dateOf.insert(id, changed->date);
        const QModelIndex now = index(newRow, 0, target);
        Q_EMIT dataChanged(now, now);
        return;
    }

    const int sourceYear = yearRow(oldDate.year());
    QList<EntrySummary> &sourceEntries = m_years[sourceYear].months[monthRow(sourceYear, oldDate.month())].entries;
    const int newRow = insertionRow(targetEntries, *changed);
    beginMoveRows(source, oldRow, oldRow, target, newRow);
    sourceEntries.removeAt(oldRow);
    targetEntries.insert(newRow, *changed);
    m_dateOf.insert(id, changed->date);
    endMoveRows();
    const QModelIndex now = index(newRow, 0, target);
    Q_EMIT dataChanged(now, now);
    dropEmpty(oldDate);
}

void TimelineModel::onRemoved(qint64 id)
{
    if (!m_dateOf.contains(id))
        return recount(); // its month is not fetched, so which month held it is not known
    const QModelIndex old = indexForEntry(id);
    const QDate date = m_dateOf.value(id);
    const int year = yearRow(date.year());
    const int month = monthRow(year, date.month());
    beginRemoveRows(old.parent(), old.row(), old.row());
    m_years[year].months[month].entries.removeAt(old.row());
    m_dateOf.remove(id);
    endRemoveRows();
    dropEmpty(date);
}
