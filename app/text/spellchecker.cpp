#include "text/spellchecker.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QStringTokenizer>

#include <hunspell.hxx>

#include <algorithm>

using namespace Qt::StringLiterals;

struct SpellChecker::Dictionary
{
    std::unique_ptr<Hunspell> hunspell;
    QStringEncoder encoder;
    QStringDecoder decoder;

    static std::unique_ptr<Dictionary> load(const QString &dir, const QStringList &names)
    {
        for (const QString &name : names) {
            const QString aff = dir + u'/' + name + u".aff"_s;
            const QString dic = dir + u'/' + name + u".dic"_s;
            if (!QFileInfo::exists(aff) || !QFileInfo::exists(dic))
                continue;
            auto dictionary = std::make_unique<Dictionary>();
            dictionary->hunspell
                = std::make_unique<Hunspell>(QFile::encodeName(aff).constData(), QFile::encodeName(dic).constData());
            // The .aff file's SET line; Hunspell's default is ISO8859-1.
            const QString encoding = QString::fromStdString(dictionary->hunspell->get_dict_encoding());
            dictionary->encoder = QStringEncoder(encoding.isEmpty() ? u"ISO-8859-1"_s : encoding);
            dictionary->decoder = QStringDecoder(encoding.isEmpty() ? u"ISO-8859-1"_s : encoding);
            if (!dictionary->encoder.isValid()) {
                dictionary->encoder = QStringEncoder(QStringEncoder::Utf8);
                dictionary->decoder = QStringDecoder(QStringDecoder::Utf8);
            }
            return dictionary;
        }
        return nullptr;
    }

    std::string bytes(QStringView word)
    {
        const QByteArray encoded = encoder.encode(word);
        return std::string(encoded.constData(), size_t(encoded.size()));
    }

    QString text(const std::string &bytes)
    {
        return decoder.decode(QByteArrayView(bytes.data(), qsizetype(bytes.size())));
    }
};

namespace {

enum class Run { Hangul, HangulJamo, Latin, Digit, Other };

Run runOf(char32_t c)
{
    if (c >= u'0' && c <= u'9')
        return Run::Digit;
    if (c >= 0x3131 && c <= 0x318E)
        return Run::HangulJamo;
    switch (QChar::script(c)) {
    case QChar::Script_Hangul:
        return Run::Hangul;
    case QChar::Script_Latin:
        return Run::Latin;
    case QChar::Script_Inherited: // combining marks take the run of their base
        return Run::Other;
    default:
        return QChar::isDigit(c) ? Run::Digit : Run::Other;
    }
}

bool isWordChar(char32_t c)
{
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

bool isApostrophe(char16_t c)
{
    return c == u'\'' || c == u'\u2019';
}

void addRange(QList<SpellChecker::Range> &ranges, qsizetype start, qsizetype end)
{
    if (end > start)
        ranges.append({start, end});
}

QList<SpellChecker::Range> merged(QList<SpellChecker::Range> ranges)
{
    std::sort(ranges.begin(), ranges.end(), [](const auto &a, const auto &b) { return a.start < b.start; });
    QList<SpellChecker::Range> result;
    for (const SpellChecker::Range &range : std::as_const(ranges)) {
        if (!result.isEmpty() && range.start <= result.last().end)
            result.last().end = std::max(result.last().end, range.end);
        else
            result.append(range);
    }
    return result;
}

// A fence opening line: up to three spaces, then three or more ` or ~.
bool fenceOf(QStringView line, QChar *fenceChar, qsizetype *fenceLength)
{
    qsizetype i = 0;
    while (i < line.size() && i < 3 && line[i] == u' ')
        ++i;
    if (i >= line.size() || (line[i] != u'`' && line[i] != u'~'))
        return false;
    const QChar c = line[i];
    qsizetype n = 0;
    while (i + n < line.size() && line[i + n] == c)
        ++n;
    if (n < 3)
        return false;
    *fenceChar = c;
    *fenceLength = n;
    return true;
}

} // namespace

SpellChecker::SpellChecker(const QString &dictionaryDir, const QString &personalDictionaryPath)
    : m_personalPath(personalDictionaryPath.isEmpty() ? defaultPersonalDictionaryPath() : personalDictionaryPath)
{
    const QString dir = dictionaryDir.isEmpty() ? u"/usr/share/hunspell"_s : dictionaryDir;
    m_korean = Dictionary::load(dir, {u"ko_KR"_s, u"ko"_s});
    m_english = Dictionary::load(dir, {u"en_US"_s, u"en_GB"_s});

    QFile file(m_personalPath);
    if (file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        const QString content = QString::fromUtf8(file.readAll());
        for (const QStringView line : QStringTokenizer(content, u'\n', Qt::SkipEmptyParts)) {
            const QString word = line.trimmed().toString().normalized(QString::NormalizationForm_C);
            if (word.isEmpty())
                continue;
            m_personalWords.insert(word);
            const Language language = languageOf(word);
            Dictionary *dictionary = language == Language::Korean ? m_korean.get()
                : language == Language::English                   ? m_english.get()
                                                                  : nullptr;
            if (dictionary)
                dictionary->hunspell->add(dictionary->bytes(word));
        }
    }
}

SpellChecker::~SpellChecker() = default;

QString SpellChecker::defaultPersonalDictionaryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/personal-dictionary.txt"_s;
}

