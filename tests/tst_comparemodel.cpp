#include "goals/goalstore.h"
#include "review/comparemodels.h"
#include "review/quote.h"
#include "review/scrollsync.h"
#include "storage/database.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// The compare view's models (month strip, goals then and now) and the quote text builder.
class tst_CompareModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void quote_data();
    void quote();
    void monthLabels_data();
    void monthLabels();
    void monthStrip();
    void goalsThenAndNow();
    void scrollSync_data();
    void scrollSync();

private:
    qint64 addGoal(int year, const QString &title, GoalStatus status, qint64 carriedFrom = 0);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<GoalStore> m_goals;
};

qint64 tst_CompareModel::addGoal(int year, const QString &title, GoalStatus status, qint64 carriedFrom)
{
    Goal goal;
    goal.year = year;
    goal.title = title;
    goal.status = status;
    goal.carriedFrom = carriedFrom;
    QString error;
    if (!m_goals->addGoal(goal, &error))
        qWarning("%s", qPrintable(error));
    return goal.id;
}

void tst_CompareModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_database = std::make_unique<Database>(m_dir.filePath(u"diary.sqlite"_s));
    QString error;
    QVERIFY2(m_database->open(&error), qPrintable(error));
    m_goals = std::make_unique<GoalStore>(*m_database);
}

void tst_CompareModel::quote_data()
{
    QTest::addColumn<QString>("selection");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    const QString para = QString(QChar::ParagraphSeparator);
    QTest::newRow("ko one line") << u"운동을 꾸준히 하자"_s << u"ko_KR"_s
                                 << u"> 운동을 꾸준히 하자\n>\n> — [2022년 회고 중](hoego://entry/7)\n"_s;
    QTest::newRow("en one line") << u"Keep moving"_s << u"en_US"_s
                                 << u"> Keep moving\n>\n> — [from the 2022 retrospective](hoego://entry/7)\n"_s;
    QTest::newRow("ko paragraphs from a text browser")
        << u"첫 문단"_s + para + para + u"둘째 문단  "_s << u"ko_KR"_s
        << u"> 첫 문단\n>\n> 둘째 문단\n>\n> — [2022년 회고 중](hoego://entry/7)\n"_s;
    QTest::newRow("en CRLF and edges")
        << u"\r\n  indented\r\nnext\r\n\r\n"_s << u"en_GB"_s
        << u">   indented\n> next\n>\n> — [from the 2022 retrospective](hoego://entry/7)\n"_s;
    QTest::newRow("decomposed Hangul becomes NFC")
        << u"\u1112\u1161\u11AB"_s << u"ko_KR"_s << u"> 한\n>\n> — [2022년 회고 중](hoego://entry/7)\n"_s;
    QTest::newRow("empty") << u" \n "_s << u"ko_KR"_s << QString();
}

void tst_CompareModel::quote()
{
    QFETCH(QString, selection);
    QFETCH(QString, language);
    QFETCH(QString, expected);
    QCOMPARE(quoteMarkdown(selection, 2022, 7, QLocale(language)), expected);
}

void tst_CompareModel::monthLabels_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("month");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en") << u"en_US"_s << 3 << u"March 2022"_s;
    QTest::newRow("ko") << u"ko_KR"_s << 3 << u"2022년 3월"_s;
    QTest::newRow("ko december") << u"ko_KR"_s << 12 << u"2022년 12월"_s;
}

void tst_CompareModel::monthLabels()
{
    QFETCH(QString, language);
    QFETCH(int, month);
    QFETCH(QString, expected);
    QCOMPARE(monthLabel(2022, month, QLocale(language)), expected);
}

