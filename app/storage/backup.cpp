#include "storage/backup.h"

#include "storage/database.h"
#include "storage/schemacheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <cstdio>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
const QString partialSuffix = u".partial"_s;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString baseName(const QString &databasePath)
{
    return QFileInfo(databasePath).completeBaseName();
}

/// `NAME-YYYY-MM-DD-HHMMSS[-N][-LABEL].sqlite`: captures date, time, label.
QRegularExpression backupPattern(const QString &databasePath)
{
    return QRegularExpression(u"^"_s + QRegularExpression::escape(baseName(databasePath))
        + uR"(-(\d{4}-\d{2}-\d{2})-(\d{6})(?:-\d+)?(?:-([a-z][a-z-]*))?\.sqlite$)"_s);
}

/// Flushes @p path's contents (and, for a folder, its entries) to the disk.
void syncPath(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return;
    ::fsync(fd);
    ::close(fd);
}

bool makeFolder(const QString &folder, QString *error)
{
    if (QFileInfo(folder).isDir())
        return true;
    if (!QDir().mkpath(folder)) {
        *error = QCoreApplication::translate(
            "Backup", "Cannot create the backup folder %1. Check that the disk is writable.")
                     .arg(native(folder));
        return false;
    }
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return true;
}

/// Creates @p path empty with mode 0600, so that `VACUUM INTO` (which takes an empty file)
/// never leaves a moment when the backup is readable by others.
bool createPrivateFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly)) {
        *error = QCoreApplication::translate("Backup", "Cannot create %1: %2").arg(native(path), file.errorString());
        return false;
    }
    return true;
}

/// A named QSQLITE connection removed when it goes out of scope.
class Connection
{
public:
    Connection(const QString &path, bool readOnly)
        : m_name(u"hoego-backup-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        db.open();
    }
    ~Connection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

/// `VACUUM INTO target` on @p db; @p target must not exist yet. Leaves nothing behind on failure.
bool vacuumInto(QSqlDatabase db, const QString &target, QString *error)
{
    if (!createPrivateFile(target, error))
        return false;
    QSqlQuery query(db);
    query.prepare(u"VACUUM INTO ?"_s);
    query.addBindValue(target);
    if (!query.exec()) {
        *error = query.lastError().text();
        QFile::remove(target);
        return false;
    }
    syncPath(target);
    return true;
}

/// A file name in @p folder for a backup at @p now that no file has yet.
QString freeBackupPath(const QString &folder, const QString &databasePath, const QDateTime &now, const QString &label)
{
    const QString stem = folder + u'/' + baseName(databasePath) + u'-' + now.toString(u"yyyy-MM-dd-HHmmss"_s);
    const QString tail = (label.isEmpty() ? QString() : u'-' + label) + u".sqlite"_s;
    QString path = stem + tail;
    for (int n = 2; QFileInfo::exists(path) || QFileInfo::exists(path + partialSuffix); ++n)
        path = stem + u'-' + QString::number(n) + tail;
    return path;
}

bool replaceFile(const QString &from, const QString &to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

} // namespace

QString Backup::defaultFolder(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(u"backups"_s);
}

QString Backup::create(
    Database &database, const QString &folder, const QDateTime &now, QString *error, const QString &label)
{
    QString detail;
    if (!makeFolder(folder, error))
        return {};
    const QString path = QFileInfo(freeBackupPath(folder, database.path(), now, label)).absoluteFilePath();
    const QString partial = path + partialSuffix;
    if (!vacuumInto(database.connection(), partial, &detail)) {
        *error = QCoreApplication::translate("Backup", "Cannot back up the diary %1 into %2: %3")
                     .arg(native(database.path()), native(folder), detail);
        return {};
    }
    if (!replaceFile(partial, path)) {
        QFile::remove(partial);
        *error = QCoreApplication::translate("Backup", "Cannot name the backup %1.").arg(native(path));
        return {};
    }
    syncPath(folder);
    return path;
}

QString Backup::makeDailyBackup(Database &database, const QString &folder, const QDateTime &now, QString *error)
{
    error->clear();
    if (hasDailyBackup(folder, database.path(), now.toLocalTime().date()))
        return {};
    const QString path = create(database, folder, now.toLocalTime(), error);
    if (path.isEmpty())
        return {};
    QString pruneError;
    if (!prune(folder, database.path(), &pruneError))
        *error = pruneError; // the backup exists; the caller may still report the failed clean-up
    return path;
}

bool Backup::hasDailyBackup(const QString &folder, const QString &databasePath, const QDate &day)
{
    const QList<BackupFile> existing = backups(folder, databasePath);
    return std::any_of(existing.begin(), existing.end(),
        [&](const BackupFile &file) { return file.prunable && file.time.date() == day; });
}

QList<BackupFile> Backup::backups(const QString &folder, const QString &databasePath)
{
    const QRegularExpression pattern = backupPattern(databasePath);
    QList<BackupFile> files;
    const QFileInfoList entries = QDir(folder).entryInfoList({baseName(databasePath) + u"-*.sqlite"_s}, QDir::Files);
    for (const QFileInfo &info : entries) {
        const QRegularExpressionMatch match = pattern.match(info.fileName());
        if (!match.hasMatch())
            continue;
        const QDateTime time = QDateTime::fromString(match.captured(1) + match.captured(2), u"yyyy-MM-ddHHmmss"_s);
        if (!time.isValid())
            continue;
        files.append({info.absoluteFilePath(), time, match.captured(3).isEmpty()});
    }
    std::sort(files.begin(), files.end(),
        [](const BackupFile &a, const BackupFile &b) { return a.time != b.time ? a.time > b.time : a.path > b.path; });
    return files;
}

QList<QDateTime> Backup::retained(const QList<QDateTime> &times)
{
    QList<QDateTime> sorted = times;
    std::sort(sorted.begin(), sorted.end(), std::greater<>());

    // Each rule walks the backups newest first and keeps the first one of each new bucket
    // (day, ISO week, month) until it has kept its count.
    QSet<qsizetype> kept;
    const auto keepNewestPerBucket = [&](int count, const auto &bucketOf) {
        QSet<qint64> buckets;
        for (qsizetype i = 0; i < sorted.size() && buckets.size() < count; ++i) {
            const qint64 bucket = bucketOf(sorted.at(i).date());
            if (buckets.contains(bucket))
                continue;
            buckets.insert(bucket);
            kept.insert(i);
        }
    };
    keepNewestPerBucket(keptDays, [](QDate date) { return date.toJulianDay(); });
    keepNewestPerBucket(keptWeeks, [](QDate date) {
        int year = 0;
        const int week = date.weekNumber(&year);
        return qint64(year) * 100 + week;
    });
    keepNewestPerBucket(keptMonths, [](QDate date) { return qint64(date.year()) * 100 + date.month(); });

    QList<QDateTime> result;
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        if (kept.contains(i))
            result.append(sorted.at(i));
    }
    return result;
}

