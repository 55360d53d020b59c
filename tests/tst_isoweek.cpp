#include "goals/isoweek.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_IsoWeek : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromDate_data();
    void fromDate();
    void span_data();
    void span();
    void weeksInYear_data();
    void weeksInYear();
    void parse_data();
    void parse();
    void walk_data();
    void walk();
    void everyDayOfADecade();
};

void tst_IsoWeek::fromDate_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("week");
    QTest::newRow("first Monday of 2023") << QDate(2023, 1, 2) << u"2023-W01"_s;
    QTest::newRow("1 January 2023 is a Sunday of 2022") << QDate(2023, 1, 1) << u"2022-W52"_s;
    QTest::newRow("Sunday of 2023-W01") << QDate(2023, 1, 8) << u"2023-W01"_s;
    QTest::newRow("2025-12-29 belongs to 2026") << QDate(2025, 12, 29) << u"2026-W01"_s;
    QTest::newRow("2021-01-03 belongs to 2020") << QDate(2021, 1, 3) << u"2020-W53"_s;
    QTest::newRow("2020-12-31 in week 53") << QDate(2020, 12, 31) << u"2020-W53"_s;
    QTest::newRow("2026-12-31 in week 53") << QDate(2026, 12, 31) << u"2026-W53"_s;
    QTest::newRow("2024-12-30 belongs to 2025") << QDate(2024, 12, 30) << u"2025-W01"_s;
    QTest::newRow("corpus week 33") << QDate(2023, 8, 20) << u"2023-W33"_s;
    QTest::newRow("leap day") << QDate(2024, 2, 29) << u"2024-W09"_s;
}

void tst_IsoWeek::fromDate()
{
    QFETCH(QDate, date);
    QFETCH(QString, week);
    const IsoWeek isoWeek = IsoWeek::fromDate(date);
    QVERIFY(isoWeek.isValid());
    QCOMPARE(isoWeek.toString(), week);
    QVERIFY(isoWeek.contains(date));
    QVERIFY(isoWeek.firstDay() <= date && date <= isoWeek.lastDay());
}

void tst_IsoWeek::span_data()
{
    QTest::addColumn<QString>("week");
    QTest::addColumn<QDate>("monday");
    QTest::addColumn<QDate>("sunday");
    QTest::newRow("2023-W01") << u"2023-W01"_s << QDate(2023, 1, 2) << QDate(2023, 1, 8);
    QTest::newRow("2026-W01 starts in 2025") << u"2026-W01"_s << QDate(2025, 12, 29) << QDate(2026, 1, 4);
    QTest::newRow("2020-W53 ends in 2021") << u"2020-W53"_s << QDate(2020, 12, 28) << QDate(2021, 1, 3);
    QTest::newRow("2023-W52") << u"2023-W52"_s << QDate(2023, 12, 25) << QDate(2023, 12, 31);
    QTest::newRow("2021-W01") << u"2021-W01"_s << QDate(2021, 1, 4) << QDate(2021, 1, 10);
}

void tst_IsoWeek::span()
{
    QFETCH(QString, week);
    QFETCH(QDate, monday);
    QFETCH(QDate, sunday);
    const std::optional<IsoWeek> parsed = IsoWeek::fromString(week);
    QVERIFY(parsed);
    QCOMPARE(parsed->firstDay(), monday);
    QCOMPARE(parsed->lastDay(), sunday);
    QCOMPARE(monday.dayOfWeek(), 1);
    QCOMPARE(IsoWeek::fromDate(monday), *parsed);
    QCOMPARE(IsoWeek::fromDate(sunday), *parsed);
}

void tst_IsoWeek::weeksInYear_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("weeks");
    QTest::newRow("2015 (Thursday)") << 2015 << 53;
    QTest::newRow("2020 (leap, Wednesday)") << 2020 << 53;
    QTest::newRow("2021") << 2021 << 52;
    QTest::newRow("2022") << 2022 << 52;
    QTest::newRow("2023") << 2023 << 52;
    QTest::newRow("2024 (leap, Monday)") << 2024 << 52;
    QTest::newRow("2025") << 2025 << 52;
    QTest::newRow("2026 (Thursday)") << 2026 << 53;
    QTest::newRow("2032 (leap, Thursday)") << 2032 << 53;
}

