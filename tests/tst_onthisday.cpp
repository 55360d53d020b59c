#include "review/onthisday.h"
#include "storage/database.h"
#include "storage/entrystore.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// Entries are named by their date; the expected rows list those dates newest first.
class tst_OnThisDay : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void ranges_data();
    void ranges();
    void model_data();
    void model();
    void followsStore();
    void firstLines_data();
    void firstLines();

private:
    qint64 add(const QString &date, const QString &text = {});

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<EntryStore> m_store;
};

qint64 tst_OnThisDay::add(const QString &date, const QString &text)
{
    Entry entry;
    entry.date = QDate::fromString(date, Qt::ISODate);
    entry.title = date;
    entry.text = text.isEmpty() ? u"Written on "_s + date : text;
    QString error;
    if (!m_store->insert(entry, &error))
        qWarning("%s", qPrintable(error));
    return entry.id;
}

void tst_OnThisDay::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_database = std::make_unique<Database>(m_dir.filePath(u"diary.sqlite"_s));
    QString error;
    QVERIFY2(m_database->open(&error), qPrintable(error));
    m_store = std::make_unique<EntryStore>(*m_database);
    for (const QString &date : {u"2019-11-29"_s, u"2020-02-28"_s, u"2020-02-29"_s, u"2020-03-01"_s, u"2021-02-28"_s,
             u"2021-03-01"_s, u"2022-11-27"_s, u"2022-11-29"_s, u"2023-02-28"_s, u"2024-02-29"_s, u"2025-11-29"_s,
             u"2025-11-30"_s, u"2026-11-29"_s, u"2026-12-31"_s})
        QVERIFY(add(date) > 0);
}

void tst_OnThisDay::ranges_data()
{
    QTest::addColumn<QDate>("reference");
    QTest::addColumn<int>("span");
    QTest::addColumn<int>("firstYear");
    QTest::addColumn<QStringList>("expected"); // "from..to" per year, newest year first
    QTest::newRow("plain day") << QDate(2026, 11, 29) << 0 << 2024
                               << QStringList {u"2025-11-29..2025-11-29"_s, u"2024-11-29..2024-11-29"_s};
    QTest::newRow("span across the year end")
        << QDate(2026, 1, 1) << 2 << 2025 << QStringList {u"2024-12-30..2025-01-03"_s};
    QTest::newRow("leap day on 28 Feb") << QDate(2024, 2, 29) << 0 << 2020
                                        << QStringList {u"2023-02-28..2023-02-28"_s, u"2022-02-28..2022-02-28"_s,
                                               u"2021-02-28..2021-02-28"_s, u"2020-02-29..2020-02-29"_s};
    QTest::newRow("28 Feb takes in leap days")
        << QDate(2025, 2, 28) << 0 << 2023 << QStringList {u"2024-02-28..2024-02-29"_s, u"2023-02-28..2023-02-28"_s};
    QTest::newRow("28 Feb of a leap year does not")
        << QDate(2024, 2, 28) << 0 << 2020
        << QStringList {u"2023-02-28..2023-02-28"_s, u"2022-02-28..2022-02-28"_s, u"2021-02-28..2021-02-28"_s,
               u"2020-02-28..2020-02-28"_s};
    QTest::newRow("no past year") << QDate(2026, 5, 5) << 3 << 2026 << QStringList {};
}

void tst_OnThisDay::ranges()
{
    QFETCH(QDate, reference);
    QFETCH(int, span);
    QFETCH(int, firstYear);
    QFETCH(QStringList, expected);
    QStringList actual;
    for (const OnThisDayRange &range : onThisDayRanges(reference, span, firstYear)) {
        QCOMPARE(range.year, range.to.addDays(-span).year());
        actual << range.from.toString(Qt::ISODate) + u".."_s + range.to.toString(Qt::ISODate);
    }
    QCOMPARE(actual, expected);
}

void tst_OnThisDay::model_data()
{
    QTest::addColumn<QDate>("reference");
    QTest::addColumn<int>("span");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QList<int>>("yearsAgo");
    QTest::newRow("today, every past year")
        << QDate(2026, 11, 29) << 0 << QStringList {u"2025-11-29"_s, u"2022-11-29"_s, u"2019-11-29"_s}
        << QList<int> {1, 4, 7};
    QTest::newRow("two days around") << QDate(2026, 11,
        29) << 2 << QStringList {u"2025-11-30"_s, u"2025-11-29"_s, u"2022-11-29"_s, u"2022-11-27"_s, u"2019-11-29"_s}
                                     << QList<int> {1, 1, 4, 4, 7};
    QTest::newRow("leap day shows on 28 Feb")
        << QDate(2027, 2, 28) << 0
        << QStringList {u"2024-02-29"_s, u"2023-02-28"_s, u"2021-02-28"_s, u"2020-02-29"_s, u"2020-02-28"_s}
        << QList<int> {3, 4, 6, 7, 7};
    QTest::newRow("on a leap day") << QDate(2028, 2, 29) << 0
                                   << QStringList {u"2024-02-29"_s, u"2023-02-28"_s, u"2021-02-28"_s, u"2020-02-29"_s}
                                   << QList<int> {4, 5, 7, 8};
    QTest::newRow("nothing") << QDate(2026, 7, 7) << 1 << QStringList {} << QList<int> {};
}

void tst_OnThisDay::model()
{
    QFETCH(QDate, reference);
    QFETCH(int, span);
    QFETCH(QStringList, expected);
    QFETCH(QList<int>, yearsAgo);
    OnThisDayModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReferenceDate(reference);
    model.setSpan(span);
    QStringList dates;
    QList<int> ago;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        dates << index.data(OnThisDayModel::DateRole).toDate().toString(Qt::ISODate);
        ago << index.data(OnThisDayModel::YearsAgoRole).toInt();
        QCOMPARE(index.data(OnThisDayModel::FirstLinesRole).toString(), u"Written on "_s + dates.constLast());
        QCOMPARE(model.entryId(row), index.data(OnThisDayModel::EntryIdRole).toLongLong());
    }
    QCOMPARE(dates, expected);
    QCOMPARE(ago, yearsAgo);
}

void tst_OnThisDay::followsStore()
{
    OnThisDayModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReferenceDate(QDate(2026, 6, 15));
    QCOMPARE(model.rowCount(), 0);
    const qint64 id = add(u"2021-06-15"_s);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.entryId(0), id);
    QString error;
    QVERIFY2(m_store->remove(id, &error), qPrintable(error));
    QCOMPARE(model.rowCount(), 0);
}

void tst_OnThisDay::firstLines_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("front matter and heading")
        << u"---\ntitle: 하루\n---\n# 제목\n\n첫 문단\n\n둘째 문단\n"_s << u"제목\n첫 문단"_s;
    QTest::newRow("emphasis stripped") << u"**굵게** 쓴 *글*"_s << u"굵게 쓴 글"_s;
    QTest::newRow("empty") << u"---\na: b\n---\n"_s << QString();
}

void tst_OnThisDay::firstLines()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(entryFirstLines(text), expected);
}

QTEST_GUILESS_MAIN(tst_OnThisDay)
#include "tst_onthisday.moc"
