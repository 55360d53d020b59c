#pragma once

// Diaries as an older Hoego left them, for the migration tests.

#include "storage/migrations.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

using namespace Qt::StringLiterals;

/// The schema version that the first migration whose SQL contains @p marker moves from
/// (its index in schemaMigrations()), or -1 when none does.
inline qsizetype migrationContaining(const QString &marker)
{
    const QList<QStringList> &migrations = schemaMigrations();
    for (qsizetype i = 0; i < migrations.size(); ++i) {
        if (migrations.at(i).join(u'\n').contains(marker))
            return i;
    }
    return -1;
}

/// Runs the migrations up to @p version on @p db, which is open and empty, and stamps it
/// with that user_version. Returns the statement that failed, or an empty string.
inline QString makeSchemaVersion(QSqlDatabase db, qsizetype version)
{
    QSqlQuery query(db);
    for (qsizetype v = 0; v < version; ++v) {
        for (const QString &statement : schemaMigrations().at(v)) {
            if (!query.exec(statement))
                return statement;
        }
    }
    const QString stamp = u"PRAGMA user_version = %1"_s.arg(version);
    return query.exec(stamp) ? QString() : stamp;
}
