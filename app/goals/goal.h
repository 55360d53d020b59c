#pragma once

#include "goals/isoweek.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

/// How a goal is measured (issue 5, DESIGN.md "Data model").
enum class GoalMeasure {
    Once, ///< done or not, with the date it was done ("get the bartender certificate")
    Count, ///< a sum against a target with a unit ("read 12 books")
    Weekly, ///< a habit, held week by week; target = times or hours a week ("English 3 hours a week")
    Open, ///< no number ("find out what my dream is")
};

enum class GoalStatus {
    Active,
    Done, ///< Goal::statusDate says when
    Dropped, ///< Goal::statusReason says why
};

/// The stable lower-case names stored and used on the command line:
/// `once`, `count`, `weekly`, `open` and `active`, `done`, `dropped`.
QString goalMeasureName(GoalMeasure measure);
std::optional<GoalMeasure> goalMeasureFromName(QStringView name);
QString goalStatusName(GoalStatus status);
std::optional<GoalStatus> goalStatusFromName(QStringView name);

/// One goal of one year, as a value. A year's goals own the weeks of that ISO week-year.
struct Goal
{
    qint64 id = 0; ///< 0 until stored
    int year = 0; ///< the ISO week-year whose weeks the goal owns
    QString title; ///< as the user writes it in task items (NFC)
    QString notes; ///< why
    GoalMeasure measure = GoalMeasure::Once;
    std::optional<double> target; ///< count: the sum aimed at; weekly: per week
    QString unit; ///< "권", "books", "h", "시간"; may be empty
    GoalStatus status = GoalStatus::Active;
    QDate statusDate; ///< when it was done or dropped
    QString statusReason; ///< why it was dropped
    int position = 0; ///< the user's order within the year, 0-based
    qint64 carriedFrom = 0; ///< last year's goal this one continues, 0 for none
};

/// One goal's check-in for one ISO week, or for a span of weeks (a catch-up after a lapse).
///
/// A check-in made from a weekly entry's task item has that entry's id; the text is its
/// one truth, so such check-ins are recomputed whenever the entry changes (CheckInSync).
struct CheckIn
{
    qint64 id = 0;
    qint64 goalId = 0;
    IsoWeek firstWeek;
    IsoWeek lastWeek; ///< == firstWeek for an ordinary weekly check-in
    bool done = false; ///< ticked: the goal was worked on / held that week
    /// count: how much that week (2 books); weekly over a span: in how many of its weeks
    /// the habit held; otherwise an optional quantity (3 hours). In the goal's unit.
    std::optional<double> amount;
    QString note; ///< a parenthetical that is not an amount
    std::optional<int> confidence; ///< 1..10: how likely the goal is by December
    qint64 entryId = 0; ///< the weekly entry whose task item produced it, 0 for none

    /// Weeks covered: 1 for an ordinary check-in.
    int weekCount() const { return int(lastWeek.serial() - firstWeek.serial()) + 1; }
    bool covers(IsoWeek week) const { return firstWeek <= week && week <= lastWeek; }
};
