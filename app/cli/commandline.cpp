#include "cli/commandline.h"

#include "cli/commands.h"
#include "cli/diaryoption.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace {

using Command = int (*)(const QStringList &);

const QHash<QString, Command> &commands()
{
    static const QHash<QString, Command> table = {
        {u"list"_s, runListCommand},
        {u"render"_s, runRenderCommand},
        {u"goals"_s, runGoalsCommand},
        {u"goal"_s, runGoalCommand},
        {u"checkin"_s, runCheckInCommand},
        {u"import"_s, runImportCommand},
        {u"export"_s, runExportCommand},
        {u"search"_s, runSearchCommand},
        {u"stats"_s, runStatsCommand},
        {u"backup"_s, runBackupCommand},
        {u"restore"_s, runRestoreCommand},
        {u"year"_s, runYearCommand},
    };
    return table;
}

} // namespace

bool isCliCommand(const QString &name)
{
    return commands().contains(name);
}

int runCliCommand(const QStringList &arguments)
{
    // Every subcommand but these read-only ones holds the diary's lock while it writes.
    static const QStringList readOnly = {u"list"_s, u"export"_s, u"backup"_s, u"search"_s, u"render"_s, u"year"_s};
    setDiaryLockRequired(!readOnly.contains(arguments.value(0)));
    return commands().value(arguments.value(0))(arguments);
}