bool SpellChecker::isAvailable(Language language) const
{
    switch (language) {
    case Language::Korean:
        return m_korean != nullptr;
    case Language::English:
        return m_english != nullptr;
    case Language::None:
        break;
    }
    return false;
}

SpellChecker::Language SpellChecker::languageOf(QStringView word)
{
    for (const char32_t c : word.toUcs4()) {
        if (!QChar::isLetter(c))
            continue;
        switch (runOf(c)) {
        case Run::Hangul:
            return Language::Korean;
        case Run::Latin:
            return Language::English;
        default:
            return Language::None;
        }
    }
    return Language::None;
}

bool SpellChecker::spell(Language language, QStringView word) const
{
    const QString nfc = word.toString().normalized(QString::NormalizationForm_C);
    if (m_personalWords.contains(nfc))
        return true;
    Dictionary *dictionary = language == Language::Korean ? m_korean.get()
        : language == Language::English                   ? m_english.get()
                                                          : nullptr;
    if (!dictionary)
        return true;
    return dictionary->hunspell->spell(dictionary->bytes(nfc));
}

bool SpellChecker::isCorrect(QStringView word) const
{
    for (const QChar c : word) {
        if (c.isDigit())
            return true;
    }
    return spell(languageOf(word), word);
}

QStringList SpellChecker::suggestions(QStringView word) const
{
    const Language language = languageOf(word);
    Dictionary *dictionary = language == Language::Korean ? m_korean.get()
        : language == Language::English                   ? m_english.get()
                                                          : nullptr;
    QStringList result;
    if (!dictionary)
        return result;
    const QString nfc = word.toString().normalized(QString::NormalizationForm_C);
    for (const std::string &suggestion : dictionary->hunspell->suggest(dictionary->bytes(nfc)))
        result.append(dictionary->text(suggestion));
    return result;
}

bool SpellChecker::addToPersonalDictionary(const QString &word, QString *error)
{
    const QString nfc = word.trimmed().normalized(QString::NormalizationForm_C);
    if (nfc.isEmpty() || m_personalWords.contains(nfc))
        return true;
    QDir().mkpath(QFileInfo(m_personalPath).absolutePath());
    QByteArray content;
    QFile existing(m_personalPath);
    if (existing.open(QIODevice::ReadOnly))
        content = existing.readAll();
    if (!content.isEmpty() && !content.endsWith('\n'))
        content += '\n';
    content += nfc.toUtf8() + '\n';
    QSaveFile file(m_personalPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        if (error) {
            *error = QCoreApplication::translate("SpellChecker", "Could not save the personal dictionary %1: %2")
                         .arg(QDir::toNativeSeparators(m_personalPath), file.errorString());
        }
        return false;
    }
    m_personalWords.insert(nfc);
    const Language language = languageOf(nfc);
    Dictionary *dictionary = language == Language::Korean ? m_korean.get()
        : language == Language::English                   ? m_english.get()
                                                          : nullptr;
    if (dictionary)
        dictionary->hunspell->add(dictionary->bytes(nfc));
    return true;
}

QList<SpellChecker::Range> SpellChecker::skippedInlineRanges(QStringView line)
{
    QList<Range> ranges;
    // Code spans: a run of n backticks up to the next run of exactly n (CommonMark §6.1).
    qsizetype i = 0;
    while (i < line.size()) {
        if (line[i] != u'`') {
            ++i;
            continue;
        }
        qsizetype n = 0;
        while (i + n < line.size() && line[i + n] == u'`')
            ++n;
        qsizetype j = i + n;
        qsizetype close = -1;
        while (j < line.size()) {
            if (line[j] != u'`') {
                ++j;
                continue;
            }
            qsizetype m = 0;
            while (j + m < line.size() && line[j + m] == u'`')
                ++m;
            if (m == n) {
                close = j + m;
                break;
            }
            j += m;
        }
        addRange(ranges, i, close < 0 ? i + n : close);
        i = close < 0 ? i + n : close;
    }

    static const QRegularExpression patterns(uR"((?:https?|ftp)://[^\s<>()]+(?:\([^\s<>()]*\)[^\s<>()]*)*)"
                                             uR"(|mailto:[^\s<>()]+|www\.[^\s<>()]+)"
                                             uR"(|\]\([^)\s]*(?:\s+"[^"]*")?\))"
                                             uR"(|<[A-Za-z/!?][^<>]*>)"
                                             uR"(|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    QRegularExpressionMatchIterator it = patterns.globalMatchView(line);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        addRange(ranges, match.capturedStart(), match.capturedEnd());
    }
    return merged(ranges);
}

