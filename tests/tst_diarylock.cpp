#include "cli/commandline.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/diarylock.h"
#include "storage/entrystore.h"
#include "testpaths.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class tst_DiaryLock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void secondLockFails();
    void unlockLetsTheNextOneIn();
    void staleLockIsTakenOver();
    void emptyLockFileOfAKilledProcess_data();
    void emptyLockFileOfAKilledProcess();
    void oldLockFileNoProcessLocks_data();
    void oldLockFileNoProcessLocks();
    void writeCommandWaitsThenFails_data();
    void writeCommandWaitsThenFails();
    void readCommandIgnoresTheLock();
    void writeCommandRunsWhenFree();
    void processHoldingTheLockIsKilled();

private:
    QString m_diary;
    QString m_backup;
    QTemporaryDir m_dir;
};

void tst_DiaryLock::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_diary = m_dir.filePath(u"diary.sqlite"_s);
    Database database(m_diary);
    QString error;
    QVERIFY2(database.open(&error), qPrintable(error));
    EntryStore store(database);
    Entry entry;
    entry.date = QDate(2023, 12, 31);
    entry.title = u"2023 회고"_s;
    entry.text = u"한 해를 돌아보며.\n"_s;
    QVERIFY2(store.insert(entry, &error), qPrintable(error));
    m_backup = Backup::create(database, m_dir.filePath(u"kept"_s), QDateTime::currentDateTime(), &error);
    QVERIFY2(!m_backup.isEmpty(), qPrintable(error));
}

void tst_DiaryLock::secondLockFails()
{
    DiaryLock first(m_diary);
    DiaryLock second(m_diary);
    QString error;
    QVERIFY2(first.lock(0ms, &error), qPrintable(error));
    QVERIFY(first.isLocked());
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!second.lock(300ms, &error));
    QVERIFY(timer.elapsed() >= 250);
    QVERIFY(!second.isLocked());
    QVERIFY2(error.contains(m_diary), qPrintable(error));
    QVERIFY2(error.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(error));
    QCOMPARE(DiaryLock::lockFilePath(m_diary), m_diary + u".lock"_s);
}

void tst_DiaryLock::unlockLetsTheNextOneIn()
{
    QString error;
    {
        DiaryLock first(m_diary);
        QVERIFY2(first.lock(0ms, &error), qPrintable(error));
    }
    QVERIFY(!QFile::exists(DiaryLock::lockFilePath(m_diary)));
    DiaryLock second(m_diary);
    QVERIFY2(second.lock(0ms, &error), qPrintable(error));
    second.unlock();
    QVERIFY(!second.isLocked());
}

// A lock file left by a process that no longer exists (killed, crashed) is taken over at once.
void tst_DiaryLock::staleLockIsTakenOver()
{
    QProcess dead;
    dead.start(u"true"_s);
    QVERIFY(dead.waitForFinished());
    const qint64 deadPid = dead.processId() ? dead.processId() : 999999;
    QFile file(DiaryLock::lockFilePath(m_diary));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::number(deadPid) + "\nhoego\n" + QSysInfo::machineHostName().toUtf8() + '\n');
    file.close();

    DiaryLock lock(m_diary);
    QString error;
    QVERIFY2(lock.lock(0ms, &error), qPrintable(error));
    QCOMPARE(lock.holderPid(), QCoreApplication::applicationPid());
}

// A process killed between creating the lock file and writing its details leaves it empty:
// once it is older than a second it is taken over; a fresh one may be a holder still writing.
// A lock file naming a process that seems to run (here this one, as when the system has
// given a killed holder's id to another Hoego) but that no process has flock()ed is taken
// over; a live holder's, however old, is not.
void tst_DiaryLock::oldLockFileNoProcessLocks_data()
{
    QTest::addColumn<bool>("liveHolder");
    QTest::addColumn<bool>("taken");
    QTest::newRow("a live holder's") << true << false;
    QTest::newRow("nobody's") << false << true;
}

void tst_DiaryLock::oldLockFileNoProcessLocks()
{
    QFETCH(bool, liveHolder);
    QFETCH(bool, taken);
    const QString path = DiaryLock::lockFilePath(m_diary);
    DiaryLock holder(m_diary);
    QString error;
    if (liveHolder) {
        QVERIFY2(holder.lock(0ms, &error), qPrintable(error));
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray::number(QCoreApplication::applicationPid()) + '\n'
            + QFileInfo(QCoreApplication::applicationFilePath()).fileName().toUtf8() + '\n'
            + QSysInfo::machineHostName().toUtf8() + '\n');
        file.close();
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(-60), QFileDevice::FileModificationTime));
    file.close();

    DiaryLock lock(m_diary);
    QCOMPARE(lock.lock(0ms, &error), taken);
    if (taken)
        QCOMPARE(lock.holderPid(), QCoreApplication::applicationPid());
    else
        QVERIFY2(error.contains(u"in use"_s), qPrintable(error));
    lock.unlock();
    holder.unlock();
    QFile::remove(path);
}

