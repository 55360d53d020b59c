#include "cli/diaryoption.h"

#include "storage/database.h"
#include "storage/diarylock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

QCommandLineOption diaryOption()
{
    return QCommandLineOption(u"db"_s,
        QCoreApplication::translate("CommandLine", "Use the diary in FILE instead of the default one."), u"FILE"_s);
}

namespace {

bool lockRequired = false;

} // namespace

void setDiaryLockRequired(bool required)
{
    lockRequired = required;
}

std::unique_ptr<Database> openDiary(const QCommandLineParser &parser)
{
    const QString path = parser.isSet(u"db"_s) ? parser.value(u"db"_s) : Database::defaultPath();
    // SQLite would open an empty name as a private temporary database: a silent empty diary.
    if (path.isEmpty()) {
        QTextStream(stderr) << QCoreApplication::translate("CommandLine", "--db needs a file name.") << '\n';
        return nullptr;
    }
    if (lockRequired) {
        // Held until the process ends: a command line process runs one subcommand.
        static std::unique_ptr<DiaryLock> lock;
        lock = std::make_unique<DiaryLock>(path);
        if (QString error; !lock->lock(DiaryLock::cliTimeout, &error)) {
            QTextStream(stderr) << error << '\n';
            return nullptr;
        }
        if (QFileInfo(path).exists() && !QFileInfo(path).isWritable()) {
            QTextStream(stderr) << QCoreApplication::translate("CommandLine",
                "The diary %1 is read-only: this command cannot change it. Make the file writable, or restore a "
                "backup into a writable place.")
                                       .arg(QDir::toNativeSeparators(path))
                                << '\n';
            return nullptr;
        }
    }
    auto database = std::make_unique<Database>(path);
    QString error;
    if (!database->open(&error)) {
        QTextStream(stderr) << error << '\n';
        return nullptr;
    }
    return database;
}

bool parseCommandLine(QCommandLineParser &parser, const QStringList &arguments, int *exitCode)
{
    const QCommandLineOption help = parser.addHelpOption();
    // The subcommand stands where QCommandLineParser expects the program name, so the
    // positional arguments are the subcommand's own.
    if (!parser.parse(arguments)) {
        QTextStream(stderr) << parser.errorText() << '\n';
        *exitCode = 2;
        return false;
    }
    if (parser.isSet(help)) {
        QTextStream(stdout) << QCoreApplication::applicationName() << ' ' << parser.helpText();
        *exitCode = 0;
        return false;
    }
    return true;
}
