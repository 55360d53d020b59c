#pragma once

#include <QLockFile>
#include <QString>

#include <chrono>

/// The lock that keeps two Hoego processes from writing to one diary at once: a QLockFile
/// named after the database (`diary.sqlite.lock` beside `diary.sqlite`).
///
/// Use: the GUI takes it when it opens a diary (and opens the diary read-only, with a
/// banner, when another process holds it); the command line's write subcommands take it
/// through openDiary() and wait up to cliTimeout before failing with lockError's sentence.
/// The lock is released by unlock() or the destructor.
///
/// A lock whose process has died (a crash, SIGKILL, a power cut) is taken over: QLockFile
/// checks whether the process named in the file still runs, and when it seems to (its id
/// taken again by a thread or process of the same name), the file lock its holder keeps on
/// the lock file (flock(2), which the kernel drops with the process) decides. Unlike
/// QLockFile's default, a lock never goes stale by age alone, since a diary can stay open
/// for days.
class DiaryLock
{
public:
    static constexpr std::chrono::milliseconds cliTimeout {2000};

    explicit DiaryLock(const QString &databasePath);
    DiaryLock(const DiaryLock &) = delete;
    DiaryLock &operator=(const DiaryLock &) = delete;

    /// Takes the lock, waiting up to @p timeout (0: try once). On failure sets @p error to
    /// a sentence naming the diary and, when known, the process holding it.
    bool lock(std::chrono::milliseconds timeout, QString *error);
    void unlock();
    bool isLocked() const;

    /// The lock file's path for the diary at @p databasePath.
    static QString lockFilePath(const QString &databasePath);

    /// The process id holding the lock, when the file names one (0 otherwise).
    qint64 holderPid() const;

private:
    QString m_databasePath;
    QLockFile m_lock;
};
