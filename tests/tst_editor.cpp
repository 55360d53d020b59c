// The entry editor's writing comfort on the offscreen platform: the text column, where the
// input method's candidate window goes, focus mode and typewriter scrolling.
#include "editor.h"

#include <QApplication>
#include <QFontInfo>
#include <QImage>
#include <QInputMethodQueryEvent>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace {

void placeCursor(Editor &editor, int line, int column = 0)
{
    QTextCursor cursor(editor.document()->findBlockByNumber(line));
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, column);
    editor.setTextCursor(cursor);
}

// The darkest pixel's lightness (0–255) in @p line's rectangle of the painted viewport.
int darkest(Editor &editor, const QImage &image, int line)
{
    const QRect rect = editor.cursorRect(QTextCursor(editor.document()->findBlockByNumber(line)));
    int lightness = 255;
    for (int y = std::max(rect.top(), 0); y <= std::min(rect.bottom(), image.height() - 1); ++y) {
        for (int x = 0; x < image.width(); ++x)
            lightness = std::min(lightness, image.pixelColor(x, y).lightness());
    }
    return lightness;
}

QString numberedLines(int count)
{
    QStringList lines;
    for (int i = 0; i < count; ++i)
        lines << u"줄 %1 line"_s.arg(i);
    return lines.join(u'\n');
}

// The viewport's distance from the editor's frame on the left and on the right.
QMargins sideMargins(const Editor &editor)
{
    const QRect viewport = editor.viewport()->geometry();
    const int scrollBar = editor.verticalScrollBar()->isVisible() ? editor.verticalScrollBar()->width() : 0;
    return {viewport.left() - editor.frameWidth(), 0,
        editor.width() - editor.frameWidth() - scrollBar - viewport.right() - 1, 0};
}

} // namespace

class tst_Editor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textColumnIsCentredAndAtMost40Em_data();
    void textColumnIsCentredAndAtMost40Em();
    void candidateWindowSitsAtTheCaret();
    void focusModeDimsAllButTheCaretsParagraph_data();
    void focusModeDimsAllButTheCaretsParagraph();
    void typewriterKeepsTheCaretInTheMiddle_data();
    void typewriterKeepsTheCaretInTheMiddle();
};

void tst_Editor::textColumnIsCentredAndAtMost40Em_data()
{
    QTest::addColumn<int>("width");
    QTest::newRow("narrow: the whole width") << 300;
    QTest::newRow("wide: a centred column") << 1400;
    QTest::newRow("very wide") << 2400;
}

void tst_Editor::textColumnIsCentredAndAtMost40Em()
{
    QFETCH(int, width);
    Editor editor;
    editor.resize(width, 400);
    editor.setPlainText(u"한 줄이 아주 길어서 접혀야 하는 문단 with English words too. "_s.repeated(20));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));

    const qreal column
        = Editor::columnWidthEm * QFontInfo(editor.font()).pixelSize() + 2 * editor.document()->documentMargin();
    const QMargins margins = sideMargins(editor);
    QCOMPARE(margins.left(), margins.right());
    QVERIFY2(
        editor.viewport()->width() <= column + 1, qPrintable(u"%1 > %2"_s.arg(editor.viewport()->width()).arg(column)));
    if (width < column)
        QCOMPARE(margins.left(), 0);
    else
        QVERIFY(editor.viewport()->width() >= column - 2);
    // Lines wrap inside the column.
    QCOMPARE(editor.horizontalScrollBar()->maximum(), 0);
    QVERIFY(editor.document()->firstBlock().layout()->lineCount() > 1);

    // Wider again: the column stays as wide and centred, the lines wrap at its width.
    editor.resize(width + 600, 400);
    QCOMPARE(sideMargins(editor).left(), sideMargins(editor).right());
    QVERIFY(editor.viewport()->width() <= column + 1);
    QCOMPARE(editor.horizontalScrollBar()->maximum(), 0);
}