QList<SpellChecker::Range> SpellChecker::skippedRanges(QStringView text)
{
    QList<Range> ranges;
    qsizetype lineStart = 0;
    bool firstLine = true;
    bool inFrontMatter = false;
    bool inFence = false;
    QChar fenceChar;
    qsizetype fenceLength = 0;
    qsizetype blockStart = 0;
    while (lineStart <= text.size()) {
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        QStringView line = text.sliced(lineStart, lineEnd - lineStart);
        if (line.endsWith(u'\r'))
            line.chop(1);
        const qsizetype next = lineEnd + 1;

        if (firstLine && line == u"---") {
            inFrontMatter = true;
            blockStart = lineStart;
        } else if (inFrontMatter) {
            if (line == u"---" || line == u"...") {
                inFrontMatter = false;
                addRange(ranges, blockStart, lineEnd);
            }
        } else if (inFence) {
            QChar c;
            qsizetype n = 0;
            if (fenceOf(line, &c, &n) && c == fenceChar && n >= fenceLength && line.trimmed().size() == n
                && line.size() - line.trimmed().size() <= 3) {
                inFence = false;
                addRange(ranges, blockStart, lineEnd);
            }
        } else if (fenceOf(line, &fenceChar, &fenceLength)) {
            inFence = true;
            blockStart = lineStart;
        } else {
            for (const Range &range : skippedInlineRanges(line))
                ranges.append({lineStart + range.start, lineStart + range.end});
        }
        firstLine = false;
        if (lineEnd >= text.size())
            break;
        lineStart = next;
    }
    if (inFrontMatter || inFence) // unclosed: runs to the end of the text
        addRange(ranges, blockStart, text.size());
    return merged(ranges);
}

QList<SpellChecker::Misspelling> SpellChecker::check(QStringView text) const
{
    return checkOutside(text, skippedRanges(text));
}

QList<SpellChecker::Misspelling> SpellChecker::checkLine(QStringView line) const
{
    return checkOutside(line, skippedInlineRanges(line));
}

QList<SpellChecker::Misspelling> SpellChecker::checkOutside(QStringView text, const QList<Range> &skipped) const
{
    QList<Misspelling> result;
    qsizetype skip = 0; // index into skipped
    qsizetype i = 0;
    const auto codePointAt = [&](qsizetype at, qsizetype *size) -> char32_t {
        if (at + 1 < text.size() && text[at].isHighSurrogate() && text[at + 1].isLowSurrogate()) {
            *size = 2;
            return QChar::surrogateToUcs4(text[at], text[at + 1]);
        }
        *size = 1;
        return text[at].unicode();
    };
    while (i < text.size()) {
        while (skip < skipped.size() && skipped[skip].end <= i)
            ++skip;
        if (skip < skipped.size() && skipped[skip].start <= i) {
            i = skipped[skip].end;
            continue;
        }
        qsizetype size = 1;
        if (!isWordChar(codePointAt(i, &size))) {
            i += size;
            continue;
        }
        // A token: word characters, with single apostrophes between them ("don't").
        const qsizetype start = i;
        const qsizetype limit = skip < skipped.size() ? skipped[skip].start : text.size();
        qsizetype end = i;
        while (end < limit) {
            qsizetype n = 1;
            if (isWordChar(codePointAt(end, &n))) {
                end += n;
            } else if (isApostrophe(text[end].unicode()) && end + 1 < limit && end > start
                && isWordChar(codePointAt(end + 1, &n))) {
                end += 1;
            } else {
                break;
            }
        }
        i = end;
        // A token that runs into a skipped range (a URL glued to a word) is left alone.
        qsizetype n = 1;
        if (end == limit && limit < text.size() && isWordChar(codePointAt(limit, &n)))
            continue;

        // Split into script runs and check each the way the class comment says.
        Run previous = Run::Other;
        qsizetype runStart = start;
        Run run = Run::Other;
        const auto flush = [&](qsizetype runEnd, Run following) {
            if (runEnd <= runStart)
                return;
            const QStringView word = text.sliced(runStart, runEnd - runStart);
            Language language = Language::None;
            if (run == Run::Latin && previous != Run::Digit && following != Run::Digit)
                language = Language::English;
            else if (run == Run::Hangul && previous != Run::Latin && previous != Run::Digit)
                language = Language::Korean;
            if (language != Language::None && !spell(language, word))
                result.append({runStart, runEnd - runStart, word.toString(), language});
        };
        qsizetype at = start;
        bool first = true;
        while (at < end) {
            qsizetype n = 1;
            const char32_t c = codePointAt(at, &n);
            Run r = runOf(c);
            if (QChar::isMark(c) || isApostrophe(text[at].unicode()))
                r = run; // marks and inner apostrophes stay in their run
            if (first) {
                run = r;
                first = false;
            } else if (r != run) {
                flush(at, r);
                previous = run;
                run = r;
                runStart = at;
            }
            at += n;
        }
        flush(end, Run::Other);
    }
    return result;
}
