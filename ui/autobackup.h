#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

class AppSettings;
class Database;
class QDateTime;

/// The automatic backups of the open diary while the app is used: one when the window
/// opens, then a check every checkInterval, so a window left open for days still gets a
/// backup each day. Each check is Backup::makeDailyBackup(): nothing when the day has a
/// backup already, else a `VACUUM INTO` snapshot and the 7 daily + 4 weekly + 12 monthly
/// retention.
///
/// The folder is AppSettings::backupFolder(), or Backup::defaultFolder() (`backups/`
/// beside the database) while that is empty; a change applies from the next check on.
///
/// Use: construct over the open database (not in a read-only window: the instance that
/// holds the diary's lock backs it up), connect failed() to something the user sees, start().
class AutoBackup : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::minutes checkInterval {60};

    AutoBackup(Database &database, const AppSettings &settings, QObject *parent = nullptr);

    /// Backs up now (when today has no backup) and starts the checks.
    void start();
    /// One check at local time @p now. Returns the new backup's path; empty when the day
    /// had one already or on failure. Emits failed() when the backup or its pruning failed.
    QString backUp(const QDateTime &now);
    /// Where the next backup goes (absolute).
    QString folder() const;
    const QTimer &timer() const { return m_timer; }

Q_SIGNALS:
    void backedUp(const QString &path);
    /// @p error is a sentence for the user naming the folder.
    void failed(const QString &error);

private:
    Database &m_database;
    const AppSettings &m_settings;
    QTimer m_timer;
};
