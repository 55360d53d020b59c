#pragma once

#include <QList>
#include <QString>
#include <QStringView>

/// A hit inside a text: UTF-16 offset and length.
struct SearchRange
{
    qsizetype start = 0;
    qsizetype length = 0;
    friend bool operator==(const SearchRange &, const SearchRange &) = default;
};

/// What the user typed into the search field, parsed once: its terms, the FTS5 expression
/// for the index (see searchindex.h for the tokens), and the exact matcher that finds the
/// hits inside a text for snippets and highlights.
///
/// Syntax: words separated by white space must all match, in any order, anywhere inside
/// words (`학교` finds `학교에`; `qt6` finds `Qt6를`, Latin case-insensitively); `"a b"` is
/// a phrase (the words in this order, punctuation between them ignored); `-word` or
/// `-"a b"` excludes entries that have it. A word made only of compatibility consonant
/// jamo is an initial-consonant (초성) query (`ㅎㄱ` finds 학교, 회고; `ㄱㅊ` finds 가치, not
/// 까치); a word mixing syllables and jamo matches syllables exactly and jamo as initials
/// (`라ㅁ` finds 라면, not 라디오). Query and text are compared in NFC, so NFD input from
/// macOS matches too.
class SearchQuery
{
public:
    enum class TermKind {
        Text, ///< letters and digits matched as a substring
        Initials, ///< only consonant jamo: matched against syllables' initials
        Mixed, ///< syllables and jamo: syllables exact, jamo as initials
    };
    struct Term
    {
        QString text; ///< NFC and case-folded
        TermKind kind = TermKind::Text;
        bool phrase = false; ///< written in double quotes
        bool excluded = false; ///< written with a leading '-'
    };

    static SearchQuery parse(QStringView input);

    const QList<Term> &terms() const { return m_terms; }
    /// No term at all: the search is a listing by its filters alone.
    bool isEmpty() const { return m_terms.isEmpty(); }
    bool hasRequiredTerms() const;

    /// The FTS5 MATCH expression of the required terms, with the excluded ones as NOT;
    /// empty when no term is required.
    QString matchExpression() const;
    /// The FTS5 expression matching any excluded term; empty when none is excluded.
    QString exclusionExpression() const;

    /// True when the index only narrows the candidates (mixed syllable + jamo terms):
    /// then each candidate must pass matches().
    bool needsVerification() const;
    /// Whether every required term is found in @p title or @p body (NFC plain text), by
    /// the exact matcher.
    bool matches(QStringView title, QStringView body) const;

    /// Every hit of a required term in @p text (NFC plain text), sorted by start, with
    /// overlapping hits merged.
    QList<SearchRange> hits(QStringView text) const;

private:
    struct PatternItem
    {
        enum Type { Char, Initial, Gap } type;
        char16_t c;
    };
    using Pattern = QList<PatternItem>;

    static qsizetype matchAt(const Pattern &pattern, QStringView text, qsizetype at);
    static QList<SearchRange> patternHits(const Pattern &pattern, QStringView folded);

    QList<Term> m_terms;
    QList<Pattern> m_patterns; ///< one per term, same order
};
