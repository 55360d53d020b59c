// The GFM extensions (tables, strikethrough, extended autolinks, task list items), YAML
// front matter, the syntax tree's source ranges, and the bold spans of the corpus posts.
#include "markdown/htmlrenderer.h"
#include "markdown/parser.h"
#include "testpaths.h"
#include "tst_markdownhtml.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Markdown;

class tst_Gfm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void render_data();
    void render();
    void autolinkBeforeHangul_data();
    void autolinkBeforeHangul();
    void headings();
    void taskItems_data();
    void taskItems();
    void inlineRanges_data();
    void inlineRanges();
    void plainText_data();
    void plainText();
    void corpusBold_data();
    void corpusBold();
};

void tst_Gfm::render_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<bool>("gfm");
    QTest::addColumn<QString>("html");

    // Tables
    QTest::newRow("table") << u"| foo | bar |\n| --- | --- |\n| baz | bim |\n"_s << true
                           << u"<table><thead><tr><th>foo</th><th>bar</th></tr></thead>"
                              "<tbody><tr><td>baz</td><td>bim</td></tr></tbody></table>"_s;
    QTest::newRow("table alignment") << u"| a | b | c | d |\n|:-|:-:|-:|---|\n| 1 | 2 | 3 | 4 |\n"_s << true
                                     << u"<table><thead><tr><th align=\"left\">a</th><th align=\"center\">b</th>"
                                        "<th align=\"right\">c</th><th>d</th></tr></thead><tbody><tr>"
                                        "<td align=\"left\">1</td><td align=\"center\">2</td>"
                                        "<td align=\"right\">3</td><td>4</td></tr></tbody></table>"_s;
    QTest::newRow("table escaped pipes") << u"| f\\|oo  |\n| ------ |\n| b `\\|` az |\n| b **\\|** im |\n"_s << true
                                         << u"<table><thead><tr><th>f|oo</th></tr></thead><tbody>"
                                            "<tr><td>b <code>|</code> az</td></tr>"
                                            "<tr><td>b <strong>|</strong> im</td></tr></tbody></table>"_s;
    QTest::newRow("table ends at block") << u"| abc | def |\n| --- | --- |\n| bar | baz |\n> bar\n"_s << true
                                         << u"<table><thead><tr><th>abc</th><th>def</th></tr></thead><tbody>"
                                            "<tr><td>bar</td><td>baz</td></tr></tbody></table>"
                                            "<blockquote><p>bar</p></blockquote>"_s;
    QTest::newRow("table row without pipes")
        << u"| abc | def |\n| --- | --- |\n| bar | baz |\nbar\n\nbar\n"_s << true
        << u"<table><thead><tr><th>abc</th><th>def</th></tr></thead><tbody>"
           "<tr><td>bar</td><td>baz</td></tr><tr><td>bar</td><td></td></tr></tbody></table><p>bar</p>"_s;
    QTest::newRow("table header mismatch")
        << u"| abc | def |\n| --- |\n| bar |\n"_s << true << u"<p>| abc | def |\n| --- |\n| bar |</p>"_s;
    QTest::newRow("table cells padded and cut")
        << u"| abc | def |\n| --- | --- |\n| bar |\n| bar | baz | boo |\n"_s << true
        << u"<table><thead><tr><th>abc</th><th>def</th></tr></thead><tbody>"
           "<tr><td>bar</td><td></td></tr><tr><td>bar</td><td>baz</td></tr></tbody></table>"_s;
    QTest::newRow("table without body") << u"| abc | def |\n| --- | --- |\n"_s << true
                                        << u"<table><thead><tr><th>abc</th><th>def</th></tr></thead></table>"_s;
    QTest::newRow("table after paragraph")
        << u"소개\n| 항목 | 값 |\n|---|---|\n| 키 | **값** |\n"_s << true
        << u"<p>소개</p><table><thead><tr><th>항목</th><th>값</th></tr></thead>"
           "<tbody><tr><td>키</td><td><strong>값</strong></td></tr></tbody></table>"_s;
    QTest::newRow("table in CommonMark") << u"| a |\n| - |\n"_s << false << u"<p>| a |\n| - |</p>"_s;

    // Strikethrough
    QTest::newRow("strikethrough") << u"~~Hi~~ Hello, world!\n"_s << true << u"<p><del>Hi</del> Hello, world!</p>"_s;
    QTest::newRow("strikethrough single") << u"~one~ two\n"_s << true << u"<p><del>one</del> two</p>"_s;
    QTest::newRow("strikethrough not across paragraphs")
        << u"This ~~has a\n\nnew paragraph~~.\n"_s << true << u"<p>This ~~has a</p><p>new paragraph~~.</p>"_s;
    QTest::newRow("strikethrough three tildes") << u"a ~~~b~~~\n"_s << true << u"<p>a ~~~b~~~</p>"_s;
    QTest::newRow("strikethrough lengths differ") << u"a ~~b~ c\n"_s << true << u"<p>a ~~b~ c</p>"_s;
    QTest::newRow("strikethrough CJK quote") << u"~~“취소”~~했다\n"_s << true << u"<p><del>“취소”</del>했다</p>"_s;
    QTest::newRow("strikethrough in CommonMark") << u"~~a~~\n"_s << false << u"<p>~~a~~</p>"_s;

    // Extended autolinks
    QTest::newRow("www") << u"www.commonmark.org\n"_s << true
                         << u"<p><a href=\"http://www.commonmark.org\">www.commonmark.org</a></p>"_s;
    QTest::newRow("www path") << u"Visit www.commonmark.org/help for more information.\n"_s << true
                              << u"<p>Visit <a href=\"http://www.commonmark.org/help\">www.commonmark.org/help</a> "
                                 "for more information.</p>"_s;
    QTest::newRow("trailing period") << u"Visit www.commonmark.org.\n"_s << true
                                     << u"<p>Visit <a href=\"http://www.commonmark.org\">www.commonmark.org</a>.</p>"_s;
    QTest::newRow("balanced parentheses") << u"(www.google.com/search?q=Markup+(business))\n"_s << true
                                          << u"<p>(<a href=\"http://www.google.com/search?q=Markup+(business)\">"
                                             "www.google.com/search?q=Markup+(business)</a>)</p>"_s;
    QTest::newRow("entity-like suffix") << u"www.google.com/search?q=commonmark&hl;\n"_s << true
                                        << u"<p><a href=\"http://www.google.com/search?q=commonmark\">"
                                           "www.google.com/search?q=commonmark</a>&amp;hl;</p>"_s;
    QTest::newRow("https in Korean") << u"자세한 건 https://example.com/a_b 참고\n"_s << true
                                     << u"<p>자세한 건 <a href=\"https://example.com/a_b\">https://example.com/a_b</a> "
                                        "참고</p>"_s;
    QTest::newRow("email") << u"foo@bar.baz\n"_s << true << u"<p><a href=\"mailto:foo@bar.baz\">foo@bar.baz</a></p>"_s;
    QTest::newRow("email trailing dot") << u"a.b-c_d@a.b.\n"_s << true
                                        << u"<p><a href=\"mailto:a.b-c_d@a.b\">a.b-c_d@a.b</a>.</p>"_s;
    QTest::newRow("email invalid end") << u"a.b-c_d@a.b_\n"_s << true << u"<p>a.b-c_d@a.b_</p>"_s;
    QTest::newRow("no autolink inside link")
        << u"[www.example.com](http://x.y)\n"_s << true << u"<p><a href=\"http://x.y\">www.example.com</a></p>"_s;
    QTest::newRow("autolink in CommonMark") << u"www.commonmark.org\n"_s << false << u"<p>www.commonmark.org</p>"_s;

    // Task list items
    QTest::newRow("tasks") << u"- [ ] foo\n- [x] bar\n"_s << true
                           << u"<ul><li><input type=\"checkbox\" disabled=\"\" /> foo</li>"
                              "<li><input type=\"checkbox\" checked=\"\" disabled=\"\" /> bar</li></ul>"_s;
    QTest::newRow("nested tasks") << u"- [x] foo\n  - [ ] bar\n"_s << true
                                  << u"<ul><li><input type=\"checkbox\" checked=\"\" disabled=\"\" /> foo<ul>"
                                     "<li><input type=\"checkbox\" disabled=\"\" /> bar</li></ul></li></ul>"_s;
    QTest::newRow("marker alone is no task") << u"- [ ]\n"_s << true << u"<ul><li>[ ]</li></ul>"_s;
    QTest::newRow("tasks in CommonMark") << u"- [x] foo\n"_s << false << u"<ul><li>[x] foo</li></ul>"_s;

    // Front matter
    QTest::newRow("front matter") << u"---\ntitle: 회고\n---\n# Hi\n"_s << true << u"<h1>Hi</h1>"_s;
    QTest::newRow("front matter CRLF") << u"---\r\ntitle: x\r\n---\r\nbody\r\n"_s << true << u"<p>body</p>"_s;
    QTest::newRow("unclosed front matter") << u"---\ntitle: x\n"_s << true << u"<hr /><p>title: x</p>"_s;
    QTest::newRow("front matter in CommonMark") << u"---\ntitle: x\n---\n"_s << false << u"<hr /><h2>title: x</h2>"_s;

    // Korean bold against particles (the reason for the amendment)
    QTest::newRow("bold before particle")
        << u"**“제일 바쁜 팀”**라고\n"_s << true << u"<p><strong>“제일 바쁜 팀”</strong>라고</p>"_s;
    QTest::newRow("bold code before particle")
        << u"**`npm publish`**를\n"_s << true << u"<p><strong><code>npm publish</code></strong>를</p>"_s;
    QTest::newRow("bold percent") << u"**100%**는\n"_s << true << u"<p><strong>100%</strong>는</p>"_s;
}

