#include "search/searchtext.h"

#include "diary/frontmatter.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SearchText {

namespace {

// The compatibility jamo of the nineteen initial consonants, in Unicode's syllable order.
constexpr char16_t initialJamo[19] = {u'ㄱ', u'ㄲ', u'ㄴ', u'ㄷ', u'ㄸ', u'ㄹ', u'ㅁ', u'ㅂ', u'ㅃ', u'ㅅ', u'ㅆ',
    u'ㅇ', u'ㅈ', u'ㅉ', u'ㅊ', u'ㅋ', u'ㅌ', u'ㅍ', u'ㅎ'};

constexpr char32_t syllableFirst = 0xAC00;
constexpr char32_t syllableLast = 0xD7A3;
constexpr char32_t syllablesPerInitial = 21 * 28;

} // namespace

QString normalized(QStringView text)
{
    QString result = text.toString().normalized(QString::NormalizationForm_C);
    for (QChar &c : result) {
        // Conjoining initials U+1100..U+1112 are in the same order as initialJamo.
        if (c.unicode() >= 0x1100 && c.unicode() <= 0x1112)
            c = QChar(initialJamo[c.unicode() - 0x1100]);
    }
    return result;
}

char32_t fold(char32_t c)
{
    if (c < 0x80)
        return (c >= u'A' && c <= u'Z') ? c + 32 : c;
    return QChar::toCaseFolded(c);
}

QString folded(QStringView text)
{
    QString result = text.toString();
    for (QChar &c : result) {
        if (!c.isSurrogate())
            c = QChar(char16_t(fold(c.unicode())));
    }
    return result;
}

bool isWordChar(char32_t c)
{
    if (c < 0x80)
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
    if (isHangulSyllable(c) || isConsonantJamo(c))
        return true;
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

bool isPairScript(char32_t c)
{
    return (c >= 0x1100 && c <= 0x11FF) || (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xA960 && c <= 0xA97F)
        || (c >= 0xAC00 && c <= 0xD7FF) || (c >= 0xF900 && c <= 0xFAFF) || c >= 0x20000;
}

bool isConsonantJamo(char32_t c)
{
    return c >= 0x3131 && c <= 0x314E;
}

bool isHangulSyllable(char32_t c)
{
    return c >= syllableFirst && c <= syllableLast;
}

char32_t initialOf(char32_t c)
{
    if (!isHangulSyllable(c))
        return 0;
    return initialJamo[(c - syllableFirst) / syllablesPerInitial];
}

QString plainTitle(QStringView title)
{
    return normalized(title).simplified();
}

QString plainBody(QStringView document)
{
    static const QRegularExpression fence(uR"(^\s*(?:```|~~~))"_s);
    static const QRegularExpression rule(uR"(^\s*(?:(?:[-*_]\s*){3,}|\|?(?:\s*:?-+:?\s*\|)+\s*:?-*:?\s*)$)"_s);
    static const QRegularExpression markers(
        uR"(^(?:\s*(?:>|#{1,6}(?=\s|$)|[-*+](?=\s)|\d{1,9}[.)](?=\s)))+\s*(?:\[[ xX]\]\s+)?)"_s);
    static const QRegularExpression image(uR"(!\[([^\]]*)\]\([^)]*\))"_s);
    static const QRegularExpression link(uR"(\[([^\]]*)\](?:\([^)]*\)|\[[^\]]*\]))"_s);
    static const QRegularExpression autolink(uR"(<((?:https?|mailto):[^>\s]+)>)"_s);
    static const QRegularExpression tag(uR"(</?[A-Za-z][^>]*>)"_s);
    static const QRegularExpression emphasis(uR"([*`]+|~~|(?<!\w)_+|_+(?!\w))"_s);
    static const QRegularExpression escape(uR"(\\([!-/:-@\[-`{-~]))"_s);

    const QString text = normalized(frontMatterBody(document));
    QString result;
    result.reserve(text.size());
    for (QStringView line : QStringView(text).tokenize(u'\n')) {
        if (line.trimmed().isEmpty() || fence.matchView(line).hasMatch() || rule.matchView(line).hasMatch())
            continue;
        QString plain = line.toString();
        plain.remove(markers);
        const bool inlineSyntax = std::any_of(plain.cbegin(), plain.cend(), [](QChar c) {
            return c == u'[' || c == u'<' || c == u'*' || c == u'_' || c == u'`' || c == u'~' || c == u'\\'
                || c == u'|';
        });
        if (inlineSyntax) {
            plain.replace(image, u"\\1"_s);
            plain.replace(link, u"\\1"_s);
            plain.replace(autolink, u"\\1"_s);
            plain.remove(tag);
            plain.remove(emphasis);
            plain.replace(escape, u"\\1"_s);
            if (plain.trimmed().startsWith(u'|'))
                plain.replace(u'|', u' ');
        }
        plain = plain.trimmed();
        if (plain.isEmpty())
            continue;
        if (!result.isEmpty())
            result += u'\n';
        result += plain;
    }
    return result;
}

QString initials(QStringView plain)
{
    QString result;
    result.reserve(plain.size());
    bool separated = true;
    for (const QChar c : plain) {
        const char16_t u = c.unicode();
        if (isHangulSyllable(u)) {
            result += QChar(initialOf(u));
            separated = false;
        } else if (isConsonantJamo(u)) {
            result += c;
            separated = false;
        } else if (!separated) {
            result += u' ';
            separated = true;
        }
    }
    if (result.endsWith(u' '))
        result.chop(1);
    return result;
}

} // namespace SearchText
