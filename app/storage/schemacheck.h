#pragma once

#include <QSqlDatabase>
#include <QStringList>

/// The tables the migrations up to schema @p version create (`CREATE TABLE` and
/// `CREATE VIRTUAL TABLE` statements of storage/migrations.cpp), minus those they drop.
QStringList expectedTables(int version);

/// The tables of expectedTables(@p version) that @p db lacks; empty when the schema is whole.
QStringList missingTables(QSqlDatabase db, int version);

/// The number of objects (tables, indexes, views, triggers) in @p db's schema, or -1 when it
/// cannot be read: tells an empty new file from a database of another application.
int schemaObjectCount(QSqlDatabase db);

/// Whether checkDiaryFile() reads every page of the file (checkDiaryPages()), or leaves
/// that to a later check (the window's BackgroundCheck, after its first paint).
enum class DiaryPages {
    Check,
    Defer,
};

/// The checks Database::open() runs on a file before using it, for a file at schema
/// @p version: a file without a schema version must hold no tables (else it is another
/// application's database, never turned into a diary); a diary must pass
/// checkDiaryPages() (unless @p pages is Defer) and have the tables of its version. On
/// failure sets @p error to a sentence naming the file (@p name) and what the user can do.
bool checkDiaryFile(QSqlDatabase db, const QString &name, int version, DiaryPages pages, QString *error);

/// `PRAGMA quick_check` of each ordinary table of @p db: reads every b-tree page of the
/// file (hundreds of milliseconds on twenty years of writing). False with @p error set to a
/// sentence naming the file (@p name) when a page is damaged.
bool checkDiaryPages(QSqlDatabase db, const QString &name, QString *error);
