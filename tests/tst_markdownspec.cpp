// The 652 examples of the CommonMark spec 0.31.2 with the CommonMark dialect, CJK-friendly
// emphasis off and on (the amendment must not change any of them).
#include "markdown/htmlrenderer.h"
#include "markdown/parser.h"
#include "testpaths.h"
#include "tst_markdownhtml.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_MarkdownSpec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void examples_data();
    void examples();
    void normalizer_data();
    void normalizer();
};

void tst_MarkdownSpec::examples_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("html");
    QTest::addColumn<bool>("cjkFriendly");
    const QJsonDocument json = MarkdownTest::readJson(sharedDir() + u"/spec/commonmark-0.31.2.json"_s);
    const QJsonArray tests = json.object().value(u"tests"_s).toArray();
    QCOMPARE(tests.size(), 652);
    for (const bool cjk : {false, true}) {
        for (const QJsonValue &value : tests) {
            const QJsonObject test = value.toObject();
            QTest::addRow("%d %s cjk-%s", test.value(u"number"_s).toInt(),
                qPrintable(test.value(u"section"_s).toString()), cjk ? "on" : "off")
                << test.value(u"markdown"_s).toString() << test.value(u"html"_s).toString() << cjk;
        }
    }
}

void tst_MarkdownSpec::examples()
{
    QFETCH(QString, markdown);
    QFETCH(QString, html);
    QFETCH(bool, cjkFriendly);
    Markdown::Options options;
    options.dialect = Markdown::Dialect::CommonMark;
    options.cjkFriendly = cjkFriendly;
    const QString actual = Markdown::renderHtml(Markdown::parse(markdown, options));
    if (actual == html)
        return;
    QCOMPARE(MarkdownTest::normalizeHtml(actual), MarkdownTest::normalizeHtml(html));
}

void tst_MarkdownSpec::normalizer_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("equal");
    QTest::newRow("attribute order") << u"<a title=\"t\" href=\"u\">x</a>"_s << u"<a href=\"u\" title=\"t\">x</a>"_s
                                     << true;
    QTest::newRow("space between blocks") << u"<ul>\n<li>a</li>\n</ul>\n"_s << u"<ul><li>a</li></ul>"_s << true;
    QTest::newRow("text differs") << u"<p>a</p>"_s << u"<p>b</p>"_s << false;
    QTest::newRow("pre keeps whitespace") << u"<pre>a  b</pre>"_s << u"<pre>a b</pre>"_s << false;
    QTest::newRow("tag differs") << u"<em>a</em>"_s << u"<strong>a</strong>"_s << false;
}

void tst_MarkdownSpec::normalizer()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, equal);
    QCOMPARE(MarkdownTest::normalizeHtml(a) == MarkdownTest::normalizeHtml(b), equal);
}

QTEST_GUILESS_MAIN(tst_MarkdownSpec)
#include "tst_markdownspec.moc"