bool Backup::prune(const QString &folder, const QString &databasePath, QString *error)
{
    QList<BackupFile> prunable = backups(folder, databasePath);
    prunable.removeIf([](const BackupFile &file) { return !file.prunable; });
    QList<QDateTime> times;
    for (const BackupFile &file : std::as_const(prunable))
        times.append(file.time);
    QList<QDateTime> keep = retained(times);

    QStringList failed;
    for (const BackupFile &file : std::as_const(prunable)) {
        // Equal times (two backups in one second) each use up one kept slot.
        if (const qsizetype at = keep.indexOf(file.time); at >= 0) {
            keep.removeAt(at);
            continue;
        }
        if (!QFile::remove(file.path))
            failed.append(native(file.path));
    }

    const QDateTime hourAgo = QDateTime::currentDateTime().addSecs(-3600);
    const QFileInfoList partials
        = QDir(folder).entryInfoList({baseName(databasePath) + u"-*.sqlite"_s + partialSuffix}, QDir::Files);
    for (const QFileInfo &info : partials) {
        if (info.lastModified() < hourAgo)
            QFile::remove(info.absoluteFilePath());
    }

    if (!failed.isEmpty()) {
        *error = QCoreApplication::translate("Backup", "Cannot delete the old backups %1.").arg(failed.join(u", "_s));
        return false;
    }
    return true;
}

