#include "goals/progress.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Check-ins written compactly: "2023-W01" (ticked), "2023-W02-" (checked in, not done),
// "2023-W30..2023-W33=3" (a span held in 3 of its weeks), "2023-W05:2" (an amount),
// "2023-W05-:2" (an amount, not ticked).
static QList<CheckIn> parseCheckIns(const QStringList &specs)
{
    QList<CheckIn> result;
    for (QString spec : specs) {
        CheckIn checkIn;
        checkIn.goalId = 1;
        if (const qsizetype colon = spec.indexOf(u':'); colon > 0) {
            checkIn.amount = spec.mid(colon + 1).toDouble();
            spec.truncate(colon);
        }
        if (const qsizetype equals = spec.indexOf(u'='); equals > 0) {
            checkIn.amount = spec.mid(equals + 1).toDouble();
            spec.truncate(equals);
        }
        checkIn.done = !spec.endsWith(u'-');
        if (!checkIn.done)
            spec.chop(1);
        const QStringList weeks = spec.split(u".."_s);
        checkIn.firstWeek = IsoWeek::fromString(weeks.first()).value_or(IsoWeek());
        checkIn.lastWeek = IsoWeek::fromString(weeks.last()).value_or(IsoWeek());
        result << checkIn;
    }
    return result;
}

class tst_Progress : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void elapsed_data();
    void elapsed();
    void weekly_data();
    void weekly();
    void count_data();
    void count();
    void onceAndOpen();
    void habitScoreToleratesAMiss();
    void summary();
};

void tst_Progress::elapsed_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("today");
    QTest::addColumn<int>("weeks");
    QTest::newRow("past 52-week year") << 2023 << u"2024-W10"_s << 52;
    QTest::newRow("past 53-week year") << 2020 << u"2022-W01"_s << 53;
    QTest::newRow("current year") << 2023 << u"2023-W33"_s << 33;
    QTest::newRow("first week") << 2026 << u"2026-W01"_s << 1;
    QTest::newRow("future year") << 2027 << u"2026-W48"_s << 0;
}

void tst_Progress::elapsed()
{
    QFETCH(int, year);
    QFETCH(QString, today);
    QFETCH(int, weeks);
    QCOMPARE(elapsedWeeksOf(year, *IsoWeek::fromString(today)), weeks);
}

void tst_Progress::weekly_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QStringList>("checkIns");
    QTest::addColumn<QString>("today");
    QTest::addColumn<int>("doneWeeks");
    QTest::addColumn<int>("elapsedWeeks");
    QTest::addColumn<int>("currentStreak");
    QTest::addColumn<int>("longestStreak");
    QTest::addColumn<QString>("lastCheckIn");
    QTest::addColumn<int>("silentWeeks");

    QTest::newRow("corpus: two weeks, then W33, year over")
        << 2023 << QStringList {u"2023-W01"_s, u"2023-W02-"_s, u"2023-W33"_s} << u"2024-W05"_s << 2 << 52 << 0 << 1
        << u"2023-W33"_s << 19;
    QTest::newRow("open current week does not break the streak")
        << 2023 << QStringList {u"2023-W08"_s, u"2023-W09"_s, u"2023-W10"_s} << u"2023-W11"_s << 3 << 11 << 3 << 3
        << u"2023-W10"_s << 0;
    QTest::newRow("current week held") << 2023 << QStringList {u"2023-W09"_s, u"2023-W10"_s, u"2023-W11"_s}
                                       << u"2023-W11"_s << 3 << 11 << 3 << 3 << u"2023-W11"_s << 0;
    QTest::newRow("a missed week breaks the streak")
        << 2023 << QStringList {u"2023-W01"_s, u"2023-W02"_s, u"2023-W03"_s, u"2023-W05"_s, u"2023-W06"_s}
        << u"2023-W07"_s << 5 << 7 << 2 << 3 << u"2023-W06"_s << 0;
    QTest::newRow("unticked check-in is no hit but not silence")
        << 2023 << QStringList {u"2023-W01"_s, u"2023-W02-"_s} << u"2023-W03"_s << 1 << 3 << 0 << 1 << u"2023-W01"_s
        << 0;
    QTest::newRow("across the 53-week year end (carried over)")
        << 2021 << QStringList {u"2020-W52"_s, u"2020-W53"_s, u"2021-W01"_s, u"2021-W02"_s} << u"2021-W03"_s << 2 << 3
        << 4 << 4 << u"2021-W02"_s << 0;
    QTest::newRow("across the 52-week year end") << 2024 << QStringList {u"2023-W51"_s, u"2023-W52"_s, u"2024-W01"_s}
                                                 << u"2024-W02"_s << 1 << 2 << 3 << 3 << u"2024-W01"_s << 0;
    QTest::newRow("catch-up span held in all weeks keeps the streak")
        << 2023 << QStringList {u"2023-W28"_s, u"2023-W29"_s, u"2023-W30..2023-W33"_s} << u"2023-W34"_s << 6 << 34 << 6
        << 6 << u"2023-W33"_s << 0;
    QTest::newRow("catch-up span held in 3 of 4 weeks counts, breaks the streak")
        << 2023 << QStringList {u"2023-W28"_s, u"2023-W29"_s, u"2023-W30..2023-W33=3"_s, u"2023-W34"_s} << u"2023-W35"_s
        << 6 << 35 << 1 << 2 << u"2023-W34"_s << 0;
    QTest::newRow("nothing yet") << 2023 << QStringList() << u"2023-W05"_s << 0 << 5 << 0 << 0 << QString() << 4;
    QTest::newRow("silence since W20") << 2023 << QStringList {u"2023-W20-"_s} << u"2023-W30"_s << 0 << 30 << 0 << 0
                                       << QString() << 9;
}

