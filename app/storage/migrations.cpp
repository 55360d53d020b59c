#include "storage/migrations.h"

using namespace Qt::StringLiterals;

const QList<QStringList> &schemaMigrations()
{
    static const QList<QStringList> migrations = {
        // 1: entries and their tags.
        {
            uR"(CREATE TABLE entries (
                id INTEGER PRIMARY KEY,
                kind TEXT NOT NULL CHECK (kind IN ('daily', 'weekly', 'halfyear', 'yearly', 'note')),
                date TEXT NOT NULL,
                utc_offset INTEGER,
                title TEXT NOT NULL DEFAULT '',
                text TEXT NOT NULL DEFAULT '',
                preview TEXT NOT NULL DEFAULT '',
                source_path TEXT,
                source_name TEXT,
                source_hash BLOB,
                created TEXT NOT NULL,
                updated TEXT NOT NULL,
                edited_since_import INTEGER NOT NULL DEFAULT 0
            ))"_s,
            u"CREATE INDEX entries_by_date ON entries (date DESC, id DESC)"_s,
            u"CREATE UNIQUE INDEX entries_by_source ON entries (source_name, date) WHERE source_name IS NOT NULL"_s,
            uR"(CREATE TABLE entry_tags (
                entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                tag TEXT NOT NULL,
                PRIMARY KEY (entry_id, position)
            ))"_s,
            u"CREATE INDEX entry_tags_by_tag ON entry_tags (tag)"_s,
        },
    };
    return migrations;
}
