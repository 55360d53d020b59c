// `hoego render`: the HTML of a file or stdin, its options and its errors.
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_MarkdownRender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void render_data();
    void render();
    void corpusBold_data();
    void corpusBold();
};

namespace {

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Result run(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(hoegoExecutable(), QStringList {u"render"_s} + arguments);
    if (!process.waitForStarted())
        return {};
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
        process.readAllStandardError()};
}

} // namespace

void tst_MarkdownRender::render_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("output");

    const QByteArray korean = "**\xe2\x80\x9c\xeb\x8b\xa4\xe2\x80\x9d**\xeb\x9d\xbc\xea\xb3\xa0\n"; // **“다”**라고
    QTest::newRow("stdin") << QStringList() << korean << 0
                           << QByteArray("<p><strong>\xe2\x80\x9c\xeb\x8b\xa4\xe2\x80\x9d</strong>"
                                         "\xeb\x9d\xbc\xea\xb3\xa0</p>\n");
    QTest::newRow("dash") << QStringList {u"-"_s} << QByteArray("# a\n") << 0 << QByteArray("<h1>a</h1>\n");
    QTest::newRow("cjk off") << QStringList {u"--cjk-friendly"_s, u"off"_s} << korean << 0
                             << QByteArray("<p>**\xe2\x80\x9c\xeb\x8b\xa4\xe2\x80\x9d**\xeb\x9d\xbc\xea\xb3\xa0</p>\n");
    QTest::newRow("BOM and CRLF") << QStringList() << QByteArray("\xef\xbb\xbf---\r\nt: 1\r\n---\r\na  \r\nb\r\n") << 0
                                  << QByteArray("<p>a<br />\nb</p>\n");
    QTest::newRow("commonmark") << QStringList {u"--dialect"_s, u"commonmark"_s} << QByteArray("~~a~~ www.a.com\n") << 0
                                << QByteArray("<p>~~a~~ www.a.com</p>\n");
    QTest::newRow("gfm") << QStringList {u"--dialect"_s, u"gfm"_s} << QByteArray("~~a~~\n") << 0
                         << QByteArray("<p><del>a</del></p>\n");
    QTest::newRow("bad dialect") << QStringList {u"--dialect"_s, u"kramdown"_s} << QByteArray() << 2 << QByteArray();
    QTest::newRow("bad switch") << QStringList {u"--cjk-friendly"_s, u"maybe"_s} << QByteArray() << 2 << QByteArray();
    QTest::newRow("missing file") << QStringList {u"/nonexistent/file.md"_s} << QByteArray() << 1 << QByteArray();
    QTest::newRow("two files") << QStringList {u"a.md"_s, u"b.md"_s} << QByteArray() << 2 << QByteArray();
}

void tst_MarkdownRender::render()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, output);
    const Result result = run(arguments, input);
    QCOMPARE(result.exitCode, exitCode);
    QCOMPARE(result.out, output);
    if (exitCode != 0)
        QVERIFY(!result.err.isEmpty());
}

void tst_MarkdownRender::corpusBold_data()
{
    QTest::addColumn<QString>("file");
    const QDir posts(corpusDir() + u"/jekyll/_posts"_s);
    for (const QString &name : posts.entryList({u"*.md"_s}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(name)) << posts.filePath(name);
}

// Every `**…**` span of the corpus posts comes out of `hoego render` as <strong>.
void tst_MarkdownRender::corpusBold()
{
    QFETCH(QString, file);
    QFile source(file);
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(source.readAll());
    const Result result = run({file});
    QCOMPARE(result.exitCode, 0);
    const QString html = QString::fromUtf8(result.out);
    static const QRegularExpression bold(u"\\*\\*([^*]+)\\*\\*"_s);
    for (const QRegularExpressionMatch &match : bold.globalMatch(text)) {
        const QString strong = u"<strong>"_s + match.captured(1).toHtmlEscaped() + u"</strong>"_s;
        QVERIFY2(html.contains(strong), qPrintable(strong));
    }
    QVERIFY(!html.contains(u"**"_s));
    QVERIFY(!html.contains(u"layout:"_s));
}

QTEST_GUILESS_MAIN(tst_MarkdownRender)
#include "tst_markdownrender.moc"
