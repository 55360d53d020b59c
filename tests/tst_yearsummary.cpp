#include "goals/goalstore.h"
#include "review/reviewstore.h"
#include "review/yearsummary.h"
#include "storage/database.h"
#include "storage/entrystore.h"
#include "testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// The fixture diary, counted by hand. 2020 is a leap year with 53 ISO weeks (2019-12-30 is
// the Monday of 2020-W01 and 2021-01-03 the Sunday of 2020-W53).
//
//   date        kind     text                                   words chars tags
//   2019-12-30  weekly   "첫 주"   (2020-W01, calendar 2019)        -     -
//   2020-01-05  weekly   "주간 회고"   (2020-W01 again)              2     5
//   2020-02-28  daily    "오늘은 좋은 날"                            3     8    일상
//   2020-02-29  daily    "Leap day!"                                 2     9    일상, travel
//   2020-03-01  daily    "# 제목\n\n**굵게** 쓴 글" → "제목\n굵게 쓴 글"  4     9    일상
//   2020-03-15  weekly   "- [x] 운동" → "운동"   (2020-W11)          1     2
//   2020-06-10  daily    "👍🏽 좋아"  (👍🏽 is one grapheme)           2     4
//   2020-07-01  note     front matter + "Note body"                  2     9
//   2020-12-31  yearly   "한 해를 돌아보며"                          3     9    회고
//   2021-01-03  weekly   "마지막 주"   (2020-W53, calendar 2021)       -     -
//
// 2020: daily 4, weekly 2, halfyear 0, yearly 1, note 1; 19 words, 55 characters; 8 days;
// the longest run is 02-28, 02-29, 03-01 = 3 days; weekly entries in weeks 1, 11, 53 = 3 of
// 53; gaps 2..10 (9 weeks) and 12..52 (41 weeks), none after week 53 → 41.
class tst_YearSummary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void leapYearWith53Weeks();
    void yearAfter();
    void emptyYear();
    void goals();
    void dailyStreak_data();
    void dailyStreak();
    void checkInGap_data();
    void checkInGap();
    void words_data();
    void words();
    void command();
    void storedYears();

private:
    void add(EntryKind kind, const QString &date, const QString &text, const QStringList &tags = {});

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<EntryStore> m_entries;
    std::unique_ptr<GoalStore> m_goals;
};

void tst_YearSummary::add(EntryKind kind, const QString &date, const QString &text, const QStringList &tags)
{
    Entry entry;
    entry.kind = kind;
    entry.date = QDate::fromString(date, Qt::ISODate);
    entry.title = date;
    entry.text = text;
    entry.tags = tags;
    QString error;
    QVERIFY2(m_entries->insert(entry, &error), qPrintable(error));
}

void tst_YearSummary::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_database = std::make_unique<Database>(m_dir.filePath(u"diary.sqlite"_s));
    QString error;
    QVERIFY2(m_database->open(&error), qPrintable(error));
    m_entries = std::make_unique<EntryStore>(*m_database);
    m_goals = std::make_unique<GoalStore>(*m_database);

    add(EntryKind::Weekly, u"2019-12-30"_s, u"첫 주"_s);
    add(EntryKind::Weekly, u"2020-01-05"_s, u"주간 회고"_s);
    add(EntryKind::Daily, u"2020-02-28"_s, u"오늘은 좋은 날"_s, {u"일상"_s});
    add(EntryKind::Daily, u"2020-02-29"_s, u"Leap day!"_s, {u"일상"_s, u"travel"_s});
    add(EntryKind::Daily, u"2020-03-01"_s, u"# 제목\n\n**굵게** 쓴 글\n"_s, {u"일상"_s});
    add(EntryKind::Weekly, u"2020-03-15"_s, u"- [x] 운동\n"_s);
    add(EntryKind::Daily, u"2020-06-10"_s, u"👍🏽 좋아"_s);
    add(EntryKind::Note, u"2020-07-01"_s, u"---\ntitle: 메모\n---\nNote body\n"_s);
    add(EntryKind::Yearly, u"2020-12-31"_s, u"한 해를 돌아보며"_s, {u"회고"_s});
    add(EntryKind::Weekly, u"2021-01-03"_s, u"마지막 주"_s);
}

