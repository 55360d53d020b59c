#include "storage/schemacheck.h"

#include "storage/migrations.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

QStringList expectedTables(int version)
{
    static const QRegularExpression create(
        uR"(^\s*CREATE\s+(?:VIRTUAL\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?["`]?(\w+))"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression drop(
        uR"(^\s*DROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?["`]?(\w+))"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression rename(uR"(^\s*ALTER\s+TABLE\s+["`]?(\w+)["`]?\s+RENAME\s+TO\s+["`]?(\w+))"_s,
        QRegularExpression::CaseInsensitiveOption);
    QStringList tables;
    const QList<QStringList> &migrations = schemaMigrations();
    for (int step = 0; step < version && step < migrations.size(); ++step) {
        for (const QString &statement : migrations.at(step)) {
            if (const QRegularExpressionMatch match = create.match(statement); match.hasMatch()) {
                tables.append(match.captured(1).toLower());
            } else if (const QRegularExpressionMatch match = drop.match(statement); match.hasMatch()) {
                tables.removeAll(match.captured(1).toLower());
            } else if (const QRegularExpressionMatch match = rename.match(statement); match.hasMatch()) {
                tables.removeAll(match.captured(1).toLower());
                tables.append(match.captured(2).toLower());
            }
        }
    }
    tables.removeDuplicates();
    return tables;
}

QStringList missingTables(QSqlDatabase db, int version)
{
    QStringList present;
    QSqlQuery query(db);
    if (query.exec(u"SELECT lower(name) FROM sqlite_master WHERE type = 'table'"_s)) {
        while (query.next())
            present.append(query.value(0).toString());
    }
    QStringList missing;
    for (const QString &table : expectedTables(version)) {
        if (!present.contains(table))
            missing.append(table);
    }
    return missing;
}

int schemaObjectCount(QSqlDatabase db)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT count(*) FROM sqlite_master"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool checkDiaryPages(QSqlDatabase db, const QString &name, QString *error)
{
    // quick_check of each ordinary table (FTS5's shadow tables included): every b-tree page is
    // read as a whole-file quick_check reads it, but the FTS5 table's own check, which
    // re-tokenizes every entry (seconds at every start on twenty years of writing; issue 9), is
    // left out. The triggers keep that index; a damaged one is rebuilt from the entries.
    QSqlQuery tables(db);
    if (!tables.exec(
            u"SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'"_s)) {
        *error = QCoreApplication::translate("Database", "The diary %1 is damaged (%2). Restore a backup.")
                     .arg(name, tables.lastError().text());
        return false;
    }
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    QStringList problems;
    for (const QString &table : std::as_const(names)) {
        QSqlQuery query(db);
        QString quoted = table;
        quoted.replace(u'"', u"\"\""_s);
        if (!query.exec(u"PRAGMA quick_check(\""_s + quoted + u"\")"_s)) {
            *error = QCoreApplication::translate("Database", "The diary %1 is damaged (%2). Restore a backup.")
                         .arg(name, query.lastError().text());
            return false;
        }
        while (query.next() && problems.size() < 3) {
            if (const QString problem = query.value(0).toString(); problem != u"ok"_s)
                problems.append(problem);
        }
    }
    if (!problems.isEmpty()) {
        *error = QCoreApplication::translate("Database",
            "The diary %1 is damaged (the integrity check reports: %2). Restore a backup with hoego restore.")
                     .arg(name, problems.join(u"; "_s));
        return false;
    }
    return true;
}

bool checkDiaryFile(QSqlDatabase db, const QString &name, int version, DiaryPages pages, QString *error)
{
    if (version == 0) {
        if (schemaObjectCount(db) > 0) {
            *error = QCoreApplication::translate(
                "Database", "%1 is an SQLite database of another application, not a Hoego diary. Open another file.")
                         .arg(name);
            return false;
        }
        return true;
    }
    if (pages == DiaryPages::Check && !checkDiaryPages(db, name, error))
        return false;
    if (const QStringList missing = missingTables(db, version); !missing.isEmpty()) {
        *error = QCoreApplication::translate(
            "Database", "The diary %1 is damaged: it lacks the tables %2. Restore a backup with hoego restore.")
                     .arg(name, missing.join(u", "_s));
        return false;
    }
    return true;
}
