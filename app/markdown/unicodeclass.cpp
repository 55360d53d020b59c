#include "markdown/unicodeclass.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

namespace Markdown::Internal {

bool isUnicodeWhitespace(char32_t c)
{
    if (c < 0x80)
        return c == u' ' || c == u'\t' || c == u'\n' || c == u'\f' || c == u'\r';
    return u_charType(UChar32(c)) == U_SPACE_SEPARATOR;
}

bool isUnicodePunctuation(char32_t c)
{
    if (c < 0x80)
        return isAsciiPunctuation(char16_t(c));
    const int32_t mask = U_GET_GC_MASK(UChar32(c));
    return (mask & (U_GC_P_MASK | U_GC_S_MASK)) != 0;
}

bool isCjkCharacter(char32_t c)
{
    if (c < 0x1100)
        return false;
    const auto width = UEastAsianWidth(u_getIntPropertyValue(UChar32(c), UCHAR_EAST_ASIAN_WIDTH));
    if ((width == U_EA_WIDE || width == U_EA_FULLWIDTH || width == U_EA_HALFWIDTH)
        && !u_hasBinaryProperty(UChar32(c), UCHAR_EMOJI_PRESENTATION))
        return true;
    return u_getIntPropertyValue(UChar32(c), UCHAR_SCRIPT) == USCRIPT_HANGUL;
}

// Standardized variation sequences described as a "fullwidth form" in
// StandardizedVariants.txt (Unicode 16.0.0 and 17.0.0, unchanged) whose base character is
// punctuation with East_Asian_Width A: the curly quotation marks with U+FE01 (the
// "centered fullwidth form"; the amendment's ranges.md lists the same four).
// ICU does not expose standardized variants, hence this table; tst_cjkfriendly checks it.
bool isCjkAmbiguousPunctuationSequence(char32_t base, char32_t selector)
{
    if (selector != 0xFE01)
        return false;
    return base == 0x2018 || base == 0x2019 || base == 0x201C || base == 0x201D;
}

char32_t codePointBefore(QStringView text, qsizetype pos, qsizetype *start)
{
    if (pos <= 0) {
        if (start)
            *start = 0;
        return 0;
    }
    const char16_t low = text[pos - 1].unicode();
    if (QChar::isLowSurrogate(low) && pos >= 2 && QChar::isHighSurrogate(text[pos - 2].unicode())) {
        if (start)
            *start = pos - 2;
        return QChar::surrogateToUcs4(text[pos - 2].unicode(), low);
    }
    if (start)
        *start = pos - 1;
    return low;
}

char32_t codePointAt(QStringView text, qsizetype pos)
{
    if (pos >= text.size())
        return 0;
    const char16_t high = text[pos].unicode();
    if (QChar::isHighSurrogate(high) && pos + 1 < text.size() && QChar::isLowSurrogate(text[pos + 1].unicode()))
        return QChar::surrogateToUcs4(high, text[pos + 1].unicode());
    return high;
}

} // namespace Markdown::Internal