void tst_YearSummary::leapYearWith53Weeks()
{
    const ReviewStore store(*m_database);
    const YearNumbers numbers = computeYearNumbers(store, nullptr, 2020, QDate(2026, 11, 29));
    QCOMPARE(numbers.year, 2020);
    QCOMPARE(numbers.entries.value(EntryKind::Daily), 4);
    QCOMPARE(numbers.entries.value(EntryKind::Weekly), 2);
    QCOMPARE(numbers.entries.value(EntryKind::HalfYear), 0);
    QCOMPARE(numbers.entries.value(EntryKind::Yearly), 1);
    QCOMPARE(numbers.entries.value(EntryKind::Note), 1);
    QCOMPARE(numbers.entries.size(), 5);
    QCOMPARE(numbers.words, 19);
    QCOMPARE(numbers.characters, 55);
    QCOMPARE(numbers.daysWritten, 8);
    QCOMPARE(numbers.longestDailyStreak, 3);
    QCOMPARE(numbers.weeklyCheckIns, 3);
    QCOMPARE(numbers.isoWeeks, 53);
    QCOMPARE(numbers.longestCheckInGap, 41);
    const QList<TagCount> tags = {{u"일상"_s, 3}, {u"travel"_s, 1}, {u"회고"_s, 1}};
    QCOMPARE(numbers.topTags, tags);
    QCOMPARE(numbers.days.value(QDate(2020, 2, 29)).entries, 1);
    QCOMPARE(numbers.days.value(QDate(2020, 2, 29)).characters, 9);
    QVERIFY(!numbers.days.contains(QDate(2019, 12, 30)));
}

void tst_YearSummary::yearAfter()
{
    // 2021-01-03 is a weekly entry of calendar 2021 but a check-in of 2020-W53.
    const ReviewStore store(*m_database);
    const YearNumbers numbers = computeYearNumbers(store, nullptr, 2021, QDate(2026, 11, 29));
    QCOMPARE(numbers.entries.value(EntryKind::Weekly), 1);
    QCOMPARE(numbers.weeklyCheckIns, 0);
    QCOMPARE(numbers.isoWeeks, 52);
    QCOMPARE(numbers.longestCheckInGap, 52);
    QCOMPARE(numbers.daysWritten, 1);
    QCOMPARE(numbers.words, 2);
    QCOMPARE(numbers.characters, 5);
}

void tst_YearSummary::emptyYear()
{
    const ReviewStore store(*m_database);
    const YearNumbers numbers = computeYearNumbers(store, m_goals.get(), 2030, QDate(2026, 11, 29));
    const QJsonObject json = yearNumbersToJson(numbers);
    const QJsonObject entries = json.value(u"entries"_s).toObject();
    QCOMPARE(entries.keys(), (QStringList {u"daily"_s, u"halfyear"_s, u"note"_s, u"weekly"_s, u"yearly"_s}));
    for (const QString &kind : entries.keys())
        QCOMPARE(entries.value(kind).toInt(-1), 0);
    QCOMPARE(json.value(u"isoWeeks"_s).toInt(), 52);
    QCOMPARE(json.value(u"longestCheckInGap"_s).toInt(-1), 0); // a future year has missed nothing
    QCOMPARE(json.value(u"topTags"_s).toArray().size(), 0);
}

void tst_YearSummary::goals()
{
    QString error;
    const QList<GoalStatus> statuses = {GoalStatus::Done, GoalStatus::Dropped, GoalStatus::Active, GoalStatus::Done};
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        Goal goal;
        goal.year = 2022;
        goal.title = u"goal %1"_s.arg(i);
        goal.status = statuses.at(i);
        QVERIFY2(m_goals->addGoal(goal, &error), qPrintable(error));
    }
    const ReviewStore store(*m_database);
    const YearNumbers numbers = computeYearNumbers(store, m_goals.get(), 2022, QDate(2026, 11, 29));
    QCOMPARE(numbers.goalsDone, 2);
    QCOMPARE(numbers.goalsDropped, 1);
    QCOMPARE(numbers.goalsActive, 1);
    const QJsonObject goals = yearNumbersToJson(numbers).value(u"goals"_s).toObject();
    QCOMPARE(goals.value(u"done"_s).toInt(), 2);
    QCOMPARE(goals.value(u"dropped"_s).toInt(), 1);
    QCOMPARE(goals.value(u"active"_s).toInt(), 1);
}

void tst_YearSummary::dailyStreak_data()
{
    QTest::addColumn<QStringList>("days");
    QTest::addColumn<int>("expected");
    QTest::newRow("none") << QStringList {} << 0;
    QTest::newRow("one") << QStringList {u"2023-05-01"_s} << 1;
    QTest::newRow("across a leap day") << QStringList {u"2024-02-28"_s, u"2024-02-29"_s, u"2024-03-01"_s} << 3;
    QTest::newRow("no leap day") << QStringList {u"2023-02-27"_s, u"2023-02-28"_s, u"2023-03-01"_s} << 3;
    QTest::newRow("duplicates and order")
        << QStringList {u"2023-01-03"_s, u"2023-01-01"_s, u"2023-01-02"_s, u"2023-01-02"_s, u"2023-01-05"_s} << 3;
    QTest::newRow("two runs") << QStringList {u"2023-01-01"_s, u"2023-01-02"_s, u"2023-03-01"_s, u"2023-03-02"_s,
        u"2023-03-03"_s, u"2023-03-04"_s}
                              << 4;
}

