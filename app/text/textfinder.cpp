#include "text/textfinder.h"

#include <QTextBoundaryFinder>

namespace TextFinder {

namespace {

// The NFC form of a text with, for each of its UTF-16 units, the original grapheme it came from.
struct NormalizedText
{
    QString text;
    QList<qsizetype> start; ///< original start of the grapheme of each unit of text
    QList<qsizetype> end; ///< original end of that grapheme
    bool identity = false; ///< text is the original: offsets map to themselves
};

NormalizedText normalize(QStringView original)
{
    NormalizedText result;
    const QString whole = original.toString();
    const QString nfc = whole.normalized(QString::NormalizationForm_C);
    if (nfc == whole) {
        result.text = whole;
        result.identity = true;
        return result;
    }
    // Canonical composition stays within an extended grapheme cluster, so normalising each
    // grapheme gives the same text as normalising the whole, with a map back.
    result.text.reserve(nfc.size());
    result.start.reserve(nfc.size());
    result.end.reserve(nfc.size());
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, whole);
    qsizetype from = 0;
    while (finder.toNextBoundary() != -1) {
        const qsizetype to = finder.position();
        const QString grapheme = whole.sliced(from, to - from).normalized(QString::NormalizationForm_C);
        result.text += grapheme;
        for (qsizetype i = 0; i < grapheme.size(); ++i) {
            result.start.append(from);
            result.end.append(to);
        }
        from = to;
    }
    return result;
}

// For a normalised (not identity) text: whether @p at is between two original graphemes.
bool isGraphemeBoundary(const NormalizedText &normalized, qsizetype at)
{
    if (at <= 0 || at >= normalized.text.size())
        return true;
    return normalized.start[at] != normalized.start[at - 1];
}

Match originalRange(const NormalizedText &normalized, qsizetype start, qsizetype length)
{
    if (normalized.identity)
        return {start, length};
    const qsizetype from = normalized.start[start];
    const qsizetype to = normalized.end[start + length - 1];
    return {from, to - from};
}

} // namespace

QList<Match> findAll(QStringView text, QStringView needle, Qt::CaseSensitivity cs)
{
    QList<Match> matches;
    const QString wanted = needle.toString().normalized(QString::NormalizationForm_C);
    if (wanted.isEmpty())
        return matches;
    const NormalizedText normalized = normalize(text);
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, normalized.text);
    const auto isBoundary = [&](qsizetype at) {
        if (!normalized.identity)
            return isGraphemeBoundary(normalized, at);
        finder.setPosition(at);
        return finder.isAtBoundary();
    };
    qsizetype at = 0;
    while ((at = normalized.text.indexOf(wanted, at, cs)) >= 0) {
        const qsizetype end = at + wanted.size();
        if (isBoundary(at) && isBoundary(end)) {
            matches.append(originalRange(normalized, at, wanted.size()));
            at = end;
        } else {
            ++at;
        }
    }
    return matches;
}

Match find(QStringView text, QStringView needle, qsizetype from, bool backward, Qt::CaseSensitivity cs, bool wrap)
{
    const QList<Match> matches = findAll(text, needle, cs);
    if (matches.isEmpty())
        return {};
    if (!backward) {
        for (const Match &match : matches) {
            if (match.start >= from)
                return match;
        }
        return wrap ? matches.first() : Match {};
    }
    for (auto it = matches.crbegin(); it != matches.crend(); ++it) {
        if (it->start + it->length <= from)
            return *it;
    }
    return wrap ? matches.last() : Match {};
}

} // namespace TextFinder
