// The words written each day (storage/writinglog): per-day sums of each save's difference, and
// the migration that adds the table to an older diary.
#include "oldschema.h"
#include "storage/database.h"
#include "storage/writinglog.h"

#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class tst_WritingLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void sumsPerDay_data();
    void sumsPerDay();
    void migrationAddsTable();
};

void tst_WritingLog::sumsPerDay_data()
{
    QTest::addColumn<QList<qint64>>("deltas");
    QTest::addColumn<qint64>("total");
    QTest::newRow("nothing") << QList<qint64> {} << qint64(0);
    QTest::newRow("one save") << QList<qint64> {12} << qint64(12);
    QTest::newRow("several saves") << QList<qint64> {12, 3, 40} << qint64(55);
    QTest::newRow("deleting takes words off") << QList<qint64> {30, -10} << qint64(20);
    QTest::newRow("a day of cutting") << QList<qint64> {-25, 5} << qint64(-20);
}

void tst_WritingLog::sumsPerDay()
{
    QFETCH(QList<qint64>, deltas);
    QFETCH(qint64, total);
    QTemporaryDir dir;
    Database database(dir.filePath(u"diary.sqlite"_s));
    QString error;
    QVERIFY2(database.open(&error), qPrintable(error));
    WritingLog log(database);
    const QDate day(2026, 3, 14);
    for (const qint64 delta : std::as_const(deltas))
        QVERIFY2(log.add(day, delta, &error), qPrintable(error));
    QCOMPARE(log.words(day), total);
    // Other days are apart.
    QVERIFY(log.add(day.addDays(1), 7, &error));
    QCOMPARE(log.words(day), total);
    QCOMPARE(log.words(day.addDays(1)), qint64(7));
    QCOMPARE(log.words(day.addDays(-1)), qint64(0));
}

void tst_WritingLog::migrationAddsTable()
{
    const qsizetype version = migrationContaining(u"CREATE TABLE writing_days"_s);
    QVERIFY(version > 0);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QCOMPARE(makeSchemaVersion(db, version), QString());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"INSERT INTO entries (kind, date, title, text, created, updated) VALUES ('daily', "
                           "'2026-03-14', '일기', '오늘 쓴 글', '2026-03-14T00:00:00Z', '2026-03-14T00:00:00Z')"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"old"_s);

    Database database(path);
    QString error;
    QVERIFY2(database.open(&error), qPrintable(error));
    QVERIFY(database.userVersion() > version);
    WritingLog log(database);
    QCOMPARE(log.words(QDate(2026, 3, 14)), qint64(0)); // nothing is made up for the past
    QVERIFY2(log.add(QDate(2026, 3, 14), 3, &error), qPrintable(error));
    QCOMPARE(log.words(QDate(2026, 3, 14)), qint64(3));
}

QTEST_GUILESS_MAIN(tst_WritingLog)
#include "tst_writinglog.moc"
