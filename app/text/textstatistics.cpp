#include "text/textstatistics.h"

#include "markdown/document.h"
#include "markdown/parser.h"

#include <QCoreApplication>
#include <QStringTokenizer>
#include <QTextBoundaryFinder>

#include <unicode/ucnv.h>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

char32_t firstCodePoint(QStringView grapheme)
{
    if (grapheme.size() > 1 && grapheme[0].isHighSurrogate() && grapheme[1].isLowSurrogate())
        return QChar::surrogateToUcs4(grapheme[0], grapheme[1]);
    return grapheme.isEmpty() ? 0 : grapheme[0].unicode();
}

bool isWhitespace(QStringView grapheme)
{
    return !grapheme.isEmpty() && grapheme[0].isSpace();
}

bool isLeadingJamo(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0xA960 && c <= 0xA97C);
}

bool isVowelJamo(char32_t c)
{
    return (c >= 0x1160 && c <= 0x11A7) || (c >= 0xD7B0 && c <= 0xD7C6);
}

// A precomposed syllable, or a conjoining-jamo cluster with an initial and a vowel: after NFC
// only syllables outside the modern set (old Hangul such as ᄒᆞᆫ) are left as jamo.
bool isHangulSyllable(QStringView grapheme)
{
    const char32_t c = firstCodePoint(grapheme);
    if (c >= 0xAC00 && c <= 0xD7A3)
        return true;
    return isLeadingJamo(c) && grapheme.size() > 1 && isVowelJamo(grapheme[1].unicode());
}

bool isLatinLetter(char32_t c)
{
    return QChar::isLetter(c) && QChar::script(c) == QChar::Script_Latin;
}

bool isWordJoiner(QStringView grapheme)
{
    return grapheme == u"'" || grapheme == u"\u2019" || grapheme == u"-";
}

double oneDecimal(double value)
{
    return std::round(value * 10) / 10;
}

struct ConverterCloser
{
    void operator()(UConverter *converter) const { ucnv_close(converter); }
};

// Encodes graphemes in CP949 (ICU's windows-949, the Unified Hangul Code Windows uses).
class Cp949Counter
{
public:
    Cp949Counter()
    {
        UErrorCode status = U_ZERO_ERROR;
        m_converter.reset(ucnv_open("windows-949", &status));
        if (U_FAILURE(status)) {
            m_converter.reset();
            return;
        }
        ucnv_setFromUCallBack(m_converter.get(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    }

    /// The bytes @p grapheme takes in CP949, or -1 when CP949 cannot encode it.
    qsizetype bytes(QStringView grapheme)
    {
        const char32_t c = firstCodePoint(grapheme);
        if (grapheme.size() == 1 && c < 0x80)
            return 1;
        if (grapheme.size() == 1 && c >= 0xAC00 && c <= 0xD7A3)
            return 2; // UHC encodes all 11,172 modern syllables in two bytes
        if (!m_converter)
            return -1;
        char buffer[64];
        UErrorCode status = U_ZERO_ERROR;
        ucnv_resetFromUnicode(m_converter.get());
        const int32_t length = ucnv_fromUChars(m_converter.get(), buffer, sizeof buffer,
            reinterpret_cast<const UChar *>(grapheme.utf16()), int32_t(grapheme.size()), &status);
        return U_FAILURE(status) ? -1 : length;
    }

private:
    std::unique_ptr<UConverter, ConverterCloser> m_converter;
};

// One paragraph (a line of the visible text) laid onto 20-cell manuscript lines.
class ManuscriptWriter
{
public:
    static constexpr int CellsPerLine = 20;

    void paragraph(QStringView line)
    {
        if (line.isEmpty())
            return;
        ++m_lines;
        m_column = 1; // the paragraph's indent cell
        m_halfCell = false;
        m_sharedLastCell = false;
        QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, line.data(), line.size());
        qsizetype start = 0;
        while (finder.toNextBoundary() != -1) {
            const qsizetype end = finder.position();
            write(line.sliced(start, end - start));
            start = end;
        }
    }

    qsizetype lines() const { return m_lines; }

private:
    void write(QStringView grapheme)
    {
        const char32_t c = firstCodePoint(grapheme);
        const bool lineFull = m_column >= CellsPerLine;
        if (isWhitespace(grapheme)) {
            if (lineFull) { // it would start a line: dropped, but it still ends a lowercase pair
                m_halfCell = false;
                return;
            }
            place(false);
            return;
        }
        if ((c == u'.' || c == u',') && lineFull && !m_sharedLastCell) {
            m_sharedLastCell = true;
            m_halfCell = false;
            return;
        }
        const bool pairs = (c >= u'0' && c <= u'9') || (QChar::isLower(c) && QChar::script(c) == QChar::Script_Latin);
        if (pairs && m_halfCell) {
            m_halfCell = false;
            return;
        }
        place(pairs);
    }

    void place(bool halfCell)
    {
        if (m_column >= CellsPerLine) {
            ++m_lines;
            m_column = 0;
        }
        ++m_column;
        m_halfCell = halfCell;
        m_sharedLastCell = false;
    }

    qsizetype m_lines = 0;
    int m_column = 0;
    bool m_halfCell = false; // the last cell holds one lowercase letter or digit
    bool m_sharedLastCell = false; // a period or comma already shares the last cell
};

} // namespace

