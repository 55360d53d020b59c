#pragma once

#include <QObject>
#include <QThread>
#include <QTimer>

#include <chrono>
#include <memory>

class AppSettings;
class Database;
class QDateTime;

/// The automatic backups of the open diary while the app is used: a check firstCheckDelay
/// after the window opens, then one every checkInterval, so a window left open for days
/// still gets a backup each day. These checks run on a thread of their own with their own
/// connection to the file: a `VACUUM INTO` of years of writing takes seconds, and the
/// window must neither wait for it to paint nor freeze while the user types. Each check is Backup::makeDailyBackup():
/// nothing when the day has a backup already, else a `VACUUM INTO` snapshot and the 7 daily + 4 weekly + 12 monthly
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
    static constexpr std::chrono::seconds firstCheckDelay {3};

    AutoBackup(Database &database, const AppSettings &settings, QObject *parent = nullptr);
    /// Waits for a check that is still running.
    ~AutoBackup() override;

    /// Starts the checks: the first after firstCheckDelay, each in the background; their
    /// outcome arrives as backedUp() or failed().
    void start();
    /// One check at local time @p now, on this thread. Returns the new backup's path; empty when the day
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
    void backUpInBackground();
    void report(const QString &path, const QString &error);

    Database &m_database;
    const AppSettings &m_settings;
    QTimer m_timer;
    std::unique_ptr<QThread> m_worker;
};
