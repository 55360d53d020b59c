#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QtTypes>

namespace Markdown {
class Document;
}

/// Counts people trust: what Korean and English writers expect from a character counter,
/// computed on "the text a reader sees" (the visible text of a Markdown document; see
/// TextStatistics::count()).
///
/// Every count is taken after NFC normalisation and CRLF/CR → LF, by extended grapheme
/// cluster (UAX #29, QTextBoundaryFinder::Grapheme), so a decomposed 한 (ᄒ+ᅡ+ᆫ), an old
/// Hangul syllable (ᄒᆞᆫ), 👍🏽 or 🇰🇷 is one character, never two or four.
///
/// Whitespace is any grapheme whose first code point is QChar::isSpace(): space, tab, line
/// break, NBSP (U+00A0), ideographic space (U+3000) and the other Unicode space separators.
struct TextCounts
{
    qsizetype characters = 0; ///< graphemes, whitespace included (공백 포함); a line break is 1
    qsizetype charactersNoSpaces = 0; ///< graphemes that are not whitespace (공백 제외)
    qsizetype words = 0; ///< 어절 / words: maximal runs of non-whitespace graphemes, one rule for every script
    qsizetype hangulSyllables = 0; ///< precomposed syllables (U+AC00–U+D7A3) and old-Hangul L+V(+T) clusters;
                                   ///< compatibility jamo (ㅋ, U+3131–U+318E) are not syllables
    qsizetype latinWords = 0; ///< maximal runs of Latin-script letters, joined across one inner ' ’ or -
                              ///< ("don't", "e-mail"); "Hoego는" holds one
    qsizetype utf8Bytes = 0; ///< bytes of the normalised text in UTF-8 (a line break is 1 byte)
    qsizetype cp949Bytes = 0; ///< bytes in CP949 (ICU's windows-949), unencodable graphemes left out
    qsizetype cp949Unencodable = 0; ///< graphemes CP949 cannot encode (emoji, old Hangul, most symbols)
    qsizetype manuscriptLines = 0; ///< 20-cell lines of 원고지 used (see TextStatistics::manuscriptLines())
    double manuscriptPages = 0; ///< manuscriptLines / 10 (a 200-cell sheet has 10 lines), one decimal
    double readingMinutes = 0; ///< see ReadingSpeed; one decimal

    friend bool operator==(const TextCounts &, const TextCounts &) = default;
};

/// Reading speeds for TextCounts::readingMinutes.
/// English: 238 words a minute, the average silent reading rate for non-fiction in
/// M. Brysbaert, "How many words do we read per minute? A review and meta-analysis of reading
/// rate", Journal of Memory and Language 109 (2019) 104047.
/// Korean: 500 Hangul syllables a minute by default (configurable).
struct ReadingSpeed
{
    double hangulSyllablesPerMinute = 500;
    double englishWordsPerMinute = 238;
};

/// One figure of TextCounts as people read it: a translated label and the value written in a
/// locale. See TextStatistics::figures().
struct CountFigure
{
    QString label; ///< e.g. "Characters (with spaces)", translated in the context "TextStatistics"
    QString value; ///< e.g. "1,234"; manuscript pages and reading minutes to one decimal
};

namespace TextStatistics {

/// Every figure of @p counts but manuscriptLines, in the order `hoego stats` prints them and the
/// count details list them, with values written in @p locale (QLocale::c() for plain digits).
QList<CountFigure> figures(const TextCounts &counts, const QLocale &locale);

/// Counts @p visibleText: the text a reader sees, blocks joined by one line break
/// (visibleText() makes it from Markdown). Plain text may be passed as it is.
TextCounts count(const QString &visibleText, const ReadingSpeed &speed = {});

/// The text a reader sees in @p document: the text of paragraphs, headings, list items, quotes,
/// table cells and code (spans and blocks); link text but not destinations; no image alt text, no
/// raw HTML, no front matter, no Markdown syntax (entities and escapes resolved). Blocks (each
/// paragraph, heading, table cell and code block) are joined by one line break; soft and hard
/// breaks are one line break. Empty blocks add nothing.
QString visibleText(const Markdown::Document &document);

/// count() of the visible text of Markdown @p markdown (parsed as GFM with front matter).
TextCounts countMarkdown(QStringView markdown, const ReadingSpeed &speed = {});

/// The number of 20-cell lines @p visibleText fills on 원고지 (200-cell manuscript paper,
/// 20 cells × 10 lines). The rule set, applied to NFC graphemes line by line:
///  1. Each non-empty line of the text is a paragraph; it starts a new manuscript line with one
///     empty cell (the indent). Empty lines take no space.
///  2. A Hangul syllable, CJK character, emoji, capital letter, punctuation mark or any other
///     grapheme takes one cell.
///  3. Lowercase Latin letters and ASCII digits go two to a cell: such a grapheme shares the
///     previous cell when that cell holds exactly one lowercase letter or digit and was the last
///     thing written (so "ab" is one cell, "abc" two, "Ab" two, "a b" three).
///  4. A space (any whitespace) takes one cell, but a space that would start a line (the line
///     before is full) is dropped.
///  5. A period or comma (`.` `,`) that would start a line shares the last cell of the line before
///     instead (once: a second one does start the next line).
/// Pages are lines / 10. This follows the common school rules of 원고지 쓰기 simplified to what a
/// counter can decide from text alone.
qsizetype manuscriptLines(const QString &visibleText);

/// @p text in NFC with CRLF and lone CR turned into LF: the form every count is taken on.
QString normalized(const QString &text);

} // namespace TextStatistics
