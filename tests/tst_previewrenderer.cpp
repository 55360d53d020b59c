// The preview's rendering (ui/editing/previewrenderer, previewpane): raw HTML made harmless,
// links and images limited to safe places, remote images never fetched, code highlighted,
// task boxes, and the corpus posts' bold.
#include "editing/codehighlighter.h"
#include "editing/previewpane.h"
#include "editing/previewrenderer.h"
#include "markdown/parser.h"
#include "testpaths.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;

class tst_PreviewRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sanitize_data();
    void sanitize();
    void imageUrl_data();
    void imageUrl();
    void codeHighlighted_data();
    void codeHighlighted();
    void taskBoxes();
    void lineAnchors_data();
    void lineAnchors();
    void remoteImageNotFetched();
    void corpusBold_data();
    void corpusBold();

private:
    KSyntaxHighlighting::Repository m_repository;
    QTemporaryDir m_diary; // posts/ holds the local images the rows show
};

namespace {

// The rows name the posts folder file:///diary/posts; the files are in a temporary folder.
const QString rowBase = u"file:///diary/posts"_s;
QString base;

QString render(const KSyntaxHighlighting::Repository &repository, const QString &markdown, const QString &folder = base)
{
    PreviewRenderer renderer(repository);
    renderer.setTheme(repository.defaultTheme(KSyntaxHighlighting::Repository::LightTheme));
    renderer.setBaseFolder(folder);
    return renderer.render(Markdown::parse(markdown));
}

} // namespace

void tst_PreviewRenderer::initTestCase()
{
    QVERIFY(m_repository.definitionForName(u"C++"_s).isValid());
    QVERIFY(m_diary.isValid());
    base = m_diary.filePath(u"posts"_s);
    QVERIFY(QDir().mkpath(base + u"/pics"_s));
    for (const QString &name : {u"a.png"_s, u"b c.png"_s, u"pics/a.png"_s}) {
        QFile file(base + u'/' + name);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
}

void tst_PreviewRenderer::sanitize_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");

    QTest::newRow("script block") << u"<script>alert(1)</script>\n"_s
                                  << QStringList {u"&lt;script&gt;alert(1)&lt;/script&gt;"_s}
                                  << QStringList {u"<script"_s};
    QTest::newRow("inline script") << u"글 <script>alert(1)</script> 끝\n"_s
                                   << QStringList {u"글 &lt;script&gt;alert(1)&lt;/script&gt; 끝"_s}
                                   << QStringList {u"<script"_s};
    QTest::newRow("img with onerror")
        << u"<img src=\"a.png\" onerror=\"alert(1)\" alt=\"사진\" width=\"300\">\n"_s
        << QStringList {u"<img src=\"file:///diary/posts/a.png\" alt=\"사진\" width=\"300\" />"_s}
        << QStringList {u"onerror"_s, u"alert"_s};
    QTest::newRow("img javascript src") << u"<img src=\"javascript:alert(1)\" alt=\"bad\">\n"_s
                                        << QStringList {u"[image: bad]"_s} << QStringList {u"<img"_s, u"javascript"_s};
    QTest::newRow("img single quotes and bare value")
        << u"<IMG SRC='b c.png' ALT=x>\n"_s
        << QStringList {u"<img src=\"file:///diary/posts/b%20c.png\" alt=\"x\" />"_s} << QStringList {};
    QTest::newRow("javascript link") << u"[눌러](javascript:alert(1))\n"_s << QStringList {u"<p>눌러</p>"_s}
                                     << QStringList {u"<a "_s, u"javascript"_s};
    QTest::newRow("raw javascript link") << u"<a href=\"javascript:alert(1)\">x</a>\n"_s
                                         << QStringList {u"&lt;a href=&quot;javascript:alert(1)&quot;&gt;x&lt;/a&gt;"_s}
                                         << QStringList {u"<a "_s};
    QTest::newRow("data link") << u"[x](data:text/html,<b>)\n"_s << QStringList {u"x"_s} << QStringList {u"<a "_s};
    QTest::newRow("web link kept")
        << u"[홈](https://example.com/a?b=1&c=2 \"제목\")\n"_s
        << QStringList {u"<a href=\"https://example.com/a?b=1&amp;c=2\" title=\"제목\">홈</a>"_s} << QStringList {};
    QTest::newRow("nested HTML blocks")
        << u"<div>\n<div onclick=\"steal()\">\n<img src=\"a.png\" alt=\"A\">\n</div>\n</div>\n"_s
        << QStringList {u"&lt;div onclick=&quot;steal()&quot;&gt;"_s,
               u"<img src=\"file:///diary/posts/a.png\" alt=\"A\" />"_s}
        << QStringList {u"<div"_s, u"onclick=\""_s};
    QTest::newRow("HTML inside a list item")
        << u"- <span style=\"x\">a</span>\n  <iframe src=\"https://example.com\"></iframe>\n"_s
        << QStringList {u"&lt;span style=&quot;x&quot;&gt;a&lt;/span&gt;"_s, u"&lt;iframe"_s}
        << QStringList {u"<span style=\"x\""_s, u"<iframe"_s};
    QTest::newRow("style block") << u"<style>p { display: none }</style>\n"_s << QStringList {u"&lt;style&gt;"_s}
                                 << QStringList {u"<style"_s};
    QTest::newRow("comment dropped") << u"<!-- 비밀 -->\n\n글\n"_s << QStringList {u"<p>글</p>"_s}
                                     << QStringList {u"비밀"_s, u"<!--"_s};
    QTest::newRow("unclosed tag") << u"a <img src=\"x\n"_s << QStringList {u"&lt;img"_s} << QStringList {u"<img"_s};
    QTest::newRow("br kept") << u"가<br>나\n"_s << QStringList {u"가<br />나"_s} << QStringList {};
    QTest::newRow("remote markdown image")
        << u"![첫 직장](https://example.com/a.png)\n"_s << QStringList {u"[image: 첫 직장]"_s}
        << QStringList {u"<img"_s, u"example.com"_s};
    QTest::newRow("remote raw image") << u"<img src=\"http://example.com/a.png\" alt=\"원격\">\n"_s
                                      << QStringList {u"[image: 원격]"_s} << QStringList {u"<img"_s};
    QTest::newRow("data image") << u"![점](data:image/png;base64,AAAA)\n"_s << QStringList {u"[image: 점]"_s}
                                << QStringList {u"<img"_s};
    QTest::newRow("local image with title")
        << u"![*강조* 사진](pics/a.png \"t\")\n"_s
        << QStringList {u"<img src=\"file:///diary/posts/pics/a.png\" alt=\"강조 사진\" title=\"t\" />"_s}
        << QStringList {u"<em>"_s};
    QTest::newRow("missing local image") << u"![없는 사진](gone.png)\n"_s << QStringList {u"[image: 없는 사진]"_s}
                                         << QStringList {u"<img"_s};
    QTest::newRow("escaped text") << u"a < b & c > d `<b>`\n"_s
                                  << QStringList {u"a &lt; b &amp; c &gt; d <code>&lt;b&gt;</code>"_s}
                                  << QStringList {u"<b>"_s};
}

