// The editor's emphasis comes from the Markdown engine: bold and italic where the preview has them.
#include "editing/markdownhighlighter.h"
#include "editing/syntaxrepository.h"
#include "editor.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>

#include <QApplication>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {

enum class Style { Bold, Italic };

bool hasStyle(const QTextBlock &block, int position, Style style)
{
    const QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : ranges) {
        if (position < range.start || position >= range.start + range.length)
            continue;
        if (style == Style::Bold ? range.format.fontWeight() >= QFont::Bold : range.format.fontItalic())
            return true;
    }
    return false;
}

// One character per position of @p line: '+' where it has @p style, '.' where not.
QString styleMask(const QTextBlock &block, Style style)
{
    QString mask;
    for (int i = 0; i < block.length() - 1; ++i)
        mask += hasStyle(block, i, style) ? u'+' : u'.';
    return mask;
}

// The mask that marks every occurrence of each of @p styled in @p line.
QString expectedMask(const QString &line, const QStringList &styled)
{
    QString mask(line.size(), u'.');
    for (const QString &part : styled) {
        for (qsizetype at = line.indexOf(part); at >= 0; at = line.indexOf(part, at + part.size()))
            mask.replace(at, part.size(), QString(part.size(), u'+'));
    }
    return mask;
}

} // namespace

class tst_MarkdownHighlighter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void emphasisAsParsed_data();
    void emphasisAsParsed();
    void closingOnLaterLineReachesEarlierLine();
    void openingOnEarlierLineReachesLaterLine();
    void longTextIsHighlightedInPasses_data();
    void longTextIsHighlightedInPasses();
    void editChangingEveryLaterLineIsHighlightedInPasses();
    void viewPaintsBeforeTheRestIsHighlighted_data();
    void viewPaintsBeforeTheRestIsHighlighted();
};

// The editors below highlight with the repository the application preloads: built on a
// worker thread, then handed to this one.
void tst_MarkdownHighlighter::initTestCase()
{
    preloadSyntaxRepository();
    const KSyntaxHighlighting::Repository &repository = syntaxRepository();
    QCOMPARE(repository.thread(), QThread::currentThread());
    QVERIFY(repository.definitionForName(u"Markdown"_s).isValid());
}

void tst_MarkdownHighlighter::emphasisAsParsed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QStringList>("bold");
    QTest::addColumn<QStringList>("italic");

    // The CJK-friendly cases the definition's regular expressions get wrong.
    QTest::newRow("strong quote before a particle")
        << u"**“인용”**이라고 말했다"_s << 0 << QStringList {u"**“인용”**"_s} << QStringList {};
    QTest::newRow("underscores before a particle stay plain")
        << u"__“밑줄”__이라고 말했다"_s << 0 << QStringList {} << QStringList {};
    QTest::newRow("emphasis quote before a particle")
        << u"*“강조”*라고"_s << 0 << QStringList {} << QStringList {u"*“강조”*"_s};
    // Ordinary English.
    QTest::newRow("strong stars") << u"A **bold** word"_s << 0 << QStringList {u"**bold**"_s} << QStringList {};
    QTest::newRow("strong underscores") << u"some __strong__ text"_s << 0 << QStringList {u"__strong__"_s}
                                        << QStringList {};
    QTest::newRow("intraword underscores stay plain")
        << u"snake__case__name"_s << 0 << QStringList {} << QStringList {};
    QTest::newRow("intraword stars") << u"un**frigging**believable"_s << 0 << QStringList {u"**frigging**"_s}
                                     << QStringList {};
    QTest::newRow("emphasis inside strong")
        << u"**very *much* so**"_s << 0 << QStringList {u"**very *much* so**"_s} << QStringList {u"*much*"_s};
    QTest::newRow("unclosed stays plain") << u"**open and never closed"_s << 0 << QStringList {} << QStringList {};
    QTest::newRow("code span stays plain")
        << u"`**not bold**` but **this**"_s << 0 << QStringList {u"**this**"_s} << QStringList {};
    // The theme's list style makes the marker bold.
    QTest::newRow("list item") << u"- a **b** c"_s << 0 << QStringList {u"- "_s, u"**b**"_s} << QStringList {};
    QTest::newRow("quote") << u"> a **b** c"_s << 0 << QStringList {u"**b**"_s} << QStringList {};
    QTest::newRow("over two lines, first")
        << u"**starts here\nends here**"_s << 0 << QStringList {u"**starts here"_s} << QStringList {};
    QTest::newRow("over two lines, second")
        << u"**starts here\nends here**"_s << 1 << QStringList {u"ends here**"_s} << QStringList {};
    QTest::newRow("not across a blank line")
        << u"**starts here\n\nends here**"_s << 2 << QStringList {} << QStringList {};
    QTest::newRow("fenced code stays plain") << u"```\n**x**\n```"_s << 1 << QStringList {} << QStringList {};
}

