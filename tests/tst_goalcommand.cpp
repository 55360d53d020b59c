#include "testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// hoego goals / goal / checkin, run as a user runs them, on the imported corpus.
class tst_GoalCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void goalsJson();
    void checkInEditsWeekEntry();
    void usageErrors_data();
    void usageErrors();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Result hoego(const QStringList &arguments) const;

    QTemporaryDir m_dir;
    QString m_db;
};

tst_GoalCommand::Result tst_GoalCommand::hoego(const QStringList &arguments) const
{
    QProcess process;
    QStringList all = arguments;
    all.insert(1, u"--db"_s);
    all.insert(2, m_db);
    process.start(hoegoExecutable(), all);
    Result result;
    if (!process.waitForFinished(60000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void tst_GoalCommand::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_db = m_dir.filePath(u"cli.sqlite"_s);
    QCOMPARE(hoego({u"import"_s, corpusDir() + u"/jekyll"_s}).exitCode, 0);
    const QStringList titles {
        u"주간 회고 쓰기"_s, u"테니스 주 3회"_s, u"새로운 사람 만나기"_s, u"논문 한 달에 두 편"_s};
    for (const QString &title : titles) {
        const Result added = hoego({u"goal"_s, u"add"_s, u"--year"_s, u"2023"_s, u"--measure"_s, u"weekly"_s, title});
        QVERIFY2(added.exitCode == 0, added.err.constData());
    }
    const Result count = hoego({u"goal"_s, u"add"_s, u"--year"_s, u"2023"_s, u"--measure"_s, u"count"_s, u"--target"_s,
        u"12"_s, u"--unit"_s, u"권"_s, u"책 읽기"_s});
    QCOMPARE(count.exitCode, 0);
    QCOMPARE(count.out.trimmed(), QByteArray("5"));
}

void tst_GoalCommand::goalsJson()
{
    const Result result = hoego({u"goals"_s, u"--year"_s, u"2023"_s, u"--json"_s});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonArray goals = QJsonDocument::fromJson(result.out).array();
    QCOMPARE(goals.size(), 5);
    const QJsonObject review = goals.at(0).toObject();
    QStringList keys = review.keys();
    keys.sort();
    QCOMPARE(keys,
        (QStringList {u"currentStreak"_s, u"doneWeeks"_s, u"elapsedWeeks"_s, u"id"_s, u"lastCheckIn"_s,
            u"longestStreak"_s, u"measure"_s, u"status"_s, u"target"_s, u"title"_s, u"total"_s, u"unit"_s}));
    QCOMPARE(review.value(u"title"_s).toString(), u"주간 회고 쓰기"_s);
    QCOMPARE(review.value(u"doneWeeks"_s).toInt(), 2);
    QCOMPARE(review.value(u"elapsedWeeks"_s).toInt(), 52);
    QCOMPARE(review.value(u"longestStreak"_s).toInt(), 2);
    QCOMPARE(review.value(u"lastCheckIn"_s).toString(), u"2023-W02"_s);
    QVERIFY(review.value(u"target"_s).isNull());
    const QJsonObject papers = goals.at(3).toObject();
    QCOMPARE(papers.value(u"doneWeeks"_s).toInt(), 0);
    QVERIFY(papers.value(u"lastCheckIn"_s).isNull()); // checked in, never ticked
    const QJsonObject books = goals.at(4).toObject();
    QCOMPARE(books.value(u"measure"_s).toString(), u"count"_s);
    QCOMPARE(books.value(u"target"_s).toDouble(), 12.0);
    QCOMPARE(books.value(u"unit"_s).toString(), u"권"_s);
}

void tst_GoalCommand::checkInEditsWeekEntry()
{
    // Week 2 has an entry: the tick goes into its text.
    Result result = hoego({u"checkin"_s, u"--week"_s, u"2023-W02"_s, u"--goal"_s, u"2"_s});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QByteArray entryId = result.out.trimmed();
    QJsonArray goals = QJsonDocument::fromJson(hoego({u"goals"_s, u"--year"_s, u"2023"_s, u"--json"_s}).out).array();
    QCOMPARE(goals.at(1).toObject().value(u"doneWeeks"_s).toInt(), 2);
    QCOMPARE(goals.at(1).toObject().value(u"currentStreak"_s).toInt(), 0);
    QCOMPARE(goals.at(1).toObject().value(u"longestStreak"_s).toInt(), 2);

    // --undo unticks it again.
    result = hoego({u"checkin"_s, u"--week"_s, u"2023-W02"_s, u"--goal"_s, u"2"_s, u"--undo"_s});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.trimmed(), entryId);
    goals = QJsonDocument::fromJson(hoego({u"goals"_s, u"--year"_s, u"2023"_s, u"--json"_s}).out).array();
    QCOMPARE(goals.at(1).toObject().value(u"doneWeeks"_s).toInt(), 1);

    // Week 10 has none: one is made from the template, with the amount in the item.
    result = hoego({u"checkin"_s, u"--week"_s, u"2023-W10"_s, u"--goal"_s, u"5"_s, u"--amount"_s, u"2"_s});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonArray weekly
        = QJsonDocument::fromJson(hoego({u"list"_s, u"--kind"_s, u"weekly"_s, u"--json"_s}).out).array();
    QCOMPARE(weekly.size(), 4);
    QCOMPARE(weekly.at(1).toObject().value(u"date"_s).toString(), u"2023-03-12"_s);
    goals = QJsonDocument::fromJson(hoego({u"goals"_s, u"--year"_s, u"2023"_s, u"--json"_s}).out).array();
    QCOMPARE(goals.at(4).toObject().value(u"total"_s).toDouble(), 2.0);
    QCOMPARE(goals.at(4).toObject().value(u"lastCheckIn"_s).toString(), u"2023-W10"_s);
}

void tst_GoalCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("goals without year") << QStringList {u"goals"_s} << 2;
    QTest::newRow("bad measure") << QStringList {u"goal"_s, u"add"_s, u"--year"_s, u"2023"_s, u"--measure"_s,
        u"daily"_s, u"x"_s} << 2;
    QTest::newRow("no such goal") << QStringList {u"goal"_s, u"done"_s, u"99"_s} << 1;
    QTest::newRow("week 53 of 2023") << QStringList {u"checkin"_s, u"--week"_s, u"2023-W53"_s, u"--goal"_s, u"1"_s}
                                     << 2;
    QTest::newRow("checkin unknown goal")
        << QStringList {u"checkin"_s, u"--week"_s, u"2023-W05"_s, u"--goal"_s, u"99"_s} << 1;
}

void tst_GoalCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const Result result = hoego(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY(!result.err.isEmpty());
}

QTEST_GUILESS_MAIN(tst_GoalCommand)
#include "tst_goalcommand.moc"