void tst_IsoWeek::weeksInYear()
{
    QFETCH(int, year);
    QFETCH(int, weeks);
    QCOMPARE(IsoWeek::weeksInYear(year), weeks);
    QVERIFY((IsoWeek {year, weeks}).isValid());
    QVERIFY(!(IsoWeek {year, weeks + 1}).isValid());
    // The year's weeks cover its Mondays exactly.
    const IsoWeek first {year, 1};
    const IsoWeek last {year, weeks};
    QCOMPARE(first.firstDay().daysTo(last.lastDay()) + 1, qint64(weeks) * 7);
}

void tst_IsoWeek::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical"); // empty: rejected
    QTest::newRow("extended") << u"2023-W33"_s << u"2023-W33"_s;
    QTest::newRow("basic") << u"2023W05"_s << u"2023-W05"_s;
    QTest::newRow("spaces around") << u" 2023-W05 "_s << u"2023-W05"_s;
    QTest::newRow("week 53 of 2020") << u"2020-W53"_s << u"2020-W53"_s;
    QTest::newRow("week 53 of 2023 does not exist") << u"2023-W53"_s << QString();
    QTest::newRow("week 0") << u"2023-W00"_s << QString();
    QTest::newRow("one digit") << u"2023-W5"_s << QString();
    QTest::newRow("lower-case w") << u"2023-w05"_s << QString();
    QTest::newRow("with day") << u"2023-W05-1"_s << QString();
    QTest::newRow("date") << u"2023-01-05"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void tst_IsoWeek::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    const std::optional<IsoWeek> week = IsoWeek::fromString(text);
    QCOMPARE(week.has_value(), !canonical.isEmpty());
    if (week)
        QCOMPARE(week->toString(), canonical);
}

void tst_IsoWeek::walk_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("next");
    QTest::newRow("inside a year") << u"2023-W33"_s << u"2023-W34"_s;
    QTest::newRow("52-week year end") << u"2023-W52"_s << u"2024-W01"_s;
    QTest::newRow("into week 53") << u"2020-W52"_s << u"2020-W53"_s;
    QTest::newRow("out of week 53") << u"2020-W53"_s << u"2021-W01"_s;
    QTest::newRow("into 2026") << u"2025-W52"_s << u"2026-W01"_s;
}

void tst_IsoWeek::walk()
{
    QFETCH(QString, from);
    QFETCH(QString, next);
    const IsoWeek a = *IsoWeek::fromString(from);
    const IsoWeek b = *IsoWeek::fromString(next);
    QCOMPARE(a.next(), b);
    QCOMPARE(b.previous(), a);
    QCOMPARE(b.serial() - a.serial(), 1);
    QCOMPARE(IsoWeek::fromSerial(a.serial()), a);
    QVERIFY(a < b);
    QCOMPARE(a.lastDay().addDays(1), b.firstDay());
}

// Every day from 2015 to 2034 lies in the week that fromDate() names, and the walk with
// next() visits the same weeks as the days do.
void tst_IsoWeek::everyDayOfADecade()
{
    IsoWeek expected = IsoWeek::fromDate(QDate(2015, 1, 1));
    for (QDate day(2015, 1, 1); day.year() < 2035; day = day.addDays(1)) {
        if (day.dayOfWeek() == 1 && day != QDate(2015, 1, 1))
            expected = expected.next();
        const IsoWeek week = IsoWeek::fromDate(day);
        QCOMPARE(week, expected);
        QVERIFY(week.firstDay() <= day && day <= week.lastDay());
        QCOMPARE(IsoWeek::fromString(week.toString()), std::optional<IsoWeek>(week));
    }
}

QTEST_GUILESS_MAIN(tst_IsoWeek)
#include "tst_isoweek.moc"
