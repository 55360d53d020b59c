// SpellChecker: Korean and English at once, by script, with Markdown's non-prose skipped.
#include "text/spellchecker.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(SpellChecker::Language)

class tst_SpellChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void languageOf_data();
    void languageOf();
    void isCorrect_data();
    void isCorrect();
    void check_data();
    void check();
    void misspellingRanges();
    void suggestions();
    void personalDictionary();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SpellChecker> m_checker;
};

void tst_SpellChecker::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_checker = std::make_unique<SpellChecker>(QString(), m_dir.filePath(u"words.txt"_s));
    QVERIFY(m_checker->isAvailable(SpellChecker::Language::Korean));
    QVERIFY(m_checker->isAvailable(SpellChecker::Language::English));
}

void tst_SpellChecker::languageOf_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<SpellChecker::Language>("language");

    QTest::newRow("hangul") << u"학교"_s << SpellChecker::Language::Korean;
    QTest::newRow("latin") << u"school"_s << SpellChecker::Language::English;
    QTest::newRow("latin with accent") << u"café"_s << SpellChecker::Language::English;
    QTest::newRow("digits first") << u"3월"_s << SpellChecker::Language::Korean;
    QTest::newRow("han") << u"日本"_s << SpellChecker::Language::None;
    QTest::newRow("number") << u"2024"_s << SpellChecker::Language::None;
}

void tst_SpellChecker::languageOf()
{
    QFETCH(QString, word);
    QTEST(SpellChecker::languageOf(word), "language");
}

void tst_SpellChecker::isCorrect_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("correct");

    QTest::newRow("noun") << u"학교"_s << true;
    // Particles come from the Korean dictionary's affix rules.
    QTest::newRow("noun + 에서") << u"학교에서"_s << true;
    QTest::newRow("noun + 를") << u"회고를"_s << true;
    QTest::newRow("verb ending") << u"했다"_s << true;
    QTest::newRow("decomposed") << u"\u1112\u1161\u11A8\u1100\u116D"_s << true;
    QTest::newRow("korean misspelling") << u"됬다"_s << false;
    QTest::newRow("english") << u"school"_s << true;
    QTest::newRow("english capitalised") << u"School"_s << true;
    QTest::newRow("english misspelling") << u"shcool"_s << false;
    // A Latin word is never looked up in the Korean dictionary, nor Hangul in the English one.
    QTest::newRow("english word checked in english") << u"retrospective"_s << true;
    QTest::newRow("other script") << u"日本語"_s << true;
    QTest::newRow("with digits") << u"mp3"_s << true;
}

void tst_SpellChecker::isCorrect()
{
    QFETCH(QString, word);
    QTEST(m_checker->isCorrect(word), "correct");
}

void tst_SpellChecker::check_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("misspelled");

    QTest::newRow("both languages") << u"I went to shcool. 학교에서 공부를 됬다."_s
                                    << QStringList {u"shcool"_s, u"됬다"_s};
    QTest::newRow("all correct") << u"오늘은 학교에서 retrospective를 썼다."_s << QStringList();
    QTest::newRow("code span") << u"Run `shcool --fast` now"_s << QStringList();
    QTest::newRow("double backtick span") << u"``a ` shcool`` fine"_s << QStringList();
    QTest::newRow("url") << u"See https://exmaple.com/shcool/됬다 and www.shcool.org"_s << QStringList();
    QTest::newRow("link destination") << u"[학교](https://shcool.example/됬다) 됬다"_s << QStringList {u"됬다"_s};
    QTest::newRow("link text checked") << u"[shcool](https://example.com)"_s << QStringList {u"shcool"_s};
    QTest::newRow("autolink") << u"<https://shcool.example>"_s << QStringList();
    QTest::newRow("html tag") << u"<span clas=\"shcool\">school</span>"_s << QStringList();
    QTest::newRow("email") << u"mail shcool@exmaple.com"_s << QStringList();
    QTest::newRow("fenced code") << u"학교\n```cpp\nint shcool = 0;\n```\nshcool"_s << QStringList {u"shcool"_s};
    QTest::newRow("tilde fence unclosed") << u"~~~\nshcool\n됬다"_s << QStringList();
    QTest::newRow("front matter") << u"---\ntitle: shcool\ntags: [됬다]\n---\n본문 shcool"_s
                                  << QStringList {u"shcool"_s};
    // Only a document's first line opens front matter; later --- is a thematic break.
    QTest::newRow("not front matter") << u"학교\n---\nshcool\n---"_s << QStringList {u"shcool"_s};
    // The Hangul after a Latin word is its particle; the Latin part is still checked.
    QTest::newRow("particle after latin") << u"Hoego를 shcool을"_s << QStringList {u"Hoego"_s, u"shcool"_s};
    QTest::newRow("particle after digits") << u"3월에 12일까지"_s << QStringList();
    QTest::newRow("apostrophe") << u"don't dont'"_s << QStringList {u"dont"_s};
    QTest::newRow("laughter jamo") << u"ㅋㅋㅋ 좋다"_s << QStringList();
}

void tst_SpellChecker::check()
{
    QFETCH(QString, text);
    QStringList words;
    for (const SpellChecker::Misspelling &misspelling : m_checker->check(text))
        words.append(misspelling.word);
    QTEST(words, "misspelled");
}

void tst_SpellChecker::misspellingRanges()
{
    const QString text = u"가 shcool 됬다"_s;
    const QList<SpellChecker::Misspelling> found = m_checker->check(text);
    QCOMPARE(found.size(), 2);
    QCOMPARE(found[0].start, 2);
    QCOMPARE(found[0].length, 6);
    QCOMPARE(found[0].language, SpellChecker::Language::English);
    QCOMPARE(found[1].start, 9);
    QCOMPARE(found[1].length, 2);
    QCOMPARE(found[1].language, SpellChecker::Language::Korean);
    QCOMPARE(text.mid(found[1].start, found[1].length), u"됬다"_s);
}

void tst_SpellChecker::suggestions()
{
    QVERIFY(m_checker->suggestions(u"shcool"_s).contains(u"school"_s));
    QVERIFY(m_checker->suggestions(u"됬다"_s).contains(u"됐다"_s));
    QVERIFY(m_checker->suggestions(u"日本"_s).isEmpty());
}

void tst_SpellChecker::personalDictionary()
{
    const QString path = m_dir.filePath(u"sub/personal.txt"_s);
    {
        SpellChecker checker(QString(), path);
        QVERIFY(!checker.isCorrect(u"Hoego"_s));
        QVERIFY(!checker.isCorrect(u"회고록장"_s));
        QString error;
        QVERIFY2(checker.addToPersonalDictionary(u"Hoego"_s, &error), qPrintable(error));
        QVERIFY2(checker.addToPersonalDictionary(u"회고록장"_s, &error), qPrintable(error));
        QVERIFY(checker.isCorrect(u"Hoego"_s));
        QVERIFY(checker.isCorrect(u"회고록장"_s));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), u"Hoego\n회고록장\n"_s);
    // A new checker reads the file back.
    SpellChecker again(QString(), path);
    QVERIFY(again.isCorrect(u"Hoego"_s));
    QVERIFY(again.check(u"Hoego를 회고록장"_s).isEmpty());
}

QTEST_GUILESS_MAIN(tst_SpellChecker)
#include "tst_spellchecker.moc"
