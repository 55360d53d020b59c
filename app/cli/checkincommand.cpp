#include "cli/commands.h"
#include "cli/diaryoption.h"
#include "goals/checkinsync.h"
#include "goals/goalstore.h"
#include "goals/tickcommand.h"
#include "storage/database.h"
#include "storage/entrystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

// `hoego checkin [--db FILE] --week YYYY-Www --goal ID [--amount N] [--undo]`: ticks (or,
// with --undo, unticks) the goal's task item in that week's entry, creating the entry from
// the template when there is none. The same TickCommand as a tick in the goals grid; the
// check-in follows from the text.
int runCheckInCommand(const QStringList &arguments)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("CommandLine", text); };
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Tick a goal for a week in that week's entry."));
    parser.addOption(diaryOption());
    const QCommandLineOption weekOption(u"week"_s, tr("The ISO week, such as 2023-W05."), u"YYYY-Www"_s);
    const QCommandLineOption goalOption(u"goal"_s, tr("The goal's id (see hoego goals)."), u"ID"_s);
    const QCommandLineOption amountOption(u"amount"_s, tr("How much that week (2 books, 3 hours)."), u"N"_s);
    const QCommandLineOption undoOption(u"undo"_s, tr("Untick the goal for that week instead."));
    parser.addOptions({weekOption, goalOption, amountOption, undoOption});
    int exitCode = 0;
    if (!parseCommandLine(parser, arguments, &exitCode))
        return exitCode;
    QTextStream err(stderr);
    const std::optional<IsoWeek> week = IsoWeek::fromString(parser.value(weekOption));
    bool ok = false;
    const qint64 goalId = parser.value(goalOption).toLongLong(&ok);
    if (!week || !ok || !parser.positionalArguments().isEmpty()) {
        err << tr("checkin needs --week YYYY-Www (a week the year has) and --goal ID.") << '\n';
        return 2;
    }
    std::optional<double> amount;
    if (parser.isSet(amountOption)) {
        amount = parser.value(amountOption).toDouble(&ok);
        if (!ok || *amount < 0) {
            err << tr("--amount takes a number, not '%1'.").arg(parser.value(amountOption)) << '\n';
            return 2;
        }
    }

    const std::unique_ptr<Database> database = openDiary(parser);
    if (!database)
        return 1;
    EntryStore entries(*database);
    GoalStore goals(*database);
    const CheckInSync sync(entries, goals);
    TickCommand command(entries, goals, goalId, *week, !parser.isSet(undoOption), amount);
    command.redo();
    if (!command.ok()) {
        err << command.error() << '\n';
        return 1;
    }
    if (!sync.lastError().isEmpty()) {
        err << sync.lastError() << '\n';
        return 1;
    }
    QTextStream(stdout) << command.entryId() << '\n';
    return 0;
}
