// TextStatistics::manuscriptLines(): the 원고지 rules of textstatistics.h, one row per rule edge.
#include "text/textstatistics.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString syllables(int n)
{
    return u"가"_s.repeated(n);
}

} // namespace

class tst_Manuscript : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lines_data();
    void lines();
    void pages_data();
    void pages();
};

void tst_Manuscript::lines_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("lines");

    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("one syllable") << syllables(1) << 1;
    // The indent cell plus 19 syllables fill the 20 cells of the first line exactly.
    QTest::newRow("indent + 19") << syllables(19) << 1;
    QTest::newRow("indent + 20") << syllables(20) << 2;
    QTest::newRow("indent + 39") << syllables(39) << 2;
    QTest::newRow("indent + 40") << syllables(40) << 3;
    // Each line of the text is a paragraph with its own indent; empty lines take no space.
    QTest::newRow("two paragraphs") << u"가\n나"_s << 2;
    QTest::newRow("crlf paragraphs") << u"가\r\n나"_s << 2;
    QTest::newRow("empty line skipped") << u"가\n\n나"_s << 2;
    QTest::newRow("paragraph of 19 + paragraph of 19") << syllables(19) + u"\n"_s + syllables(19) << 2;
    // A space that would start line 2 is dropped: the 20 syllables after it fill line 2 alone.
    QTest::newRow("line-start space dropped") << syllables(19) + u" "_s + syllables(20) << 2;
    // The same space one cell earlier is written and pushes one syllable onto line 3.
    QTest::newRow("space inside a line kept") << syllables(18) + u" "_s + syllables(21) << 3;
    QTest::newRow("tab at line start dropped") << syllables(19) + u"\t"_s + syllables(20) << 2;
    // A period or comma that would start a line shares the last cell of the line before.
    QTest::newRow("period shares the last cell") << syllables(19) + u"."_s << 1;
    QTest::newRow("comma shares the last cell") << syllables(19) + u","_s << 1;
    QTest::newRow("period then text") << syllables(19) + u". 다"_s << 2;
    QTest::newRow("second period starts a line") << syllables(19) + u".."_s << 2;
    QTest::newRow("exclamation mark does not share") << syllables(19) + u"!"_s << 2;
    QTest::newRow("period inside a line") << syllables(18) + u"."_s << 1;
    QTest::newRow("period inside a line, then one more") << syllables(18) + u".가"_s << 2;
    // Two lowercase letters or digits to a cell, capitals one.
    QTest::newRow("38 lowercase") << u"ab"_s.repeated(19) << 1;
    QTest::newRow("39 lowercase") << u"ab"_s.repeated(19) + u"c"_s << 2;
    QTest::newRow("38 digits") << u"20"_s.repeated(19) << 1;
    QTest::newRow("letters and digits pair") << u"a1"_s.repeated(19) << 1;
    QTest::newRow("19 capitals") << u"ABCDEFGHIJKLMNOPQRS"_s << 1;
    QTest::newRow("20 capitals") << u"ABCDEFGHIJKLMNOPQRST"_s << 2;
    // "Ab" is two cells: a capital never shares.
    QTest::newRow("Ab x 10") << u"Ab"_s.repeated(10) << 2;
    QTest::newRow("Ab x 9 + A") << u"Ab"_s.repeated(9) + u"A"_s << 1;
    // A space ends the pair: "a b" takes three cells.
    QTest::newRow("a b: 19 cells") << u"a b "_s.repeated(4) + u"a b"_s << 1;
    QTest::newRow("a b: 21 cells") << u"a b "_s.repeated(4) + u"a b c"_s << 2;
    // A lowercase pair may finish in the last cell; the third letter starts line 2.
    QTest::newRow("pair in the last cell") << syllables(18) + u"ab"_s << 1;
    QTest::newRow("third letter starts a line") << syllables(18) + u"abc"_s << 2;
    // Graphemes, not code points: an emoji with a skin tone is one cell.
    QTest::newRow("emoji") << syllables(18) + u"\U0001F44D\U0001F3FD"_s << 1;
    QTest::newRow("decomposed") << u"\u1112\u1161\u11AB"_s.repeated(19) << 1;
}

void tst_Manuscript::lines()
{
    QFETCH(QString, text);
    QTEST(int(TextStatistics::manuscriptLines(text)), "lines");
    QTEST(int(TextStatistics::count(text).manuscriptLines), "lines");
}

void tst_Manuscript::pages_data()
{
    QTest::addColumn<int>("paragraphs");
    QTest::addColumn<double>("pages");

    QTest::newRow("none") << 0 << 0.0;
    QTest::newRow("one line") << 1 << 0.1;
    QTest::newRow("one sheet") << 10 << 1.0;
    QTest::newRow("eleven lines") << 11 << 1.1;
    QTest::newRow("25 lines") << 25 << 2.5;
}

void tst_Manuscript::pages()
{
    QFETCH(int, paragraphs);
    const QString text = QStringList(paragraphs, u"한 줄"_s).join(u'\n');
    QTEST(TextStatistics::count(text).manuscriptPages, "pages");
}

QTEST_GUILESS_MAIN(tst_Manuscript)
#include "tst_manuscript.moc"
