#include "storage/backup.h"
#include "storage/database.h"
#include "storage/entrystore.h"
#include "testpaths.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_Backup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void retention_data();
    void retention();
    void createsPrivateSnapshot();
    void databaseFilesArePrivate();
    void dailyBackupOncePerDay();
    void pruneKeepsRetainedAndRestoreCopies();
    void restoreRoundTrip();
    void restoreReplacesUnreadableDiary();
    void refusesBadBackup_data();
    void refusesBadBackup();
    void commandLineRoundTrip();

private:
    QString makeDiary(const QString &name, const QStringList &titles);
    static QStringList titles(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
};

static const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
    | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

void tst_Backup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

// A diary at @p name in the temporary folder holding one entry per title.
QString tst_Backup::makeDiary(const QString &name, const QStringList &titles)
{
    const QString path = m_dir->filePath(name);
    Database database(path);
    QString error;
    if (!database.open(&error))
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(error));
    EntryStore store(database);
    for (const QString &title : titles) {
        Entry entry;
        entry.date = QDate(2023, 12, 31);
        entry.title = title;
        entry.text = u"# "_s + title + u"\n\n오늘의 회고.\n"_s;
        entry.tags = {u"회고"_s};
        if (!store.insert(entry, &error))
            qFatal("cannot insert: %s", qPrintable(error));
    }
    return path;
}

// The titles of the entries in the diary at @p path, sorted.
QStringList tst_Backup::titles(const QString &path)
{
    Database database(path);
    QString error;
    if (!database.open(&error))
        return {u"<"_s + error + u">"_s};
    QStringList result;
    for (const Entry &entry : EntryStore(database).entries())
        result.append(entry.title);
    result.sort();
    return result;
}

static QList<QDateTime> times(const QStringList &texts)
{
    QList<QDateTime> result;
    for (const QString &text : texts)
        result.append(QDateTime::fromString(text.size() == 10 ? text + u"T12:00:00"_s : text, Qt::ISODate));
    return result;
}

static QStringList dayRange(QDate first, QDate last)
{
    QStringList days;
    for (QDate day = first; day <= last; day = day.addDays(1))
        days.append(day.toString(Qt::ISODate));
    return days;
}

void tst_Backup::retention_data()
{
    QTest::addColumn<QStringList>("backups");
    QTest::addColumn<QStringList>("kept");

    QTest::newRow("fewer than seven days") << QStringList {u"2026-11-27"_s, u"2026-11-28"_s, u"2026-11-29"_s}
                                           << QStringList {u"2026-11-27"_s, u"2026-11-28"_s, u"2026-11-29"_s};
    // 2026-11-29 is a Sunday: ISO weeks run Monday 23–29, 16–22, 9–15, 2–8 November.
    QTest::newRow("thirty days in a row")
        << dayRange(QDate(2026, 10, 31), QDate(2026, 11, 29))
        << (QStringList {u"2026-10-31"_s, u"2026-11-08"_s, u"2026-11-15"_s, u"2026-11-22"_s}
               + dayRange(QDate(2026, 11, 23), QDate(2026, 11, 29)));
    QTest::newRow("the newest of one day") << QStringList {u"2026-11-29T09:00:00"_s, u"2026-11-29T18:30:00"_s,
        u"2026-11-28T23:59:59"_s} << QStringList {u"2026-11-28T23:59:59"_s, u"2026-11-29T18:30:00"_s};
    QTest::newRow("idle years keep their last backups") << QStringList {u"2024-01-15"_s, u"2025-06-01"_s,
        u"2026-11-29"_s} << QStringList {u"2024-01-15"_s, u"2025-06-01"_s, u"2026-11-29"_s};
    QStringList firsts;
    for (QDate month(2025, 1, 1); month <= QDate(2026, 11, 1); month = month.addMonths(1))
        firsts.append(month.toString(Qt::ISODate));
    QTest::newRow("monthly for two years keeps twelve months") << firsts << firsts.mid(firsts.size() - 12);
    QTest::newRow("none") << QStringList() << QStringList();
}

void tst_Backup::retention()
{
    QFETCH(QStringList, backups);
    QFETCH(QStringList, kept);
    QList<QDateTime> expected = times(kept);
    std::sort(expected.begin(), expected.end(), std::greater<>());
    QCOMPARE(Backup::retained(times(backups)), expected);
}

