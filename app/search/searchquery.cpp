#include "search/searchquery.h"

#include "search/searchtext.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

using Run = std::u32string;

bool isWordUnit(QChar c)
{
    return c.isSurrogate() || SearchText::isWordChar(c.unicode());
}

// The tokenizer's runs: word characters of one script class (SearchText::isPairScript).
QList<Run> wordRuns(QStringView text)
{
    QList<Run> runs;
    Run run;
    for (const char32_t c : text.toUcs4()) {
        const bool word = SearchText::isWordChar(c);
        if (word && !run.empty() && SearchText::isPairScript(c) != SearchText::isPairScript(run.front())) {
            runs << run;
            run.clear();
        }
        if (word) {
            run += c;
        } else if (!run.empty()) {
            runs << run;
            run.clear();
        }
    }
    if (!run.empty())
        runs << run;
    return runs;
}

QString token(const Run &run, size_t at, size_t length)
{
    return QString::fromUcs4(run.data() + at, qsizetype(length));
}

// The FTS5 phrase of consecutive runs in the tokenizer's tokens (searchindex.h). A Hangul
// run is its pairs: the first run may end a document's run, the middle ones are whole
// runs, the last may start one, and a lone character is a prefix, since it is the first
// half of a pair or a run's last character. A word is itself, the last one as a prefix.
QString phraseExpression(const QList<Run> &runs)
{
    QStringList tokens;
    bool prefix = false;
    for (qsizetype j = 0; j < runs.size(); ++j) {
        const Run &run = runs.at(j);
        const bool last = j == runs.size() - 1;
        if (!SearchText::isPairScript(run.front())) {
            tokens << token(run, 0, run.size());
            prefix = last;
            continue;
        }
        for (size_t i = 0; i + 1 < run.size(); ++i)
            tokens << token(run, i, 2);
        if (!last) {
            tokens << token(run, run.size() - 1, 1);
        } else if (run.size() == 1) {
            tokens << token(run, 0, 1);
            prefix = true;
        }
    }
    if (tokens.isEmpty())
        return {};
    return u'"' + tokens.join(u' ') + u'"' + (prefix ? u"*"_s : QString());
}

QString textExpression(const QList<Run> &runs)
{
    const QString phrase = phraseExpression(runs);
    return phrase.isEmpty() ? QString() : u"{title body} : "_s + phrase;
}

QString initialsExpression(const QList<Run> &runs)
{
    const QString phrase = phraseExpression(runs);
    return phrase.isEmpty() ? QString() : u"initials : "_s + phrase;
}

// A mixed term: its syllable parts through the text columns, and each run made only of
// syllables and jamo through the initials column. The index only narrows; the matcher
// decides.
QString mixedExpression(const QList<Run> &runs)
{
    QStringList parts;
    for (const Run &run : runs) {
        Run piece;
        bool hangulOnly = true;
        Run initials;
        for (const char32_t c : run) {
            if (SearchText::isConsonantJamo(c)) {
                if (!piece.empty())
                    parts << textExpression({piece});
                piece.clear();
                initials += c;
            } else {
                piece += c;
                if (SearchText::isHangulSyllable(c))
                    initials += SearchText::initialOf(c);
                else
                    hangulOnly = false;
            }
        }
        if (!piece.empty())
            parts << textExpression({piece});
        if (hangulOnly)
            parts << initialsExpression({initials});
    }
    parts.removeAll(QString());
    return parts.join(u" AND "_s);
}

QString termExpression(const SearchQuery::Term &term)
{
    const QList<Run> runs = wordRuns(term.text);
    switch (term.kind) {
    case SearchQuery::TermKind::Text:
        return textExpression(runs);
    case SearchQuery::TermKind::Initials:
        return initialsExpression(runs);
    case SearchQuery::TermKind::Mixed:
        return mixedExpression(runs);
    }
    return {};
}

SearchQuery::TermKind kindOf(QStringView text)
{
    bool jamo = false;
    bool other = false;
    for (const char32_t c : text.toUcs4()) {
        if (SearchText::isConsonantJamo(c))
            jamo = true;
        else if (SearchText::isWordChar(c))
            other = true;
    }
    if (jamo)
        return other ? SearchQuery::TermKind::Mixed : SearchQuery::TermKind::Initials;
    return SearchQuery::TermKind::Text;
}

QString joinExpressions(const QStringList &expressions, QStringView op)
{
    QStringList wrapped;
    for (const QString &expression : expressions)
        wrapped << u'(' + expression + u')';
    return wrapped.join(QString(u' ' + op.toString() + u' '));
}

} // namespace