void tst_Progress::weekly()
{
    QFETCH(int, year);
    QFETCH(QStringList, checkIns);
    QFETCH(QString, today);
    QFETCH(int, doneWeeks);
    QFETCH(int, elapsedWeeks);
    QFETCH(int, currentStreak);
    QFETCH(int, longestStreak);
    QFETCH(QString, lastCheckIn);
    QFETCH(int, silentWeeks);
    Goal goal;
    goal.id = 1;
    goal.year = year;
    goal.measure = GoalMeasure::Weekly;
    const GoalProgress progress = computeProgress(goal, parseCheckIns(checkIns), *IsoWeek::fromString(today));
    QCOMPARE(progress.doneWeeks, doneWeeks);
    QCOMPARE(progress.elapsedWeeks, elapsedWeeks);
    QCOMPARE(progress.currentStreak, currentStreak);
    QCOMPARE(progress.longestStreak, longestStreak);
    QCOMPARE(progress.lastCheckIn ? progress.lastCheckIn->toString() : QString(), lastCheckIn);
    QCOMPARE(progress.silentWeeks, silentWeeks);
    QCOMPARE(progress.total, double(doneWeeks));
    QVERIFY(progress.fraction >= 0 && progress.fraction <= 1);
}

void tst_Progress::count_data()
{
    QTest::addColumn<QStringList>("checkIns");
    QTest::addColumn<double>("total");
    QTest::addColumn<bool>("done");
    QTest::newRow("amounts add up") << QStringList {u"2023-W01:2"_s, u"2023-W05:1"_s, u"2023-W09-:1"_s} << 4.0 << false;
    QTest::newRow("a tick without amount is one")
        << QStringList {u"2023-W01"_s, u"2023-W02"_s, u"2023-W03-"_s} << 2.0 << false;
    QTest::newRow("target reached") << QStringList {u"2023-W10:7"_s, u"2023-W20:5"_s} << 12.0 << true;
    QTest::newRow("other years do not count") << QStringList {u"2022-W52:5"_s, u"2023-W02:1"_s} << 1.0 << false;
}

void tst_Progress::count()
{
    QFETCH(QStringList, checkIns);
    QFETCH(double, total);
    QFETCH(bool, done);
    Goal goal;
    goal.id = 1;
    goal.year = 2023;
    goal.measure = GoalMeasure::Count;
    goal.target = 12;
    const GoalProgress progress = computeProgress(goal, parseCheckIns(checkIns), {2023, 40});
    QCOMPARE(progress.total, total);
    QCOMPARE(progress.done, done);
    QCOMPARE(progress.fraction, std::min(1.0, total / 12));
}

void tst_Progress::onceAndOpen()
{
    for (GoalMeasure measure : {GoalMeasure::Once, GoalMeasure::Open}) {
        Goal goal;
        goal.id = 1;
        goal.year = 2024;
        goal.measure = measure;
        const QList<CheckIn> checkIns = parseCheckIns({u"2024-W03"_s});
        GoalProgress progress = computeProgress(goal, checkIns, {2024, 10});
        QVERIFY(!progress.done); // worked on is not done
        QCOMPARE(progress.fraction, 0.0);
        QCOMPARE(progress.lastCheckIn, std::optional<IsoWeek>(IsoWeek {2024, 3}));
        goal.status = GoalStatus::Done;
        progress = computeProgress(goal, checkIns, {2024, 10});
        QVERIFY(progress.done);
        QCOMPARE(progress.fraction, 1.0);
    }
}

void tst_Progress::habitScoreToleratesAMiss()
{
    Goal goal;
    goal.id = 1;
    goal.year = 2023;
    goal.measure = GoalMeasure::Weekly;
    QStringList steady;
    for (int week = 1; week <= 20; ++week)
        steady << IsoWeek {2023, week}.toString();
    QStringList oneMiss = steady;
    oneMiss.removeAt(18); // W19 missed
    const double full = computeProgress(goal, parseCheckIns(steady), {2023, 21}).habitScore;
    const GoalProgress missed = computeProgress(goal, parseCheckIns(oneMiss), {2023, 21});
    QVERIFY(full > 0.99);
    QVERIFY2(missed.habitScore > 0.8, qPrintable(QString::number(missed.habitScore)));
    QVERIFY(missed.habitScore < full);
    QCOMPARE(missed.currentStreak, 1); // the streak tells the plain truth
    // A lapse of many weeks does bring it down.
    const double lapsed = computeProgress(goal, parseCheckIns(steady), {2023, 33}).habitScore;
    QVERIFY2(lapsed < 0.05, qPrintable(QString::number(lapsed)));
}

void tst_Progress::summary()
{
    QList<Goal> goals;
    for (int i = 1; i <= 4; ++i) {
        Goal goal;
        goal.id = i;
        goal.year = 2023;
        goal.measure = GoalMeasure::Once;
        goals << goal;
    }
    goals[0].status = GoalStatus::Done;
    goals[1].status = GoalStatus::Dropped;
    QList<CheckIn> checkIns = parseCheckIns({u"2023-W01"_s, u"2023-W02-"_s, u"2023-W30..2023-W33"_s});
    checkIns << parseCheckIns({u"2023-W01"_s, u"2022-W52"_s});
    checkIns.last().goalId = 3;
    const YearSummary summary = summarizeYear(2023, goals, checkIns, {2024, 2});
    QCOMPARE(summary.goals, 3);
    QCOMPARE(summary.doneGoals, 1);
    QCOMPARE(summary.checkInWeeks, 6);
    QCOMPARE(summary.weeks, 52);
    QCOMPARE(summary.elapsedWeeks, 52);
}

QTEST_GUILESS_MAIN(tst_Progress)
#include "tst_progress.moc"