namespace TextStatistics {

QString normalized(const QString &text)
{
    QString result = text;
    result.replace(u"\r\n"_s, u"\n"_s);
    result.replace(u'\r', u'\n');
    return result.normalized(QString::NormalizationForm_C);
}

QString visibleText(const Markdown::Document &document)
{
    using Markdown::NodeType;
    QString text;
    bool separatorPending = false; // a block ended: the next text starts on a new line
    Markdown::NodeId skipped = Markdown::NoNode; // a subtree left out (image alt text)
    const auto append = [&](const QString &part) {
        if (part.isEmpty())
            return;
        if (separatorPending && !text.isEmpty())
            text += u'\n';
        separatorPending = false;
        text += part;
    };
    Markdown::Walker walker(document);
    while (walker.next()) {
        const Markdown::NodeId id = walker.node();
        const Markdown::Node &node = document.node(id);
        if (skipped != Markdown::NoNode) {
            if (id == skipped && !walker.entering())
                skipped = Markdown::NoNode;
            continue;
        }
        if (!walker.entering())
            continue;
        switch (node.type) {
        case NodeType::Paragraph:
        case NodeType::Heading:
        case NodeType::TableCell:
            separatorPending = true;
            break;
        case NodeType::CodeBlock: {
            separatorPending = true;
            QString literal = node.literal;
            while (literal.endsWith(u'\n'))
                literal.chop(1);
            append(literal);
            separatorPending = true;
            break;
        }
        case NodeType::Text:
        case NodeType::Code:
            append(node.literal);
            break;
        case NodeType::SoftBreak:
        case NodeType::LineBreak:
            append(u"\n"_s);
            break;
        case NodeType::Image:
            if (node.firstChild != Markdown::NoNode)
                skipped = id;
            break;
        default: // front matter, raw HTML, thematic breaks and containers add no text
            break;
        }
    }
    return text;
}

TextCounts countMarkdown(QStringView markdown, const ReadingSpeed &speed)
{
    return count(visibleText(Markdown::parse(markdown)), speed);
}

qsizetype manuscriptLines(const QString &visibleText)
{
    const QString text = normalized(visibleText);
    ManuscriptWriter writer;
    for (const QStringView line : QStringTokenizer(text, u'\n'))
        writer.paragraph(line);
    return writer.lines();
}

TextCounts count(const QString &visibleText, const ReadingSpeed &speed)
{
    const QString text = normalized(visibleText);
    TextCounts counts;
    counts.utf8Bytes = text.toUtf8().size();

    Cp949Counter cp949;
    bool inWord = false;
    bool inLatinWord = false;
    bool latinJoinerPending = false;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    qsizetype start = 0;
    while (finder.toNextBoundary() != -1) {
        const qsizetype end = finder.position();
        const QStringView grapheme = QStringView(text).sliced(start, end - start);
        start = end;

        ++counts.characters;
        const bool space = isWhitespace(grapheme);
        if (!space) {
            ++counts.charactersNoSpaces;
            if (!inWord)
                ++counts.words;
        }
        inWord = !space;

        if (isHangulSyllable(grapheme))
            ++counts.hangulSyllables;

        const char32_t c = firstCodePoint(grapheme);
        if (isLatinLetter(c)) {
            if (!inLatinWord)
                ++counts.latinWords;
            inLatinWord = true;
            latinJoinerPending = false;
        } else if (inLatinWord && !latinJoinerPending && isWordJoiner(grapheme)) {
            latinJoinerPending = true;
        } else if (inLatinWord && !latinJoinerPending && c >= u'0' && c <= u'9') {
            // "mp3", "B2B": digits continue a Latin word but never start one
        } else {
            inLatinWord = false;
            latinJoinerPending = false;
        }

        const qsizetype bytes = cp949.bytes(grapheme);
        if (bytes < 0)
            ++counts.cp949Unencodable;
        else
            counts.cp949Bytes += bytes;
    }

    ManuscriptWriter writer;
    for (const QStringView line : QStringTokenizer(text, u'\n'))
        writer.paragraph(line);
    counts.manuscriptLines = writer.lines();
    counts.manuscriptPages = oneDecimal(double(counts.manuscriptLines) / 10);

    double minutes = 0;
    if (speed.hangulSyllablesPerMinute > 0)
        minutes += double(counts.hangulSyllables) / speed.hangulSyllablesPerMinute;
    if (speed.englishWordsPerMinute > 0)
        minutes += double(counts.latinWords) / speed.englishWordsPerMinute;
    counts.readingMinutes = oneDecimal(minutes);
    return counts;
}

} // namespace TextStatistics

QList<CountFigure> TextStatistics::figures(const TextCounts &counts, const QLocale &locale)
{
    const auto label = [](const char *text) { return QCoreApplication::translate("TextStatistics", text); };
    return {
        {label("Characters (with spaces)"), locale.toString(counts.characters)},
        {label("Characters (without spaces)"), locale.toString(counts.charactersNoSpaces)},
        {label("Words"), locale.toString(counts.words)},
        {label("Hangul syllables"), locale.toString(counts.hangulSyllables)},
        {label("Latin words"), locale.toString(counts.latinWords)},
        {label("UTF-8 bytes"), locale.toString(counts.utf8Bytes)},
        {label("CP949 bytes"), locale.toString(counts.cp949Bytes)},
        {label("Characters CP949 cannot encode"), locale.toString(counts.cp949Unencodable)},
        {label("Manuscript pages (200 cells)"), locale.toString(counts.manuscriptPages, 'f', 1)},
        {label("Reading time (minutes)"), locale.toString(counts.readingMinutes, 'f', 1)},
    };
}
