// Fault injection: starts the real hoego executable, kills it with SIGKILL at random
// moments (a fixed seed, so every run kills at the same offsets) while it imports a folder
// of posts, migrates an old diary, writes a backup, restores one, and saves an entry being
// typed (one file re-imported after each "keystroke"), and after every kill checks that
//   - the diary passes PRAGMA integrity_check,
//   - every imported file is in the diary whole (one of the versions written) or not at all,
//   - the next start opens the diary normally (`hoego list` exits 0),
// and at the end that a last, unkilled run imports every file: nothing was lost.
// Prints `kills N, integrity failures N, lost imports N` as its closing summary.
#include "cli/commandline.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "testpaths.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

constexpr quint32 seed = 20261129;

/// A short-lived QSQLITE connection that reads a file without migrating it.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(u"raw-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

} // namespace

class tst_FaultInjection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void killDuringImport();
    void killDuringMigration();
    void killDuringBackup();
    void killDuringRestore();
    void killWhileTyping();
    void cleanupTestCase();

private:
    /// Starts hoego with @p arguments, kills it after a random delay in [0, @p window] ms
    /// (unless it ended before), and counts the kill.
    void runAndKill(const QStringList &arguments, int window);
    /// How long an unkilled run of hoego with @p arguments takes, in ms (at least 20).
    int measure(const QStringList &arguments);
    /// PRAGMA integrity_check of @p path is "ok"; counts a failure otherwise.
    bool checkIntegrity(const QString &path);
    /// `hoego list --db PATH` exits 0.
    bool opensNormally(const QString &path);
    /// The text of each imported entry, by source file name.
    QHash<QString, QString> importedTexts(const QString &path);
    /// Writes version @p version of post @p index into @p folder; returns its name.
    QString writePost(const QString &folder, int index, int version);
    /// Counts files whose entry is neither absent nor one of the versions written.
    void checkAllOrNothing(const QString &diary);

    QTemporaryDir m_dir;
    QRandomGenerator m_random {seed};
    int m_kills = 0;
    int m_killedMidway = 0; ///< kills that found the process still running
    int m_integrityFailures = 0;
    int m_lostImports = 0;
    int m_openFailures = 0;
    /// Every version of each post's text ever written, by file name.
    QHash<QString, QSet<QString>> m_versions;
    QElapsedTimer m_clock;
};

void tst_FaultInjection::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(hoegoExecutable()).isExecutable(), qPrintable(hoegoExecutable()));
    if (!isCliCommand(u"import"_s))
        QSKIP("this build has no hoego import yet");
    m_clock.start();
}

void tst_FaultInjection::runAndKill(const QStringList &arguments, int window)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.start(hoegoExecutable(), arguments);
    QVERIFY(process.waitForStarted());
    const int delay = int(m_random.bounded(window + 1));
    if (!process.waitForFinished(delay)) {
        ++m_killedMidway;
        process.kill();
        QVERIFY(process.waitForFinished(10000));
    }
    ++m_kills;
}

int tst_FaultInjection::measure(const QStringList &arguments)
{
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    process.start(hoegoExecutable(), arguments);
    process.waitForFinished(60000);
    return std::max(20, int(timer.elapsed()));
}

bool tst_FaultInjection::checkIntegrity(const QString &path)
{
    const RawConnection connection(path);
    QSqlQuery query(connection.db());
    QStringList result;
    if (query.exec(u"PRAGMA integrity_check"_s)) {
        while (query.next())
            result.append(query.value(0).toString());
    } else {
        result.append(query.lastError().text());
    }
    if (result == QStringList {u"ok"_s})
        return true;
    ++m_integrityFailures;
    qWarning("integrity check of %s after a kill: %s", qPrintable(path), qPrintable(result.join(u"; "_s)));
    return false;
}

bool tst_FaultInjection::opensNormally(const QString &path)
{
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    process.start(hoegoExecutable(), {u"list"_s, u"--db"_s, path});
    if (process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return true;
    ++m_openFailures;
    qWarning("hoego list --db %s after a kill: %s", qPrintable(path), process.readAllStandardError().constData());
    return false;
}

QHash<QString, QString> tst_FaultInjection::importedTexts(const QString &path)
{
    QHash<QString, QString> texts;
    const RawConnection connection(path);
    QSqlQuery query(connection.db());
    if (query.exec(u"SELECT source_name, text FROM entries WHERE source_name IS NOT NULL"_s)) {
        while (query.next())
            texts.insert(query.value(0).toString(), query.value(1).toString());
    }
    return texts;
}

QString tst_FaultInjection::writePost(const QString &folder, int index, int version)
{
    const QDate date = QDate(2020, 1, 1).addDays(index * 3);
    const QString name = u"%1-post-%2.md"_s.arg(date.toString(Qt::ISODate)).arg(index);
    QString text = u"---\ntitle: \"글 %1, 판 %2\"\ntags: [회고, t%1, v%2]\n---\n\n"_s.arg(index).arg(version);
    const int paragraphs = 3 + (index * 7 + version) % 40;
    for (int p = 0; p < paragraphs; ++p)
        text += u"%1번째 문단: 오늘은 조금 더 걸었다. Paragraph %1 of version %2.\n\n"_s.arg(p).arg(version);
    text += u"끝 %1/%2\n"_s.arg(index).arg(version);
    QFile file(folder + u'/' + name);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(file.fileName()));
    file.write(text.toUtf8());
    m_versions[name].insert(text);
    return name;
}

