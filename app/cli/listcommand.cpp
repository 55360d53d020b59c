#include "cli/commands.h"
#include "cli/diaryoption.h"
#include "storage/database.h"
#include "storage/entrystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

// `hoego list [--db FILE] [--year Y] [--kind K] [--json]`: entries newest first.
int runListCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "List the diary's entries, newest first."));
    parser.addOption(diaryOption());
    const QCommandLineOption yearOption(
        u"year"_s, QCoreApplication::translate("CommandLine", "Only entries of year Y."), u"Y"_s);
    const QCommandLineOption kindOption(u"kind"_s,
        QCoreApplication::translate("CommandLine", "Only entries of kind K (daily, weekly, halfyear, yearly, note)."),
        u"K"_s);
    const QCommandLineOption jsonOption(u"json"_s, QCoreApplication::translate("CommandLine", "Print a JSON array."));
    parser.addOptions({yearOption, kindOption, jsonOption});
    int exitCode = 0;
    if (!parseCommandLine(parser, arguments, &exitCode))
        return exitCode;

    QTextStream err(stderr);
    EntryFilter filter;
    if (parser.isSet(yearOption)) {
        bool ok = false;
        filter.year = parser.value(yearOption).toInt(&ok);
        if (!ok) {
            err << QCoreApplication::translate("CommandLine", "--year takes a year such as 2023, not '%1'.")
                       .arg(parser.value(yearOption))
                << '\n';
            return 2;
        }
    }
    if (parser.isSet(kindOption)) {
        filter.kind = entryKindFromName(parser.value(kindOption));
        if (!filter.kind) {
            err << QCoreApplication::translate(
                "CommandLine", "--kind takes daily, weekly, halfyear, yearly or note, not '%1'.")
                       .arg(parser.value(kindOption))
                << '\n';
            return 2;
        }
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << QCoreApplication::translate("CommandLine", "list takes no arguments: '%1'.")
                   .arg(parser.positionalArguments().join(u' '))
            << '\n';
        return 2;
    }

    const std::unique_ptr<Database> database = openDiary(parser);
    if (!database)
        return 1;
    const EntryStore store(*database);
    const QList<Entry> entries = store.entries(filter);

    QTextStream out(stdout);
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const Entry &entry : entries) {
            array.append(QJsonObject {
                {u"id"_s, entry.id},
                {u"date"_s, entry.date.toString(Qt::ISODate)},
                {u"kind"_s, entryKindName(entry.kind)},
                {u"title"_s, entry.title},
                {u"tags"_s, QJsonArray::fromStringList(entry.allTags())},
                {u"source"_s, entry.sourcePath.isEmpty() ? QJsonValue() : QJsonValue(entry.sourcePath)},
            });
        }
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }
    for (const Entry &entry : entries) {
        out << entry.id << '\t' << entry.date.toString(Qt::ISODate) << '\t' << entryKindName(entry.kind) << '\t'
            << entry.title << '\n';
    }
    return 0;
}
