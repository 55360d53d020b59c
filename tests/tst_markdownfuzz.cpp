// Random documents built from Markdown fragments and Korean/English text (fixed seed): the
// parser never crashes, the tree is consistent, and the HTML's own tags are balanced.
#include "markdown/htmlrenderer.h"
#include "markdown/parser.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Markdown;

class tst_MarkdownFuzz : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomDocuments();
    void balanceCheckFails_data();
    void balanceCheckFails();
};

namespace {

// The tags the renderer writes in pairs; raw HTML from the input is not among them because
// the fragments below never form such a tag.
bool isPairedTag(QStringView name)
{
    static const QStringView tags[] = {u"p", u"em", u"strong", u"del", u"a", u"code", u"pre", u"blockquote", u"ul",
        u"ol", u"li", u"h1", u"h2", u"h3", u"h4", u"h5", u"h6", u"table", u"thead", u"tbody", u"tr", u"th", u"td"};
    for (QStringView t : tags) {
        if (t == name)
            return true;
    }
    return false;
}

// Empty when the renderer's tags nest properly, else what is wrong.
QString balanceError(const QString &html)
{
    static const QRegularExpression tag(u"<(/?)([a-z0-9]+)[ >]"_s);
    QStringList stack;
    auto it = tag.globalMatch(html);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(2);
        if (!isPairedTag(name))
            continue;
        if (m.captured(1).isEmpty()) {
            stack.append(name);
        } else {
            if (stack.isEmpty())
                return u"</%1> without an open tag"_s.arg(name);
            if (stack.last() != name)
                return u"</%1> closes <%2>"_s.arg(name, stack.last());
            stack.removeLast();
        }
    }
    if (!stack.isEmpty())
        return u"<%1> left open"_s.arg(stack.last());
    return {};
}

QString treeError(const Document &doc, qsizetype textSize)
{
    for (NodeId id = 0; id < NodeId(doc.nodeCount()); ++id) {
        const Node &n = doc.node(id);
        if (id != doc.root() && n.parent == NoNode)
            continue; // detached while parsing (e.g. a paragraph of only definitions)
        if (n.range.start.offset < 0 || n.range.end.offset > textSize || n.range.start.offset > n.range.end.offset)
            return u"node %1 has range %2..%3"_s.arg(id).arg(n.range.start.offset).arg(n.range.end.offset);
        NodeId prev = NoNode;
        for (NodeId child = n.firstChild; child != NoNode; child = doc.node(child).next) {
            if (doc.node(child).parent != id || doc.node(child).prev != prev)
                return u"node %1 has a broken child list"_s.arg(id);
            prev = child;
        }
        if (prev != n.lastChild)
            return u"node %1 has a wrong last child"_s.arg(id);
    }
    return {};
}

} // namespace

void tst_MarkdownFuzz::randomDocuments()
{
    static const QStringList fragments = {u"# "_s, u"## "_s, u"> "_s, u"- "_s, u"1. "_s, u"2) "_s, u"* "_s, u"+ "_s,
        u"**"_s, u"*"_s, u"_"_s, u"__"_s, u"~~"_s, u"~"_s, u"`"_s, u"``"_s, u"```\n"_s, u"~~~\n"_s, u"["_s, u"]"_s,
        u"("_s, u")"_s, u"!["_s, u"]("_s, u"<"_s, u">"_s, u"&amp;"_s, u"&#"_s, u"&"_s, u";"_s, u"\\"_s, u"\n"_s,
        u"\n\n"_s, u"    "_s, u"  "_s, u"\t"_s, u"|"_s, u"|---|"_s, u"| a | b |\n|:-|-:|\n"_s, u":"_s, u"---\n"_s,
        u"===\n"_s, u"www.example.com"_s, u"https://a.b/c?d"_s, u"a@b.co"_s, u"[ ] "_s, u"[x] "_s, u"<!--"_s, u"-->"_s,
        u"한국어"_s, u"회고를 "_s, u"“인용”"_s, u"라고"_s, u"English"_s, u" "_s, u"."_s, u"\""_s, u"'"_s,
        u"[a]: /url \"t\"\n"_s, u"[a]"_s, u"[a][]"_s, u"="_s, u"\r\n"_s, u"😀"_s, u"日本"_s, u"葛\U000E0100"_s,
        u"“\uFE01"_s, u"\u0000"_s, u"<http://x.y>"_s, u"-"_s, u"0"_s};
    QRandomGenerator random(20261129);
    for (int round = 0; round < 3000; ++round) {
        QString text;
        const int count = 1 + int(random.bounded(80));
        for (int i = 0; i < count; ++i)
            text += fragments[random.bounded(fragments.size())];
        Options options;
        options.dialect = random.bounded(2) ? Dialect::Gfm : Dialect::CommonMark;
        options.cjkFriendly = random.bounded(2);
        const Document doc = parse(text, options);
        const QString tree = treeError(doc, text.size());
        QVERIFY2(tree.isEmpty(), qPrintable(tree + u" in: "_s + text));
        const QString html = renderHtml(doc);
        const QString balance = balanceError(html);
        QVERIFY2(balance.isEmpty(), qPrintable(balance + u" in: "_s + text + u"\n=> "_s + html));
        doc.plainText(doc.root());
        doc.headings();
        doc.taskItems();
    }
}

void tst_MarkdownFuzz::balanceCheckFails_data()
{
    QTest::addColumn<QString>("html");
    QTest::newRow("unclosed") << u"<p><em>a</p>"_s;
    QTest::newRow("crossed") << u"<p><em>a<strong>b</em></strong></p>"_s;
    QTest::newRow("stray close") << u"a</p>"_s;
}

// The checker used above does catch broken HTML.
void tst_MarkdownFuzz::balanceCheckFails()
{
    QFETCH(QString, html);
    QVERIFY(!balanceError(html).isEmpty());
}

QTEST_GUILESS_MAIN(tst_MarkdownFuzz)
#include "tst_markdownfuzz.moc"
