#include "cli/commandline.h"

#include "cli/commands.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace {

using Command = int (*)(const QStringList &);

const QHash<QString, Command> &commands()
{
    static const QHash<QString, Command> table = {
        {u"list"_s, runListCommand},
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
    return commands().value(arguments.value(0))(arguments);
}
