#include "autobackup.h"

#include "appsettings.h"
#include "storage/backup.h"
#include "storage/database.h"

#include <QDateTime>
#include <QDir>

AutoBackup::AutoBackup(Database &database, const AppSettings &settings, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_settings(settings)
{
    m_timer.setInterval(checkInterval);
    connect(&m_timer, &QTimer::timeout, this, &AutoBackup::backUpInBackground);
}

AutoBackup::~AutoBackup()
{
    if (m_worker)
        m_worker->wait();
}

void AutoBackup::start()
{
    QTimer::singleShot(firstCheckDelay, this, &AutoBackup::backUpInBackground);
    m_timer.start();
}

void AutoBackup::backUpInBackground()
{
    if (m_worker && m_worker->isRunning())
        return;
    const QString databasePath = m_database.path();
    const QString target = folder();
    const QDateTime now = QDateTime::currentDateTime();
    // A connection belongs to the thread that opened it, so the worker opens its own; with
    // WAL the snapshot reads while the window goes on writing. Opening reads every page, so
    // it waits until a backup is due: once a day, not at every start.
    m_worker.reset(QThread::create([this, databasePath, target, now] {
        if (Backup::hasDailyBackup(target, databasePath, now.toLocalTime().date()))
            return;
        Database own(databasePath);
        QString error;
        QString path;
        if (own.open(&error))
            path = Backup::makeDailyBackup(own, target, now, &error);
        QMetaObject::invokeMethod(this, [this, path, error] { report(path, error); }, Qt::QueuedConnection);
    }));
    m_worker->start();
}

QString AutoBackup::folder() const
{
    const QString chosen = m_settings.backupFolder();
    return chosen.isEmpty() ? Backup::defaultFolder(m_database.path()) : QDir(chosen).absolutePath();
}

QString AutoBackup::backUp(const QDateTime &now)
{
    QString error;
    const QString path = Backup::makeDailyBackup(m_database, folder(), now, &error);
    report(path, error);
    return path;
}

void AutoBackup::report(const QString &path, const QString &error)
{
    if (!path.isEmpty())
        Q_EMIT backedUp(path);
    if (!error.isEmpty()) // no backup, or one made whose clean-up failed
        Q_EMIT failed(error);
}