void tst_Gfm::render()
{
    QFETCH(QString, markdown);
    QFETCH(bool, gfm);
    QFETCH(QString, html);
    Options options;
    options.dialect = gfm ? Dialect::Gfm : Dialect::CommonMark;
    const QString actual = renderHtml(parse(markdown, options));
    QCOMPARE(MarkdownTest::normalizeHtml(actual), MarkdownTest::normalizeHtml(html));
}

// An extended autolink written right before Hangul (a particle, the next word) ends there
// with the CJK-friendly switch; GFM's own rule (off) runs to the next space.
void tst_Gfm::autolinkBeforeHangul_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<bool>("cjkFriendly");
    QTest::addColumn<QString>("html");

    QTest::newRow("particle") << u"https://example.com를 봤다\n"_s << true
                              << u"<p><a href=\"https://example.com\">https://example.com</a>를 봤다</p>"_s;
    QTest::newRow("particle, GFM rule") << u"https://example.com를 봤다\n"_s << false
                                        << u"<p><a href=\"https://example.com%EB%A5%BC\">https://example.com를</a> "
                                           "봤다</p>"_s;
    QTest::newRow("path and particle") << u"www.example.com/a/b?c=1에서\n"_s << true
                                       << u"<p><a href=\"http://www.example.com/a/b?c=1\">www.example.com/a/b?c=1</a>"
                                          "에서</p>"_s;
    QTest::newRow("trailing period before particle")
        << u"https://example.com/a.은\n"_s << true
        << u"<p><a href=\"https://example.com/a\">https://example.com/a</a>.은</p>"_s;
    QTest::newRow("ideographic full stop")
        << u"見て https://example.com。\n"_s << true
        << u"<p>見て <a href=\"https://example.com\">https://example.com</a>。</p>"_s;
    QTest::newRow("pointy brackets keep Hangul") << u"<https://ko.wikipedia.org/wiki/서울>을\n"_s << true
                                                 << u"<p><a href=\"https://ko.wikipedia.org/wiki/%EC%84%9C%EC%9A%B8\">"
                                                    "https://ko.wikipedia.org/wiki/서울</a>을</p>"_s;
    QTest::newRow("space ends as before") << u"https://example.com 를\n"_s << true
                                          << u"<p><a href=\"https://example.com\">https://example.com</a> 를</p>"_s;
}

