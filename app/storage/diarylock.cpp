#include "storage/diarylock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {

/// Whether some process holds the flock(2) lock QLockFile puts on its file (Unix).
bool heldByAnyProcess(const QFileInfo &lockFile)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(lockFile.absoluteFilePath()).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return true; // cannot tell: leave it to QLockFile
    const bool held = ::flock(fd, LOCK_EX | LOCK_NB) != 0;
    ::close(fd); // releases the probe's own lock
    return held;
#else
    return lockFile.size() != 0; // without flock: only the empty file of a killed process
#endif
}

} // namespace

DiaryLock::DiaryLock(const QString &databasePath)
    : m_databasePath(databasePath)
    , m_lock(lockFilePath(databasePath))
{
    m_lock.setStaleLockTime(0);
}

QString DiaryLock::lockFilePath(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + u".lock"_s;
}

bool DiaryLock::lock(std::chrono::milliseconds timeout, QString *error)
{
    if (m_lock.isLocked())
        return true;
    if (m_lock.tryLock(timeout))
        return true;
    // QLockFile creates its file, writes the holder's details into it and then locks it with
    // flock(2). A process killed before the lock leaves a file no process locks, and so does
    // one whose id the system has since given to another Hoego's thread or process, which
    // QLockFile takes for the holder: without an age limit (setStaleLockTime(0)) either would
    // block the diary for good. A live holder locks its file at once, so a lock file older
    // than a second that nobody has flock()ed is such a leftover.
    const QFileInfo lockFile(lockFilePath(m_databasePath));
    if (m_lock.error() == QLockFile::LockFailedError && lockFile.exists()
        && lockFile.lastModified().msecsTo(QDateTime::currentDateTime()) > 1000 && !heldByAnyProcess(lockFile)) {
        m_lock.removeStaleLockFile();
        if (m_lock.tryLock(timeout))
            return true;
    }
    const QString name = QDir::toNativeSeparators(QFileInfo(m_databasePath).absoluteFilePath());
    switch (m_lock.error()) {
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString host;
        QString application;
        if (m_lock.getLockInfo(&pid, &host, &application)) {
            *error = QCoreApplication::translate("DiaryLock",
                "The diary %1 is in use by another Hoego (process %2 on %3). Close it and try again, or open "
                "the diary read-only.")
                         .arg(name)
                         .arg(pid)
                         .arg(host.isEmpty() ? QCoreApplication::translate("DiaryLock", "this computer") : host);
        } else {
            *error = QCoreApplication::translate(
                "DiaryLock", "The diary %1 is in use by another Hoego. Close it and try again.")
                         .arg(name);
        }
        break;
    }
    case QLockFile::PermissionError:
        *error = QCoreApplication::translate("DiaryLock",
            "Cannot lock the diary %1: its folder is not writable. Make the folder writable, or open the diary "
            "read-only.")
                     .arg(name);
        break;
    default:
        *error = QCoreApplication::translate("DiaryLock", "Cannot lock the diary %1 (lock file %2).")
                     .arg(name, QDir::toNativeSeparators(lockFilePath(m_databasePath)));
        break;
    }
    return false;
}

void DiaryLock::unlock()
{
    m_lock.unlock();
}

bool DiaryLock::isLocked() const
{
    return m_lock.isLocked();
}

qint64 DiaryLock::holderPid() const
{
    qint64 pid = 0;
    QString host;
    QString application;
    return m_lock.getLockInfo(&pid, &host, &application) ? pid : 0;
}