void tst_PreviewRenderer::sanitize()
{
    QFETCH(QString, markdown);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    const QString html = render(m_repository, markdown);
    const QString baseUrl = QUrl::fromLocalFile(base).toString(QUrl::FullyEncoded);
    for (QString part : std::as_const(present)) {
        part.replace(rowBase, baseUrl);
        QVERIFY2(html.contains(part), qPrintable(u"missing "_s + part + u" in "_s + html));
    }
    for (const QString &part : std::as_const(absent))
        QVERIFY2(!html.contains(part, Qt::CaseInsensitive), qPrintable(u"found "_s + part + u" in "_s + html));
}

void tst_PreviewRenderer::imageUrl_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("destination");
    QTest::addColumn<QString>("url"); // empty: not shown

    QTest::newRow("relative") << u"/d/posts"_s << u"img/a b.png"_s << u"file:///d/posts/img/a b.png"_s;
    QTest::newRow("parent") << u"/d/posts"_s << u"../a.png"_s << u"file:///d/a.png"_s;
    QTest::newRow("query dropped") << u"/d/posts"_s << u"a.gif?style=centerme"_s << u"file:///d/posts/a.gif"_s;
    QTest::newRow("percent-encoded") << u"/d"_s << u"%EC%82%AC%EC%A7%84.png"_s << u"file:///d/사진.png"_s;
    QTest::newRow("jekyll site root") << u"/blog/_posts"_s << u"/imgs/2023_summary.gif"_s
                                      << u"file:///blog/imgs/2023_summary.gif"_s;
    QTest::newRow("absolute path") << u"/d/posts"_s << u"/home/me/a.png"_s << u"file:///home/me/a.png"_s;
    QTest::newRow("file url") << QString() << u"file:///tmp/a.png"_s << u"file:///tmp/a.png"_s;
    QTest::newRow("relative without folder") << QString() << u"a.png"_s << QString();
    QTest::newRow("https") << u"/d"_s << u"https://example.com/a.png"_s << QString();
    QTest::newRow("protocol-relative") << u"/d"_s << u"//example.com/a.png"_s << QString();
    QTest::newRow("javascript") << u"/d"_s << u"javascript:alert(1)"_s << QString();
}

