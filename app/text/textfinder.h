#pragma once

#include <QList>
#include <QString>

/// Find in a text regardless of Unicode normalisation: 한글 typed in NFC finds 한글 pasted from
/// macOS in NFD (ᄒ+ᅡ+ᆫ…) and the other way round, and the ranges returned are in the text as it
/// is, so the editor can select them.
///
/// Both text and needle are compared in NFC, grapheme by grapheme: a match never starts or ends
/// inside a grapheme of the text (so 하 does not find the first half of 한, whatever the form).
/// Case-insensitive matching uses Qt's simple case folding.
namespace TextFinder {

struct Match
{
    qsizetype start = 0; ///< UTF-16 offset in the original text
    qsizetype length = 0; ///< UTF-16 code units in the original text
    friend bool operator==(const Match &, const Match &) = default;
};

/// Every non-overlapping occurrence of @p needle in @p text, in order. An empty needle finds nothing.
QList<Match> findAll(QStringView text, QStringView needle, Qt::CaseSensitivity cs = Qt::CaseInsensitive);

/// The first occurrence starting at or after @p from (backwards: ending at or before @p from),
/// wrapping around the text when @p wrap; a Match of length 0 when there is none.
Match find(QStringView text, QStringView needle, qsizetype from, bool backward = false,
    Qt::CaseSensitivity cs = Qt::CaseInsensitive, bool wrap = true);

} // namespace TextFinder
