#include "cli/commands.h"
#include "cli/diaryoption.h"
#include "search/searchstore.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

// `hoego search [--db FILE] [--kind K] [--year Y] [--tag T] [--open-tasks] [--limit N] [--json] QUERY`:
// the entries matching QUERY (SearchQuery's syntax), best first.
int runSearchCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("CommandLine",
        "Search the diary, best match first. Words must all match, anywhere inside words; "
        "\"a b\" is a phrase, -word excludes, ㅎㄱ searches initial consonants."));
    parser.addOption(diaryOption());
    const QCommandLineOption kindOption(u"kind"_s,
        QCoreApplication::translate("CommandLine", "Only entries of kind K (daily, weekly, halfyear, yearly, note)."),
        u"K"_s);
    const QCommandLineOption yearOption(
        u"year"_s, QCoreApplication::translate("CommandLine", "Only entries of year Y."), u"Y"_s);
    const QCommandLineOption tagOption(
        u"tag"_s, QCoreApplication::translate("CommandLine", "Only entries tagged T."), u"T"_s);
    const QCommandLineOption openTasksOption(u"open-tasks"_s,
        QCoreApplication::translate("CommandLine", "Only entries with an unticked task item (- [ ])."));
    const QCommandLineOption limitOption(
        u"limit"_s, QCoreApplication::translate("CommandLine", "At most N results (default 50)."), u"N"_s);
    const QCommandLineOption jsonOption(u"json"_s,
        QCoreApplication::translate("CommandLine",
            "Print a JSON array of objects with id, date, kind, title, snippet, highlights "
            "([start, length] in UTF-16 units inside snippet) and score (higher is better)."));
    parser.addOptions({kindOption, yearOption, tagOption, openTasksOption, limitOption, jsonOption});
    parser.addPositionalArgument(
        u"query"_s, QCoreApplication::translate("CommandLine", "What to search for; empty lists by the filters."));
    int exitCode = 0;
    if (!parseCommandLine(parser, arguments, &exitCode))
        return exitCode;

    QTextStream err(stderr);
    SearchFilter filter;
    if (parser.isSet(yearOption)) {
        bool ok = false;
        const int year = parser.value(yearOption).toInt(&ok);
        if (!ok) {
            err << QCoreApplication::translate("CommandLine", "--year takes a year such as 2023, not '%1'.")
                       .arg(parser.value(yearOption))
                << '\n';
            return 2;
        }
        filter = SearchFilter::forYear(year);
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
    filter.tag = parser.value(tagOption);
    filter.openTasks = parser.isSet(openTasksOption);
    int limit = 50;
    if (parser.isSet(limitOption)) {
        bool ok = false;
        limit = parser.value(limitOption).toInt(&ok);
        if (!ok || limit < 1) {
            err << QCoreApplication::translate("CommandLine", "--limit takes a positive number, not '%1'.")
                       .arg(parser.value(limitOption))
                << '\n';
            return 2;
        }
    }

    const std::unique_ptr<Database> database = openDiary(parser);
    if (!database)
        return 1;
    QString error;
    const QList<SearchResult> results = SearchStore(*database).search(
        SearchQuery::parse(parser.positionalArguments().join(u' ')), filter, limit, &error);
    if (!error.isEmpty()) {
        err << error << '\n';
        return 1;
    }

    QTextStream out(stdout);
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const SearchResult &result : results) {
            QJsonArray highlights;
            for (const SearchRange &range : result.highlights)
                highlights.append(QJsonArray {range.start, range.length});
            array.append(QJsonObject {
                {u"id"_s, result.id},
                {u"date"_s, result.date.toString(Qt::ISODate)},
                {u"kind"_s, entryKindName(result.kind)},
                {u"title"_s, result.title},
                {u"snippet"_s, result.snippet},
                {u"highlights"_s, highlights},
                {u"score"_s, result.score},
            });
        }
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }
    for (const SearchResult &result : results) {
        out << result.id << '\t' << result.date.toString(Qt::ISODate) << '\t' << entryKindName(result.kind) << '\t'
            << result.title << '\t' << result.snippet << '\n';
    }
    return 0;
}