void tst_PreviewRenderer::imageUrl()
{
    QFETCH(QString, folder);
    QFETCH(QString, destination);
    QFETCH(QString, url);
    PreviewRenderer renderer(m_repository);
    renderer.setBaseFolder(folder);
    const QUrl actual = renderer.imageUrl(destination);
    if (url.isEmpty())
        QVERIFY2(!actual.isValid(), qPrintable(actual.toString()));
    else
        QCOMPARE(actual, QUrl(url));
}

void tst_PreviewRenderer::codeHighlighted_data()
{
    QTest::addColumn<QString>("fence");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("keyword");

    QTest::newRow("cpp") << u"cpp"_s << u"int main() { return 0; }"_s << u"return"_s;
    QTest::newRow("name in lower case") << u"python"_s << u"def f():\n    return 1"_s << u"def"_s;
    QTest::newRow("extension") << u"py"_s << u"import os"_s << u"import"_s;
    QTest::newRow("info string words") << u"bash title=\"x\""_s << u"if true; then echo 1; fi"_s << u"if"_s;
}

void tst_PreviewRenderer::codeHighlighted()
{
    QFETCH(QString, fence);
    QFETCH(QString, code);
    QFETCH(QString, keyword);
    const QString html = render(m_repository, u"```"_s + fence + u'\n' + code + u"\n```\n"_s);
    // The keyword gets a format of its own (bold or coloured, as the theme says), and some
    // run a colour.
    static const QRegularExpression span(u"<span style=\"([^\"]+)\">([^<]*)</span>"_s);
    QStringList styled;
    bool coloured = false;
    for (const QRegularExpressionMatch &match : span.globalMatch(html)) {
        styled.append(match.captured(2));
        coloured = coloured || match.captured(1).contains(QRegularExpression(u"(^|;)color:#[0-9a-f]{6}"_s));
    }
    QVERIFY2(styled.contains(keyword), qPrintable(html));
    QVERIFY2(coloured, qPrintable(html));
    QVERIFY(html.startsWith(u"<pre style=\"background-color:#"_s));
    // The text is all there, escaped, in order.
    QTextDocument document;
    document.setHtml(html);
    QCOMPARE(document.toPlainText().trimmed(), code);

    // An unknown language: the code, escaped, without colours.
    const QString plain = render(m_repository, u"```no-such-language\na < b\n```\n"_s);
    QVERIFY2(plain.contains(u">a &lt; b</pre>"_s), qPrintable(plain));
    QVERIFY(!plain.contains(u"<span"_s));
}

void tst_PreviewRenderer::taskBoxes()
{
    const QString html = render(m_repository, u"- [ ] 운동\n- [x] 독서\n\n* 보통 항목\n* [X] 섞임\n"_s);
    QVERIFY2(html.contains(u"<ul style=\"list-style-type:none\"><li>☐ 운동</li>\n<li>☑ 독서</li>"_s), qPrintable(html));
    // A list that is not all tasks keeps its bullets.
    QVERIFY2(html.contains(u"<ul><li>보통 항목</li>\n<li>☑ 섞임</li>"_s), qPrintable(html));
    QTextDocument document;
    document.setHtml(html);
    QVERIFY(document.toPlainText().contains(u"☐ 운동\n☑ 독서"_s));
}

void tst_PreviewRenderer::lineAnchors_data()
{
    QTest::addColumn<int>("paragraphs");
    QTest::addColumn<int>("spacing"); ///< the fewest lines from one anchor to the next
    QTest::newRow("short: every block") << 40 << 2;
    QTest::newRow("long: at most maxLineAnchors") << 5 * PreviewRenderer::maxLineAnchors << 10;
}

