#pragma once

#include <QStringList>

/// The SQLite side of search: the `hoego` FTS5 tokenizer and the SQL functions the index's
/// triggers call, registered for every connection the process opens.
///
/// The index (its schema migration in storage/migrations.cpp) is an FTS5 table `search_index(title, body, initials)`
/// whose rowid is the entry's id, filled by triggers on `entries` through
/// `hoego_search_title(title)`, `hoego_search_body(text)` and
/// `hoego_search_initials(title, text)` (SearchText::plainTitle, plainBody and initials).
///
/// The tokenizer cuts text into runs of word characters (SearchText::isWordChar), case-folds
/// them and emits every overlapping pair of characters of a run followed by the run's last
/// character alone: `학교에` → `학교`, `교에`, `에`. A substring of two or more characters is
/// then the phrase of its pairs, and one character is the prefix query `"c"*` (the table
/// keeps a one-character prefix index), so particles glued to nouns and one- or two-syllable
/// words are found through the index, never by scanning. In query mode the tokenizer only
/// splits on spaces: SearchQuery writes the pairs itself.
///
/// Registration uses sqlite3_auto_extension, so it covers connections opened through Qt's
/// QSQLITE driver (which uses the same system libsqlite3) after the first call, including
/// the raw connections tests open. Database::open() calls it before opening its file.
///
/// Returns false and sets @p error when SQLite refuses the registration.
bool registerSearchExtension(QString *error);