void tst_MarkdownHighlighter::emphasisAsParsed()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(QStringList, bold);
    QFETCH(QStringList, italic);

    Editor editor;
    editor.setPlainText(text);
    const QTextBlock block = editor.document()->findBlockByNumber(line);
    QVERIFY(block.isValid());
    QCOMPARE(styleMask(block, Style::Bold), expectedMask(block.text(), bold));
    QCOMPARE(styleMask(block, Style::Italic), expectedMask(block.text(), italic));
}

void tst_MarkdownHighlighter::closingOnLaterLineReachesEarlierLine()
{
    Editor editor;
    editor.setPlainText(u"before\n\n**opens here\nand closes"_s);
    const QTextBlock first = editor.document()->findBlockByNumber(2);
    QCOMPARE(styleMask(first, Style::Bold), u"............"_s);

    editor.moveCursor(QTextCursor::End);
    QTest::keyClicks(&editor, u"**"_s);
    QCoreApplication::processEvents();
    QCOMPARE(styleMask(first, Style::Bold), u"++++++++++++"_s);
    QCOMPARE(styleMask(editor.document()->findBlockByNumber(0), Style::Bold), u"......"_s);
}

void tst_MarkdownHighlighter::openingOnEarlierLineReachesLaterLine()
{
    Editor editor;
    editor.setPlainText(u"opens here\nand closes**\nstill the paragraph"_s);
    const QTextBlock second = editor.document()->findBlockByNumber(1);
    QCOMPARE(styleMask(second, Style::Bold), u"............"_s);

    editor.moveCursor(QTextCursor::Start);
    QTest::keyClicks(&editor, u"**"_s);
    QCOMPARE(styleMask(second, Style::Bold), u"++++++++++++"_s);
    QCOMPARE(styleMask(editor.document()->findBlockByNumber(2), Style::Bold), QString(19, u'.'));
}

// Paragraphs of about 60 characters, each with a bold word, until @p size code units.
static QString paragraphs(qsizetype size)
{
    QString text;
    for (int n = 0; text.size() < size; ++n)
        text += u"문단 %1: 오늘은 **굵게** 쓰고 나머지는 평범하게 적었다.\n\n"_s.arg(n);
    return text;
}

static QTextBlock lastWrittenBlock(const QTextDocument *document)
{
    QTextBlock block = document->lastBlock();
    while (block.text().isEmpty())
        block = block.previous();
    return block;
}

void tst_MarkdownHighlighter::longTextIsHighlightedInPasses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("firstLineAtOnce");
    const qsizetype pass = MarkdownHighlighter::charactersPerPass;
    QTest::newRow("many paragraphs") << paragraphs(4 * pass) << true;
    // Longer than a pass: highlighted by a pass of its own, from the event loop.
    QTest::newRow("one long line") << u"**시작** "_s + u"가나다라 abc "_s.repeated(pass / 5) + u" **끝**"_s << false;
}