void tst_Gfm::autolinkBeforeHangul()
{
    QFETCH(QString, markdown);
    QFETCH(bool, cjkFriendly);
    QFETCH(QString, html);
    Options options;
    options.cjkFriendly = cjkFriendly;
    QCOMPARE(MarkdownTest::normalizeHtml(renderHtml(parse(markdown, options))), MarkdownTest::normalizeHtml(html));
}

void tst_Gfm::headings()
{
    const QString text = u"---\ntitle: t\n---\n# 제목 *하나*\n\n본문\n\n둘\n---\n\n> ## 인용 ##\n"_s;
    const Document doc = parse(text);
    const QList<HeadingInfo> headings = doc.headings();
    QCOMPARE(headings.size(), 3);
    QCOMPARE(headings[0].level, 1);
    QCOMPARE(headings[0].text, u"제목 하나"_s);
    QCOMPARE(headings[0].range.start.line, 3);
    QCOMPARE(headings[0].range.start.column, 0);
    QCOMPARE(headings[0].range.start.offset, text.indexOf(u"# 제목"));
    QCOMPARE(headings[0].range.end.offset, text.indexOf(u"\n\n본문"));
    QCOMPARE(headings[1].level, 2);
    QCOMPARE(headings[1].text, u"둘"_s);
    QCOMPARE(headings[1].range.start.line, 7);
    QCOMPARE(headings[1].range.end.line, 8);
    QCOMPARE(headings[2].level, 2);
    QCOMPARE(headings[2].text, u"인용"_s);
    QCOMPARE(headings[2].range.start.line, 10);
    QCOMPARE(headings[2].range.start.column, 2);
}

