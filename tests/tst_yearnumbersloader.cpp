#include "review/reviewstore.h"
#include "review/yearnumbersloader.h"
#include "review/yearsummary.h"
#include "storage/database.h"
#include "storage/entrystore.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// Years counted on the loader's thread, over its own connection: the same numbers as
// computeYearNumbers() on the window's connection, and nothing of a replaced request.
class tst_YearNumbersLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void counts_data();
    void counts();
    void replaced();
    void destroyedWhileCounting();

private:
    void add(EntryKind kind, const QString &date, const QString &text, const QStringList &tags = {});
    static QList<int> yearsOf(const QSignalSpy &spy);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<EntryStore> m_entries;
};

void tst_YearNumbersLoader::add(EntryKind kind, const QString &date, const QString &text, const QStringList &tags)
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

QList<int> tst_YearNumbersLoader::yearsOf(const QSignalSpy &spy)
{
    QList<int> years;
    for (const QList<QVariant> &arguments : spy)
        years << arguments.constFirst().value<YearNumbers>().year;
    return years;
}

void tst_YearNumbersLoader::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_database = std::make_unique<Database>(m_dir.filePath(u"diary.sqlite"_s));
    QString error;
    QVERIFY2(m_database->open(&error), qPrintable(error));
    m_entries = std::make_unique<EntryStore>(*m_database);
    add(EntryKind::Weekly, u"2019-12-30"_s, u"첫 주"_s);
    add(EntryKind::Daily, u"2020-02-28"_s, u"오늘은 **좋은** 날"_s, {u"일상"_s});
    add(EntryKind::Daily, u"2020-02-29"_s, u"Leap day!"_s, {u"일상"_s, u"travel"_s});
    add(EntryKind::Weekly, u"2020-03-15"_s, u"- [x] 운동\n"_s);
    add(EntryKind::Yearly, u"2020-12-31"_s, u"# 한 해\n\n돌아보며 👍🏽"_s, {u"회고"_s});
    add(EntryKind::Weekly, u"2021-01-03"_s, u"마지막 주"_s);
}

void tst_YearNumbersLoader::counts_data()
{
    QTest::addColumn<QList<int>>("years");
    QTest::newRow("one year") << QList<int> {2020};
    QTest::newRow("three years in the order asked") << QList<int> {2021, 2019, 2020};
    QTest::newRow("a year without entries") << QList<int> {2030};
}

void tst_YearNumbersLoader::counts()
{
    QFETCH(QList<int>, years);
    const QDate today(2026, 11, 29);
    YearNumbersLoader loader(m_database->path());
    QSignalSpy spy(&loader, &YearNumbersLoader::counted);
    loader.request(years, today);
    QVERIFY(spy.isEmpty()); // delivered on this thread's event loop, never during request()
    QTRY_COMPARE(spy.size(), years.size());
    QCOMPARE(yearsOf(spy), years);
    const ReviewStore store(*m_database);
    for (const QList<QVariant> &arguments : std::as_const(spy)) {
        const YearNumbers counted = arguments.constFirst().value<YearNumbers>();
        const YearNumbers expected = computeYearNumbers(store, nullptr, counted.year, today);
        QCOMPARE(yearNumbersToJson(counted), yearNumbersToJson(expected));
        QCOMPARE(counted.days.keys().size(), expected.days.keys().size());
        for (auto it = expected.days.cbegin(); it != expected.days.cend(); ++it) {
            QCOMPARE(counted.days.value(it.key()).entries, it->entries);
            QCOMPARE(counted.days.value(it.key()).characters, it->characters);
        }
    }
}

void tst_YearNumbersLoader::replaced()
{
    YearNumbersLoader loader(m_database->path());
    QSignalSpy spy(&loader, &YearNumbersLoader::counted);
    loader.request({2019, 2020, 2021}, QDate(2026, 11, 29));
    loader.request({2030}, QDate(2026, 11, 29));
    QTRY_COMPARE(spy.size(), 1);
    // Requests run in order, so once a third one's year is in, whatever the first one
    // counted has arrived too, and was dropped.
    loader.request({2021}, QDate(2026, 11, 29));
    QTRY_COMPARE(spy.size(), 2);
    QCOMPARE(yearsOf(spy), (QList<int> {2030, 2021}));

    // An empty request only drops the one before.
    loader.request({2019, 2020}, QDate(2026, 11, 29));
    loader.request({}, QDate(2026, 11, 29));
    loader.request({2019}, QDate(2026, 11, 29));
    QTRY_COMPARE(spy.size(), 3);
    QCOMPARE(yearsOf(spy).constLast(), 2019);
}

void tst_YearNumbersLoader::destroyedWhileCounting()
{
    auto loader = std::make_unique<YearNumbersLoader>(m_database->path());
    QSignalSpy spy(loader.get(), &YearNumbersLoader::counted);
    loader->request({2019, 2020, 2021, 2030}, QDate(2026, 11, 29));
    loader.reset(); // waits for the year being counted; nothing arrives afterwards
    QCoreApplication::processEvents();
    QVERIFY(spy.isEmpty());
}

QTEST_GUILESS_MAIN(tst_YearNumbersLoader)
#include "tst_yearnumbersloader.moc"