bool Backup::verify(const QString &path, QString *error)
{
    const QString name = native(path);
    const QFileInfo info(path);
    if (!info.isFile()) {
        *error = QCoreApplication::translate("Backup", "The backup %1 does not exist.").arg(name);
        return false;
    }
    if (info.size() == 0) {
        *error = QCoreApplication::translate("Backup", "The backup %1 is empty: it is not a Hoego diary.").arg(name);
        return false;
    }
    const Connection connection(path, true);
    QSqlDatabase db = connection.db();
    if (!db.isOpen()) {
        *error
            = QCoreApplication::translate("Backup", "Cannot open the backup %1: %2").arg(name, db.lastError().text());
        return false;
    }
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
        *error = QCoreApplication::translate("Backup", "%1 is not a Hoego diary (%2).")
                     .arg(name, query.lastError().text());
        return false;
    }
    const int version = query.value(0).toInt();
    query.finish();
    if (version > Database::latestSchemaVersion()) {
        *error = QCoreApplication::translate(
            "Backup", "The backup %1 was written by a newer version of Hoego (schema %2; this version knows %3).")
                     .arg(name)
                     .arg(version)
                     .arg(Database::latestSchemaVersion());
        return false;
    }
    if (version < 1) {
        *error = QCoreApplication::translate("Backup", "%1 is not a Hoego diary: it has no diary schema.").arg(name);
        return false;
    }
    if (!query.exec(u"PRAGMA integrity_check"_s)) {
        *error
            = QCoreApplication::translate("Backup", "The backup %1 is damaged: %2").arg(name, query.lastError().text());
        return false;
    }
    QStringList problems;
    while (query.next() && problems.size() < 3)
        problems.append(query.value(0).toString());
    query.finish();
    if (problems != QStringList {u"ok"_s}) {
        *error = QCoreApplication::translate("Backup", "The backup %1 is damaged (the integrity check reports: %2).")
                     .arg(name, problems.join(u"; "_s));
        return false;
    }
    if (const QStringList missing = missingTables(db, version); !missing.isEmpty()) {
        *error = QCoreApplication::translate("Backup", "%1 is not a Hoego diary: it lacks the tables %2.")
                     .arg(name, missing.join(u", "_s));
        return false;
    }
    return true;
}

bool Backup::restore(
    const QString &backupPath, const QString &databasePath, const QString &folder, QString *safetyCopy, QString *error)
{
    safetyCopy->clear();
    if (!verify(backupPath, error))
        return false;
    const QString target = QFileInfo(databasePath).absoluteFilePath();
    if (QFileInfo(backupPath).canonicalFilePath() == QFileInfo(target).canonicalFilePath()) {
        *error = QCoreApplication::translate("Backup", "%1 is the diary itself, not a backup of it.")
                     .arg(native(backupPath));
        return false;
    }
    if (!QFileInfo(target).absoluteDir().exists()) {
        *error
            = QCoreApplication::translate("Backup", "The folder of the diary %1 does not exist.").arg(native(target));
        return false;
    }

    // 1. Keep the current diary: a proper backup when it opens, else the file as it is.
    if (QFileInfo(target).isFile() && QFileInfo(target).size() > 0) {
        QString openError;
        Database current(target);
        if (current.open(&openError)) {
            *safetyCopy = create(current, folder, QDateTime::currentDateTime(), error, u"before-restore"_s);
            if (safetyCopy->isEmpty())
                return false;
        } else {
            if (!makeFolder(folder, error))
                return false;
            const QString copy = freeBackupPath(folder, target, QDateTime::currentDateTime(), u"unreadable"_s);
            for (const QString &suffix : {QString(), u"-wal"_s}) {
                if (!QFileInfo::exists(target + suffix))
                    continue;
                if (!QFile::copy(target + suffix, copy + suffix)) {
                    *error = QCoreApplication::translate("Backup", "Cannot keep a copy of the current diary in %1.")
                                 .arg(native(copy));
                    return false;
                }
                QFile::setPermissions(copy + suffix, ownerOnly);
            }
            *safetyCopy = copy;
        }
    }

    // 2. A fresh copy of the backup beside the diary, migrated to this version.
    const QString fresh = target + u".restoring-"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
    {
        QString detail;
        const Connection source(backupPath, true);
        if (!source.db().isOpen() || !vacuumInto(source.db(), fresh, &detail)) {
            *error = QCoreApplication::translate("Backup", "Cannot copy the backup %1 beside the diary: %2")
                         .arg(native(backupPath), detail.isEmpty() ? source.db().lastError().text() : detail);
            return false;
        }
    }
    {
        Database restored(fresh);
        QString detail;
        if (!restored.open(&detail)) {
            QFile::remove(fresh);
            *error = detail;
            return false;
        }
    }
    QFile::remove(fresh + u"-wal"_s);
    QFile::remove(fresh + u"-shm"_s);
    syncPath(fresh);

    // 3. Swap. The current diary is closed, so its WAL was checkpointed into it (and kept in
    //    the safety copy); a WAL left beside the new file would be replayed onto it.
    QFile::remove(target + u"-wal"_s);
    QFile::remove(target + u"-shm"_s);
    if (!replaceFile(fresh, target)) {
        QFile::remove(fresh);
        *error
            = QCoreApplication::translate("Backup", "Cannot replace the diary %1 with the backup.").arg(native(target));
        return false;
    }
    syncPath(QFileInfo(target).absolutePath());
    return true;
}