// Interactive rendering anchors each block's first line, but only so many in a long text.
void tst_PreviewRenderer::lineAnchors()
{
    QFETCH(int, paragraphs);
    QFETCH(int, spacing);
    QString text;
    for (int i = 0; i < paragraphs; ++i)
        text += u"문단 %1\n\n"_s.arg(i); // a paragraph every two lines
    PreviewRenderer renderer(m_repository);
    renderer.setInteractive(true);
    const QString html = renderer.render(Markdown::parse(text));
    static const QRegularExpression name(u"<a name=\"([^\"]+)\">"_s);
    QList<int> lines;
    for (const QRegularExpressionMatch &match : name.globalMatch(html))
        lines.append(PreviewRenderer::anchorLine(match.captured(1)));
    QVERIFY(!lines.isEmpty());
    QCOMPARE(lines.first(), 0);
    QVERIFY2(lines.size() <= PreviewRenderer::maxLineAnchors + 1, qPrintable(QString::number(lines.size())));
    for (qsizetype i = 1; i < lines.size(); ++i)
        QCOMPARE(lines.at(i) - lines.at(i - 1), spacing);
}

void tst_PreviewRenderer::remoteImageNotFetched()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QSignalSpy connections(&server, &QTcpServer::newConnection);
    const QString remote = u"http://127.0.0.1:%1/x.png"_s.arg(server.serverPort());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QImage picture(4, 3, QImage::Format_RGB32);
    picture.fill(Qt::red);
    QVERIFY(picture.save(dir.filePath(u"local.png"_s)));

    QPlainTextEdit editor;
    PreviewPane pane(&editor);
    pane.setEntryFile(dir.filePath(u"2024-01-01-post.md"_s));
    editor.setPlainText(
        u"![원격 사진](%1)\n\n<img src=\"%1\" alt=\"원격 태그\">\n\n![로컬](local.png)\n"_s.arg(remote));
    pane.refresh();
    pane.resize(400, 300);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));

    const QString html = pane.renderedHtml();
    QVERIFY2(!html.contains(remote), qPrintable(html));
    QVERIFY(pane.toPlainText().contains(u"[image: 원격 사진]"_s));
    QVERIFY(pane.toPlainText().contains(u"[image: 원격 태그]"_s));
    // Asked directly, the pane still does not go out.
    QVERIFY(pane.loadResource(QTextDocument::ImageResource, QUrl(remote)).isNull());
    QTest::qWait(200);
    QCOMPARE(connections.size(), 0);
    QVERIFY(!server.hasPendingConnections());

    // The local image next to the entry's file is shown.
    const QUrl local = QUrl::fromLocalFile(dir.filePath(u"local.png"_s));
    QVERIFY2(html.contains(local.toString(QUrl::FullyEncoded)), qPrintable(html));
    const QVariant loaded = pane.document()->resource(QTextDocument::ImageResource, local);
    QImage shown;
    if (loaded.typeId() == QMetaType::QImage)
        shown = loaded.value<QImage>();
    else if (loaded.typeId() == QMetaType::QPixmap)
        shown = loaded.value<QPixmap>().toImage();
    else
        shown = QImage::fromData(loaded.toByteArray());
    QCOMPARE(shown.size(), QSize(4, 3));
}

void tst_PreviewRenderer::corpusBold_data()
{
    QTest::addColumn<QString>("file");
    const QDir posts(corpusDir() + u"/jekyll/_posts"_s);
    for (const QString &name : posts.entryList({u"*.md"_s}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(name)) << posts.filePath(name);
}

void tst_PreviewRenderer::corpusBold()
{
    QFETCH(QString, file);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QPlainTextEdit editor;
    editor.setPlainText(QString::fromUtf8(f.readAll()));
    PreviewPane pane(&editor);
    pane.setEntryFile(file);
    static const QRegularExpression bold(u"\\*\\*([^*]+)\\*\\*"_s);
    for (const QRegularExpressionMatch &match : bold.globalMatch(editor.toPlainText())) {
        const QString strong = u"<strong>"_s + match.captured(1).toHtmlEscaped() + u"</strong>"_s;
        QVERIFY2(pane.renderedHtml().contains(strong), qPrintable(strong));
    }
    QVERIFY(!pane.toPlainText().contains(u"**"_s));
    QVERIFY(!pane.toPlainText().contains(u"layout:"_s));
}

QTEST_MAIN(tst_PreviewRenderer)
#include "tst_previewrenderer.moc"