void tst_Editor::candidateWindowSitsAtTheCaret()
{
    Editor editor;
    editor.resize(1400, 500);
    editor.setPlainText(u"첫 줄\n둘째 줄에서 **회고**를 쓴다"_s);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.setFocus();
    placeCursor(editor, 1, 6);
    QVERIFY(sideMargins(editor).left() > 0);

    QInputMethodEvent composing(u"ㅎ"_s, {});
    QApplication::sendEvent(&editor, &composing);
    const QRect expected = editor.cursorRect().translated(editor.viewport()->pos());
    QCOMPARE(editor.inputMethodQuery(Qt::ImCursorRectangle).toRect(), expected);
    // What the platform's input method asks.
    QInputMethodQueryEvent query(Qt::ImCursorRectangle);
    QApplication::sendEvent(&editor, &query);
    QCOMPARE(query.value(Qt::ImCursorRectangle).toRect(), expected);
}

void tst_Editor::focusModeDimsAllButTheCaretsParagraph_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("caretLine");
    QTest::addColumn<QList<int>>("lit"); // the non-blank lines drawn at full strength

    QTest::newRow("one-line paragraphs") << u"첫 문단입니다.\n\n둘째 문단 with English.\n\n셋째 문단."_s << 2
                                         << QList<int> {2};
    QTest::newRow("a paragraph over lines")
        << u"Before.\n\nOne paragraph\n두 줄에 걸친\n문단.\n\nAfter."_s << 3 << QList<int> {2, 3, 4};
    QTest::newRow("list items apart") << u"- 하나\n- two\n- 셋"_s << 1 << QList<int> {1};
    QTest::newRow("heading apart") << u"# 제목\n본문 first line\n본문 second line"_s << 2 << QList<int> {1, 2};
}

void tst_Editor::focusModeDimsAllButTheCaretsParagraph()
{
    QFETCH(QString, text);
    QFETCH(int, caretLine);
    QFETCH(QList<int>, lit);

    Editor editor;
    editor.resize(700, 400);
    editor.setPlainText(text);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    placeCursor(editor, caretLine);

    // Faded, a line's darkest pixel (its text) is far lighter than without focus mode.
    const QImage plain = editor.viewport()->grab().toImage();
    editor.setFocusMode(true);
    const QImage focused = editor.viewport()->grab().toImage();
    for (int line = 0; line < editor.document()->blockCount(); ++line) {
        if (editor.document()->findBlockByNumber(line).text().trimmed().isEmpty())
            continue;
        const int before = darkest(editor, plain, line);
        const int after = darkest(editor, focused, line);
        QVERIFY2(before < 160, qPrintable(u"line %1 has no dark text: %2"_s.arg(line).arg(before)));
        if (lit.contains(line))
            QVERIFY2(after == before, qPrintable(u"line %1 should be lit: %2 → %3"_s.arg(line).arg(before).arg(after)));
        else
            QVERIFY2(after > before + 60,
                qPrintable(u"line %1 should be faded: %2 → %3"_s.arg(line).arg(before).arg(after)));
    }
}

void tst_Editor::typewriterKeepsTheCaretInTheMiddle_data()
{
    QTest::addColumn<int>("line");
    QTest::newRow("middle of the text") << 150;
    QTest::newRow("last line") << 299;
}

void tst_Editor::typewriterKeepsTheCaretInTheMiddle()
{
    QFETCH(int, line);
    Editor editor;
    editor.resize(700, 400);
    editor.setPlainText(numberedLines(300));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.setFocus();
    const int middle = editor.viewport()->height() / 2;
    const int tolerance = editor.fontMetrics().lineSpacing();

    // Without it, the caret only scrolls into view: at the bottom edge.
    placeCursor(editor, line);
    QTest::keyClicks(&editor, u"x"_s);
    QVERIFY(std::abs(editor.cursorRect().center().y() - middle) > tolerance);

    editor.setTypewriterScrolling(true);
    placeCursor(editor, 10);
    QVERIFY(editor.cursorRect().center().y() > tolerance); // a top line can't reach the middle
    placeCursor(editor, line);
    QTest::keyClicks(&editor, u"y"_s);
    QVERIFY2(std::abs(editor.cursorRect().center().y() - middle) <= tolerance,
        qPrintable(u"caret at %1, middle %2"_s.arg(editor.cursorRect().center().y()).arg(middle)));
    QTest::keyClick(&editor, Qt::Key_Up);
    QVERIFY(std::abs(editor.cursorRect().center().y() - middle) <= tolerance);
}

QTEST_MAIN(tst_Editor)
#include "tst_editor.moc"
