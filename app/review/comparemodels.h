#pragma once

#include "goals/goal.h"
#include "goals/progress.h"
#include "review/yearsummary.h"

#include <QAbstractTableModel>
#include <QLocale>

class GoalStore;

/// "March 2022" / "2022년 3월": a month of a year as the month strip labels it, in @p locale.
QString monthLabel(int year, int month, const QLocale &locale = {});

/// A goal's outcome in a few words for the compare view and the export: "done 2023-06-01",
/// "dropped: reason", or the progress ("5/12 권", "34 of 52 weeks", "40%").
QString goalOutcomeText(const Goal &goal, const GoalProgress &progress);

/// The month strip of the compare view: twelve rows (January..December), one column per
/// chosen year, so "March 2022" sits beside "March 2023". The counts are the years' own
/// YearNumbers::days, given by setDays() when they are counted (zero until then), so a year
/// is read and counted once for its column and the strip.
///
/// Qt::DisplayRole is monthLabel(); ToolTipRole adds the counts. Roles below.
class MonthStripModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        YearRole = Qt::UserRole + 1, ///< int
        MonthRole, ///< int 1..12
        EntryCountRole, ///< int: entries dated in the month
        CharactersRole, ///< qint64: characters written in the month (YearNumbers::days)
        DaysWrittenRole, ///< int: days of the month with an entry
    };
    Q_ENUM(Role)

    explicit MonthStripModel(QObject *parent = nullptr);

    QList<int> years() const { return m_years; }
    /// The columns' years, left to right (oldest first is the compare view's order). The
    /// counts of a year that stays are kept; a new year's are zero until setDays().
    void setYears(const QList<int> &years);
    /// The counts of the columns of @p year, from its YearNumbers::days.
    void setDays(int year, const QHash<QDate, DayActivity> &days);
    void setLocale(const QLocale &locale);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Month
    {
        int entries = 0;
        qint64 characters = 0;
        int days = 0;
    };

    QList<int> m_years;
    QLocale m_locale;
    QList<std::array<Month, 12>> m_months; ///< per column
};

/// "Goals then and now": last year's goals (column 0) beside this year's (column 1). A goal
/// carried over (Goal::carriedFrom) shares its row with the goal it continues, so the view
/// can join them with a line; the rest of last year's goals follow in their order, each
/// alone on its row, then this year's new goals. Follows GoalStore::goalsChanged and
/// checkInsChanged.
///
/// Cells without a goal are empty (invalid data). Qt::DisplayRole is the goal's title,
/// ToolTipRole its outcome. Roles below.
class GoalsThenAndNowModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        GoalIdRole = Qt::UserRole + 1, ///< qint64
        StatusRole, ///< QString, goalStatusName()
        OutcomeRole, ///< QString, goalOutcomeText()
        CarriedOverRole, ///< bool: the row joins a goal and its continuation (both columns)
        FractionRole, ///< double 0..1, GoalProgress::fraction
    };
    Q_ENUM(Role)

    /// @p year is "now"; "then" is the year before. @p today bounds the progress.
    GoalsThenAndNowModel(GoalStore &goals, int year, QDate today, QObject *parent = nullptr);

    int year() const { return m_year; }
    void setYear(int year);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

public Q_SLOTS:
    void reload();

private:
    struct Cell
    {
        Goal goal;
        GoalProgress progress;
    };
    struct Row
    {
        std::optional<Cell> then;
        std::optional<Cell> now;
    };

    GoalStore &m_goals;
    int m_year = 0;
    QDate m_today;
    QList<Row> m_rows;
};
