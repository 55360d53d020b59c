#include "goals/progress.h"

#include <QHash>

#include <cmath>

namespace {

constexpr double scoreStep = 0.25;

// How much of each week is held: serial → 0..1 (the largest value any check-in gives).
QHash<qint64, double> heldWeeks(const Goal &goal, const QList<CheckIn> &checkIns)
{
    QHash<qint64, double> held;
    for (const CheckIn &checkIn : checkIns) {
        if (!checkIn.done || !checkIn.firstWeek.isValid() || !checkIn.lastWeek.isValid())
            continue;
        const int weeks = checkIn.weekCount();
        double share = 1;
        if (weeks > 1 && goal.measure == GoalMeasure::Weekly && checkIn.amount)
            share = std::clamp(*checkIn.amount / weeks, 0.0, 1.0);
        for (qint64 s = checkIn.firstWeek.serial(); s <= checkIn.lastWeek.serial(); ++s)
            held[s] = std::max(held.value(s), share);
    }
    return held;
}

} // namespace

int elapsedWeeksOf(int year, IsoWeek today)
{
    if (year < today.year)
        return IsoWeek::weeksInYear(year);
    if (year > today.year)
        return 0;
    return today.week;
}

GoalProgress computeProgress(const Goal &goal, const QList<CheckIn> &checkIns, IsoWeek today)
{
    GoalProgress progress;
    const IsoWeek yearStart {goal.year, 1};
    const IsoWeek yearEnd {goal.year, IsoWeek::weeksInYear(goal.year)};
    progress.elapsedWeeks = elapsedWeeksOf(goal.year, today);
    const IsoWeek reference = today < yearEnd ? today : yearEnd;
    const bool referenceOpen = reference == today; // the current week is still being lived

    const QHash<qint64, double> held = heldWeeks(goal, checkIns);
    const auto isHeld = [&held](qint64 serial) { return held.value(serial) >= 1.0; };

    // Weeks of the goal's year: held and checked in.
    double doneShare = 0;
    QSet<qint64> checkedIn;
    std::optional<CheckIn> latest;
    for (const CheckIn &checkIn : checkIns) {
        if (!checkIn.firstWeek.isValid() || !checkIn.lastWeek.isValid())
            continue;
        for (qint64 s = checkIn.firstWeek.serial(); s <= checkIn.lastWeek.serial(); ++s) {
            if (s >= yearStart.serial() && s <= yearEnd.serial())
                checkedIn.insert(s);
        }
        if (!progress.lastAnyCheckIn || *progress.lastAnyCheckIn < checkIn.lastWeek)
            progress.lastAnyCheckIn = checkIn.lastWeek;
        if (checkIn.done && (!progress.lastCheckIn || *progress.lastCheckIn < checkIn.lastWeek))
            progress.lastCheckIn = checkIn.lastWeek;
        if (checkIn.confidence && (!latest || latest->lastWeek <= checkIn.lastWeek))
            latest = checkIn;
    }
    if (latest)
        progress.lastConfidence = latest->confidence;
    progress.checkInWeeks = int(checkedIn.size());
    for (auto it = held.cbegin(); it != held.cend(); ++it) {
        if (it.key() >= yearStart.serial() && it.key() <= yearEnd.serial())
            doneShare += it.value();
    }
    progress.doneWeeks = int(std::lround(doneShare));

    // Streaks over every held week given, across year ends.
    QList<qint64> serials;
    for (auto it = held.cbegin(); it != held.cend(); ++it) {
        if (it.value() >= 1.0)
            serials << it.key();
    }
    std::sort(serials.begin(), serials.end());
    int run = 0;
    for (qsizetype i = 0; i < serials.size(); ++i) {
        run = (i > 0 && serials.at(i) == serials.at(i - 1) + 1) ? run + 1 : 1;
        progress.longestStreak = std::max(progress.longestStreak, run);
    }
    if (progress.elapsedWeeks > 0) {
        qint64 s = reference.serial();
        if (referenceOpen && !isHeld(s))
            --s;
        while (isHeld(s)) {
            ++progress.currentStreak;
            --s;
        }
    }

    // Silence since the last check-in of any kind, up to the reference week.
    if (progress.elapsedWeeks > 0) {
        const qint64 lastFull = reference.serial() - (referenceOpen ? 1 : 0);
        const qint64 from = progress.lastAnyCheckIn ? progress.lastAnyCheckIn->serial() : yearStart.serial() - 1;
        progress.silentWeeks = int(std::max<qint64>(0, lastFull - std::max(from, yearStart.serial() - 1)));
    }

    // Habit score over the year's elapsed weeks.
    if (goal.measure == GoalMeasure::Weekly) {
        double score = 0;
        for (qint64 s = yearStart.serial(); s < yearStart.serial() + progress.elapsedWeeks; ++s) {
            const double value = held.value(s);
            if (referenceOpen && s == reference.serial() && value <= 0)
                break;
            score += scoreStep * (value - score);
        }
        progress.habitScore = score;
    }

    switch (goal.measure) {
    case GoalMeasure::Once:
    case GoalMeasure::Open:
        progress.done = goal.status == GoalStatus::Done;
        progress.fraction = progress.done ? 1 : 0;
        break;
    case GoalMeasure::Count:
        for (const CheckIn &checkIn : checkIns) {
            if (checkIn.firstWeek.year != goal.year && checkIn.lastWeek.year != goal.year)
                continue;
            if (checkIn.amount)
                progress.total += *checkIn.amount;
            else if (checkIn.done)
                progress.total += 1;
        }
        progress.done = goal.status == GoalStatus::Done || (goal.target && progress.total >= *goal.target);
        progress.fraction = progress.done     ? 1
            : goal.target && *goal.target > 0 ? std::clamp(progress.total / *goal.target, 0.0, 1.0)
                                              : 0;
        break;
    case GoalMeasure::Weekly:
        progress.total = progress.doneWeeks;
        progress.done = goal.status == GoalStatus::Done;
        progress.fraction = progress.elapsedWeeks > 0 ? std::clamp(doneShare / progress.elapsedWeeks, 0.0, 1.0) : 0;
        break;
    }
    return progress;
}

YearSummary summarizeYear(int year, const QList<Goal> &goals, const QList<CheckIn> &checkIns, IsoWeek today)
{
    YearSummary summary;
    summary.weeks = IsoWeek::weeksInYear(year);
    summary.elapsedWeeks = elapsedWeeksOf(year, today);
    QHash<qint64, QList<CheckIn>> byGoal;
    QSet<qint64> weeks;
    for (const CheckIn &checkIn : checkIns) {
        byGoal[checkIn.goalId] << checkIn;
        for (qint64 s = checkIn.firstWeek.serial(); s <= checkIn.lastWeek.serial(); ++s) {
            if (IsoWeek::fromSerial(s).year == year)
                weeks.insert(s);
        }
    }
    summary.checkInWeeks = int(weeks.size());
    for (const Goal &goal : goals) {
        if (goal.status == GoalStatus::Dropped)
            continue;
        ++summary.goals;
        if (computeProgress(goal, byGoal.value(goal.id), today).done)
            ++summary.doneGoals;
    }
    return summary;
}
