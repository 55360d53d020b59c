#include "cli/commands.h"
#include "cli/diaryoption.h"
#include "io/exporter.h"
#include "storage/database.h"
#include "storage/entrystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

// `hoego export [--db FILE] DIR`: every entry as a Jekyll post in DIR/_posts/ and the goals
// in DIR/_data/goals.yml; errors on stderr, then `exported N to DIR/_posts` (and where the
// goals went); exit 1 when any file could not be written.
int runExportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "Write every entry as a Jekyll post to DIR/_posts/."));
    parser.addOption(diaryOption());
    parser.addPositionalArgument(
        u"DIR"_s, QCoreApplication::translate("CommandLine", "The Jekyll site folder to write _posts/ into."));
    int exitCode = 0;
    if (!parseCommandLine(parser, arguments, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        QTextStream(stderr) << QCoreApplication::translate("CommandLine", "export takes exactly one folder.") << '\n';
        return 2;
    }

    const std::unique_ptr<Database> database = openDiary(parser);
    if (!database)
        return 1;
    const EntryStore store(*database);
    const ExportReport report = Exporter(store).exportTo(positional.first());

    QTextStream err(stderr);
    for (const QString &error : report.errors)
        err << error << '\n';
    QTextStream(stdout) << QCoreApplication::translate("CommandLine", "exported %1 to %2")
                               .arg(report.files.size())
                               .arg(QDir::cleanPath(QDir(positional.first()).absoluteFilePath(u"_posts"_s)))
                        << '\n';
    if (!report.goalsFile.isEmpty())
        QTextStream(stdout)
            << QCoreApplication::translate("CommandLine", "goals and check-ins in %1").arg(report.goalsFile) << '\n';
    return report.ok() ? 0 : 1;
}
