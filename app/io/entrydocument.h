#pragma once

#include "diary/entry.h"

#include <QDate>
#include <QString>
#include <QStringList>

/// The link between an entry's text (its whole Markdown document, front matter included)
/// and the fields derived from it. The editor, the importer and the exporter all go
/// through these functions, so an entry's columns always say what its text says.

/// Sets @p entry's text to @p text (normalised: LF line ends, NFC) and re-derives title,
/// date, UTC offset, tags and kind from its front matter (parseFrontMatter()), as Jekyll
/// reads them, and the inline `#tags` and open tasks from its body (InlineTags). Where the
/// text says nothing, the entry's previous values stay: a file dated by its name keeps that
/// date, an entry without `title:` keeps its title. The kind is the
/// explicit `kind:` key, else the kind the title and tags name (detectKind()) when that is
/// not daily, else the previous kind.
///
/// This is what the editor calls when the user's edits are saved. An imported entry whose
/// text changes is marked editedSinceImport, so a later re-import reports a conflict
/// instead of overwriting the user's words.
void applyText(Entry &entry, const QString &text);

/// A new entry written in Hoego on @p date, of @p kind, titled @p title: its text is a front
/// matter block (`title`, `date`, `kind`) and an empty line, so exporting it gives a post
/// Jekyll reads. Not stored; the caller inserts it.
Entry newEntry(QDate date, EntryKind kind, const QString &title);

/// The fields of @p entry that @p text determines, applied as applyText() does but without
/// normalising the text or touching editedSinceImport; @p text must already be NFC with LF.
/// Returns the front matter's warnings (see FrontMatter::warnings).
QStringList deriveFromText(Entry &entry, const QString &text);

/// A front matter block for @p entry (`---`, title, date, kind, tags when any, `---`, LF
/// after each line): what the exporter puts before the text of an entry that has none.
QString frontMatterBlock(const Entry &entry);

/// @p value as a YAML scalar: plain when that reads back as the same string, else
/// double-quoted with `\` and `"` escaped.
QString yamlScalar(const QString &value);