void tst_Gfm::taskItems_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("index");
    QTest::addColumn<bool>("checked");
    QTest::addColumn<QString>("itemText");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("offset");

    const QString list = u"# 목표\n\n- [ ] 운동 *매일*\n- [x] 독서\n  - [X] 소설\n"_s;
    QTest::newRow("first") << list << 0 << false << u"운동 매일"_s << 2 << 2 << int(list.indexOf(u"[ ]"));
    QTest::newRow("second") << list << 1 << true << u"독서"_s << 3 << 2 << int(list.indexOf(u"[x]"));
    QTest::newRow("nested") << list << 2 << true << u"소설"_s << 4 << 4 << int(list.indexOf(u"[X]"));
    const QString crlf = u"- [x] a\r\n- [ ] b\r\n"_s;
    QTest::newRow("CRLF") << crlf << 1 << false << u"b"_s << 1 << 2 << 11;
    const QString quoted = u"> 1. [ ] 인용\n"_s;
    QTest::newRow("in a quote") << quoted << 0 << false << u"인용"_s << 0 << 5 << 5;
}

void tst_Gfm::taskItems()
{
    QFETCH(QString, text);
    QFETCH(int, index);
    QFETCH(bool, checked);
    QFETCH(QString, itemText);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(int, offset);
    const Document doc = parse(text);
    const QList<TaskItem> items = doc.taskItems();
    QVERIFY(index < items.size());
    const TaskItem &item = items[index];
    QCOMPARE(item.checked, checked);
    QCOMPARE(item.text, itemText);
    QCOMPARE(item.marker.start.line, line);
    QCOMPARE(item.marker.start.column, column);
    QCOMPARE(item.marker.start.offset, offset);
    QCOMPARE(item.marker.end.offset, offset + 3);
    QCOMPARE(text.mid(item.marker.start.offset, 1), u"["_s);
    QCOMPARE(doc.node(item.item).type, NodeType::ListItem);
}

// The range of the first node of @p type: its source text.
void tst_Gfm::inlineRanges_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("source");
    QTest::newRow("strong") << u"가 **나**다\n"_s << int(NodeType::Strong) << u"**나**"_s;
    QTest::newRow("emphasis on line 2") << u"첫 줄\n둘째 _줄_\n"_s << int(NodeType::Emphasis) << u"_줄_"_s;
    QTest::newRow("link") << u"> 보기: [링크](http://a.b \"t\") 끝\n"_s << int(NodeType::Link)
                          << u"[링크](http://a.b \"t\")"_s;
    QTest::newRow("code") << u"- 목록 `코드` 끝\n"_s << int(NodeType::Code) << u"`코드`"_s;
    QTest::newRow("strikethrough") << u"a ~~b~~ c\n"_s << int(NodeType::Strikethrough) << u"~~b~~"_s;
    QTest::newRow("autolink") << u"see www.example.com.\n"_s << int(NodeType::Link) << u"www.example.com"_s;
    QTest::newRow("table cell") << u"| a | 나 |\n|---|---|\n"_s << int(NodeType::TableCell) << u"a"_s;
    QTest::newRow("code block") << u"text\n\n```c\nx\n```\n"_s << int(NodeType::CodeBlock) << u"```c\nx\n```"_s;
    QTest::newRow("paragraph after definition")
        << u"[a]: /u\n본문 [a]\n"_s << int(NodeType::Paragraph) << u"본문 [a]"_s;
    QTest::newRow("block quote with bare >") << u"> a\n>\n\nb\n"_s << int(NodeType::BlockQuote) << u"> a\n>"_s;
}

