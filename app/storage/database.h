#pragma once

#include "storage/schemacheck.h"

#include <QSqlDatabase>
#include <QString>

/// The diary's one SQLite file, opened through Qt Sql (`QSQLITE`) and migrated to the
/// latest schema.
///
/// Use: construct with a path, call open() and report its error to the user; then hand
/// the Database to the stores (EntryStore, …), which hold all SQL. Each Database owns its
/// own named connection, so several can be open at once (tests, backups).
///
/// The schema is numbered by `PRAGMA user_version`; open() runs every migration after the
/// file's version in one transaction each, and refuses a file newer than this build knows.
/// The journal is WAL with synchronous=NORMAL: a killed process loses nothing committed,
/// and a power cut can lose at most the last commits, never the file's integrity.
class Database
{
public:
    explicit Database(const QString &path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens (creating when missing), checks (checkDiaryFile()) and migrates. On failure
    /// returns false and sets @p error to a sentence that names the file and what the user
    /// can do. With @p pages Defer the page check is left to the caller (checkDiaryPages()
    /// on another connection, as BackgroundCheck runs it), except before a migration.
    bool open(QString *error, DiaryPages pages = DiaryPages::Check);
    bool isOpen() const;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }

    /// The schema version of the open file (`PRAGMA user_version`).
    int userVersion() const;
    /// The schema version this build writes.
    static int latestSchemaVersion();

    /// `diary.sqlite` in QStandardPaths::AppDataLocation (the folder is created).
    static QString defaultPath();

private:
    bool migrate(int from, QString *error);

    QString m_path;
    QString m_connectionName;
};
