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
        // 2: a year's goals, their weekly check-ins and the task-item texts linked to them.
        // Weeks are ISO 8601 `YYYY-Www` text, which sorts in time order.
        {
            uR"(CREATE TABLE goals (
                id INTEGER PRIMARY KEY,
                year INTEGER NOT NULL,
                position INTEGER NOT NULL,
                title TEXT NOT NULL,
                notes TEXT NOT NULL DEFAULT '',
                measure TEXT NOT NULL CHECK (measure IN ('once', 'count', 'weekly', 'open')),
                target REAL,
                unit TEXT NOT NULL DEFAULT '',
                status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'done', 'dropped')),
                status_date TEXT,
                status_reason TEXT NOT NULL DEFAULT '',
                carried_from INTEGER REFERENCES goals (id) ON DELETE SET NULL,
                created TEXT NOT NULL
            ))"_s,
            u"CREATE INDEX goals_by_year ON goals (year, position)"_s,
            uR"(CREATE TABLE check_ins (
                id INTEGER PRIMARY KEY,
                goal_id INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
                first_week TEXT NOT NULL,
                last_week TEXT NOT NULL,
                done INTEGER NOT NULL DEFAULT 0,
                amount REAL,
                note TEXT NOT NULL DEFAULT '',
                confidence INTEGER CHECK (confidence BETWEEN 1 AND 10),
                entry_id INTEGER REFERENCES entries (id) ON DELETE CASCADE,
                CHECK (first_week <= last_week)
            ))"_s,
            u"CREATE INDEX check_ins_by_goal ON check_ins (goal_id, first_week)"_s,
            u"CREATE INDEX check_ins_by_entry ON check_ins (entry_id)"_s,
            uR"(CREATE TABLE goal_aliases (
                goal_id INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
                alias TEXT NOT NULL,
                PRIMARY KEY (goal_id, alias)
            ))"_s,
        },
        // 3: the full-text index of entries' titles and plain bodies, with their initial
        // consonants, kept in step by triggers (app/search/searchindex.h: the tokenizer and
        // the hoego_search_* functions).
        {
            u"CREATE VIRTUAL TABLE search_index USING fts5(title, body, initials, tokenize = 'hoego', prefix = '1')"_s,
            u"INSERT INTO search_index (rowid, title, body, initials) SELECT id, hoego_search_title(title), "
            "hoego_search_body(text), hoego_search_initials(title, text) FROM entries"_s,
            uR"(CREATE TRIGGER entries_search_insert AFTER INSERT ON entries BEGIN
                INSERT INTO search_index (rowid, title, body, initials) VALUES (new.id, hoego_search_title(new.title),
                    hoego_search_body(new.text), hoego_search_initials(new.title, new.text));
            END)"_s,
            uR"(CREATE TRIGGER entries_search_update AFTER UPDATE OF id, title, text ON entries BEGIN
                DELETE FROM search_index WHERE rowid = old.id;
                INSERT INTO search_index (rowid, title, body, initials) VALUES (new.id, hoego_search_title(new.title),
                    hoego_search_body(new.text), hoego_search_initials(new.title, new.text));
            END)"_s,
            uR"(CREATE TRIGGER entries_search_delete AFTER DELETE ON entries BEGIN
                DELETE FROM search_index WHERE rowid = old.id;
            END)"_s,
        },
        // 4: what search filters on besides the text: `#tags` written in the body (inline = 1,
        // after the front matter's tags), whether an entry has an unticked task item, and the
        // saved searches. Existing entries get both derived from their text
        // (diary/inlinetags.h; the hoego_inline_tags and hoego_open_tasks functions).
        {
            u"ALTER TABLE entries ADD COLUMN open_tasks INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE entry_tags ADD COLUMN inline INTEGER NOT NULL DEFAULT 0"_s,
            u"UPDATE entries SET open_tasks = hoego_open_tasks(text)"_s,
            uR"(INSERT INTO entry_tags (entry_id, position, tag, inline)
                SELECT e.id, (SELECT count(*) FROM entry_tags t WHERE t.entry_id = e.id) + j.key, j.value, 1
                FROM entries e, json_each(hoego_inline_tags(e.text)) j
                WHERE NOT EXISTS (SELECT 1 FROM entry_tags t WHERE t.entry_id = e.id AND t.tag = j.value COLLATE NOCASE))"_s,
            u"CREATE INDEX entry_tags_by_tag_nocase ON entry_tags (tag COLLATE NOCASE)"_s,
            u"CREATE INDEX entries_with_open_tasks ON entries (date DESC, id DESC) WHERE open_tasks = 1"_s,
            uR"(CREATE TABLE saved_searches (
                id INTEGER PRIMARY KEY,
                position INTEGER NOT NULL,
                name TEXT NOT NULL,
                query TEXT NOT NULL DEFAULT '',
                kind TEXT,
                date_from TEXT,
                date_to TEXT,
                tag TEXT NOT NULL DEFAULT '',
                open_tasks INTEGER NOT NULL DEFAULT 0
            ))"_s,
        },
        // 5: the net words written each local day, across entries (storage/writinglog.h).
        {
            uR"(CREATE TABLE writing_days (
                day TEXT PRIMARY KEY,
                words INTEGER NOT NULL DEFAULT 0
            ))"_s,
        },
        // 6: the timeline's rows (EntryStore::summaries()) from an index alone. The preview
        // column comes after the text, so reading it from the table walked every entry's
        // text: most of opening a twenty-year diary (issue 9). The new index begins as the
        // old one did and serves its queries too.
        {
            u"DROP INDEX entries_by_date"_s,
            u"CREATE INDEX entries_by_date ON entries (date DESC, id DESC, kind, title, preview)"_s,
        },
        // 7: the timeline's months and their counts (EntryStore::monthCounts(), all it reads at
        // start) from an index in month order. Over entries_by_date the query read every
        // entry's title and preview and sorted the months: 18 ms for twenty years at load 9,
        // 0.6 ms with this index.
        {
            u"CREATE INDEX entries_by_month ON entries (substr(date, 1, 7))"_s,
        },
    };
    return migrations;
}
