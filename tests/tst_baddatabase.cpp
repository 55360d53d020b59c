// Bad diaries: files that are not diaries, come from a newer Hoego, are damaged or lack
// tables, and diaries on read-only or vanished storage. Each gives a clear sentence, never
// a crash, and never turns the file into a new, empty diary.
#include "storage/database.h"
#include "storage/entrystore.h"
#include "testpaths.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <linux/capability.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// Tests run as root in the build root, and root ignores file modes. Dropping the
// capabilities that bypass them (from this process and, through the bounding set, from the
// hoego processes it starts) makes a 0400 file read-only here as for any user.
bool dropFileModeOverrides()
{
    if (geteuid() != 0)
        return true;
    for (const int capability : {CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER})
        prctl(PR_CAPBSET_DROP, capability, 0, 0, 0);
    __user_cap_header_struct header {_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[2] {};
    if (syscall(SYS_capget, &header, data) != 0)
        return false;
    for (const int capability : {CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER}) {
        data[0].effective &= ~(1u << capability);
        data[0].permitted &= ~(1u << capability);
        data[0].inheritable &= ~(1u << capability);
    }
    return syscall(SYS_capset, &header, data) == 0;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_BadDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void refusesBadFile_data();
    void refusesBadFile();
    void readOnlyFileIsReadable();
    void readOnlyFolder();
    void writeCommandOnReadOnlyDiary();
    void vanishedFolder();

private:
    QString makeDiary(const QString &path, int entries);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_BadDatabase::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(dropFileModeOverrides());
}

void tst_BadDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString tst_BadDatabase::makeDiary(const QString &path, int entries)
{
    Database database(path);
    QString error;
    if (!database.open(&error))
        qFatal("%s", qPrintable(error));
    EntryStore store(database);
    for (int i = 0; i < entries; ++i) {
        Entry entry;
        entry.date = QDate(2021, 1, 1).addDays(i);
        entry.title = u"하루 %1"_s.arg(i);
        entry.text = QString(300, QChar(u'가' + i % 100)) + u'\n';
        if (!store.insert(entry, &error))
            qFatal("%s", qPrintable(error));
    }
    return path;
}

void tst_BadDatabase::refusesBadFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason");
    QTest::newRow("Markdown, not a database") << u"text"_s << u"not a Hoego diary"_s;
    QTest::newRow("PNG, not a database") << u"png"_s << u"not a Hoego diary"_s;
    QTest::newRow("truncated database") << u"truncated"_s << u"damaged"_s;
    QTest::newRow("newer schema") << u"newer"_s << u"newer version of Hoego"_s;
    QTest::newRow("another application's database") << u"foreign"_s << u"another application"_s;
    QTest::newRow("missing tables") << u"tableless"_s << u"lacks the tables"_s;
    QTest::newRow("dropped table") << u"dropped"_s << u"lacks the tables"_s;
    QTest::newRow("damaged pages") << u"damaged"_s << u"damaged"_s;
}

