#include "cli/commands.h"
#include "cli/diaryoption.h"
#include "goals/checkinsync.h"
#include "goals/goalstore.h"
#include "goals/progress.h"
#include "storage/database.h"
#include "storage/entrystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

std::optional<int> parseYear(const QString &text)
{
    bool ok = false;
    const int year = text.toInt(&ok);
    if (!ok || year < 1900 || year > 9999)
        return std::nullopt;
    return year;
}

QJsonValue jsonNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

// "12 of 52 weeks", "4 of 12 권", "done", … for the plain listing.
QString progressText(const Goal &goal, const GoalProgress &progress)
{
    switch (goal.measure) {
    case GoalMeasure::Weekly:
        return tr("%1 of %2 weeks, streak %3 (longest %4)")
            .arg(progress.doneWeeks)
            .arg(progress.elapsedWeeks)
            .arg(progress.currentStreak)
            .arg(progress.longestStreak);
    case GoalMeasure::Count:
        if (goal.target)
            return tr("%1 of %2 %3").arg(progress.total).arg(*goal.target).arg(goal.unit).trimmed();
        return tr("%1 %2").arg(progress.total).arg(goal.unit).trimmed();
    case GoalMeasure::Once:
    case GoalMeasure::Open:
        return progress.done ? tr("done") : tr("not done");
    }
    return {};
}

} // namespace

// `hoego goals [--db FILE] --year Y [--json]`: a year's goals with their derived progress.
int runGoalsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List a year's goals with their progress."));
    parser.addOption(diaryOption());
    const QCommandLineOption yearOption(u"year"_s, tr("The goals of ISO week-year Y."), u"Y"_s);
    const QCommandLineOption jsonOption(u"json"_s, tr("Print a JSON array."));
    parser.addOptions({yearOption, jsonOption});
    int exitCode = 0;
    if (!parseCommandLine(parser, arguments, &exitCode))
        return exitCode;
    QTextStream err(stderr);
    const std::optional<int> year = parseYear(parser.value(yearOption));
    if (!year) {
        err << tr("goals needs --year Y, a year such as 2023.") << '\n';
        return 2;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << tr("goals takes no arguments: '%1'.").arg(parser.positionalArguments().join(u' ')) << '\n';
        return 2;
    }
    const std::unique_ptr<Database> database = openDiary(parser);
    if (!database)
        return 1;
    EntryStore entries(*database);
    GoalStore store(*database);
    // Check-ins are read again from the weekly entries' text, their one truth: entries
    // imported or edited by another program since are counted too.
    CheckInSync sync(entries, store);
    QString error;
    if (!sync.syncYear(*year, &error)) {
        err << error << '\n';
        return 1;
    }
    const IsoWeek today = IsoWeek::fromDate(QDate::currentDate());
    const QList<Goal> goals = store.goals(*year);

    QTextStream out(stdout);
    QJsonArray array;
    for (const Goal &goal : goals) {
        QList<CheckIn> checkIns = store.checkIns(goal.id);
        if (goal.carriedFrom > 0)
            checkIns << store.checkIns(goal.carriedFrom); // streaks run on across the year end
        const GoalProgress progress = computeProgress(goal, checkIns, today);
        if (parser.isSet(jsonOption)) {
            array.append(QJsonObject {
                {u"id"_s, goal.id},
                {u"title"_s, goal.title},
                {u"measure"_s, goalMeasureName(goal.measure)},
                {u"target"_s, jsonNumber(goal.target)},
                {u"unit"_s, goal.unit},
                {u"status"_s, goalStatusName(goal.status)},
                {u"doneWeeks"_s, progress.doneWeeks},
                {u"elapsedWeeks"_s, progress.elapsedWeeks},
                {u"total"_s, progress.total},
                {u"currentStreak"_s, progress.currentStreak},
                {u"longestStreak"_s, progress.longestStreak},
                {u"lastCheckIn"_s, progress.lastCheckIn ? QJsonValue(progress.lastCheckIn->toString()) : QJsonValue()},
            });
            continue;
        }
        out << goal.id << '\t' << goalStatusName(goal.status) << '\t' << goalMeasureName(goal.measure) << '\t'
            << goal.title << '\t' << progressText(goal, progress);
        if (progress.lastAnyCheckIn && progress.silentWeeks > 0)
            out << '\t' << tr("no check-in since %1").arg(progress.lastAnyCheckIn->toString());
        out << '\n';
    }
    if (parser.isSet(jsonOption))
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    return 0;
}