void tst_FaultInjection::checkAllOrNothing(const QString &diary)
{
    const QHash<QString, QString> texts = importedTexts(diary);
    for (auto it = texts.begin(); it != texts.end(); ++it) {
        const auto versions = m_versions.constFind(it.key());
        if (versions == m_versions.constEnd())
            continue; // not one of this harness's files
        if (!versions->contains(it.value())) {
            ++m_lostImports;
            qWarning("%s is in the diary, but not as any version written (%lld characters)", qPrintable(it.key()),
                qint64(it.value().size()));
        }
    }
}

// 80 kills during `hoego import` of a folder of 60 posts, some of which change between runs;
// then one unkilled import must hold every file's last version.
void tst_FaultInjection::killDuringImport()
{
    const QString folder = m_dir.filePath(u"posts"_s);
    QVERIFY(QDir().mkpath(folder));
    QList<int> version(60, 1);
    for (int i = 0; i < version.size(); ++i)
        writePost(folder, i, version[i]);
    const QString diary = m_dir.filePath(u"import.sqlite"_s);
    const QStringList arguments = {u"import"_s, u"--db"_s, diary, folder};
    const int window = measure(arguments) * 11 / 10;
    QFile::remove(diary);
    QFile::remove(diary + u"-wal"_s);
    QFile::remove(diary + u"-shm"_s);

    for (int round = 0; round < 80; ++round) {
        if (round % 4 == 3) { // new versions of a few files: the next import updates them
            for (int n = 0; n < 5; ++n) {
                const int index = int(m_random.bounded(version.size()));
                writePost(folder, index, ++version[index]);
            }
        }
        runAndKill(arguments, window);
        if (QFileInfo::exists(diary)) {
            checkIntegrity(diary);
            checkAllOrNothing(diary);
        }
        if (round % 8 == 0)
            opensNormally(diary);
    }

    QProcess last;
    last.start(hoegoExecutable(), arguments);
    QVERIFY(last.waitForFinished(60000));
    // What counts is below: every file's last version in the diary. A file the importer
    // reports (a conflict, say) is shown, not failed on.
    if (last.exitCode() != 0)
        qWarning("the final import %s (exit %d): %s%s",
            last.exitStatus() == QProcess::CrashExit ? "crashed" : "reported", last.exitCode(),
            last.readAllStandardOutput().constData(), last.readAllStandardError().constData());
    QVERIFY(checkIntegrity(diary));
    const QHash<QString, QString> texts = importedTexts(diary);
    for (int i = 0; i < version.size(); ++i) {
        const QString name = u"%1-post-%2.md"_s.arg(QDate(2020, 1, 1).addDays(i * 3).toString(Qt::ISODate)).arg(i);
        if (!texts.value(name).endsWith(u"끝 %1/%2\n"_s.arg(i).arg(version[i]))) {
            ++m_lostImports;
            qWarning("%s: its last version is not in the diary after the final import", qPrintable(name));
        }
    }
}

// 30 kills while `hoego list` migrates a schema-1 diary of 3000 entries to the latest schema;
// the file stays whole, at some version, and the next start finishes the migration.
void tst_FaultInjection::killDuringMigration()
{
    if (Database::latestSchemaVersion() < 2)
        QSKIP("only one schema version: nothing to migrate");
    const QString old = m_dir.filePath(u"schema1.sqlite"_s);
    {
        const RawConnection connection(old);
        QSqlDatabase db = connection.db();
        QSqlQuery query(db);
        for (const QString &statement : schemaMigrations().at(0))
            QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
        QVERIFY(query.exec(u"PRAGMA user_version = 1"_s));
        QVERIFY(db.transaction());
        query.prepare(u"INSERT INTO entries (kind, date, title, text, created, updated) VALUES ('daily', ?, ?, ?, "
                      "'2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')"_s);
        for (int i = 0; i < 3000; ++i) {
            query.addBindValue(QDate(2015, 1, 1).addDays(i).toString(Qt::ISODate));
            query.addBindValue(u"하루 %1"_s.arg(i));
            query.addBindValue(u"# 하루 %1\n\n오늘은 비가 왔다. It rained, and I read %1 pages.\n"_s.arg(i));
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        }
        QVERIFY(db.commit());
    }
    const QString diary = m_dir.filePath(u"migrate.sqlite"_s);
    const auto fresh = [&] {
        QFile::remove(diary);
        QFile::remove(diary + u"-wal"_s);
        QFile::remove(diary + u"-shm"_s);
        return QFile::copy(old, diary);
    };
    QVERIFY(fresh());
    const QStringList arguments = {u"list"_s, u"--db"_s, diary};
    const int window = measure(arguments) * 11 / 10;

    for (int round = 0; round < 30; ++round) {
        QVERIFY(fresh());
        runAndKill(arguments, window);
        if (!checkIntegrity(diary))
            continue;
        opensNormally(diary);
        Database database(diary);
        QString error;
        QVERIFY2(database.open(&error), qPrintable(error));
        QCOMPARE(database.userVersion(), Database::latestSchemaVersion());
        QSqlQuery count(database.connection());
        QVERIFY(count.exec(u"SELECT count(*) FROM entries"_s) && count.next());
        QCOMPARE(count.value(0).toInt(), 3000);
    }
}

