#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

/// What an entry is in the diary's review cycle (DESIGN.md, "Data model").
enum class EntryKind {
    Daily,
    Weekly,
    HalfYear,
    Yearly,
    Note,
};

/// The stable lower-case name of a kind, as stored and as written in front matter
/// (`daily`, `weekly`, `halfyear`, `yearly`, `note`).
QString entryKindName(EntryKind kind);
/// The kind named @p name (case-insensitive), or nullopt for an unknown name.
std::optional<EntryKind> entryKindFromName(QStringView name);
/// Every kind, in review-cycle order.
QList<EntryKind> allEntryKinds();

/// A tag and how many entries carry it (in front matter or as a `#tag` in the text).
struct TagCount
{
    QString tag;
    int count = 0; ///< entries, each counted once
    friend bool operator==(const TagCount &, const TagCount &) = default;
};

/// One diary entry, as a value.
///
/// `text` is the whole Markdown document the user writes and Jekyll reads: the front
/// matter block (when there is one) followed by the body, NFC with LF line ends. It is
/// the one truth; `title`, `date`, `utcOffsetSeconds` and `tags` are derived from it
/// (FrontMatter, JekyllName), `inlineTags` and `hasOpenTasks` from its body
/// (InlineTags::deriveBodyFields), and all are kept in columns for listing and filtering.
struct Entry
{
    qint64 id = 0; ///< 0 until stored
    EntryKind kind = EntryKind::Daily;
    QDate date; ///< the author's local date; never shifted by a time zone
    std::optional<int> utcOffsetSeconds; ///< the offset written with the date, seconds east of UTC
    QString title;
    QString text;
    QStringList tags; ///< the front matter's `tags:` (or `tag:`), in its order
    QStringList inlineTags; ///< the body's `#tags` not already in tags, first-seen order
    bool hasOpenTasks = false; ///< the body has an unticked task item (`- [ ]`)
    QString sourcePath; ///< absolute path imported from; empty for entries made in Hoego
    QByteArray sourceHash; ///< SHA-256 of the source file's bytes at the last import
    QDateTime created; ///< UTC
    QDateTime updated; ///< UTC
    bool editedSinceImport = false; ///< changed in Hoego after its last import

    /// Every tag of the entry: tags, then inlineTags.
    QStringList allTags() const { return tags + inlineTags; }
};