void tst_YearSummary::dailyStreak()
{
    QFETCH(QStringList, days);
    QFETCH(int, expected);
    QList<QDate> dates;
    for (const QString &day : days)
        dates << QDate::fromString(day, Qt::ISODate);
    QCOMPARE(longestDailyStreak(dates), expected);
}

void tst_YearSummary::checkInGap_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QList<int>>("weeks");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("expected");
    const QDate sunday(2026, 11, 29); // 2026-W48
    QTest::newRow("past year, none") << 2023 << QList<int> {} << sunday << 52;
    QTest::newRow("first and last week") << 2023 << QList<int> {1, 52} << sunday << 50;
    QTest::newRow("weeks before the first do not count") << 2023 << QList<int> {30, 31} << sunday << 21;
    QTest::newRow("53 weeks, after the last") << 2020 << QList<int> {50} << sunday << 3;
    QTest::newRow("current year up to last week") << 2026 << QList<int> {2, 5} << sunday << 42;
    QTest::newRow("this week is still open") << 2026 << QList<int> {47} << sunday << 0;
    QTest::newRow("current year, none") << 2026 << QList<int> {} << sunday << 47;
    QTest::newRow("future year") << 2027 << QList<int> {} << sunday << 0;
}

void tst_YearSummary::checkInGap()
{
    QFETCH(int, year);
    QFETCH(QList<int>, weeks);
    QFETCH(QDate, today);
    QFETCH(int, expected);
    QCOMPARE(longestCheckInGap(year, weeks, today), expected);
}

void tst_YearSummary::words_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("words");
    QTest::addColumn<qsizetype>("characters");
    QTest::newRow("hangul") << u"오늘은 좋은 날"_s << qsizetype(3) << qsizetype(8);
    QTest::newRow("decomposed 한") << u"\u1112\u1161\u11AB"_s << qsizetype(1) << qsizetype(1);
    QTest::newRow("flag") << u"🇰🇷 Korea"_s << qsizetype(2) << qsizetype(7);
    QTest::newRow("front matter left out") << u"---\ntags: [a, b]\n---\nHi"_s << qsizetype(1) << qsizetype(2);
    QTest::newRow("link URL left out") << u"[글](https://example.com)"_s << qsizetype(1) << qsizetype(1);
}

void tst_YearSummary::words()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, words);
    QFETCH(qsizetype, characters);
    const auto counts = entryWordsAndCharacters(text);
    QCOMPARE(counts.first, words);
    QCOMPARE(counts.second, characters);
}

void tst_YearSummary::command()
{
    QProcess process;
    process.start(hoegoExecutable(), {u"year"_s, u"--db"_s, m_database->path(), u"--year"_s, u"2020"_s, u"--json"_s});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QJsonObject json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    QStringList keys = json.keys();
    QStringList expected = {u"year"_s, u"entries"_s, u"words"_s, u"characters"_s, u"daysWritten"_s,
        u"longestDailyStreak"_s, u"weeklyCheckIns"_s, u"isoWeeks"_s, u"longestCheckInGap"_s, u"goals"_s, u"topTags"_s};
    keys.sort();
    expected.sort();
    QCOMPARE(keys, expected);
    QCOMPARE(json.value(u"year"_s).toInt(), 2020);
    QCOMPARE(json.value(u"entries"_s).toObject().value(u"daily"_s).toInt(), 4);
    QCOMPARE(json.value(u"characters"_s).toInt(), 55);
    QCOMPARE(json.value(u"isoWeeks"_s).toInt(), 53);
    QCOMPARE(json.value(u"weeklyCheckIns"_s).toInt(), 3);
    const QJsonObject first = json.value(u"topTags"_s).toArray().first().toObject();
    QCOMPARE(first.value(u"tag"_s).toString(), u"일상"_s);
    QCOMPARE(first.value(u"count"_s).toInt(), 3);

    process.start(hoegoExecutable(), {u"year"_s, u"--db"_s, m_database->path(), u"--year"_s, u"twenty"_s});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 2);
}

void tst_YearSummary::storedYears()
{
    const ReviewStore store(*m_database);
    QCOMPARE(store.years(), (QList<int> {2019, 2020, 2021}));
    // Years without entries are left out, also before the first and after the last.
    add(EntryKind::Daily, u"2024-01-01"_s, u"새해"_s);
    add(EntryKind::Note, u"0999-12-31"_s, u"옛날"_s);
    QCOMPARE(store.years(), (QList<int> {999, 2019, 2020, 2021, 2024}));
}

QTEST_GUILESS_MAIN(tst_YearSummary)
#include "tst_yearsummary.moc"
