#include "oldschema.h"
#include "storage/database.h"

#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_Database : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void createsLatestSchema();
    void migratesFromEveryVersion_data();
    void migratesFromEveryVersion();
    void refusesNewerSchema();
    void refusesFileThatIsNotADatabase_data();
    void refusesFileThatIsNotADatabase();
    void refusesMissingFolder();

private:
    QTemporaryDir m_dir;
};

static QString pragma(const Database &database, const QString &name)
{
    QSqlQuery query(database.connection());
    if (!query.exec(u"PRAGMA "_s + name) || !query.next())
        return {};
    return query.value(0).toString();
}

void tst_Database::createsLatestSchema()
{
    const QString path = m_dir.filePath(u"new.sqlite"_s);
    Database database(path);
    QString error;
    QVERIFY2(database.open(&error), qPrintable(error));
    QCOMPARE(database.userVersion(), Database::latestSchemaVersion());
    QCOMPARE(pragma(database, u"journal_mode"_s), u"wal"_s);
    QCOMPARE(pragma(database, u"foreign_keys"_s), u"1"_s);
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(QFile::permissions(path) & others, QFileDevice::Permissions());
    QVERIFY(QFile::permissions(path).testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
}

void tst_Database::migratesFromEveryVersion_data()
{
    QTest::addColumn<int>("from");
    for (int version = 0; version < Database::latestSchemaVersion(); ++version)
        QTest::addRow("from %d", version) << version;
}

// A file at each earlier version, made by that version's migrations, opens and
// reaches the latest version with its rows intact.
void tst_Database::migratesFromEveryVersion()
{
    QFETCH(int, from);
    const QString path = m_dir.filePath(u"v%1.sqlite"_s.arg(from));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QCOMPARE(makeSchemaVersion(db, from), QString());
        QSqlQuery query(db);
        if (from >= 1) {
            QVERIFY(query.exec(u"INSERT INTO entries (kind, date, title, text, created, updated) "
                               "VALUES ('yearly', '2022-12-30', '2022 회고', '본문', '2023-01-01T00:00:00Z', "
                               "'2023-01-01T00:00:00Z')"_s));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"old"_s);

    Database database(path);
    QString error;
    QVERIFY2(database.open(&error), qPrintable(error));
    QCOMPARE(database.userVersion(), Database::latestSchemaVersion());
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(u"SELECT count(*) FROM entries"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), from >= 1 ? 1 : 0);
}

void tst_Database::refusesNewerSchema()
{
    const QString path = m_dir.filePath(u"newer.sqlite"_s);
    {
        Database database(path);
        QString error;
        QVERIFY(database.open(&error));
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(u"PRAGMA user_version = %1"_s.arg(Database::latestSchemaVersion() + 1)));
    }
    Database database(path);
    QString error;
    QVERIFY(!database.open(&error));
    QVERIFY2(error.contains(u"newer version"_s), qPrintable(error));
    QVERIFY2(error.contains(u"newer.sqlite"_s), qPrintable(error));
}

void tst_Database::refusesFileThatIsNotADatabase_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("text") << QByteArray("# 2023 회고\n\n이것은 데이터베이스가 아니다.\n").repeated(100);
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(4096, '\x01');
    QTest::newRow("truncated header") << QByteArray("SQLite format 3\0", 16) + QByteArray(84, '\xff');
}

void tst_Database::refusesFileThatIsNotADatabase()
{
    QFETCH(QByteArray, content);
    const QString path = m_dir.filePath(
        u"not-a-diary-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();

    Database database(path);
    QString error;
    QVERIFY(!database.open(&error));
    QVERIFY2(error.contains(QFileInfo(path).fileName()), qPrintable(error));
    // Nothing was written over the user's file.
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
}

void tst_Database::refusesMissingFolder()
{
    Database database(m_dir.filePath(u"no/such/folder/diary.sqlite"_s));
    QString error;
    QVERIFY(!database.open(&error));
    QVERIFY2(error.contains(u"does not exist"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
