#pragma once

#include "diary/entry.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

/// A date as Jekyll writes it in front matter: the author's day, the time of day when
/// given, and the UTC offset when given. The day is never moved by the offset.
struct JekyllDate
{
    QDate date;
    std::optional<QTime> time;
    std::optional<int> utcOffsetSeconds; ///< seconds east of UTC
};

/// Parses the date formats Jekyll accepts in front matter and file names:
/// `YYYY-MM-DD`, optionally followed by ` HH:MM[:SS[.fff]]` (or `T` instead of the space),
/// optionally followed by an offset `+0900`, `+09:00`, `-08` or `Z` (with or without a
/// space before it). Returns nullopt for anything else or an impossible date.
std::optional<JekyllDate> parseJekyllDate(QStringView text);

/// The known keys of a document's front matter, parsed with yaml-cpp.
///
/// Only `title`, `date`, `tags`, `kind` and `layout` are read; every other key stays in the
/// document's text untouched (Entry::text holds the whole file). A key that is absent, or
/// whose value cannot be used, is nullopt, and each unusable value adds a warning.
struct FrontMatter
{
    bool present = false; ///< the document has a complete front matter block
    std::optional<QString> title;
    std::optional<JekyllDate> date;
    std::optional<QStringList> tags; ///< a YAML list, or a space-separated string as Jekyll splits it
    std::optional<EntryKind> kind; ///< an explicit `kind:` naming a known kind
    std::optional<QString> layout;
    /// Sentences for the user, each naming the 1-based line of the document it is about:
    /// a YAML syntax error (the text is still imported), a block that is never closed, a date
    /// or kind that cannot be read.
    QStringList warnings;
};

/// Parses the front matter at the start of @p text (NFC, LF, no BOM; see splitFrontMatter()).
/// A document without a block gives present = false and no warnings; one whose block is
/// never closed gives present = false and a warning, since Jekyll then reads it all as body.
FrontMatter parseFrontMatter(QStringView text);

/// The kind named by a document's tags and title when it has no `kind:` key (issue 2):
/// weekly / 주간 → Weekly; half-year / 상반기 / 하반기 / 반기 → HalfYear; yearly / 연간 /
/// `N년 회고` / year in review → Yearly; otherwise Daily. English words match whole words,
/// case-insensitively; checked in that order, so "2023년 상반기 회고" is HalfYear.
EntryKind detectKind(const QString &title, const QStringList &tags);
