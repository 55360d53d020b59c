#pragma once

#include <QLocale>
#include <QString>

/// The Markdown a quote from an older year's retrospective inserts into the entry being
/// edited (issue 6, "Quote from the past"): every line of @p selection behind `> `
/// (an empty line as `>`), then an empty quote line and the source line linking back to
/// the quoted entry, `> — [2022년 회고 중](hoego://entry/12)` in Korean or
/// `> — [from the 2022 retrospective](hoego://entry/12)` otherwise; ends with one LF.
///
/// @p selection is taken as plain text (QTextCursor's U+2029 paragraph separators and
/// U+2028 line separators become line breaks, CRLF becomes LF, the result is NFC);
/// leading and trailing empty lines and trailing spaces are dropped. An empty selection
/// gives an empty string. The source line's language is @p locale's (Korean or not), so the
/// text is the same whatever translation is loaded.
QString quoteMarkdown(const QString &selection, int year, qint64 entryId, const QLocale &locale);

/// `hoego://entry/ID`: the link that opens entry @p entryId.
QString entryLink(qint64 entryId);
