#include "goals/progresssnapshot.h"

#include "goals/progress.h"
#include "goals/taskitems.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ProgressSnapshot", text);
}

QString cell(QString text)
{
    return text.replace(u'|', u"\\|"_s).replace(u'\n', u' ');
}

QString measureText(const Goal &goal)
{
    switch (goal.measure) {
    case GoalMeasure::Once:
        return tr("once");
    case GoalMeasure::Count:
        return goal.target ? tr("count, %1").arg(formatAmount(*goal.target, goal.unit)) : tr("count");
    case GoalMeasure::Weekly:
        return goal.target ? tr("weekly, %1").arg(formatAmount(*goal.target, goal.unit)) : tr("weekly");
    case GoalMeasure::Open:
        break;
    }
    return tr("open");
}

QString progressText(const Goal &goal, const GoalProgress &progress)
{
    if (goal.status == GoalStatus::Dropped)
        return goal.statusReason.isEmpty() ? tr("dropped") : tr("dropped: %1").arg(goal.statusReason);
    switch (goal.measure) {
    case GoalMeasure::Count: {
        const QString total = formatAmount(progress.total, goal.unit);
        if (!goal.target)
            return total;
        return tr("%1 of %2 (%3%)")
            .arg(total, formatAmount(*goal.target, goal.unit))
            .arg(qRound(progress.fraction * 100));
    }
    case GoalMeasure::Weekly:
        return tr("held %1 of %2 weeks; streak %3, longest %4; habit score %5%")
            .arg(progress.doneWeeks)
            .arg(progress.elapsedWeeks)
            .arg(progress.currentStreak)
            .arg(progress.longestStreak)
            .arg(qRound(progress.habitScore * 100));
    case GoalMeasure::Once:
    case GoalMeasure::Open:
        break;
    }
    if (progress.done)
        return goal.statusDate.isValid() ? tr("done on %1").arg(goal.statusDate.toString(Qt::ISODate)) : tr("done");
    return tr("not yet");
}

} // namespace

QString progressSnapshotMarkdown(
    int year, const QList<Goal> &goals, const QHash<qint64, QList<CheckIn>> &checkIns, QDate date)
{
    const IsoWeek asOf = IsoWeek::fromDate(date);
    QHash<qint64, QList<CheckIn>> until;
    QList<CheckIn> all;
    for (auto it = checkIns.cbegin(); it != checkIns.cend(); ++it) {
        for (const CheckIn &checkIn : it.value()) {
            if (checkIn.firstWeek <= asOf) {
                until[it.key()] << checkIn;
                all << checkIn;
            }
        }
    }
    // A goal done or dropped after the snapshot's day was still active then.
    QList<Goal> asThen = goals;
    for (Goal &goal : asThen) {
        if (goal.status != GoalStatus::Active && goal.statusDate.isValid() && goal.statusDate > date) {
            goal.status = GoalStatus::Active;
            goal.statusDate = {};
            goal.statusReason.clear();
        }
    }

    const YearSummary summary = summarizeYear(year, asThen, all, asOf);
    QString markdown = u"### "_s
        + tr("Goals of %1 on %2 (%3)").arg(year).arg(date.toString(Qt::ISODate), asOf.toString()) + u"\n\n"_s;
    markdown += tr("%1 of %2 goals done, check-ins in %3 of %4 weeks so far.")
                    .arg(summary.doneGoals)
                    .arg(summary.goals)
                    .arg(summary.checkInWeeks)
                    .arg(summary.elapsedWeeks)
        + u"\n\n"_s;
    if (asThen.isEmpty())
        return markdown + tr("No goals were set for %1.").arg(year) + u'\n';

    markdown += u"| "_s + tr("Goal") + u" | "_s + tr("Measure") + u" | "_s + tr("Progress") + u" | "_s
        + tr("Last check-in") + u" | "_s + tr("Confidence") + u" |\n|---|---|---|---|---|\n"_s;
    for (const Goal &goal : std::as_const(asThen)) {
        const GoalProgress progress = computeProgress(goal, until.value(goal.id), asOf);
        QString last = progress.lastCheckIn ? progress.lastCheckIn->toString() : tr("none");
        if (progress.silentWeeks > 0 && progress.elapsedWeeks > 0)
            last += u" ("_s
                + QCoreApplication::translate(
                    "ProgressSnapshot", "%n week(s) without a check-in", nullptr, progress.silentWeeks)
                + u')';
        const QString confidence = progress.lastConfidence ? u"%1/10"_s.arg(*progress.lastConfidence) : u"–"_s;
        markdown += u"| "_s + cell(goal.title) + u" | "_s + cell(measureText(goal)) + u" | "_s
            + cell(progressText(goal, progress)) + u" | "_s + cell(last) + u" | "_s + confidence + u" |\n"_s;
    }
    return markdown;
}
