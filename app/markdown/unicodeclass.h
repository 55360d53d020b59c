#pragma once

#include <QStringView>

/// Character classes the parser needs (internal to hoego_markdown).
namespace Markdown::Internal {

/// CommonMark 0.31.2 §2.1 "Unicode whitespace character": Zs, tab, LF, FF, CR.
bool isUnicodeWhitespace(char32_t c);
/// CommonMark 0.31.2 §2.1 "Unicode punctuation character": general category P* or S*.
bool isUnicodePunctuation(char32_t c);
/// CJK-friendly amendment §2.1 "CJK character": East_Asian_Width W/F/H and not
/// Emoji_Presentation, or Script=Hangul (ICU properties).
bool isCjkCharacter(char32_t c);
/// U+FE00..U+FE0E: the non-emoji general-use variation selectors.
inline bool isNonEmojiVariationSelector(char32_t c)
{
    return c >= 0xFE00 && c <= 0xFE0E;
}
/// U+E0100..U+E01EF: ideographic variation selectors.
inline bool isIdeographicVariationSelector(char32_t c)
{
    return c >= 0xE0100 && c <= 0xE01EF;
}
/// CJK-friendly amendment "CJK ambiguous punctuation sequence": @p base followed by
/// @p selector is a standardized variation sequence described as a "fullwidth form" whose
/// base is punctuation of East_Asian_Width A (table in unicodeclass.cpp).
bool isCjkAmbiguousPunctuationSequence(char32_t base, char32_t selector);

/// The code point ending just before @p pos in @p text (0 at the start), and where it begins.
char32_t codePointBefore(QStringView text, qsizetype pos, qsizetype *start = nullptr);
/// The code point starting at @p pos (0 at the end).
char32_t codePointAt(QStringView text, qsizetype pos);

inline bool isAsciiPunctuation(char16_t c)
{
    return (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x60) || (c >= 0x7B && c <= 0x7E);
}

} // namespace Markdown::Internal
