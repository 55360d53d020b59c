#pragma once

#include <QDate>
#include <QList>
#include <QString>

/// One goal the generated diary sets for a year: listed at the end of the year before's
/// retrospective and ticked in that year's weekly check-ins as `- [x] title`.
struct GeneratedGoal
{
    QString title;
    QString measure; ///< a goal measure's stable name: `once`, `count`, `weekly` or `open`
    double target = 0; ///< count: the year's sum; weekly: per week; 0 for once and open
    QString unit; ///< the amount's unit as the task items write it ("권", "시간"); may be empty
};

/// What DiaryGenerator::write() wrote.
struct GeneratedDiary
{
    QString postsDir; ///< the `_posts` folder, absolute
    int daily = 0;
    int weekly = 0;
    int yearly = 0;
    qint64 bytes = 0; ///< UTF-8 bytes of every file
};

/// A deterministic diary for benchmarks and tests: a Jekyll `_posts` folder with, for each
/// of `years` calendar years ending with `lastYear`,
/// - a daily entry for every day, 300–3,000 characters of body in mixed Korean and English
///   Markdown (headings, bold — also the CJK-friendly `**“…”**는` form —, lists, task items,
///   quotes, code fences);
/// - a weekly check-in for every ISO 8601 week of the ISO week-year, dated its Sunday, with
///   the week's Keep / Problem / Try and a task item per goal of that week-year;
/// - a yearly retrospective of about 20,000 characters dated 31 December, ending with the
///   ten goals of the next year as a list.
/// Twenty years make about 7,300 daily, 1,040 weekly and 20 yearly files (issue 9).
///
/// The same seed and options give the same bytes on every machine (QRandomGenerator is a
/// Mersenne Twister with a fixed algorithm). Words follow Zipf's law, so the search
/// benchmark's query words are common but not everywhere.
///
/// Use: `DiaryGenerator generator(seed); GeneratedDiary diary = generator.write(dir, &error);`
/// then import diary.postsDir and add goalsOf(year) for each year.
class DiaryGenerator
{
public:
    static constexpr quint32 defaultSeed = 20061231;
    static constexpr int defaultYears = 20;
    static constexpr int defaultLastYear = 2025;

    explicit DiaryGenerator(quint32 seed = defaultSeed, int years = defaultYears, int lastYear = defaultLastYear);

    int firstYear() const { return m_lastYear - m_years + 1; }
    int lastYear() const { return m_lastYear; }

    /// Writes `_posts` under @p dir (created when missing; existing files are overwritten).
    /// On failure returns postsDir empty and sets @p error to a sentence naming the file.
    GeneratedDiary write(const QString &dir, QString *error) const;

    /// The ten goals of @p year, in the order the retrospective lists them. Any year works.
    QList<GeneratedGoal> goalsOf(int year) const;

    /// A single entry of at least @p utf8Bytes bytes (front matter included) dated @p date,
    /// made of the same blocks as the daily entries: the editor benchmark's long entry.
    QString longEntry(QDate date, qsizetype utf8Bytes) const;

private:
    quint32 m_seed;
    int m_years;
    int m_lastYear;
};
