#pragma once

#include "goals/goal.h"
#include "review/reviewstore.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>

class GoalStore;

/// How much was written on one day: the heat map's cell.
struct DayActivity
{
    int entries = 0;
    qsizetype characters = 0; ///< graphemes of the visible text, as YearNumbers::characters
};

/// A year in numbers (issue 6, "A year in numbers"), derived from the diary and never
/// stored. `hoego year --json` prints it with yearNumbersToJson().
///
/// Calendar-year figures (entries, words, characters, days, streak, tags) take the entries
/// dated 1 January..31 December. Week figures take the ISO week-year (IsoWeek): its first
/// Monday to its last Sunday, so 2021-01-03 counts toward 2020's 53 weeks.
///
/// Words and characters are TextStatistics::countMarkdown() (app/text: extended grapheme
/// clusters after NFC, words as runs of non-whitespace) of each entry's visible text: no
/// front matter, Markdown syntax, URLs or raw HTML; blocks joined by one line break.
struct YearNumbers
{
    int year = 0;
    QHash<EntryKind, int> entries; ///< every kind present, zeros included
    qsizetype words = 0;
    qsizetype characters = 0; ///< graphemes, whitespace included
    int daysWritten = 0; ///< distinct dates with any entry
    int longestDailyStreak = 0; ///< the longest run of consecutive days written, within the year
    /// ISO weeks of the week-year holding a weekly entry (two entries in one week count once).
    int weeklyCheckIns = 0;
    int isoWeeks = 0; ///< 52 or 53
    /// The longest run of ISO weeks without a weekly entry, between two of them or after the
    /// last one up to the year's end (for the current year: up to the week before today's,
    /// which is still open). With no weekly entry at all, every elapsed week of the year.
    int longestCheckInGap = 0;
    int goalsDone = 0; ///< goals of the ISO year (app/goals) by status
    int goalsDropped = 0;
    int goalsActive = 0;
    QList<TagCount> topTags; ///< up to 10, most used first
    QHash<QDate, DayActivity> days; ///< the days of the calendar year that have an entry
};

/// The words and characters of one entry's text (front matter and Markdown markup left out).
std::pair<qsizetype, qsizetype> entryWordsAndCharacters(const QString &text);

/// The numbers of calendar year @p year as of @p today (which bounds the current year's
/// check-in gap). @p goals may be null: the goal counts are then 0.
YearNumbers computeYearNumbers(const ReviewStore &store, const GoalStore *goals, int year, QDate today);

/// Sets the goal counts of @p numbers from @p goals (GoalStore::goals() of its year): for
/// numbers counted where the GoalStore cannot be used (YearNumbersLoader's thread).
void countGoals(YearNumbers &numbers, const QList<Goal> &goals);

/// The longest run of consecutive dates in @p days (any order, duplicates allowed).
int longestDailyStreak(QList<QDate> days);
/// The longest run of weeks of ISO year @p year with no week in @p checkInWeeks, between two
/// of them or after the last one (see YearNumbers::longestCheckInGap), as of @p today.
int longestCheckInGap(int year, const QList<int> &checkInWeeks, QDate today);

/// `hoego year --json`'s object: year, entries {kind: count}, words, characters,
/// daysWritten, longestDailyStreak, weeklyCheckIns, isoWeeks, longestCheckInGap,
/// goals {done, dropped, active}, topTags [{tag, count}].
QJsonObject yearNumbersToJson(const YearNumbers &numbers);
