#include "cli/commands.h"
#include "cli/diaryoption.h"
#include "storage/backup.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

// `hoego backup [--db FILE] [DIR]`: a snapshot of the diary in DIR (default: backups/ beside
// the diary); prints the backup's path.
int runBackupCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("CommandLine",
        "Back up the whole diary into DIR (default: the backups folder beside the diary) and print the "
        "backup's path."));
    parser.addOption(diaryOption());
    parser.addPositionalArgument(
        u"DIR"_s, QCoreApplication::translate("CommandLine", "The folder for the backup."), u"[DIR]"_s);
    int exitCode = 0;
    if (!parseCommandLine(parser, arguments, &exitCode))
        return exitCode;

    QTextStream err(stderr);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        err << QCoreApplication::translate("CommandLine", "backup takes at most one folder: '%1'.")
                   .arg(positional.join(u' '))
            << '\n';
        return 2;
    }

    const std::unique_ptr<Database> database = openDiary(parser);
    if (!database)
        return 1;
    const QString folder = positional.isEmpty() ? Backup::defaultFolder(database->path()) : positional.first();
    QString error;
    const QString path = Backup::create(*database, folder, QDateTime::currentDateTime(), &error);
    if (path.isEmpty()) {
        err << error << '\n';
        return 1;
    }
    QTextStream(stdout) << QDir::toNativeSeparators(path) << '\n';
    return 0;
}
