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
    connect(&m_timer, &QTimer::timeout, this, [this] { backUp(QDateTime::currentDateTime()); });
}

void AutoBackup::start()
{
    backUp(QDateTime::currentDateTime());
    m_timer.start();
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
    if (!path.isEmpty())
        Q_EMIT backedUp(path);
    if (!error.isEmpty()) // no backup, or one made whose clean-up failed
        Q_EMIT failed(error);
    return path;
}