SearchQuery SearchQuery::parse(QStringView input)
{
    const QString text = SearchText::normalized(input);
    SearchQuery query;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (text.at(i).isSpace()) {
            ++i;
            continue;
        }
        Term term;
        if (text.at(i) == u'-' && i + 1 < n && !text.at(i + 1).isSpace()) {
            term.excluded = true;
            ++i;
        }
        qsizetype end = i;
        if (text.at(i) == u'"') {
            term.phrase = true;
            ++i;
            end = text.indexOf(u'"', i);
            if (end < 0)
                end = n;
            term.text = text.mid(i, end - i).simplified();
            i = end + 1;
        } else {
            while (end < n && !text.at(end).isSpace())
                ++end;
            term.text = text.mid(i, end - i);
            i = end;
        }
        term.text = SearchText::folded(term.text);
        term.kind = kindOf(term.text);
        // A term without a letter or digit ("-", "...") matches nothing and is dropped.
        if (wordRuns(term.text).isEmpty())
            continue;

        Pattern pattern;
        for (const QChar c : std::as_const(term.text)) {
            if (!isWordUnit(c)) {
                if (!pattern.isEmpty() && pattern.last().type != PatternItem::Gap)
                    pattern << PatternItem {PatternItem::Gap, 0};
            } else if (term.kind != TermKind::Text && SearchText::isConsonantJamo(c.unicode())) {
                pattern << PatternItem {PatternItem::Initial, c.unicode()};
            } else {
                pattern << PatternItem {PatternItem::Char, c.unicode()};
            }
        }
        if (!pattern.isEmpty() && pattern.last().type == PatternItem::Gap)
            pattern.removeLast();
        query.m_terms << term;
        query.m_patterns << pattern;
    }
    return query;
}

bool SearchQuery::hasRequiredTerms() const
{
    return std::any_of(m_terms.cbegin(), m_terms.cend(), [](const Term &term) { return !term.excluded; });
}

QString SearchQuery::matchExpression() const
{
    QStringList required;
    for (const Term &term : m_terms) {
        if (!term.excluded)
            required << termExpression(term);
    }
    required.removeAll(QString());
    if (required.isEmpty())
        return {};
    QString expression = joinExpressions(required, u"AND");
    const QString excluded = exclusionExpression();
    if (!excluded.isEmpty())
        expression = u'(' + expression + u") NOT ("_s + excluded + u')';
    return expression;
}

QString SearchQuery::exclusionExpression() const
{
    QStringList excluded;
    for (const Term &term : m_terms) {
        if (term.excluded)
            excluded << termExpression(term);
    }
    excluded.removeAll(QString());
    return joinExpressions(excluded, u"OR");
}

bool SearchQuery::needsVerification() const
{
    return std::any_of(m_terms.cbegin(), m_terms.cend(),
        [](const Term &term) { return !term.excluded && term.kind == TermKind::Mixed; });
}

bool SearchQuery::matches(QStringView title, QStringView body) const
{
    const QString foldedTitle = SearchText::folded(title);
    const QString foldedBody = SearchText::folded(body);
    for (qsizetype i = 0; i < m_terms.size(); ++i) {
        if (m_terms.at(i).excluded)
            continue;
        const Pattern &pattern = m_patterns.at(i);
        const auto found = [&pattern](QStringView text) {
            for (qsizetype at = 0; at < text.size(); ++at) {
                if (matchAt(pattern, text, at) > 0)
                    return true;
            }
            return false;
        };
        if (!found(foldedTitle) && !found(foldedBody))
            return false;
    }
    return true;
}

QList<SearchRange> SearchQuery::hits(QStringView text) const
{
    const QString folded = SearchText::folded(text);
    QList<SearchRange> all;
    for (qsizetype i = 0; i < m_terms.size(); ++i) {
        if (!m_terms.at(i).excluded)
            all << patternHits(m_patterns.at(i), folded);
    }
    std::sort(all.begin(), all.end(), [](const SearchRange &a, const SearchRange &b) {
        return a.start < b.start || (a.start == b.start && a.length > b.length);
    });
    QList<SearchRange> merged;
    for (const SearchRange &range : std::as_const(all)) {
        if (!merged.isEmpty() && range.start < merged.last().start + merged.last().length) {
            SearchRange &last = merged.last();
            last.length = std::max(last.start + last.length, range.start + range.length) - last.start;
        } else {
            merged << range;
        }
    }
    return merged;
}

qsizetype SearchQuery::matchAt(const Pattern &pattern, QStringView text, qsizetype at)
{
    qsizetype j = at;
    const qsizetype n = text.size();
    for (const PatternItem &item : pattern) {
        switch (item.type) {
        case PatternItem::Char:
            if (j >= n || text.at(j).unicode() != item.c)
                return 0;
            ++j;
            break;
        case PatternItem::Initial:
            if (j >= n || (text.at(j).unicode() != item.c && SearchText::initialOf(text.at(j).unicode()) != item.c))
                return 0;
            ++j;
            break;
        case PatternItem::Gap: {
            const qsizetype start = j;
            while (j < n && !isWordUnit(text.at(j)))
                ++j;
            if (j == start)
                return 0;
            break;
        }
        }
    }
    return j - at;
}

QList<SearchRange> SearchQuery::patternHits(const Pattern &pattern, QStringView folded)
{
    QList<SearchRange> hits;
    if (pattern.isEmpty())
        return hits;
    const bool literalFirst = pattern.first().type == PatternItem::Char;
    qsizetype at = 0;
    while (at < folded.size()) {
        if (literalFirst) {
            at = folded.indexOf(QChar(pattern.first().c), at);
            if (at < 0)
                break;
        }
        const qsizetype length = matchAt(pattern, folded, at);
        if (length > 0) {
            hits << SearchRange {at, length};
            at += length;
        } else {
            ++at;
        }
    }
    return hits;
}
