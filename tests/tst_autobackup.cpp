#include "appsettings.h"
#include "autobackup.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/entrystore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The app's automatic backups: one at start, one a day while it stays open, in the folder
// the settings name, kept by Backup's retention.
class tst_AutoBackup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void backsUpAtStartThenOncePerDay();
    void followsTheFolderSetting();
    void keepsTheRetention();
    void reportsAFolderThatCannotBeMade();

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_files = 0;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AppSettings> m_settings;
};

void tst_AutoBackup::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_AutoBackup::init()
{
    m_path = m_dir.filePath(u"diary-%1/diary.sqlite"_s.arg(++m_files));
    QVERIFY(QDir().mkpath(QFileInfo(m_path).path()));
    m_database = std::make_unique<Database>(m_path);
    QString error;
    QVERIFY2(m_database->open(&error), qPrintable(error));
    EntryStore store(*m_database);
    Entry entry;
    entry.date = QDate(2024, 5, 1);
    entry.title = u"백업할 글"_s;
    entry.text = u"지켜야 할 말.\n"_s;
    QVERIFY2(store.insert(entry, &error), qPrintable(error));
    m_settings = std::make_unique<AppSettings>();
    m_settings->setBackupFolder(QString());
}

void tst_AutoBackup::cleanup()
{
    m_settings.reset();
    m_database.reset();
}

void tst_AutoBackup::backsUpAtStartThenOncePerDay()
{
    AutoBackup backups(*m_database, *m_settings);
    QCOMPARE(backups.folder(), Backup::defaultFolder(m_path));
    QSignalSpy made(&backups, &AutoBackup::backedUp);
    QSignalSpy failed(&backups, &AutoBackup::failed);
    backups.start();
    QCOMPARE(made.size(), 0); // the first check waits for the window to paint, then runs on a thread
    QVERIFY(backups.timer().isActive());
    QVERIFY(made.wait(30'000));
    QCOMPARE(made.size(), 1);
    QVERIFY(backups.timer().interval() <= 60 * 60 * 1000);
    const QString first = made.at(0).at(0).toString();
    QVERIFY(QFileInfo(first).path() == QFileInfo(Backup::defaultFolder(m_path)).absoluteFilePath());
    QString error;
    QVERIFY2(Backup::verify(first, &error), qPrintable(error));

    // The hourly checks of the same day make nothing; the next day's first one does.
    const QDateTime now = QDateTime::currentDateTime();
    QVERIFY(backups.backUp(now).isEmpty());
    const QDateTime tomorrow(now.date().addDays(1), QTime(0, 30));
    QVERIFY(!backups.backUp(tomorrow).isEmpty());
    QVERIFY(backups.backUp(tomorrow.addSecs(3600)).isEmpty());
    QCOMPARE(Backup::backups(backups.folder(), m_path).size(), 2);
    QCOMPARE(failed.size(), 0);
}

void tst_AutoBackup::followsTheFolderSetting()
{
    AutoBackup backups(*m_database, *m_settings);
    const QDateTime day(QDate(2030, 1, 1), QTime(9, 0));
    QVERIFY(!backups.backUp(day).isEmpty());
    const QString chosen = m_dir.filePath(u"elsewhere-%1"_s.arg(m_files));
    m_settings->setBackupFolder(chosen);
    QCOMPARE(backups.folder(), chosen);
    const QString moved = backups.backUp(day.addDays(1));
    QCOMPARE(QFileInfo(moved).path(), chosen);
    QCOMPARE(Backup::backups(chosen, m_path).size(), 1);
    QCOMPARE(Backup::backups(Backup::defaultFolder(m_path), m_path).size(), 1);
    QCOMPARE(QFileInfo(moved).permissions() & 0x0077, QFileDevice::Permissions());
}

// Sixty days of use leave what the retention rule keeps, not sixty files.
void tst_AutoBackup::keepsTheRetention()
{
    AutoBackup backups(*m_database, *m_settings);
    QList<QDateTime> times;
    for (int day = 0; day < 60; ++day) {
        const QDateTime time(QDate(2031, 1, 1).addDays(day), QTime(20, 15));
        QVERIFY(!backups.backUp(time).isEmpty());
        times << time;
    }
    const QList<BackupFile> kept = Backup::backups(backups.folder(), m_path);
    QCOMPARE(kept.size(), Backup::retained(times).size());
    QVERIFY(kept.size() < 20);
    QCOMPARE(kept.constFirst().time, times.constLast());
}

void tst_AutoBackup::reportsAFolderThatCannotBeMade()
{
    QFile blocker(m_dir.filePath(u"a-file-%1"_s.arg(m_files)));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    m_settings->setBackupFolder(blocker.fileName() + u"/backups"_s);
    AutoBackup backups(*m_database, *m_settings);
    QSignalSpy failed(&backups, &AutoBackup::failed);
    QVERIFY(backups.backUp(QDateTime::currentDateTime()).isEmpty());
    QCOMPARE(failed.size(), 1);
    const QString error = failed.at(0).at(0).toString();
    QVERIFY2(error.contains(blocker.fileName()), qPrintable(error));
}

QTEST_MAIN(tst_AutoBackup)
#include "tst_autobackup.moc"