void tst_Gfm::inlineRanges()
{
    QFETCH(QString, text);
    QFETCH(int, type);
    QFETCH(QString, source);
    const Document doc = parse(text);
    Walker walker(doc);
    while (walker.next()) {
        const Node &n = doc.node(walker.node());
        if (!walker.entering() || int(n.type) != type)
            continue;
        QCOMPARE(text.mid(n.range.start.offset, n.range.end.offset - n.range.start.offset), source);
        const SourcePosition start = doc.positionAt(n.range.start.offset);
        QCOMPARE(n.range.start.line, start.line);
        QCOMPARE(n.range.start.column, start.column);
        return;
    }
    QFAIL("no node of that type");
}

void tst_Gfm::plainText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("plain");
    QTest::newRow("inline markup") << u"**굵게** _기울임_ [링크](http://x) `코드`\n"_s << u"굵게 기울임 링크 코드"_s;
    QTest::newRow("blocks") << u"# 제목\n\n문단\n둘째 줄\n\n- 하나\n- 둘\n"_s << u"제목\n문단 둘째 줄\n하나\n둘\n"_s;
    QTest::newRow("front matter left out") << u"---\ntitle: x\n---\n본문\n"_s << u"본문\n"_s;
    QTest::newRow("html left out") << u"a <b>b</b> c\n"_s << u"a b c\n"_s;
}

void tst_Gfm::plainText()
{
    QFETCH(QString, text);
    QFETCH(QString, plain);
    const Document doc = parse(text);
    QCOMPARE(doc.plainText(doc.root()).trimmed(), plain.trimmed());
}

void tst_Gfm::corpusBold_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("bold");
    const QString posts = corpusDir() + u"/jekyll/_posts/"_s;
    const auto add = [&](const char *file, const QString &bold) {
        QTest::addRow("%s %s", file, qPrintable(bold)) << posts + QString::fromUtf8(file) << bold;
    };
    add("2023-12-31-2023-retrospective.md", u"“제일 바쁜 팀으로 보내주세요!!!”"_s);
    add("2023-12-31-2023-retrospective.md", u"단계를 차근차근 밟는 모습"_s);
    add("2023-12-31-2023-retrospective.md", u"책임감을 가지는 것. 소통을 중요시할 것."_s);
    add("2023-12-31-2023-retrospective.md", u"수치화된 근거"_s);
    add("2023-12-31-2023-retrospective.md", u"모르겠다"_s);
    add("2023-12-31-2023-retrospective.md", u"“community and together”"_s);
    add("2023-12-31-2023-retrospective.md", u"2024년에는 내 꿈이 무엇인지 찾아보려 한다."_s);
    add("2023-01-15-weekly-02.md", u"테니스를 쉬었다"_s);
    add("2022-12-30-2022-retrospective.md", u"“새로운 곳”"_s);
    add("2022-12-30-2022-retrospective.md", u"졸업 준비"_s);
}

void tst_Gfm::corpusBold()
{
    QFETCH(QString, file);
    QFETCH(QString, bold);
    QFile f(file);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY(text.contains(u"**" + bold + u"**"));
    const QString html = renderHtml(parse(text));
    QVERIFY2(html.contains(u"<strong>" + MarkdownTest::escapeBasic(bold) + u"</strong>"), qPrintable(html));
    QVERIFY2(!html.contains(u"**"_s), "literal asterisks left in the HTML");
    QVERIFY(!html.contains(u"layout:"_s)); // front matter is not rendered
}

QTEST_GUILESS_MAIN(tst_Gfm)
#include "tst_gfm.moc"
