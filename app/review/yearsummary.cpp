#include "review/yearsummary.h"

#include "goals/goalstore.h"
#include "goals/isoweek.h"
#include "text/textstatistics.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

std::pair<qsizetype, qsizetype> entryWordsAndCharacters(const QString &text)
{
    const TextCounts counts = TextStatistics::countMarkdown(text);
    return {counts.words, counts.characters};
}

int longestDailyStreak(QList<QDate> days)
{
    std::sort(days.begin(), days.end());
    int longest = 0;
    int run = 0;
    QDate previous;
    for (const QDate day : std::as_const(days)) {
        if (day == previous)
            continue;
        run = previous.isValid() && previous.daysTo(day) == 1 ? run + 1 : 1;
        longest = std::max(longest, run);
        previous = day;
    }
    return longest;
}

int longestCheckInGap(int year, const QList<int> &checkInWeeks, QDate today)
{
    const int weeks = IsoWeek::weeksInYear(year);
    // The last week that can count as missed: the year's last, or for the current year the
    // week before today's (today's week is still open), none for a future year.
    const IsoWeek todayWeek = IsoWeek::fromDate(today);
    int lastCounted = weeks;
    if (todayWeek.year == year)
        lastCounted = todayWeek.week - 1;
    else if (todayWeek.year < year)
        lastCounted = 0;

    QList<int> held = checkInWeeks;
    std::sort(held.begin(), held.end());
    held.erase(std::unique(held.begin(), held.end()), held.end());
    if (held.isEmpty())
        return std::max(0, lastCounted);
    int longest = 0;
    for (qsizetype i = 1; i < held.size(); ++i)
        longest = std::max(longest, held.at(i) - held.at(i - 1) - 1);
    longest = std::max(longest, lastCounted - held.constLast());
    return longest;
}

YearNumbers computeYearNumbers(const ReviewStore &store, const GoalStore *goals, int year, QDate today)
{
    YearNumbers numbers;
    numbers.year = year;
    const QHash<EntryKind, int> counts = store.countsByKind(year);
    for (const EntryKind kind : allEntryKinds())
        numbers.entries.insert(kind, counts.value(kind));

    const QList<ReviewEntry> entries = store.entriesBetween(QDate(year, 1, 1), QDate(year, 12, 31));
    QList<QDate> dates;
    for (const ReviewEntry &entry : entries) {
        const auto [words, characters] = entryWordsAndCharacters(entry.text);
        numbers.words += words;
        numbers.characters += characters;
        DayActivity &day = numbers.days[entry.date];
        ++day.entries;
        day.characters += characters;
        dates << entry.date;
    }
    numbers.daysWritten = int(numbers.days.size());
    numbers.longestDailyStreak = longestDailyStreak(dates);

    numbers.isoWeeks = IsoWeek::weeksInYear(year);
    const QDate firstDay = IsoWeek {year, 1}.firstDay();
    const QDate lastDay = IsoWeek {year, numbers.isoWeeks}.lastDay();
    QSet<int> weeks;
    for (const ReviewEntry &entry : store.entriesOfKind(EntryKind::Weekly, firstDay, lastDay))
        weeks.insert(IsoWeek::fromDate(entry.date).week);
    numbers.weeklyCheckIns = int(weeks.size());
    numbers.longestCheckInGap = longestCheckInGap(year, weeks.values(), today);

    if (goals)
        countGoals(numbers, goals->goals(year));
    numbers.topTags = store.topTags(year, 10);
    return numbers;
}

void countGoals(YearNumbers &numbers, const QList<Goal> &goals)
{
    numbers.goalsDone = 0;
    numbers.goalsDropped = 0;
    numbers.goalsActive = 0;
    for (const Goal &goal : goals) {
        switch (goal.status) {
        case GoalStatus::Done:
            ++numbers.goalsDone;
            break;
        case GoalStatus::Dropped:
            ++numbers.goalsDropped;
            break;
        case GoalStatus::Active:
            ++numbers.goalsActive;
            break;
        }
    }
}

QJsonObject yearNumbersToJson(const YearNumbers &numbers)
{
    QJsonObject entries;
    for (const EntryKind kind : allEntryKinds())
        entries.insert(entryKindName(kind), numbers.entries.value(kind));
    QJsonArray tags;
    for (const TagCount &tag : numbers.topTags)
        tags.append(QJsonObject {{u"tag"_s, tag.tag}, {u"count"_s, tag.count}});
    return QJsonObject {
        {u"year"_s, numbers.year},
        {u"entries"_s, entries},
        {u"words"_s, qint64(numbers.words)},
        {u"characters"_s, qint64(numbers.characters)},
        {u"daysWritten"_s, numbers.daysWritten},
        {u"longestDailyStreak"_s, numbers.longestDailyStreak},
        {u"weeklyCheckIns"_s, numbers.weeklyCheckIns},
        {u"isoWeeks"_s, numbers.isoWeeks},
        {u"longestCheckInGap"_s, numbers.longestCheckInGap},
        {u"goals"_s,
            QJsonObject {
                {u"done"_s, numbers.goalsDone},
                {u"dropped"_s, numbers.goalsDropped},
                {u"active"_s, numbers.goalsActive},
            }},
        {u"topTags"_s, tags},
    };
}
