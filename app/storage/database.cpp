#include "storage/database.h"

#include "search/searchindex.h"
#include "storage/migrations.h"
#include "storage/schemacheck.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

bool exec(QSqlDatabase db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = query.lastError().text();
    return false;
}

} // namespace

Database::Database(const QString &path)
    : m_path(path)
    , m_connectionName(u"hoego-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return folder + u"/diary.sqlite"_s;
}

int Database::latestSchemaVersion()
{
    return int(schemaMigrations().size());
}

bool Database::open(QString *error, DiaryPages pages)
{
    const QString name = QDir::toNativeSeparators(m_path);
    const QFileInfo info(m_path);
    if (!info.absoluteDir().exists()) {
        *error = QCoreApplication::translate("Database", "The folder of the diary %1 does not exist.").arg(name);
        return false;
    }
    const bool existed = info.exists();
    // Made empty with mode 0600 before SQLite opens it: SQLite gives the -wal and -shm files
    // the database's mode, so they are private from the first write.
    if (!existed)
        QFile(m_path).open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    // The search index's tokenizer and trigger functions, for every connection opened from now on.
    QString detail;
    if (!registerSearchExtension(&detail)) {
        *error = QCoreApplication::translate("Database", "Cannot open the diary %1: %2").arg(name, detail);
        return false;
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        *error
            = QCoreApplication::translate("Database", "Cannot open the diary %1: %2").arg(name, db.lastError().text());
        return false;
    }

    // The first statement reads the file's header: a file that is not SQLite fails here.
    QSqlQuery version(db);
    if (!version.exec(u"PRAGMA user_version"_s) || !version.next()) {
        if (version.lastError().nativeErrorCode() == u"11"_s) { // SQLITE_CORRUPT: a diary, damaged
            *error = QCoreApplication::translate(
                "Database", "The diary %1 is damaged (%2). Restore a backup with hoego restore, or open another file.")
                         .arg(name, version.lastError().text());
            db.close();
            return false;
        }
        *error = QCoreApplication::translate(
            "Database", "%1 is not a Hoego diary (%2). Open another file or restore a backup.")
                     .arg(name, version.lastError().text());
        db.close();
        return false;
    }
    const int current = version.value(0).toInt();
    version.finish();
    if (current > latestSchemaVersion()) {
        *error = QCoreApplication::translate("Database",
            "%1 was written by a newer version of Hoego (schema %2; this version knows %3). "
            "Update Hoego to open it.")
                     .arg(name)
                     .arg(current)
                     .arg(latestSchemaVersion());
        db.close();
        return false;
    }
    // A file about to be migrated is read whole first: migrations must not write into damaged pages.
    const DiaryPages check = current < latestSchemaVersion() ? DiaryPages::Check : pages;
    if (QString problem; !checkDiaryFile(db, name, current, check, &problem)) {
        *error = problem;
        db.close();
        return false;
    }

    if (!exec(db, u"PRAGMA journal_mode = WAL"_s, &detail) || !exec(db, u"PRAGMA synchronous = NORMAL"_s, &detail)
        || !exec(db, u"PRAGMA foreign_keys = ON"_s, &detail)) {
        *error = QCoreApplication::translate("Database", "Cannot prepare the diary %1: %2").arg(name, detail);
        db.close();
        return false;
    }
    if (!existed)
        QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    if (current < latestSchemaVersion() && !migrate(current, &detail)) {
        *error = QCoreApplication::translate("Database", "Cannot update the diary %1 to this version of Hoego: %2")
                     .arg(name, detail);
        db.close();
        return false;
    }
    return true;
}

bool Database::isOpen() const
{
    return connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::userVersion() const
{
    QSqlQuery query(connection());
    if (query.exec(u"PRAGMA user_version"_s) && query.next())
        return query.value(0).toInt();
    return -1;
}

bool Database::migrate(int from, QString *error)
{
    const QList<QStringList> &migrations = schemaMigrations();
    QSqlDatabase db = connection();
    for (int version = from; version < migrations.size(); ++version) {
        // Each step commits on its own, so a kill mid-way leaves a file at a known version.
        Transaction transaction(db);
        if (!transaction.isActive()) {
            *error = transaction.errorText();
            return false;
        }
        for (const QString &statement : migrations.at(version)) {
            if (!exec(db, statement, error))
                return false;
        }
        if (!exec(db, u"PRAGMA user_version = %1"_s.arg(version + 1), error))
            return false;
        if (!transaction.commit()) {
            *error = transaction.errorText();
            return false;
        }
    }
    return true;
}
