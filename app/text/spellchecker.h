#pragma once

#include <QList>
#include <QSet>
#include <QString>

#include <memory>

class Hunspell;

/// Spell checking of mixed Korean/English Markdown with Hunspell, both dictionaries at once.
///
/// Each word is checked by the dictionary of its script: Hangul words by the Korean dictionary
/// (hunspell-ko, whose affix rules accept nouns with their particles: 학교에서, 회고를), Latin
/// words by the English one (hunspell-en-us). Words in other scripts, numbers and words with
/// digits are not checked. In a word that mixes scripts ("Hoego를", "3월에") the Latin part is
/// checked and a Hangul part that follows a Latin or digit run is taken as a particle and
/// left alone.
///
/// What is not prose is skipped (see skippedRanges()): YAML front matter, fenced and indented
/// code blocks, code spans, URLs (http://, https://, ftp://, mailto:, www.), link destinations,
/// autolinks, raw HTML tags and e-mail addresses.
///
/// Usage:
///     SpellChecker checker;                       // system dictionaries, personal dictionary
///     for (const SpellChecker::Misspelling &m : checker.check(text)) … m.start, m.length …
///     checker.suggestions(u"teh"_s);              // {"the", …}
///     checker.addToPersonalDictionary(u"Hoego"_s, &error);
///
/// Hunspell takes bytes in the dictionary's encoding (the .aff file's SET line; both ko and
/// en_US are UTF-8); the conversion is done here. Not thread-safe: one instance per thread.
class SpellChecker
{
public:
    enum class Language { None, Korean, English };

    struct Misspelling
    {
        qsizetype start = 0; ///< UTF-16 offset in the checked text
        qsizetype length = 0; ///< UTF-16 code units
        QString word;
        Language language = Language::None;
        friend bool operator==(const Misspelling &, const Misspelling &) = default;
    };

    struct Range
    {
        qsizetype start = 0;
        qsizetype end = 0; ///< exclusive
        friend bool operator==(const Range &, const Range &) = default;
    };

    /// Loads ko_KR and en_US from @p dictionaryDir (default /usr/share/hunspell) and the personal
    /// dictionary from @p personalDictionaryPath (default: personal-dictionary.txt in
    /// QStandardPaths::AppDataLocation; one UTF-8 word a line). A missing dictionary leaves that
    /// language unchecked (isAvailable() says so); a missing personal file is an empty one.
    explicit SpellChecker(const QString &dictionaryDir = QString(), const QString &personalDictionaryPath = QString());
    ~SpellChecker();
    SpellChecker(const SpellChecker &) = delete;
    SpellChecker &operator=(const SpellChecker &) = delete;

    bool isAvailable(Language language) const;
    QString personalDictionaryPath() const { return m_personalPath; }
    static QString defaultPersonalDictionaryPath();

    /// The language whose dictionary checks @p word: by the script of its first letter
    /// (QChar::Script_Hangul → Korean, Script_Latin → English), None for anything else.
    static Language languageOf(QStringView word);

    /// Whether @p word (one word, no spaces) is spelled right. Words in no checked language,
    /// words with digits and words of a language whose dictionary is missing count as right.
    bool isCorrect(QStringView word) const;
    /// Hunspell's suggestions for @p word from the dictionary of its script, best first.
    QStringList suggestions(QStringView word) const;

    /// Adds @p word to the personal dictionary (file and the loaded dictionaries). Returns false
    /// with a sentence in @p error when the file cannot be written.
    bool addToPersonalDictionary(const QString &word, QString *error = nullptr);

    /// The misspelled words of Markdown @p text, in order, with the skipped ranges left out.
    QList<Misspelling> check(QStringView text) const;
    /// Like check() for a part of a larger text (one editor block): @p skipFrontMatter and code
    /// block detection need the whole text, so here only code spans, URLs and HTML are skipped.
    QList<Misspelling> checkLine(QStringView line) const;

    /// The ranges of Markdown @p text that are not prose, sorted and disjoint.
    static QList<Range> skippedRanges(QStringView text);
    /// The skipped ranges within one line (code spans, URLs, link destinations, HTML, e-mail).
    static QList<Range> skippedInlineRanges(QStringView line);

private:
    QList<Misspelling> checkOutside(QStringView text, const QList<Range> &skipped) const;
    bool spell(Language language, QStringView word) const;

    struct Dictionary;
    std::unique_ptr<Dictionary> m_korean;
    std::unique_ptr<Dictionary> m_english;
    QString m_personalPath;
    QSet<QString> m_personalWords;
};