// Database::open() and `hoego list` both refuse the file with the sentence, and the file
// is left exactly as it was.
void tst_BadDatabase::refusesBadFile()
{
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    const QString path = m_dir->filePath(u"diary.sqlite"_s);
    const auto raw = [&](const QStringList &statements) {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            for (const QString &statement : statements)
                QVERIFY2(query.exec(statement), qPrintable(statement));
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
    };
    const auto write = [&](const QByteArray &bytes) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    };
    if (kind == u"text"_s) {
        write("---\ntitle: 2023 회고\n---\n\n올해는 많이 걸었다.\n");
    } else if (kind == u"png"_s) {
        write(QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(4000, '\0'));
    } else if (kind == u"truncated"_s || kind == u"damaged"_s) {
        makeDiary(path, 300);
        QByteArray bytes = contents(path);
        QVERIFY(bytes.size() > 12 * 4096);
        if (kind == u"truncated"_s)
            bytes.truncate(bytes.size() / 2);
        else
            bytes.replace(4 * 4096 + 64, 4 * 4096, QByteArray(4 * 4096, '\x5a'));
        write(bytes);
    } else if (kind == u"newer"_s) {
        makeDiary(path, 1);
        raw({u"PRAGMA user_version = %1"_s.arg(Database::latestSchemaVersion() + 1)});
    } else if (kind == u"foreign"_s) {
        raw({u"CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)"_s,
            u"INSERT INTO moz_places (url) VALUES ('https://example.org')"_s});
    } else if (kind == u"tableless"_s) {
        raw({u"CREATE TABLE notes (text TEXT)"_s, u"PRAGMA user_version = %1"_s.arg(Database::latestSchemaVersion())});
    } else if (kind == u"dropped"_s) {
        makeDiary(path, 1);
        raw({u"PRAGMA foreign_keys = OFF"_s, u"DROP TABLE entry_tags"_s});
    }
    const QByteArray before = contents(path);

    Database database(path);
    QString error;
    QVERIFY(!database.open(&error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY2(error.contains(path), qPrintable(error));

    QProcess process;
    process.start(hoegoExecutable(), {u"list"_s, u"--db"_s, path});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    const QString message = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(message.contains(reason), qPrintable(message));
    QCOMPARE(process.readAllStandardOutput(), QByteArray());

    QCOMPARE(contents(path), before);
}

// A diary whose file is read-only still opens for reading, with its entries; a write
// fails with a sentence instead of crashing or pretending to succeed.
void tst_BadDatabase::readOnlyFileIsReadable()
{
    const QString path = makeDiary(m_dir->filePath(u"diary.sqlite"_s), 3);
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
    Database database(path);
    QString error;
    QVERIFY2(database.open(&error), qPrintable(error));
    EntryStore store(database);
    QCOMPARE(store.count(), 3);
    Entry entry;
    entry.date = QDate(2024, 1, 1);
    entry.title = u"새 글"_s;
    entry.text = u"쓸 수 없는 곳\n"_s;
    QVERIFY(!store.insert(entry, &error));
    QVERIFY2(!error.isEmpty(), "no sentence for a failed write");
    QCOMPARE(store.count(), 3);
}

// In a folder that cannot be written to, a diary still opens for reading when it was
// closed cleanly; a new diary cannot be made there, and the message names the file.
void tst_BadDatabase::readOnlyFolder()
{
    const QString folder = m_dir->filePath(u"locked"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString path = makeDiary(folder + u"/diary.sqlite"_s, 2);
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const auto restore = qScopeGuard([&] {
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    });

    QString error;
    {
        Database database(path);
        if (database.open(&error))
            QCOMPARE(EntryStore(database).count(), 2);
        else
            QVERIFY2(error.contains(path), qPrintable(error));
    }
    const QString fresh = folder + u"/new.sqlite"_s;
    Database database(fresh);
    QVERIFY(!database.open(&error));
    QVERIFY2(error.contains(fresh), qPrintable(error));
    QVERIFY(!QFile::exists(fresh));
}

// The command line's write commands refuse a read-only diary up front, naming it.
void tst_BadDatabase::writeCommandOnReadOnlyDiary()
{
    const QString folder = m_dir->filePath(u"locked"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString path = makeDiary(folder + u"/diary.sqlite"_s, 1);
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const auto restore = qScopeGuard([&] {
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    });
    QProcess process;
    process.start(hoegoExecutable(), {u"restore"_s, u"--db"_s, path, path});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    const QString message = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(message.contains(u"not writable"_s) && message.contains(path), qPrintable(message));
}

void tst_BadDatabase::vanishedFolder()
{
    const QString path = m_dir->filePath(u"gone/diary.sqlite"_s);
    Database database(path);
    QString error;
    QVERIFY(!database.open(&error));
    QVERIFY2(error.contains(u"does not exist"_s), qPrintable(error));
    QVERIFY(!QFile::exists(m_dir->filePath(u"gone"_s)));

    // The folder disappears while the diary is open: writes fail with a sentence.
    const QString folder = m_dir->filePath(u"usb"_s);
    QVERIFY(QDir().mkpath(folder));
    Database open(makeDiary(folder + u"/diary.sqlite"_s, 1));
    QVERIFY2(open.open(&error), qPrintable(error));
    QVERIFY(QDir(folder).removeRecursively());
    EntryStore store(open);
    Entry entry;
    entry.date = QDate(2024, 1, 1);
    entry.title = u"사라진 곳"_s;
    entry.text = u"여기에 썼다\n"_s;
    // SQLite keeps writing to the unlinked file, so the write may succeed; it must not crash.
    if (!store.insert(entry, &error))
        QVERIFY(!error.isEmpty());
    QProcess process;
    process.start(hoegoExecutable(), {u"list"_s, u"--db"_s, folder + u"/diary.sqlite"_s});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(u"does not exist"_s));
}

QTEST_GUILESS_MAIN(tst_BadDatabase)
#include "tst_baddatabase.moc"
