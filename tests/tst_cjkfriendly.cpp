// The CJK-friendly emphasis amendment: every case of cjk-friendly-emphasis.json with the
// default options, and the character data the amendment relies on.
#include "markdown/htmlrenderer.h"
#include "markdown/parser.h"
#include "markdown/unicodeclass.h"
#include "testpaths.h"
#include "tst_markdownhtml.h"

#include <QTest>

#include <unicode/uchar.h>

using namespace Qt::StringLiterals;

class tst_CjkFriendly : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cases_data();
    void cases();
    void plainRulesDiffer_data();
    void plainRulesDiffer();
    void ambiguousPunctuationTable();
    void cjkCharacters_data();
    void cjkCharacters();
};

void tst_CjkFriendly::cases_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("html");
    const QJsonArray cases = MarkdownTest::readJson(sharedDir() + u"/spec/cjk-friendly-emphasis.json"_s)
                                 .object()
                                 .value(u"cases"_s)
                                 .toArray();
    QVERIFY(cases.size() >= 100);
    for (const QJsonValue &value : cases) {
        const QJsonObject c = value.toObject();
        QTest::addRow("%s #%d", qPrintable(c.value(u"source"_s).toString()), c.value(u"case"_s).toInt())
            << c.value(u"markdown"_s).toString() << c.value(u"html"_s).toString();
    }
}

void tst_CjkFriendly::cases()
{
    QFETCH(QString, markdown);
    QFETCH(QString, html);
    const QString actual = Markdown::renderHtml(Markdown::parse(markdown));
    QCOMPARE(MarkdownTest::normalizeHtml(actual), MarkdownTest::normalizeHtml(html));
}

// With the amendment off, the cases marked differsFromCommonMark must render differently:
// the switch really switches.
void tst_CjkFriendly::plainRulesDiffer_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("html");
    const QJsonArray cases = MarkdownTest::readJson(sharedDir() + u"/spec/cjk-friendly-emphasis.json"_s)
                                 .object()
                                 .value(u"cases"_s)
                                 .toArray();
    for (const QJsonValue &value : cases) {
        const QJsonObject c = value.toObject();
        if (!c.value(u"differsFromCommonMark"_s).toBool())
            continue;
        QTest::addRow("%s #%d", qPrintable(c.value(u"source"_s).toString()), c.value(u"case"_s).toInt())
            << c.value(u"markdown"_s).toString() << c.value(u"html"_s).toString();
    }
}

void tst_CjkFriendly::plainRulesDiffer()
{
    QFETCH(QString, markdown);
    QFETCH(QString, html);
    Markdown::Options options;
    options.cjkFriendly = false;
    const QString actual = Markdown::renderHtml(Markdown::parse(markdown, options));
    QVERIFY2(MarkdownTest::normalizeHtml(actual) != MarkdownTest::normalizeHtml(html), qPrintable(actual));
}

// The table of CJK ambiguous punctuation sequences (StandardizedVariants.txt "fullwidth
// form" entries) must only hold punctuation of East_Asian_Width A, and hold all four quotes.
void tst_CjkFriendly::ambiguousPunctuationTable()
{
    using namespace Markdown::Internal;
    int count = 0;
    for (char32_t base = 0x20; base < 0x10000; ++base) {
        for (char32_t selector = 0xFE00; selector <= 0xFE0E; ++selector) {
            if (!isCjkAmbiguousPunctuationSequence(base, selector))
                continue;
            ++count;
            QVERIFY(isUnicodePunctuation(base));
            QCOMPARE(u_getIntPropertyValue(UChar32(base), UCHAR_EAST_ASIAN_WIDTH), int(U_EA_AMBIGUOUS));
        }
    }
    QCOMPARE(count, 4);
    for (char32_t quote : {0x2018, 0x2019, 0x201C, 0x201D})
        QVERIFY(isCjkAmbiguousPunctuationSequence(quote, 0xFE01));
}

void tst_CjkFriendly::cjkCharacters_data()
{
    QTest::addColumn<uint>("codePoint");
    QTest::addColumn<bool>("cjk");
    QTest::newRow("Hangul syllable 가") << 0xAC00u << true;
    QTest::newRow("Hangul jamo ᄀ") << 0x1100u << true;
    QTest::newRow("halfwidth Hangul ﾡ") << 0xFFA1u << true;
    QTest::newRow("ideograph 日") << 0x65E5u << true;
    QTest::newRow("ideograph ext B 𩸽") << 0x29E3Du << true;
    QTest::newRow("ideographic full stop") << 0x3002u << true;
    QTest::newRow("fullwidth colon") << 0xFF1Au << true;
    QTest::newRow("emoji 😀 (emoji presentation)") << 0x1F600u << false;
    QTest::newRow("Latin a") << 0x61u << false;
    QTest::newRow("left double quote (A)") << 0x201Cu << false;
}

void tst_CjkFriendly::cjkCharacters()
{
    QFETCH(uint, codePoint);
    QFETCH(bool, cjk);
    QCOMPARE(Markdown::Internal::isCjkCharacter(codePoint), cjk);
}

QTEST_GUILESS_MAIN(tst_CjkFriendly)
#include "tst_cjkfriendly.moc"