void tst_CompareModel::monthStrip()
{
    // The strip sums the years' days (YearNumbers::days) by month.
    const QHash<QDate, DayActivity> days2022 = {
        {QDate(2022, 3, 2), DayActivity {2, 5}},
        {QDate(2022, 3, 20), DayActivity {1, 3}},
        {QDate(2022, 12, 31), DayActivity {1, 7}},
    };
    const QHash<QDate, DayActivity> days2023 = {{QDate(2023, 3, 5), DayActivity {1, 1}}};
    MonthStripModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLocale(QLocale(u"en_US"_s));
    model.setYears({2022, 2023});
    QCOMPARE(model.rowCount(), 12);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.index(2, 0).data().toString(), u"March 2022"_s);
    QCOMPARE(model.index(2, 1).data().toString(), u"March 2023"_s);
    QCOMPARE(model.index(2, 0).data(MonthStripModel::EntryCountRole).toInt(), 0); // not counted yet
    model.setDays(2022, days2022);
    model.setDays(2023, days2023);
    QCOMPARE(model.index(2, 0).data(MonthStripModel::EntryCountRole).toInt(), 3);
    QCOMPARE(model.index(2, 0).data(MonthStripModel::DaysWrittenRole).toInt(), 2);
    QCOMPARE(model.index(2, 0).data(MonthStripModel::CharactersRole).toLongLong(), 8);
    QCOMPARE(model.index(11, 0).data(MonthStripModel::CharactersRole).toLongLong(), 7);
    QCOMPARE(model.index(2, 1).data(MonthStripModel::EntryCountRole).toInt(), 1);
    QCOMPARE(model.index(3, 1).data(MonthStripModel::EntryCountRole).toInt(), 0);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"2023"_s);

    // Years that stay keep their counts; a year no column shows is ignored.
    model.setYears({2021, 2022, 2023});
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.index(2, 0).data(MonthStripModel::EntryCountRole).toInt(), 0);
    QCOMPARE(model.index(2, 1).data(MonthStripModel::EntryCountRole).toInt(), 3);
    QCOMPARE(model.index(2, 2).data(MonthStripModel::EntryCountRole).toInt(), 1);
    model.setDays(2019, {{QDate(2019, 3, 1), DayActivity {1, 1}}});
    QCOMPARE(model.index(2, 0).data(MonthStripModel::EntryCountRole).toInt(), 0);
    model.setDays(2023, {});
    QCOMPARE(model.index(2, 2).data(MonthStripModel::EntryCountRole).toInt(), 0);
    model.setYears({});
    QCOMPARE(model.rowCount(), 0);
}

void tst_CompareModel::goalsThenAndNow()
{
    const qint64 english = addGoal(2022, u"영어 공부"_s, GoalStatus::Dropped);
    addGoal(2022, u"Read 12 books"_s, GoalStatus::Done);
    const qint64 gym = addGoal(2022, u"운동"_s, GoalStatus::Active);
    addGoal(2023, u"운동 주 3회"_s, GoalStatus::Active, gym);
    addGoal(2023, u"바텐더 자격증"_s, GoalStatus::Done);
    addGoal(2023, u"English again"_s, GoalStatus::Active, english);

    GoalsThenAndNowModel model(*m_goals, 2023, QDate(2026, 11, 29));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"2022"_s);
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        rows << model.index(row, 0).data().toString() + u" | "_s + model.index(row, 1).data().toString()
                + (model.index(row, 0).data(GoalsThenAndNowModel::CarriedOverRole).toBool() ? u" (joined)"_s
                                                                                            : QString());
    }
    const QStringList expected = {u"영어 공부 | English again (joined)"_s, u"Read 12 books | "_s,
        u"운동 | 운동 주 3회 (joined)"_s, u" | 바텐더 자격증"_s};
    QCOMPARE(rows, expected);
    QCOMPARE(model.index(0, 0).data(GoalsThenAndNowModel::StatusRole).toString(), u"dropped"_s);
    QCOMPARE(model.index(1, 0).data(GoalsThenAndNowModel::StatusRole).toString(), u"done"_s);
    QVERIFY(!model.index(3, 0).data(GoalsThenAndNowModel::GoalIdRole).isValid());

    addGoal(2023, u"New one"_s, GoalStatus::Active);
    QCOMPARE(model.rowCount(), 5);
    model.setYear(2024);
    QCOMPARE(model.rowCount(), 4); // 2023's four goals, each alone: nothing is carried into 2024
}

void tst_CompareModel::scrollSync_data()
{
    QTest::addColumn<QList<HeadingPosition>>("from");
    QTest::addColumn<QList<HeadingPosition>>("to");
    QTest::addColumn<int>("value");
    QTest::addColumn<int>("expected");
    // Leader: 1000 pixels of scrolling; follower: 2000.
    const QList<HeadingPosition> from
        = {{u"2022년 회고"_s, 100}, {u"연구실을 떠나며"_s, 300}, {u"2023년의 목표"_s, 700}};
    const QList<HeadingPosition> to
        = {{u"2023년 회고"_s, 50}, {u"처음으로 Job 을 가지다"_s, 250}, {u"2024년의 목표"_s, 1500}};
    QTest::newRow("before the first heading: proportional") << from << to << 50 << 100;
    QTest::newRow("at a matching heading") << from << to << 100 << 50;
    QTest::newRow("half way into a matching section") << from << to << 200 << 150;
    QTest::newRow("no matching heading: proportional") << from << to << 500 << 1000;
    QTest::newRow("last section runs to the end") << from << to << 850 << 1750;
    QTest::newRow("no headings at all") << QList<HeadingPosition> {} << QList<HeadingPosition> {} << 250 << 500;
}

void tst_CompareModel::scrollSync()
{
    QFETCH(QList<HeadingPosition>, from);
    QFETCH(QList<HeadingPosition>, to);
    QFETCH(int, value);
    QFETCH(int, expected);
    QCOMPARE(syncedScrollValue(from, to, value, 1000, 2000), expected);
}

QTEST_GUILESS_MAIN(tst_CompareModel)
#include "tst_comparemodel.moc"
