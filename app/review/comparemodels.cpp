#include "review/comparemodels.h"

#include "goals/goalstore.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QString monthLabel(int year, int month, const QLocale &locale)
{
    // Korean writes the year first ("2022년 3월"); QLocale's month names already carry 월.
    if (locale.language() == QLocale::Korean)
        return u"%1년 %2"_s.arg(year).arg(locale.standaloneMonthName(month, QLocale::LongFormat));
    return u"%1 %2"_s.arg(locale.standaloneMonthName(month, QLocale::LongFormat)).arg(year);
}

QString goalOutcomeText(const Goal &goal, const GoalProgress &progress)
{
    switch (goal.status) {
    case GoalStatus::Done:
        return goal.statusDate.isValid()
            ? QCoreApplication::translate("Review", "done %1").arg(goal.statusDate.toString(Qt::ISODate))
            : QCoreApplication::translate("Review", "done");
    case GoalStatus::Dropped:
        return goal.statusReason.isEmpty()
            ? QCoreApplication::translate("Review", "dropped")
            : QCoreApplication::translate("Review", "dropped: %1").arg(goal.statusReason);
    case GoalStatus::Active:
        break;
    }
    switch (goal.measure) {
    case GoalMeasure::Count:
        if (goal.target)
            return u"%1/%2 %3"_s.arg(progress.total).arg(*goal.target).arg(goal.unit).trimmed();
        break;
    case GoalMeasure::Weekly:
        return QCoreApplication::translate("Review", "held %1 of %2 weeks")
            .arg(progress.doneWeeks)
            .arg(progress.elapsedWeeks);
    case GoalMeasure::Once:
    case GoalMeasure::Open:
        break;
    }
    return progress.done ? QCoreApplication::translate("Review", "done")
                         : QCoreApplication::translate("Review", "open");
}

MonthStripModel::MonthStripModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void MonthStripModel::setYears(const QList<int> &years)
{
    if (years == m_years)
        return;
    QList<std::array<Month, 12>> months;
    for (const int year : years) {
        const qsizetype kept = m_years.indexOf(year);
        months << (kept >= 0 ? m_months.at(kept) : std::array<Month, 12> {});
    }
    beginResetModel();
    m_years = years;
    m_months = std::move(months);
    endResetModel();
}

void MonthStripModel::setDays(int year, const QHash<QDate, DayActivity> &days)
{
    std::array<Month, 12> columns {};
    for (auto it = days.cbegin(); it != days.cend(); ++it) {
        Month &month = columns[it.key().month() - 1];
        month.entries += it->entries;
        month.characters += it->characters;
        ++month.days;
    }
    for (qsizetype column = 0; column < m_years.size(); ++column) {
        if (m_years.at(column) != year)
            continue;
        m_months[column] = columns;
        Q_EMIT dataChanged(index(0, int(column)), index(11, int(column)));
    }
}

void MonthStripModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_years.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(11, int(m_years.size()) - 1));
}

int MonthStripModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_years.isEmpty() ? 0 : 12;
}

int MonthStripModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_years.size());
}

QVariant MonthStripModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int year = m_years.at(index.column());
    const int monthNumber = index.row() + 1;
    const Month &month = m_months.at(index.column()).at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return monthLabel(year, monthNumber, m_locale);
    case Qt::ToolTipRole:
        return QCoreApplication::translate("Review", "%1: %n entries", nullptr, month.entries)
            .arg(monthLabel(year, monthNumber, m_locale));
    case YearRole:
        return year;
    case MonthRole:
        return monthNumber;
    case EntryCountRole:
        return month.entries;
    case CharactersRole:
        return month.characters;
    case DaysWrittenRole:
        return month.days;
    default:
        return {};
    }
}

QVariant MonthStripModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal && section >= 0 && section < m_years.size())
        return QString::number(m_years.at(section));
    if (orientation == Qt::Vertical && section >= 0 && section < 12)
        return m_locale.standaloneMonthName(section + 1, QLocale::ShortFormat);
    return {};
}

QHash<int, QByteArray> MonthStripModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(YearRole, "year");
    names.insert(MonthRole, "month");
    names.insert(EntryCountRole, "entryCount");
    names.insert(CharactersRole, "characters");
    names.insert(DaysWrittenRole, "daysWritten");
    return names;
}

GoalsThenAndNowModel::GoalsThenAndNowModel(GoalStore &goals, int year, QDate today, QObject *parent)
    : QAbstractTableModel(parent)
    , m_goals(goals)
    , m_year(year)
    , m_today(today)
{
    connect(&m_goals, &GoalStore::goalsChanged, this, &GoalsThenAndNowModel::reload);
    connect(&m_goals, &GoalStore::checkInsChanged, this, &GoalsThenAndNowModel::reload);
    reload();
}

void GoalsThenAndNowModel::setYear(int year)
{
    if (year == m_year)
        return;
    m_year = year;
    reload();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, 1);
}

void GoalsThenAndNowModel::reload()
{
    const IsoWeek today = IsoWeek::fromDate(m_today);
    const auto cell
        = [&](const Goal &goal) { return Cell {goal, computeProgress(goal, m_goals.checkIns(goal.id), today)}; };
    const QList<Goal> then = m_goals.goals(m_year - 1);
    const QList<Goal> now = m_goals.goals(m_year);
    QList<Row> rows;
    QSet<qint64> joined;
    for (const Goal &old : then) {
        Row row {cell(old), std::nullopt};
        for (const Goal &goal : now) {
            if (goal.carriedFrom == old.id && !joined.contains(goal.id)) {
                row.now = cell(goal);
                joined.insert(goal.id);
                break;
            }
        }
        rows << row;
    }
    for (const Goal &goal : now) {
        if (!joined.contains(goal.id))
            rows << Row {std::nullopt, cell(goal)};
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int GoalsThenAndNowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GoalsThenAndNowModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 2;
}

QVariant GoalsThenAndNowModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const std::optional<Cell> &cell = index.column() == 0 ? row.then : row.now;
    if (role == CarriedOverRole)
        return row.then.has_value() && row.now.has_value();
    if (!cell)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return cell->goal.title;
    case Qt::ToolTipRole:
    case OutcomeRole:
        return goalOutcomeText(cell->goal, cell->progress);
    case GoalIdRole:
        return cell->goal.id;
    case StatusRole:
        return goalStatusName(cell->goal.status);
    case FractionRole:
        return cell->progress.fraction;
    default:
        return {};
    }
}

QVariant GoalsThenAndNowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal || section < 0 || section > 1)
        return {};
    return QString::number(section == 0 ? m_year - 1 : m_year);
}

QHash<int, QByteArray> GoalsThenAndNowModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(GoalIdRole, "goalId");
    names.insert(StatusRole, "status");
    names.insert(OutcomeRole, "outcome");
    names.insert(CarriedOverRole, "carriedOver");
    names.insert(FractionRole, "fraction");
    return names;
}