void tst_Backup::createsPrivateSnapshot()
{
    const QString path = makeDiary(u"diary.sqlite"_s, {u"2023 회고"_s, u"Weekly review"_s});
    Database database(path);
    QString error;
    QVERIFY2(database.open(&error), qPrintable(error));
    // An uncommitted-to-file change (still in the WAL) must be in the backup too.
    EntryStore store(database);
    Entry late;
    late.date = QDate(2024, 1, 1);
    late.title = u"새해"_s;
    late.text = u"새해 첫날.\n"_s;
    QVERIFY2(store.insert(late, &error), qPrintable(error));

    const QString folder = Backup::defaultFolder(path);
    QCOMPARE(folder, m_dir->filePath(u"backups"_s));
    const QString backup = Backup::create(database, folder, QDateTime(QDate(2026, 11, 29), QTime(14, 5, 9)), &error);
    QVERIFY2(!backup.isEmpty(), qPrintable(error));
    QCOMPARE(QFileInfo(backup).fileName(), u"diary-2026-11-29-140509.sqlite"_s);
    QCOMPARE(QFile::permissions(backup) & others, QFileDevice::Permissions());
    QCOMPARE(QFile::permissions(folder) & others, QFileDevice::Permissions());
    QVERIFY2(Backup::verify(backup, &error), qPrintable(error));
    QCOMPARE(titles(backup), (QStringList {u"2023 회고"_s, u"Weekly review"_s, u"새해"_s}));
    QVERIFY(QDir(folder).entryList({u"*.partial"_s}, QDir::Files).isEmpty());

    // A second backup in the same second gets its own name.
    const QString again = Backup::create(database, folder, QDateTime(QDate(2026, 11, 29), QTime(14, 5, 9)), &error);
    QVERIFY2(!again.isEmpty(), qPrintable(error));
    QVERIFY(again != backup);
    QCOMPARE(Backup::backups(folder, path).size(), 2);
}

void tst_Backup::databaseFilesArePrivate()
{
    const QString path = m_dir->filePath(u"private.sqlite"_s);
    Database database(path);
    QString error;
    QVERIFY2(database.open(&error), qPrintable(error));
    EntryStore store(database);
    Entry entry;
    entry.date = QDate(2023, 1, 1);
    entry.title = u"비밀"_s;
    entry.text = u"아무도 모르게.\n"_s;
    QVERIFY2(store.insert(entry, &error), qPrintable(error));
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
        QVERIFY2(QFileInfo::exists(path + suffix), qPrintable(suffix));
        QCOMPARE(QFile::permissions(path + suffix) & others, QFileDevice::Permissions());
    }
}

void tst_Backup::dailyBackupOncePerDay()
{
    const QString path = makeDiary(u"diary.sqlite"_s, {u"하루"_s});
    Database database(path);
    QString error;
    QVERIFY2(database.open(&error), qPrintable(error));
    const QString folder = m_dir->filePath(u"elsewhere/backups"_s);
    const QDateTime morning(QDate(2026, 11, 29), QTime(8, 0));

    const QString first = Backup::makeDailyBackup(database, folder, morning, &error);
    QVERIFY2(!first.isEmpty(), qPrintable(error));
    QCOMPARE(Backup::makeDailyBackup(database, folder, morning.addSecs(6 * 3600), &error), QString());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString next = Backup::makeDailyBackup(database, folder, morning.addDays(1), &error);
    QVERIFY2(!next.isEmpty(), qPrintable(error));
    QCOMPARE(Backup::backups(folder, path).size(), 2);
}

void tst_Backup::pruneKeepsRetainedAndRestoreCopies()
{
    const QString path = makeDiary(u"diary.sqlite"_s, {u"하루"_s});
    Database database(path);
    QString error;
    QVERIFY2(database.open(&error), qPrintable(error));
    const QString folder = Backup::defaultFolder(path);
    QList<QDateTime> made;
    for (QDate day(2026, 9, 1); day <= QDate(2026, 11, 29); day = day.addDays(3)) {
        made.append(QDateTime(day, QTime(20, 0)));
        QVERIFY2(!Backup::create(database, folder, made.last(), &error).isEmpty(), qPrintable(error));
    }
    const QString beforeRestore
        = Backup::create(database, folder, QDateTime(QDate(2026, 1, 1), QTime(9, 0)), &error, u"before-restore"_s);
    QVERIFY2(!beforeRestore.isEmpty(), qPrintable(error));
    // A file of another diary in the same folder is not this diary's to prune.
    QFile other(folder + u"/journal-2020-01-01-000000.sqlite"_s);
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.close();
    // A backup killed half-way, an hour and more ago.
    QFile partial(folder + u"/diary-2026-11-01-000000.sqlite.partial"_s);
    QVERIFY(partial.open(QIODevice::WriteOnly));
    QVERIFY(partial.setFileTime(QDateTime::currentDateTime().addSecs(-7200), QFileDevice::FileModificationTime));
    partial.close();

    QVERIFY2(Backup::prune(folder, path, &error), qPrintable(error));

    QList<QDateTime> remaining;
    for (const BackupFile &file : Backup::backups(folder, path)) {
        if (file.prunable)
            remaining.append(file.time);
    }
    QCOMPARE(remaining, Backup::retained(made));
    QVERIFY(remaining.size() < made.size());
    QVERIFY(QFileInfo::exists(beforeRestore));
    QVERIFY(other.exists());
    QVERIFY(!partial.exists());
}