// A text longer than a pass shows its first lines highlighted at once and the rest after
// the event loop has run, exactly as if highlighted in one go.
void tst_MarkdownHighlighter::longTextIsHighlightedInPasses()
{
    QFETCH(QString, text);
    QFETCH(bool, firstLineAtOnce);
    Editor editor;
    editor.setPlainText(text);
    QTextDocument *document = editor.document();
    const QTextBlock first = document->firstBlock();
    const QTextBlock last = lastWrittenBlock(document);
    QVERIFY(!editor.isHighlighted());
    QCOMPARE(styleMask(first, Style::Bold).contains(u'+'), firstLineAtOnce);
    QVERIFY(!styleMask(last, Style::Bold).contains(u'+'));

    QTRY_VERIFY(editor.isHighlighted());
    for (QTextBlock block = first; block.isValid(); block = block.next())
        QCOMPARE(
            styleMask(block, Style::Bold), expectedMask(block.text(), {u"**굵게**"_s, u"**시작**"_s, u"**끝**"_s}));
}

// Opening a code fence at the top changes every line after it: the edit highlights only what
// it changed at once, and the lines after follow from the event loop.
void tst_MarkdownHighlighter::editChangingEveryLaterLineIsHighlightedInPasses()
{
    Editor editor;
    editor.setPlainText(paragraphs(4 * MarkdownHighlighter::charactersPerPass));
    QTRY_VERIFY(editor.isHighlighted());
    const QTextBlock last = lastWrittenBlock(editor.document());
    QVERIFY(styleMask(last, Style::Bold).contains(u'+'));

    QTextCursor cursor(editor.document());
    cursor.insertText(u"```\n"_s);
    QVERIFY(styleMask(last, Style::Bold).contains(u'+')); // not reached by the edit itself
    QTRY_VERIFY(!styleMask(last, Style::Bold).contains(u'+')); // code now
    QTRY_VERIFY(editor.isHighlighted());

    cursor.movePosition(QTextCursor::Start);
    cursor.movePosition(QTextCursor::NextBlock, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    QTRY_VERIFY(styleMask(last, Style::Bold).contains(u'+'));
    QTRY_VERIFY(editor.isHighlighted());
}

// How many lines have formats: those the highlighter has been through, the blank ones aside.
static int formattedLines(const QTextDocument *document)
{
    int count = 0;
    for (QTextBlock block = document->firstBlock(); block.isValid(); block = block.next())
        count += block.layout()->formats().isEmpty() ? 0 : 1;
    return count;
}

// The lines left for later are highlighted after the view has painted what the first pass did.
void tst_MarkdownHighlighter::viewPaintsBeforeTheRestIsHighlighted_data()
{
    QTest::addColumn<QString>("text");
    const qsizetype pass = MarkdownHighlighter::charactersPerPass;
    QTest::newRow("many paragraphs") << paragraphs(4 * pass);
    QTest::newRow("front matter and one long line")
        << u"---\ntitle: 긴 줄\n---\n"_s + u"가나다라 abc **굵게** "_s.repeated(pass / 5) + u"\n"_s;
}

void tst_MarkdownHighlighter::viewPaintsBeforeTheRestIsHighlighted()
{
    QFETCH(QString, text);
    class PaintWatcher : public QObject
    {
    public:
        const QTextDocument *document = nullptr;
        int linesAtFirstPaint = -1;
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::Paint && linesAtFirstPaint < 0)
                linesAtFirstPaint = formattedLines(document);
            return false;
        }
    } watcher;
    Editor editor;
    editor.resize(600, 400);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    watcher.document = editor.document();
    editor.viewport()->installEventFilter(&watcher);
    editor.setPlainText(text);
    const int linesOfTheFirstPass = formattedLines(editor.document());
    QVERIFY(linesOfTheFirstPass > 0);
    QTRY_VERIFY(editor.isHighlighted());
    QCOMPARE(watcher.linesAtFirstPaint, linesOfTheFirstPass);
    QVERIFY(formattedLines(editor.document()) > linesOfTheFirstPass);
}

QTEST_MAIN(tst_MarkdownHighlighter)
#include "tst_markdownhighlighter.moc"
