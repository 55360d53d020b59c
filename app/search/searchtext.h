#pragma once

#include <QString>
#include <QStringView>

/// The text rules search shares between the index (SQL functions and the FTS5 tokenizer,
/// see searchindex.h) and the query side (SearchQuery's matcher, snippets): what is a
/// word character, how text is normalised and case-folded, and a Hangul syllable's
/// initial consonant (초성).
///
/// Every function here is pure and works on UTF-16; offsets are UTF-16 code units.
namespace SearchText {

/// @p text in Unicode NFC, with any conjoining initial consonant left alone after
/// composition (U+1100–U+1112, as macOS writes a lone ㅎ in NFD) replaced by its
/// compatibility jamo (U+3131…), so an NFD query or document searches like an NFC one.
QString normalized(QStringView text);

/// The simple case folding of @p c (length-preserving for the BMP; `Q` → `q`).
char32_t fold(char32_t c);
QString folded(QStringView text);

/// Letters, digits and combining marks of any script, compatibility jamo included.
/// Everything else (spaces, punctuation, symbols, emoji) separates words.
bool isWordChar(char32_t c);

/// A character of a script written without spaces between words or with particles glued to
/// them (Hangul, its jamo, CJK ideographs, kana): indexed as character pairs, so any
/// substring is found. Other word characters (Latin, digits, Greek, Cyrillic, …) are
/// indexed as whole words, found by word prefix.
bool isPairScript(char32_t c);

/// A compatibility consonant jamo, U+3131 ㄱ … U+314E ㅎ: what an initial-consonant query
/// is made of.
bool isConsonantJamo(char32_t c);
/// A precomposed Hangul syllable, U+AC00 가 … U+D7A3 힣.
bool isHangulSyllable(char32_t c);
/// The initial consonant of the syllable @p c as a compatibility jamo (학 → ㅎ, 까 → ㄲ),
/// or 0 when @p c is not a precomposed syllable.
char32_t initialOf(char32_t c);

/// The title as indexed and shown in results: NFC, whitespace simplified.
QString plainTitle(QStringView title);

/// The searchable plain text of a whole Markdown document (front matter included): NFC,
/// the front matter dropped, and Markdown's syntax characters stripped so snippets read
/// as prose — heading, quote and list markers, task boxes, emphasis and code markers,
/// link and image syntax (their text and alt text stay), HTML tags, fence lines and
/// table rules. One line per non-empty source line, joined by LF.
QString plainBody(QStringView document);

/// The initial-consonant form of plain text, the index's `initials` column: each Hangul
/// syllable becomes its initial (학교에 → ㅎㄱㅇ), a consonant jamo stays itself, and every
/// run of other characters becomes one space ("오늘은 Qt 학교" → "ㅇㄴㅇ ㅎㄱ").
QString initials(QStringView plain);

} // namespace SearchText
