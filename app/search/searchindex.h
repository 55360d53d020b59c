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
/// The tokenizer cuts text into runs of word characters (SearchText::isWordChar) of one
/// script class (SearchText::isPairScript) and case-folds them. A Hangul run becomes every
/// overlapping pair of its characters followed by its last character alone: `학교에` →
/// `학교`, `교에`, `에`; a substring of two or more syllables is then the phrase of its pairs,
/// and one syllable is the prefix query `"c"*` (the table keeps a one-character prefix
/// index), so particles glued to nouns and one- or two-syllable words are found through
/// the index, never by scanning. Any other run is one token, the word (`Qt6를` → `qt6`,
/// `를`), found by word prefix. In query mode the tokenizer only splits on spaces:
/// SearchQuery writes the tokens itself.
///
/// Two more functions derive an entry's body fields for migration 4: `hoego_inline_tags(text)`
/// (a JSON array of the body's `#tags`, InlineTags::names) and `hoego_open_tasks(text)` (1
/// when it has an unticked task item).
///
/// Registration uses sqlite3_auto_extension, so it covers connections opened through Qt's
/// QSQLITE driver (which uses the same system libsqlite3) after the first call, including
/// the raw connections tests open. Database::open() calls it before opening its file.
///
/// Returns false and sets @p error when SQLite refuses the registration.
bool registerSearchExtension(QString *error);
