#pragma once

#include "goals/goal.h"

#include <QList>

/// A goal's progress, derived from its check-ins and never stored (issue 5, "Progress").
///
/// Weeks: a check-in for one week holds that week when ticked. A catch-up check-in for a
/// span of M weeks holds all of them when ticked without an amount, N of them when a
/// weekly goal's amount says "held in N of the M weeks", and none when unticked; since it
/// does not say which N, the weeks of a partly held span count N/M each toward doneWeeks
/// and the habit score, and break the plain streak.
///
/// Habit score (weekly goals): an exponential average over the elapsed weeks of the
/// goal's year, starting at 0: each week moves the score a quarter of the way toward 1
/// when held (or toward N/M in a partly held span) and toward 0 when missed. So one missed
/// week after a steady run costs a quarter of the score and two good weeks win most of it
/// back: the score tolerates a few misses while the streak shows the plain truth. The
/// week in progress counts only once it is held.
///
/// Streaks count consecutive held ISO weeks, across year ends (2020-W53 → 2021-W01) when
/// the check-ins given include last year's (a carried-over goal), and are broken by any
/// week not held. The current streak ends at the reference week — the current week, or
/// the year's last week for a past year — or at the week before it while the current
/// week is still open.
struct GoalProgress
{
    bool done = false; ///< once/open/weekly: the goal's status is done; count: that, or total >= target
    double total = 0; ///< count: the sum of amounts (1 for a ticked check-in without one); weekly: doneWeeks
    double fraction = 0; ///< 0..1 for a progress bar: done, total/target, or doneWeeks/elapsedWeeks
    int doneWeeks = 0; ///< weeks of the goal's year held (partly held spans rounded)
    int elapsedWeeks = 0; ///< see elapsedWeeksOf()
    int checkInWeeks = 0; ///< weeks of the goal's year with any check-in, ticked or not
    int currentStreak = 0;
    int longestStreak = 0;
    double habitScore = 0; ///< 0..1, see above; 0 for goals that are not weekly
    std::optional<IsoWeek> lastCheckIn; ///< the last week held (ticked)
    std::optional<IsoWeek> lastAnyCheckIn; ///< the last week with any check-in
    /// Full weeks since the last check-in up to the reference week (the open current week
    /// not counted); all elapsed weeks when there is none. "No check-in since 2023-W34."
    int silentWeeks = 0;
    std::optional<int> lastConfidence; ///< the latest check-in's confidence, 1..10
};

/// The number of weeks of ISO year @p year up to and including @p today's week: all of
/// them for a past year, none for a future one.
int elapsedWeeksOf(int year, IsoWeek today);

/// @p goal's progress from @p checkIns (its own, in any order; those of the goal it was
/// carried from may be added for streaks across the year end) as of @p today's week.
GoalProgress computeProgress(const Goal &goal, const QList<CheckIn> &checkIns, IsoWeek today);

/// The year summary line's numbers: "5 of 12 goals done, check-ins in 33 of 52 weeks".
struct YearSummary
{
    int goals = 0; ///< goals not dropped
    int doneGoals = 0;
    int checkInWeeks = 0; ///< weeks of the year with a check-in of any goal
    int weeks = 0; ///< weeks in the ISO year (52 or 53)
    int elapsedWeeks = 0;
};
YearSummary summarizeYear(int year, const QList<Goal> &goals, const QList<CheckIn> &checkIns, IsoWeek today);