// `hoego goal add [--db FILE] --year Y --measure M [--target N] [--unit U] TITLE`,
// `hoego goal done|drop [--db FILE] [--reason TEXT] ID`.
int runGoalCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Add a goal, or mark one done or dropped."));
    parser.addOption(diaryOption());
    const QCommandLineOption yearOption(u"year"_s, tr("add: the goal's ISO week-year."), u"Y"_s);
    const QCommandLineOption measureOption(u"measure"_s, tr("add: once, count, weekly or open."), u"M"_s);
    const QCommandLineOption targetOption(
        u"target"_s, tr("add: the target (count) or amount a week (weekly)."), u"N"_s);
    const QCommandLineOption unitOption(u"unit"_s, tr("add: the unit of the target (books, 권, h)."), u"U"_s);
    const QCommandLineOption reasonOption(u"reason"_s, tr("drop: why the goal was dropped."), u"TEXT"_s);
    parser.addOptions({yearOption, measureOption, targetOption, unitOption, reasonOption});
    parser.addPositionalArgument(u"action"_s, tr("add, done or drop."));
    parser.addPositionalArgument(u"TITLE|ID"_s, tr("The new goal's title (add), or the goal's id."));
    int exitCode = 0;
    if (!parseCommandLine(parser, arguments, &exitCode))
        return exitCode;
    QTextStream err(stderr);
    QTextStream out(stdout);
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action != u"add"_s && action != u"done"_s && action != u"drop"_s) {
        err << tr("goal takes add, done or drop, not '%1'.").arg(action) << '\n';
        return 2;
    }

    if (action == u"add"_s) {
        Goal goal;
        goal.title = positional.mid(1).join(u' ').normalized(QString::NormalizationForm_C).trimmed();
        const std::optional<int> year = parseYear(parser.value(yearOption));
        const std::optional<GoalMeasure> measure = goalMeasureFromName(parser.value(measureOption));
        if (goal.title.isEmpty() || !year || !measure) {
            err << tr("goal add needs --year Y, --measure once|count|weekly|open and a TITLE.") << '\n';
            return 2;
        }
        goal.year = *year;
        goal.measure = *measure;
        if (parser.isSet(targetOption)) {
            bool ok = false;
            goal.target = parser.value(targetOption).toDouble(&ok);
            if (!ok || *goal.target <= 0) {
                err << tr("--target takes a positive number, not '%1'.").arg(parser.value(targetOption)) << '\n';
                return 2;
            }
        }
        goal.unit = parser.value(unitOption).trimmed();
        const std::unique_ptr<Database> database = openDiary(parser);
        if (!database)
            return 1;
        EntryStore entries(*database);
        GoalStore store(*database);
        const CheckInSync sync(entries, store); // the weekly entries already written tick the new goal
        QString error;
        if (!store.addGoal(goal, &error)) {
            err << error << '\n';
            return 1;
        }
        out << goal.id << '\n';
        return 0;
    }

    bool ok = false;
    const qint64 id = positional.value(1).toLongLong(&ok);
    if (!ok || positional.size() != 2) {
        err << tr("goal %1 takes one goal id.").arg(action) << '\n';
        return 2;
    }
    const std::unique_ptr<Database> database = openDiary(parser);
    if (!database)
        return 1;
    EntryStore entries(*database);
    GoalStore store(*database);
    const CheckInSync sync(entries, store);
    std::optional<Goal> goal = store.goal(id);
    if (!goal) {
        err << tr("There is no goal %1.").arg(id) << '\n';
        return 1;
    }
    goal->status = action == u"done"_s ? GoalStatus::Done : GoalStatus::Dropped;
    goal->statusDate = QDate::currentDate();
    goal->statusReason = parser.value(reasonOption);
    QString error;
    if (!store.updateGoal(*goal, &error)) {
        err << error << '\n';
        return 1;
    }
    return 0;
}