void tst_Backup::restoreRoundTrip()
{
    const QString path = makeDiary(u"diary.sqlite"_s, {u"2022 회고"_s, u"2023 회고"_s});
    QString error;
    QString backup;
    {
        Database database(path);
        QVERIFY2(database.open(&error), qPrintable(error));
        backup = Backup::create(database, Backup::defaultFolder(path), QDateTime::currentDateTime(), &error);
        QVERIFY2(!backup.isEmpty(), qPrintable(error));
        EntryStore store(database);
        Entry later;
        later.date = QDate(2024, 6, 30);
        later.title = u"상반기 회고"_s;
        later.text = u"상반기를 돌아보며.\n"_s;
        QVERIFY2(store.insert(later, &error), qPrintable(error));
        QVERIFY2(store.remove(store.entries().constLast().id, &error), qPrintable(error));
    }
    const QStringList changed = titles(path);
    QCOMPARE(changed, (QStringList {u"2023 회고"_s, u"상반기 회고"_s}));

    QString safetyCopy;
    QVERIFY2(Backup::restore(backup, path, Backup::defaultFolder(path), &safetyCopy, &error), qPrintable(error));
    QCOMPARE(titles(path), (QStringList {u"2022 회고"_s, u"2023 회고"_s}));
    QVERIFY(QFileInfo::exists(safetyCopy));
    QVERIFY(safetyCopy.endsWith(u"-before-restore.sqlite"_s));
    QCOMPARE(titles(safetyCopy), changed);
    QCOMPARE(QFile::permissions(path) & others, QFileDevice::Permissions());
    QCOMPARE(QFile::permissions(safetyCopy) & others, QFileDevice::Permissions());
    QVERIFY(QDir(m_dir->path()).entryList({u"*.restoring-*"_s}, QDir::Files).isEmpty());
}

// Restoring is the way out of a diary that no longer opens; the broken file is kept.
void tst_Backup::restoreReplacesUnreadableDiary()
{
    const QString good = makeDiary(u"good.sqlite"_s, {u"살아남은 글"_s});
    QString error;
    QString backup;
    {
        Database database(good);
        QVERIFY2(database.open(&error), qPrintable(error));
        backup = Backup::create(database, m_dir->filePath(u"saved"_s), QDateTime::currentDateTime(), &error);
        QVERIFY2(!backup.isEmpty(), qPrintable(error));
    }
    const QString path = m_dir->filePath(u"diary.sqlite"_s);
    QFile broken(path);
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(QByteArray(8192, 'x'));
    broken.close();

    QString safetyCopy;
    QVERIFY2(Backup::restore(backup, path, Backup::defaultFolder(path), &safetyCopy, &error), qPrintable(error));
    QCOMPARE(titles(path), QStringList {u"살아남은 글"_s});
    QVERIFY(safetyCopy.endsWith(u"-unreadable.sqlite"_s));
    QFile kept(safetyCopy);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray(8192, 'x'));
}

void tst_Backup::refusesBadBackup_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not a database") << u"text"_s << u"not a Hoego diary"_s;
    QTest::newRow("empty file") << u"empty"_s << u"empty"_s;
    QTest::newRow("missing file") << u"missing"_s << u"does not exist"_s;
    QTest::newRow("newer schema") << u"newer"_s << u"newer version"_s;
    QTest::newRow("another application's database") << u"foreign"_s << u"not a Hoego diary"_s;
    QTest::newRow("missing tables") << u"tableless"_s << u"lacks the tables"_s;
    QTest::newRow("damaged pages") << u"damaged"_s << u"damaged"_s;
}

