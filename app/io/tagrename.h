#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class EntryStore;

/// Renaming and merging tags across the diary, written into the entries' text: the text is
/// the one truth, so a tag is renamed where it is written — in the front matter's `tags:`
/// (or `tag:`) list and as every inline `#tag` in the body (InlineTags) — and the stored
/// tags follow through applyText() and EntryStore::update(), like any other edit.
///
/// Renaming to a tag the entry already has merges the two: the front matter keeps one.

/// @p text with tag @p from (InlineTags::sameTag) renamed to @p to. The front matter's tag
/// list, when it names @p from, is written back as a flow list (`tags: [a, b]`, each a
/// yamlScalar()) in place of the old key's lines, every other line untouched; inline tags
/// are replaced where they stand (`#회고,` → `#retro,`). Text without @p from comes back
/// unchanged.
QString renameTagInText(const QString &text, const QString &from, const QString &to);

/// What a rename changed: each entry's text before and after, to undo it.
struct TagRename
{
    struct Change
    {
        qint64 id = 0;
        QString before;
        QString after;
        QStringList tagsBefore; ///< Entry::tags before
    };
    QString from;
    QString to;
    QList<Change> changes;
};

/// Renames @p from to @p to in every entry carrying it, in one transaction; on failure
/// nothing changes and @p error names the entry. @p to must be a valid inline tag name
/// (InlineTags::isValidName), else nothing is done and @p error says why. Emits the
/// store's entriesReset() after a change.
std::optional<TagRename> renameTag(EntryStore &store, const QString &from, const QString &to, QString *error);

/// Puts back the texts @p rename replaced, in one transaction; an entry edited since is left
/// alone and named in @p error (the others are still restored). Returns false on failure.
bool undoTagRename(EntryStore &store, const TagRename &rename, QString *error);