void tst_DiaryLock::emptyLockFileOfAKilledProcess_data()
{
    QTest::addColumn<int>("ageSeconds");
    QTest::addColumn<bool>("taken");
    QTest::newRow("a minute old") << 60 << true;
    QTest::newRow("being written") << 0 << false;
}

void tst_DiaryLock::emptyLockFileOfAKilledProcess()
{
    QFETCH(int, ageSeconds);
    QFETCH(bool, taken);
    QFile file(DiaryLock::lockFilePath(m_diary));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(-ageSeconds), QFileDevice::FileModificationTime));
    file.close();

    DiaryLock lock(m_diary);
    QString error;
    QCOMPARE(lock.lock(0ms, &error), taken);
    if (taken)
        QCOMPARE(lock.holderPid(), QCoreApplication::applicationPid());
    else
        QVERIFY(error.contains(u"in use"_s));
    lock.unlock();
    QFile::remove(DiaryLock::lockFilePath(m_diary));
}

void tst_DiaryLock::writeCommandWaitsThenFails_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("restore") << QStringList {u"restore"_s, u"--db"_s, m_diary, m_backup};
    QTest::newRow("import") << QStringList {u"import"_s, u"--db"_s, m_diary, corpusDir() + u"/jekyll/_posts"_s};
}

// While this process holds the lock, a write command waits about two seconds, then fails
// with exit status 1 and a message naming the diary, and leaves the diary as it was.
void tst_DiaryLock::writeCommandWaitsThenFails()
{
    QFETCH(QStringList, arguments);
    if (!isCliCommand(arguments.first()))
        QSKIP("this build has no such subcommand yet");
    DiaryLock holder(m_diary);
    QString error;
    QVERIFY2(holder.lock(0ms, &error), qPrintable(error));

    QElapsedTimer timer;
    timer.start();
    QProcess process;
    process.start(hoegoExecutable(), arguments);
    QVERIFY(process.waitForFinished(30000));
    const QString stderrText = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitCode(), 1);
    QVERIFY2(stderrText.contains(u"in use by another Hoego"_s), qPrintable(stderrText));
    QVERIFY2(stderrText.contains(m_diary), qPrintable(stderrText));
    QVERIFY(timer.elapsed() >= 1900);
    QVERIFY(timer.elapsed() < 15000);

    Database database(m_diary);
    QVERIFY2(database.open(&error), qPrintable(error));
    QCOMPARE(EntryStore(database).count(), 1);
}

void tst_DiaryLock::readCommandIgnoresTheLock()
{
    DiaryLock holder(m_diary);
    QString error;
    QVERIFY2(holder.lock(0ms, &error), qPrintable(error));
    QProcess process;
    process.start(hoegoExecutable(), {u"list"_s, u"--db"_s, m_diary});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(QString::fromUtf8(process.readAllStandardOutput()).contains(u"2023 회고"_s));
}

void tst_DiaryLock::writeCommandRunsWhenFree()
{
    QProcess process;
    process.start(hoegoExecutable(), {u"restore"_s, u"--db"_s, m_diary, m_backup});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(!QFile::exists(DiaryLock::lockFilePath(m_diary)));
}

// Another process holds the lock: this one cannot take it, and is told that process's id;
// once that process is killed with SIGKILL, its lock file stays behind and is taken over
// at once, without waiting for it to age.
void tst_DiaryLock::processHoldingTheLockIsKilled()
{
    QProcess holder;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOEGO_TEST_HOLD_LOCK"_s, m_diary);
    holder.setProcessEnvironment(environment);
    holder.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(holder.waitForReadyRead(10000));
    QCOMPARE(holder.readLine().trimmed(), QByteArray("locked"));

    DiaryLock lock(m_diary);
    QString error;
    QVERIFY(!lock.lock(200ms, &error));
    QVERIFY2(error.contains(QString::number(holder.processId())), qPrintable(error));

    holder.kill();
    QVERIFY(holder.waitForFinished());
    QVERIFY(QFile::exists(DiaryLock::lockFilePath(m_diary)));
    QVERIFY2(lock.lock(0ms, &error), qPrintable(error));
}

// Run with HOEGO_TEST_HOLD_LOCK=PATH, the test executable is the other process: it takes
// the diary's lock, says so on stdout and waits to be killed.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (const QString diary = qEnvironmentVariable("HOEGO_TEST_HOLD_LOCK"); !diary.isEmpty()) {
        DiaryLock lock(diary);
        QString error;
        if (!lock.lock(0ms, &error))
            return 1;
        fputs("locked\n", stdout);
        fflush(stdout);
        QThread::sleep(60);
        return 0;
    }
    tst_DiaryLock test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_diarylock.moc"
