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
    m_rowOf.clear();
    // summaries() is ordered newest first, so the tree is built by appending.
    const QList<EntrySummary> summaries = m_store.summaries();
    m_rowOf.reserve(summaries.size());
    for (const EntrySummary &summary : summaries) {
        if (m_years.isEmpty() || m_years.constLast().year != summary.date.year())
            m_years.append(Year {summary.date.year(), {}});
        QList<Month> &months = m_years.last().months;
        if (months.isEmpty() || months.constLast().month != summary.date.month())
            months.append(Month {summary.date.month(), {}});
        months.last().entries.append(summary);
        m_rowOf.insert(summary.id, summary.date);
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
        const int month = m_years.at(yearRow(year)).months.at(parent.row()).month;
        return createIndex(row, column, MonthParent | quintptr(year * 100 + month));
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
        return int(m_years.at(yearRow(int(id & ValueMask))).months.at(parent.row()).entries.size());
    return 0;
}

int TimelineModel::columnCount(const QModelIndex &) const
{
    return 1;
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
        const int month = m_years.at(yearRow(year)).months.at(index.row()).month;
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

QModelIndex TimelineModel::indexForEntry(qint64 id) const
{
    const auto found = m_rowOf.constFind(id);
    if (found == m_rowOf.constEnd())
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

qint64 TimelineModel::newestEntryId() const
{
    if (m_years.isEmpty())
        return 0;
    return m_years.constFirst().months.constFirst().entries.constFirst().id;
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

std::pair<int, int> TimelineModel::ensureMonth(QDate date)
{
    int year = yearRow(date.year());
    if (year < 0) {
        const auto it = std::lower_bound(
            m_years.cbegin(), m_years.cend(), date.year(), [](const Year &y, int value) { return y.year > value; });
        year = int(it - m_years.cbegin());
        beginInsertRows({}, year, year);
        m_years.insert(year, Year {date.year(), {}});
        endInsertRows();
    }
    int month = monthRow(year, date.month());
    if (month < 0) {
        QList<Month> &months = m_years[year].months;
        const auto it = std::lower_bound(
            months.cbegin(), months.cend(), date.month(), [](const Month &m, int value) { return m.month > value; });
        month = int(it - months.cbegin());
        beginInsertRows(yearIndex(year), month, month);
        months.insert(month, Month {date.month(), {}});
        endInsertRows();
    }
    return {year, month};
}

void TimelineModel::dropEmpty(QDate date)
{
    const int year = yearRow(date.year());
    const int month = monthRow(year, date.month());
    if (month < 0 || !m_years.at(year).months.at(month).entries.isEmpty())
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

int TimelineModel::insertionRow(const QList<EntrySummary> &entries, const EntrySummary &summary)
{
    const auto it = std::lower_bound(entries.cbegin(), entries.cend(), summary, newerThan);
    return int(it - entries.cbegin());
}

std::optional<EntrySummary> TimelineModel::summary(qint64 id) const
{
    // One entry's text is cheap; the store has no single-summary query.
    const std::optional<Entry> entry = m_store.entry(id);
    if (!entry)
        return std::nullopt;
    return EntrySummary {entry->id, entry->date, entry->kind, entry->title, entryPreview(entry->text)};
}

void TimelineModel::onInserted(qint64 id)
{
    if (m_rowOf.contains(id))
        return onUpdated(id);
    const std::optional<EntrySummary> added = summary(id);
    if (!added || !added->date.isValid())
        return;
    const auto [year, month] = ensureMonth(added->date);
    QList<EntrySummary> &entries = m_years[year].months[month].entries;
    const int row = insertionRow(entries, *added);
    beginInsertRows(monthIndex(year, month), row, row);
    entries.insert(row, *added);
    m_rowOf.insert(id, added->date);
    endInsertRows();
}

void TimelineModel::onUpdated(qint64 id)
{
    const QModelIndex old = indexForEntry(id);
    const std::optional<EntrySummary> changed = summary(id);
    if (!old.isValid()) {
        if (changed)
            onInserted(id);
        return;
    }
    if (!changed || !changed->date.isValid())
        return onRemoved(id);

    const QDate oldDate = m_rowOf.value(id);
    const int oldRow = old.row();
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
        m_rowOf.insert(id, changed->date);
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
    m_rowOf.insert(id, changed->date);
    endMoveRows();
    const QModelIndex now = index(newRow, 0, target);
    Q_EMIT dataChanged(now, now);
    dropEmpty(oldDate);
}

void TimelineModel::onRemoved(qint64 id)
{
    const QModelIndex old = indexForEntry(id);
    if (!old.isValid())
        return;
    const QDate date = m_rowOf.value(id);
    const int year = yearRow(date.year());
    const int month = monthRow(year, date.month());
    beginRemoveRows(old.parent(), old.row(), old.row());
    m_years[year].months[month].entries.removeAt(old.row());
    m_rowOf.remove(id);
    endRemoveRows();
    dropEmpty(date);
}