// 25 kills during `hoego backup`: the diary stays whole, and any file under a backup's
// final name is a complete, verified backup (a half-written one keeps its .partial name).
void tst_FaultInjection::killDuringBackup()
{
    const QString diary = m_dir.filePath(u"import.sqlite"_s);
    const QString folder = m_dir.filePath(u"backups"_s);
    const QStringList arguments = {u"backup"_s, u"--db"_s, diary, folder};
    const int window = measure(arguments) * 11 / 10;
    for (int round = 0; round < 25; ++round) {
        runAndKill(arguments, window);
        checkIntegrity(diary);
        for (const BackupFile &backup : Backup::backups(folder, diary)) {
            QString error;
            if (!Backup::verify(backup.path, &error)) {
                ++m_integrityFailures;
                qWarning("%s", qPrintable(error));
            }
        }
    }
    opensNormally(diary);
}

// 25 kills during `hoego restore` of a backup over a diary that has changed since: the
// diary is afterwards either the changed one or the restored one, whole, and opens.
void tst_FaultInjection::killDuringRestore()
{
    const QString diary = m_dir.filePath(u"restore.sqlite"_s);
    const QString changed = m_dir.filePath(u"changed.sqlite"_s);
    const QList<BackupFile> backups = Backup::backups(m_dir.filePath(u"backups"_s), m_dir.filePath(u"import.sqlite"_s));
    QVERIFY(!backups.isEmpty());
    const QString backup = backups.first().path;
    {
        // The changed diary: the backup plus one more post, closed and checkpointed.
        QVERIFY(QFile::copy(backup, changed));
        const QString extra = m_dir.filePath(u"extra"_s);
        QVERIFY(QDir().mkpath(extra));
        writePost(extra, 999, 1);
        QProcess process;
        process.start(hoegoExecutable(), {u"import"_s, u"--db"_s, changed, extra});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
    }
    const QHash<QString, QString> before = importedTexts(changed);
    const QHash<QString, QString> after = importedTexts(backup);
    QVERIFY(before != after);
    const auto reset = [&] {
        QFile::remove(diary);
        QFile::remove(diary + u"-wal"_s);
        QFile::remove(diary + u"-shm"_s);
        return QFile::copy(changed, diary);
    };
    QVERIFY(reset());
    const QStringList arguments = {u"restore"_s, u"--db"_s, diary, backup};
    const int window = measure(arguments) * 11 / 10;
    for (int round = 0; round < 25; ++round) {
        QVERIFY(reset());
        runAndKill(arguments, window);
        if (!checkIntegrity(diary))
            continue;
        const QHash<QString, QString> now = importedTexts(diary);
        if (now != before && now != after) {
            ++m_lostImports;
            qWarning("after a killed restore the diary holds neither the old nor the restored entries");
        }
        opensNormally(diary);
    }
}

// 40 kills while an entry is being "typed": the file grows by a sentence before each save
// (`hoego import` of that one file), and the kill may come in the middle of the save.
void tst_FaultInjection::killWhileTyping()
{
    const QString folder = m_dir.filePath(u"typing"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString diary = m_dir.filePath(u"typing.sqlite"_s);
    const QString path = folder + u"/2024-05-01-typing.md"_s;
    QString text = u"---\ntitle: 쓰는 중\n---\n\n"_s;
    const auto save = [&] {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
        m_versions[u"2024-05-01-typing.md"_s].insert(text);
    };
    save();
    const QStringList arguments = {u"import"_s, u"--db"_s, diary, path};
    const int window = measure(arguments) * 11 / 10;
    for (int round = 0; round < 40; ++round) {
        text += u"문장 %1을 쓰고, then sentence %1. "_s.arg(round);
        save();
        runAndKill(arguments, window);
        checkIntegrity(diary);
        checkAllOrNothing(diary);
    }
    opensNormally(diary);
}

void tst_FaultInjection::cleanupTestCase()
{
    if (m_kills == 0)
        return;
    qInfo("%d of the kills came while hoego was still running; %d starts after a kill failed; %lld ms", m_killedMidway,
        m_openFailures, qint64(m_clock.elapsed()));
    std::printf("kills %d, integrity failures %d, lost imports %d\n", m_kills, m_integrityFailures, m_lostImports);
    std::fflush(stdout);
    QCOMPARE(m_integrityFailures, 0);
    QCOMPARE(m_lostImports, 0);
    QCOMPARE(m_openFailures, 0);
}

QTEST_GUILESS_MAIN(tst_FaultInjection)
#include "tst_faultinjection.moc"
