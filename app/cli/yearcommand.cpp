#include "cli/commands.h"
#include "cli/diaryoption.h"
#include "goals/goalstore.h"
#include "review/reviewstore.h"
#include "review/yearsummary.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

// `hoego year [--db FILE] --year Y [--json]`: a year in numbers (review/yearsummary.h).
int runYearCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "A year in numbers: entries, words, days written, check-ins, goals and tags."));
    parser.addOption(diaryOption());
    const QCommandLineOption yearOption(
        u"year"_s, QCoreApplication::translate("CommandLine", "The calendar year, such as 2023."), u"Y"_s);
    const QCommandLineOption jsonOption(u"json"_s, QCoreApplication::translate("CommandLine", "Print a JSON object."));
    parser.addOptions({yearOption, jsonOption});
    int exitCode = 0;
    if (!parseCommandLine(parser, arguments, &exitCode))
        return exitCode;

    QTextStream err(stderr);
    bool ok = false;
    const int year = parser.value(yearOption).toInt(&ok);
    if (!parser.isSet(yearOption) || !ok || year < 1 || year > 9999) {
        err << QCoreApplication::translate("CommandLine", "--year takes a year such as 2023, not '%1'.")
                   .arg(parser.value(yearOption))
            << '\n';
        return 2;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << QCoreApplication::translate("CommandLine", "year takes no arguments: '%1'.")
                   .arg(parser.positionalArguments().join(u' '))
            << '\n';
        return 2;
    }

    const std::unique_ptr<Database> database = openDiary(parser);
    if (!database)
        return 1;
    const ReviewStore store(*database);
    const GoalStore goals(*database);
    const YearNumbers numbers = computeYearNumbers(store, &goals, year, QDate::currentDate());

    QTextStream out(stdout);
    if (parser.isSet(jsonOption)) {
        out << QString::fromUtf8(QJsonDocument(yearNumbersToJson(numbers)).toJson(QJsonDocument::Indented));
        return 0;
    }
    const auto line = [&out](const QString &label, const QString &value) { out << label << u": "_s << value << '\n'; };
    QStringList kinds;
    for (const EntryKind kind : allEntryKinds())
        kinds << u"%1 %2"_s.arg(entryKindName(kind)).arg(numbers.entries.value(kind));
    line(QCoreApplication::translate("CommandLine", "Year"), QString::number(year));
    line(QCoreApplication::translate("CommandLine", "Entries"), kinds.join(u", "_s));
    line(QCoreApplication::translate("CommandLine", "Words"), QString::number(numbers.words));
    line(QCoreApplication::translate("CommandLine", "Characters"), QString::number(numbers.characters));
    line(QCoreApplication::translate("CommandLine", "Days written"), QString::number(numbers.daysWritten));
    line(QCoreApplication::translate("CommandLine", "Longest daily streak"),
        QString::number(numbers.longestDailyStreak));
    line(QCoreApplication::translate("CommandLine", "Weekly check-ins"),
        u"%1 / %2"_s.arg(numbers.weeklyCheckIns).arg(numbers.isoWeeks));
    line(QCoreApplication::translate("CommandLine", "Longest check-in gap (weeks)"),
        QString::number(numbers.longestCheckInGap));
    line(QCoreApplication::translate("CommandLine", "Goals done / dropped / active"),
        u"%1 / %2 / %3"_s.arg(numbers.goalsDone).arg(numbers.goalsDropped).arg(numbers.goalsActive));
    QStringList tags;
    for (const TagCount &tag : numbers.topTags)
        tags << u"%1 (%2)"_s.arg(tag.tag).arg(tag.count);
    line(QCoreApplication::translate("CommandLine", "Top tags"), tags.join(u", "_s));
    return 0;
}
