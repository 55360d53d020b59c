#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

class Database;

/// One backup file of a diary, as found in a backup folder.
struct BackupFile
{
    QString path;
    QDateTime time; ///< local time, from the file name
    bool prunable = false; ///< a plain daily backup (not one kept before a restore)
};

/// Whole-diary backups and restore.
///
/// A backup is a consistent snapshot written by SQLite's `VACUUM INTO` through the open
/// connection, never a copy of the live file, into a folder that is by default `backups/`
/// beside the database (defaultFolder()). Files are named `NAME-YYYY-MM-DD-HHMMSS.sqlite`
/// after the database's base name and the local time, are created 0600, and appear under
/// their final name only once complete (they are written as `….partial` and renamed).
///
/// Use: the GUI calls makeDailyBackup() when it opens a diary and then about once an hour
/// (it does nothing when today already has a backup); `hoego backup` calls create();
/// `hoego restore` calls verify() and restore() while holding the DiaryLock.
///
/// Retention (prune()): the newest backup of each of the 7 most recent days that have one,
/// of each of the 4 most recent ISO weeks and of each of the 12 most recent months is kept;
/// so is every backup made before a restore. Days without a backup do not use up a slot, so
/// a diary left alone for a year still has its last backups.
class Backup
{
public:
    static constexpr int keptDays = 7;
    static constexpr int keptWeeks = 4;
    static constexpr int keptMonths = 12;

    /// `backups/` in the folder of @p databasePath.
    static QString defaultFolder(const QString &databasePath);

    /// Writes a snapshot of @p database into @p folder (created 0700 when missing), named
    /// after the local time @p now, with @p label added before the extension when not empty
    /// (`NAME-YYYY-MM-DD-HHMMSS-LABEL.sqlite`). Returns the new file's absolute path, or an
    /// empty string after setting @p error to a sentence for the user.
    static QString create(
        Database &database, const QString &folder, const QDateTime &now, QString *error, const QString &label = {});

    /// The once-a-day backup: when @p folder has no backup of @p database from @p now's day,
    /// makes one, then prunes. Returns the new backup's path; an empty string with @p error
    /// left empty when today's backup exists already, or with @p error set on failure.
    static QString makeDailyBackup(Database &database, const QString &folder, const QDateTime &now, QString *error);

    /// Whether @p folder holds a daily backup of the diary at @p databasePath from @p day
    /// (local time), which makeDailyBackup() would not make again.
    static bool hasDailyBackup(const QString &folder, const QString &databasePath, const QDate &day);

    /// The backups of the diary at @p databasePath found in @p folder, newest first.
    static QList<BackupFile> backups(const QString &folder, const QString &databasePath);

    /// Which of @p times (backup times, in any order) the retention rule keeps.
    static QList<QDateTime> retained(const QList<QDateTime> &times);

    /// Deletes the prunable backups of @p databasePath in @p folder that retained() does
    /// not keep, and `.partial` files older than an hour (left by a killed backup).
    static bool prune(const QString &folder, const QString &databasePath, QString *error);

    /// Checks that @p path holds a Hoego diary this version can open: an SQLite file that
    /// passes `PRAGMA integrity_check`, whose schema version is not newer than
    /// Database::latestSchemaVersion() and that has the tables of its version. On failure
    /// sets @p error to a sentence naming the file.
    static bool verify(const QString &path, QString *error);

    /// Replaces the diary at @p databasePath with the backup @p backupPath. The caller holds
    /// the diary's DiaryLock and has no Database open on it.
    ///
    /// Steps: verify() the backup; back up the current diary into @p folder (labelled
    /// `before-restore`, never pruned; a current file that cannot be opened is copied as
    /// it is, labelled `unreadable`) and report that path in @p safetyCopy; write a fresh
    /// copy of the backup beside the diary with `VACUUM INTO`, then rename it over the diary
    /// (atomic: a kill leaves either the old or the new diary); finally open it once, which
    /// migrates an older backup. On failure the current diary is untouched and @p error says why.
    static bool restore(const QString &backupPath, const QString &databasePath, const QString &folder,
        QString *safetyCopy, QString *error);
};
