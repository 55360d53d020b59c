#pragma once

#include "diary/entry.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Markdown {
class Document;
}

/// A `#tag` written in an entry's text.
struct InlineTag
{
    QString name; ///< the tag without its '#', as written
    qsizetype start = 0; ///< UTF-16 offset of the '#' in the whole text
    qsizetype length = 0; ///< UTF-16 units from the '#' to the tag's end
};

/// The `#태그` / `#tag` syntax of an entry's body, read from the Markdown engine's tree so
/// that only prose a reader sees can hold a tag.
///
/// A tag is '#' followed by a name of letters of any script, combining marks, digits, '_'
/// and '-', holding at least one letter and ending at the first other character (a space,
/// punctuation, an emoji): `#회고,` is 회고, `#Qt6.` is Qt6, `#회고를` is 회고를 (a particle
/// glued to a tag is part of it; write a space after the tag). Trailing '-' and '_' are not
/// part of it. The '#' must start the text or follow white space, an opening bracket or
/// quote, or an emphasis delimiter (`**#굵게**`), so `C#`, `a#b`, `&#35;` and `/#anchor` are not tags, nor is `\#tag`.
/// Numbers alone (`#1`, `#2023`) are not tags: they are issue numbers and ordinals. Headings
/// (`# 제목`) are not tags, their '#' being a heading marker; `#제목` without a space is a
/// paragraph holding a tag, as CommonMark reads it.
///
/// Never a tag: anything in code spans, fenced or indented code, raw HTML, the front
/// matter, link and image text or destinations, and autolinks (`https://x.org/#a`).
namespace InlineTags {

/// Every tag of @p text (a whole entry: front matter, then Markdown) in document order.
QList<InlineTag> find(QStringView text);
/// The same over @p document, the parse of @p text.
QList<InlineTag> find(QStringView text, const Markdown::Document &document);

/// The tags' names in first-seen order, each once (sameTag()).
QStringList names(const QList<InlineTag> &tags);

/// Whether @p a and @p b name the same tag: equal ignoring case (the diary's tag filter
/// compares the same way).
bool sameTag(QStringView a, QStringView b);

/// Whether @p name can be written as an inline tag: what find() would read after a '#'.
bool isValidName(QStringView name);

/// Sets @p entry's fields that its body determines: inlineTags (the body's tags that its
/// front matter tags do not already name) and hasOpenTasks (an unticked GFM task item,
/// `- [ ]`). EntryStore calls it before every write, so the stored tags and flag always say
/// what the text says.
void deriveBodyFields(Entry &entry);

} // namespace InlineTags
