// The spec repository's kinds of pathological input, large: the parser must neither crash
// (deep nesting, no recursion) nor give wrong output. Speed is measured in the bench.
#include "markdown/htmlrenderer.h"
#include "markdown/parser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Markdown;

class tst_MarkdownPathological : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inputs_data();
    void inputs();
};

namespace {

QString repeated(const QString &s, int n)
{
    return s.repeated(n);
}

} // namespace

void tst_MarkdownPathological::inputs_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("html");
    const int n = 20000;

    QTest::newRow("nested strong emphasis")
        << repeated(u"*a **a "_s, n) + u"b"_s + repeated(u" a** a*"_s, n) + u"\n"_s
        << u"<p>"_s + repeated(u"<em>a <strong>a "_s, n) + u"b"_s + repeated(u" a</strong> a</em>"_s, n) + u"</p>\n"_s;
    QTest::newRow("emphasis closers without openers")
        << repeated(u"a_ "_s, n) << u"<p>"_s + repeated(u"a_ "_s, n).trimmed() + u"</p>\n"_s;
    QTest::newRow("emphasis openers without closers")
        << repeated(u"_a "_s, n) << u"<p>"_s + repeated(u"_a "_s, n).trimmed() + u"</p>\n"_s;
    QTest::newRow("link closers without openers")
        << repeated(u"a]"_s, n) << u"<p>"_s + repeated(u"a]"_s, n) + u"</p>\n"_s;
    QTest::newRow("link openers without closers")
        << repeated(u"[a"_s, n) << u"<p>"_s + repeated(u"[a"_s, n) + u"</p>\n"_s;
    QTest::newRow("mismatched openers and closers")
        << repeated(u"*a_ "_s, n) << u"<p>"_s + repeated(u"*a_ "_s, n).trimmed() + u"</p>\n"_s;
    QTest::newRow("openers and closers multiple of 3")
        << u"a**b"_s + repeated(u"c* "_s, n) << u"<p>a**b"_s + repeated(u"c* "_s, n).trimmed() + u"</p>\n"_s;
    QTest::newRow("link openers and emphasis closers")
        << repeated(u"[ a_"_s, n) << u"<p>"_s + repeated(u"[ a_"_s, n) + u"</p>\n"_s;
    QTest::newRow("[ (]( pattern") << repeated(u"[ (]("_s, n) << u"<p>"_s + repeated(u"[ (]("_s, n) + u"</p>\n"_s;
    QTest::newRow("nested brackets") << repeated(u"["_s, n) + u"a"_s + repeated(u"]"_s, n)
                                     << u"<p>"_s + repeated(u"["_s, n) + u"a"_s + repeated(u"]"_s, n) + u"</p>\n"_s;
    QTest::newRow("nested links") << repeated(u"["_s, n) + u"a"_s + repeated(u"](b)"_s, n)
                                  << u"<p>"_s + repeated(u"["_s, n - 1) + u"<a href=\"b\">a</a>"_s
            + repeated(u"](b)"_s, n - 1) + u"</p>\n"_s;
    QTest::newRow("nested block quotes") << repeated(u"> "_s, 10000) + u"a\n"_s
                                         << repeated(u"<blockquote>\n"_s, 10000) + u"<p>a</p>\n"_s
            + repeated(u"</blockquote>\n"_s, 10000);
    {
        QString md, html;
        const int depth = 1000;
        for (int i = 0; i < depth; ++i) {
            md += QString(2 * i, u' ') + u"* a\n"_s;
            html += u"<ul>\n<li>a\n"_s;
        }
        html.chop(1); // the innermost item is "<li>a</li>"
        html += u"</li>\n</ul>\n"_s;
        for (int i = 1; i < depth; ++i)
            html += u"</li>\n</ul>\n"_s;
        QTest::newRow("deeply nested lists") << md << html;
    }
    QTest::newRow("U+0000") << repeated(u"abc\u0000de\u0000"_s, n)
                            << u"<p>"_s + repeated(u"abc\uFFFDde\uFFFD"_s, n) + u"</p>\n"_s;
    {
        QString md;
        for (int i = 1; i <= 3000; ++i)
            md += u"e"_s + QString(i, u'`');
        QTest::newRow("backticks") << md << u"<p>"_s + md + u"</p>\n"_s;
    }
    QTest::newRow("unclosed links A") << repeated(u"[a](<b"_s, n)
                                      << u"<p>"_s + repeated(u"[a](&lt;b"_s, n) + u"</p>\n"_s;
    QTest::newRow("unclosed links B") << repeated(u"[a](b"_s, n) << u"<p>"_s + repeated(u"[a](b"_s, n) + u"</p>\n"_s;
    QTest::newRow("unclosed comments") << u"</"_s + repeated(u"<!--"_s, n)
                                       << u"<p>&lt;/"_s + repeated(u"&lt;!--"_s, n) + u"</p>\n"_s;
    {
        QString md;
        for (int i = 0; i < n; ++i)
            md += u"[%1]: u\n"_s.arg(i);
        md += u"\n"_s + repeated(u"[0] "_s, n);
        QTest::newRow("many references") << md
                                         << u"<p>"_s + repeated(u"<a href=\"u\">0</a> "_s, n).trimmed() + u"</p>\n"_s;
    }
    QTest::newRow("many emphasis runs") << repeated(u"**가**나 "_s, n)
                                        << u"<p>"_s + repeated(u"<strong>가</strong>나 "_s, n).trimmed() + u"</p>\n"_s;
    QTest::newRow("long strikethrough runs")
        << repeated(u"~~a "_s, n) + repeated(u"b~~ "_s, n)
        << u"<p>"_s + repeated(u"<del>a "_s, n).chopped(0) + repeated(u"b</del> "_s, n).trimmed() + u"</p>\n"_s;
}

void tst_MarkdownPathological::inputs()
{
    QFETCH(QString, markdown);
    QFETCH(QString, html);
    const QString actual = renderHtml(parse(markdown));
    if (actual != html) {
        qsizetype i = 0;
        while (i < actual.size() && i < html.size() && actual[i] == html[i])
            ++i;
        QFAIL(qPrintable(u"differs at %1: got '%2', expected '%3'"_s.arg(i).arg(actual.mid(i, 60), html.mid(i, 60))));
    }
}

QTEST_GUILESS_MAIN(tst_MarkdownPathological)
#include "tst_markdownpathological.moc"
