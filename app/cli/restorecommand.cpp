#include "cli/commands.h"
#include "cli/diaryoption.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/diarylock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

// `hoego restore [--db FILE] BACKUP`: replaces the diary with a backup, after checking the
// backup and backing up the current diary. Does not open the diary first: restoring is
// the way out of a diary that no longer opens.
int runRestoreCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("CommandLine",
        "Replace the diary with BACKUP. The backup is checked first, and the current diary is backed up "
        "into the backups folder beside it."));
    parser.addOption(diaryOption());
    parser.addPositionalArgument(
        u"BACKUP"_s, QCoreApplication::translate("CommandLine", "The backup file to restore."));
    int exitCode = 0;
    if (!parseCommandLine(parser, arguments, &exitCode))
        return exitCode;

    QTextStream err(stderr);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        err << QCoreApplication::translate("CommandLine", "restore takes one backup file.") << '\n';
        return 2;
    }
    const QString databasePath = parser.isSet(u"db"_s) ? parser.value(u"db"_s) : Database::defaultPath();

    DiaryLock lock(databasePath);
    QString error;
    if (!lock.lock(DiaryLock::cliTimeout, &error)) {
        err << error << '\n';
        return 1;
    }
    QString safetyCopy;
    if (!Backup::restore(positional.first(), databasePath, Backup::defaultFolder(databasePath), &safetyCopy, &error)) {
        err << error << '\n';
        return 1;
    }
    QTextStream out(stdout);
    out << QCoreApplication::translate("CommandLine", "Restored %1 from %2.")
               .arg(QDir::toNativeSeparators(databasePath), QDir::toNativeSeparators(positional.first()))
        << '\n';
    if (!safetyCopy.isEmpty()) {
        out << QCoreApplication::translate("CommandLine", "The previous diary is kept in %1.")
                   .arg(QDir::toNativeSeparators(safetyCopy))
            << '\n';
    }
    return 0;
}
