#include "review/heatmapwidget.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// The heat map's geometry (one cell a day, Monday-first rows, a column per week), its
// colour levels and its click signal.
class tst_HeatMap : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void geometry_data();
    void geometry();
    void everyDayHasItsOwnCell_data();
    void everyDayHasItsOwnCell();
    void levels();
    void click();
};

void tst_HeatMap::geometry_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("row");
    // 2022-01-01 is a Saturday: the first column holds 27 Dec 2021..2 Jan 2022.
    QTest::newRow("2022 first day") << 2022 << QDate(2022, 1, 1) << 0 << 5;
    QTest::newRow("2022 first Monday") << 2022 << QDate(2022, 1, 3) << 1 << 0;
    QTest::newRow("2022 last day") << 2022 << QDate(2022, 12, 31) << 52 << 5;
    // 2024-01-01 is a Monday; 2024 is a leap year.
    QTest::newRow("2024 first day") << 2024 << QDate(2024, 1, 1) << 0 << 0;
    QTest::newRow("2024 leap day") << 2024 << QDate(2024, 2, 29) << 8 << 3;
    QTest::newRow("2024 last day") << 2024 << QDate(2024, 12, 31) << 52 << 1;
    // 2023-01-01 is a Sunday, alone in the first column.
    QTest::newRow("2023 first day") << 2023 << QDate(2023, 1, 1) << 0 << 6;
    QTest::newRow("2023 second day") << 2023 << QDate(2023, 1, 2) << 1 << 0;
}

void tst_HeatMap::geometry()
{
    QFETCH(int, year);
    QFETCH(QDate, date);
    QFETCH(int, column);
    QFETCH(int, row);
    HeatMapWidget map;
    map.setYear(year);
    const QRect cell = map.cellRect(date);
    QVERIFY(!cell.isEmpty());
    // 8 and 15 January are always a week apart in the same row; 8 and 9 January a day apart.
    const int step = map.cellRect(QDate(year, 1, 15)).x() - map.cellRect(QDate(year, 1, 8)).x();
    QVERIFY(step > cell.width());
    QCOMPARE(map.cellRect(QDate(year, 1, 8)).y(), map.cellRect(QDate(year, 1, 15)).y());
    QCOMPARE(map.cellRect(QDate(year, 1, 9)).y() - map.cellRect(QDate(year, 1, 8)).y(),
        QDate(year, 1, 8).dayOfWeek() == 7 ? -6 * step : step);
    const QRect firstCell = map.cellRect(QDate(year, 1, 1));
    const int firstRow = QDate(year, 1, 1).dayOfWeek() - 1;
    QCOMPARE((cell.x() - firstCell.x()) / step, column);
    QCOMPARE((cell.y() - firstCell.y()) / step + firstRow, row);
    QCOMPARE(map.dateAt(cell.center()), date);
    QVERIFY(map.cellRect(QDate(year - 1, 12, 31)).isEmpty());
}

void tst_HeatMap::everyDayHasItsOwnCell_data()
{
    QTest::addColumn<int>("year");
    QTest::newRow("2020, 53 ISO weeks, leap") << 2020;
    QTest::newRow("2023") << 2023;
    QTest::newRow("2026, 53 ISO weeks") << 2026;
}

void tst_HeatMap::everyDayHasItsOwnCell()
{
    QFETCH(int, year);
    HeatMapWidget map;
    map.setYear(year);
    map.resize(map.sizeHint());
    QSet<std::pair<int, int>> seen;
    int days = 0;
    for (QDate date(year, 1, 1); date.year() == year; date = date.addDays(1)) {
        const QRect cell = map.cellRect(date);
        QVERIFY(QRect(QPoint(0, 0), map.sizeHint()).contains(cell));
        QCOMPARE(map.dateAt(cell.center()), date);
        seen.insert({cell.x(), cell.y()});
        ++days;
    }
    QCOMPARE(seen.size(), days);
    QCOMPARE(days, QDate::isLeapYear(year) ? 366 : 365);
}

void tst_HeatMap::levels()
{
    HeatMapWidget map;
    map.setYear(2023);
    QHash<QDate, DayActivity> days;
    // Eight writing days of 100..800 characters: quartiles at 200, 400 and 600.
    for (int i = 1; i <= 8; ++i)
        days.insert(QDate(2023, 3, i), DayActivity {1, 100 * i});
    map.setDays(days);
    QCOMPARE(map.level(QDate(2023, 3, 20)), 0);
    QCOMPARE(map.level(QDate(2023, 3, 1)), 1);
    QCOMPARE(map.level(QDate(2023, 3, 8)), 4);
    QVERIFY(map.level(QDate(2023, 3, 4)) < map.level(QDate(2023, 3, 6)));
    for (int i = 1; i < 8; ++i)
        QVERIFY(map.level(QDate(2023, 3, i)) <= map.level(QDate(2023, 3, i + 1)));
}

void tst_HeatMap::click()
{
    HeatMapWidget map;
    map.setYear(2024);
    map.resize(map.sizeHint());
    QSignalSpy spy(&map, &HeatMapWidget::dayClicked);
    QTest::mouseClick(&map, Qt::LeftButton, {}, map.cellRect(QDate(2024, 2, 29)).center());
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.constFirst().constFirst().toDate(), QDate(2024, 2, 29));
    QTest::mouseClick(&map, Qt::LeftButton, {}, QPoint(1, 1));
    QCOMPARE(spy.size(), 1);
}

QTEST_MAIN(tst_HeatMap)
#include "tst_heatmap.moc"
