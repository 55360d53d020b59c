#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class GoalStore;

/// What GoalsFile::read() added to the diary.
struct GoalsFileReport
{
    int goalsAdded = 0;
    int goalsPresent = 0; ///< goals the diary had already (same year and title): left as they are
    int aliasesAdded = 0;
    int checkInsAdded = 0;
};

/// The diary's goals, their aliases and the check-ins not made by a weekly entry's task
/// item, as the YAML data file `_data/goals.yml` of an exported Jekyll site (Jekyll reads
/// `_data/*.yml` as site data). `hoego export` writes it; importing the site folder reads it
/// back. Check-ins made by task items are left out: the weekly posts' text is their one
/// truth, and importing the posts makes them again (CheckInSync). README.md, "Export",
/// describes the format:
///
///     format: hoego-goals
///     version: 1
///     goals:                      # by year, then in the user's order
///       - id: 7                   # this file's name for the goal, for carried_from
///         year: 2024              # ISO week-year
///         title: 영어 공부
///         measure: weekly         # once, count, weekly, open
///         target: 3               # optional number
///         unit: 시간               # optional
///         status: active          # active, done, dropped
///         status_date: 2024-06-01 # optional, ISO 8601
///         status_reason: …        # optional
///         notes: …                # optional
///         carried_from: 3         # optional: the id of last year's goal it continues
///         aliases: [영어]          # optional: other task-item titles that mean this goal
///         check_ins:              # optional
///           - week: 2024-W10      # ISO 8601 week
///             last_week: 2024-W12 # optional: a catch-up over a span of weeks
///             done: true
///             amount: 2           # optional number
///             note: …             # optional
///             confidence: 7       # optional, 1..10
class GoalsFile
{
    Q_DECLARE_TR_FUNCTIONS(GoalsFile)

public:
    /// The file's path inside an exported site: `_data/goals.yml`.
    static QString relativePath();

    /// Every goal of @p goals as the file's UTF-8 bytes.
    static QByteArray write(const GoalStore &goals);

    /// Adds the goals of @p bytes (read from @p fileName, which errors name) to @p goals.
    /// A goal the diary has already (same year, same title) is not changed, but its missing
    /// aliases and check-ins are added, so reading a file again (or after a kill) adds only
    /// what is missing. The whole file is checked before anything is written: on an error
    /// nothing is added and @p error says which line is wrong.
    static bool read(
        const QByteArray &bytes, const QString &fileName, GoalStore &goals, GoalsFileReport *report, QString *error);
};