void tst_Backup::refusesBadBackup()
{
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    const QString path = makeDiary(u"diary.sqlite"_s, {u"지켜야 할 글"_s});
    const QString bad = m_dir->filePath(u"bad-backup.sqlite"_s);

    const auto raw = [&](const QStringList &statements) {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            db.setDatabaseName(bad);
            QVERIFY(db.open());
            QSqlQuery query(db);
            for (const QString &statement : statements)
                QVERIFY2(query.exec(statement), qPrintable(statement));
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
    };
    if (kind == u"text"_s) {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("---\ntitle: not a database\n---\n본문\n");
    } else if (kind == u"empty"_s) {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
    } else if (kind == u"newer"_s) {
        QVERIFY(QFile::copy(path, bad));
        raw({u"PRAGMA user_version = %1"_s.arg(Database::latestSchemaVersion() + 1)});
    } else if (kind == u"foreign"_s) {
        raw({u"CREATE TABLE bookmarks (url TEXT)"_s});
    } else if (kind == u"tableless"_s) {
        raw({u"CREATE TABLE notes (text TEXT)"_s, u"PRAGMA user_version = 1"_s});
    } else if (kind == u"damaged"_s) {
        {
            Database database(path);
            QString error;
            QVERIFY2(database.open(&error), qPrintable(error));
            EntryStore store(database);
            for (int i = 0; i < 200; ++i) {
                Entry entry;
                entry.date = QDate(2020, 1, 1).addDays(i);
                entry.title = u"글 %1"_s.arg(i);
                entry.text = QString(400, QChar(u'가' + i));
                QVERIFY2(store.insert(entry, &error), qPrintable(error));
            }
            const QString backup
                = Backup::create(database, m_dir->filePath(u"b"_s), QDateTime::currentDateTime(), &error);
            QVERIFY2(!backup.isEmpty(), qPrintable(error));
            QVERIFY(QFile::rename(backup, bad));
        }
        QFile file(bad);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 8 * 4096);
        // Scribble over pages in the middle of the file: the header stays readable.
        file.seek(3 * 4096 + 100);
        file.write(QByteArray(4 * 4096, '\x5a'));
    }
    const QStringList before = titles(path);

    QString error;
    QString safetyCopy;
    QVERIFY(!Backup::verify(bad, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(bad)), qPrintable(error));
    QVERIFY(!Backup::restore(bad, path, Backup::defaultFolder(path), &safetyCopy, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QCOMPARE(safetyCopy, QString());
    QCOMPARE(titles(path), before);
    QVERIFY(!QFileInfo::exists(Backup::defaultFolder(path)));
}

// `hoego backup` prints the backup's path; `hoego restore` brings it back and says where
// the replaced diary went; a bad backup fails with a message and exit status 1.
void tst_Backup::commandLineRoundTrip()
{
    const QString path = makeDiary(u"diary.sqlite"_s, {u"명령줄"_s});
    QProcess backup;
    backup.start(hoegoExecutable(), {u"backup"_s, u"--db"_s, path, m_dir->filePath(u"manual"_s)});
    QVERIFY(backup.waitForFinished(30000));
    QCOMPARE(backup.exitCode(), 0);
    const QString backupPath = QString::fromUtf8(backup.readAllStandardOutput()).trimmed();
    QVERIFY2(backupPath.startsWith(m_dir->filePath(u"manual/diary-"_s)), qPrintable(backupPath));
    QVERIFY(QFileInfo::exists(backupPath));

    QFile::remove(path);
    QFile::remove(path + u"-wal"_s);
    QFile::remove(path + u"-shm"_s);
    QProcess restore;
    restore.start(hoegoExecutable(), {u"restore"_s, u"--db"_s, path, backupPath});
    QVERIFY(restore.waitForFinished(30000));
    QCOMPARE(restore.exitCode(), 0);
    QVERIFY(QString::fromUtf8(restore.readAllStandardOutput()).contains(u"Restored"_s));
    QCOMPARE(titles(path), QStringList {u"명령줄"_s});

    QProcess refused;
    refused.start(hoegoExecutable(), {u"restore"_s, u"--db"_s, path, m_dir->filePath(u"nothing.sqlite"_s)});
    QVERIFY(refused.waitForFinished(30000));
    QCOMPARE(refused.exitCode(), 1);
    QVERIFY(QString::fromUtf8(refused.readAllStandardError()).contains(u"does not exist"_s));
    QCOMPARE(titles(path), QStringList {u"명령줄"_s});
}

QTEST_GUILESS_MAIN(tst_Backup)
#include "tst_backup.moc"
