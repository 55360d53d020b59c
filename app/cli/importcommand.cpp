#include "cli/commands.h"
#include "cli/diaryoption.h"
#include "io/importer.h"
#include "storage/database.h"
#include "storage/entrystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

// `hoego import [--db FILE] PATH...`: one line per file that was not simply imported or
// updated (`PATH: outcome: reason`), then the summary; exit 1 when any file failed.
int runImportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Import Markdown files and folders of them (Jekyll posts, .md and .markdown) into the diary."));
    parser.addOption(diaryOption());
    parser.addPositionalArgument(u"PATH"_s,
        QCoreApplication::translate("CommandLine", "A file, or a folder searched recursively."), u"PATH..."_s);
    int exitCode = 0;
    if (!parseCommandLine(parser, arguments, &exitCode))
        return exitCode;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        QTextStream(stderr) << QCoreApplication::translate("CommandLine", "import needs at least one file or folder.")
                            << '\n';
        return 2;
    }

    const std::unique_ptr<Database> database = openDiary(parser);
    if (!database)
        return 1;
    EntryStore store(*database);
    Importer importer(store);
    const ImportReport report = importer.importPaths(paths);

    QTextStream out(stdout);
    for (const ImportedFile &file : report.files) {
        if (file.outcome == ImportOutcome::Imported || file.outcome == ImportOutcome::Updated)
            continue;
        out << file.path << u": "_s << importOutcomeName(file.outcome) << u": "_s << file.reason << '\n';
    }
    out << report.summary() << '\n';
    return report.hasFailures() ? 1 : 0;
}
