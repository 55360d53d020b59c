// The preview pane beside a real editor, driven as a user would: it scrolls with the editor by
// source line (and leads it when scrolled), task boxes tick items in the text, and links to
// other computers open only after a confirmation.
#include "editing/previewpane.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QHBoxLayout>
#include <QImage>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// Receives the URLs QDesktopServices would open in the browser.
class UrlRecorder : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

// The editor and the preview side by side, shown.
struct Window
{
    QWidget widget;
    QPlainTextEdit *editor = new QPlainTextEdit;
    PreviewPane *pane = new PreviewPane(editor);

    explicit Window(const QString &text)
    {
        auto *layout = new QHBoxLayout(&widget);
        layout->addWidget(editor);
        layout->addWidget(pane);
        widget.resize(900, 500);
        editor->setPlainText(text);
        widget.show();
        pane->refresh();
    }
};

// A long entry: @p before paragraphs, a heading, and as many paragraphs again.
QString longEntry(int before, const QString &heading)
{
    QString text = u"# 맨 위\n\n"_s;
    for (int i = 0; i < before; ++i)
        text += u"문단 %1: 오늘은 조금 길게 써 본다. A paragraph of filler text to scroll past.\n\n"_s.arg(i);
    text += u"## "_s + heading + u"\n\n"_s;
    for (int i = 0; i < before; ++i)
        text += u"뒤 문단 %1\n\n"_s.arg(i);
    return text;
}

QTextBlock paneBlock(const PreviewPane *pane, const QString &text)
{
    for (QTextBlock block = pane->document()->begin(); block.isValid(); block = block.next()) {
        if (block.text() == text)
            return block;
    }
    return {};
}

int paneBlockTop(const PreviewPane *pane, const QString &text)
{
    return int(pane->document()->documentLayout()->blockBoundingRect(paneBlock(pane, text)).top());
}

// Clicks the pane at the character @p offset of its document.
void clickCharacter(PreviewPane *pane, int offset)
{
    QTextCursor cursor(pane->document());
    cursor.setPosition(offset);
    const QRect caret = pane->cursorRect(cursor);
    const QPoint point(caret.center().x() + 4, caret.center().y());
    QTest::mouseClick(pane->viewport(), Qt::LeftButton, {}, point);
}

// Answers the next modal message box with @p button.
void answerNextMessageBox(QMessageBox::StandardButton button, bool *asked)
{
    QTimer::singleShot(0, [button, asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        *asked = box != nullptr;
        if (box)
            box->button(button)->click();
    });
}

} // namespace

class tst_PreviewPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsEditor_data();
    void followsEditor();
    void leadsEditor();
    void taskBoxToggles();
    void taskBoxReadOnly();
    void pastedImageShows_data();
    void pastedImageShows();
    void remoteLinkAsksFirst_data();
    void remoteLinkAsksFirst();
};

void tst_PreviewPane::followsEditor_data()
{
    QTest::addColumn<int>("paragraphs");
    QTest::newRow("40 paragraphs above") << 40;
    QTest::newRow("150 paragraphs above") << 150;
}

void tst_PreviewPane::followsEditor()
{
    QFETCH(int, paragraphs);
    Window window(longEntry(paragraphs, u"먼 제목 Far heading"_s));
    QVERIFY(QTest::qWaitForWindowExposed(&window.widget));
    QCOMPARE(window.pane->verticalScrollBar()->value(), 0);

    // Scroll the editor so the heading is its top line.
    const QTextBlock heading = window.editor->document()->findBlockByNumber(2 + 2 * paragraphs);
    QCOMPARE(heading.text(), u"## 먼 제목 Far heading"_s);
    window.editor->verticalScrollBar()->setValue(heading.firstLineNumber());
    const int top = paneBlockTop(window.pane, u"먼 제목 Far heading"_s);
    QVERIFY(top > 0);
    QCOMPARE(window.pane->verticalScrollBar()->value(), top);
    // What the pane shows at its top is the heading.
    QCOMPARE(window.pane->cursorForPosition(QPoint(10, 10)).block().text(), u"먼 제목 Far heading"_s);

    // The caret moving to the top follows too.
    window.editor->moveCursor(QTextCursor::Start);
    QCOMPARE(window.editor->verticalScrollBar()->value(), 0);
    QCOMPARE(window.pane->verticalScrollBar()->value(), 0);

    // A render after typing keeps the place.
    window.editor->verticalScrollBar()->setValue(heading.firstLineNumber());
    window.pane->refresh();
    QCOMPARE(window.pane->verticalScrollBar()->value(), top);
}

void tst_PreviewPane::leadsEditor()
{
    Window window(longEntry(60, u"제목"_s));
    QVERIFY(QTest::qWaitForWindowExposed(&window.widget));
    const QString paragraph = u"문단 30: 오늘은 조금 길게 써 본다. A paragraph of filler text to scroll past."_s;
    window.pane->verticalScrollBar()->setValue(paneBlockTop(window.pane, paragraph));
    const QTextBlock top = window.editor->cursorForPosition(QPoint(0, 0)).block();
    QCOMPARE(top.text(), paragraph);
    // The caret stays where it was.
    QCOMPARE(window.editor->textCursor().position(), 0);
}

void tst_PreviewPane::taskBoxToggles()
{
    Window window(u"# 할 일\n\n- [ ] 운동\n- [x] 독서\n- [X] 일기\n"_s);
    QVERIFY(QTest::qWaitForWindowExposed(&window.widget));
    QSignalSpy changed(window.editor, &QPlainTextEdit::textChanged);
    const QString shown = window.pane->document()->toPlainText();
    QVERIFY2(shown.contains(u"☐ 운동\n☑ 독서\n☑ 일기"_s), qPrintable(shown));

    clickCharacter(window.pane, int(shown.indexOf(u"☐ 운동"_s)));
    QCOMPARE(window.editor->toPlainText(), u"# 할 일\n\n- [x] 운동\n- [x] 독서\n- [X] 일기\n"_s);
    QVERIFY(!changed.isEmpty());
    QVERIFY(window.pane->document()->toPlainText().contains(u"☑ 운동"_s));

    clickCharacter(window.pane, int(window.pane->document()->toPlainText().indexOf(u"☑ 일기"_s)));
    QCOMPARE(window.editor->toPlainText(), u"# 할 일\n\n- [x] 운동\n- [x] 독서\n- [ ] 일기\n"_s);

    // Each click is one undo step.
    window.editor->undo();
    QCOMPARE(window.editor->toPlainText(), u"# 할 일\n\n- [x] 운동\n- [x] 독서\n- [X] 일기\n"_s);
    window.editor->undo();
    QCOMPARE(window.editor->toPlainText(), u"# 할 일\n\n- [ ] 운동\n- [x] 독서\n- [X] 일기\n"_s);
}

void tst_PreviewPane::taskBoxReadOnly()
{
    Window window(u"- [ ] 운동\n"_s);
    window.editor->setReadOnly(true);
    window.pane->toggleTask(0);
    QCOMPARE(window.editor->toPlainText(), u"- [ ] 운동\n"_s);
    window.editor->setReadOnly(false);
    window.pane->toggleTask(1); // no such item
    QCOMPARE(window.editor->toPlainText(), u"- [ ] 운동\n"_s);
    window.pane->toggleTask(0);
    QCOMPARE(window.editor->toPlainText(), u"- [x] 운동\n"_s);
}

void tst_PreviewPane::pastedImageShows_data()
{
    QTest::addColumn<QString>("entryFile"); // relative to the site; empty: made in Hoego
    QTest::newRow("entry made in Hoego") << QString();
    QTest::newRow("post imported from a site") << u"site/_posts/2026-03-14-a.md"_s;
}

// A pasted image's /images/… link is read from beside the diary, whatever the entry's file.
void tst_PreviewPane::pastedImageShows()
{
    QFETCH(QString, entryFile);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(u"images/2026"_s));
    QImage image(5, 3, QImage::Format_RGB32);
    image.fill(Qt::green);
    QVERIFY(image.save(dir.filePath(u"images/2026/2026-03-14-1.png"_s)));
    Window window(u"사진\n\n![](/images/2026/2026-03-14-1.png)\n"_s);
    window.pane->setDiaryFile(dir.filePath(u"diary.sqlite"_s));
    window.pane->setEntryFile(entryFile.isEmpty() ? QString() : dir.filePath(entryFile));
    const QUrl url = QUrl::fromLocalFile(dir.filePath(u"images/2026/2026-03-14-1.png"_s));
    QVERIFY2(window.pane->renderedHtml().contains(url.toString(QUrl::FullyEncoded)),
        qPrintable(window.pane->renderedHtml()));
    const QImage shown = window.pane->document()->resource(QTextDocument::ImageResource, url).value<QImage>();
    QCOMPARE(shown.size(), QSize(5, 3));
}

void tst_PreviewPane::remoteLinkAsksFirst_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<bool>("opens");
    QTest::newRow("open") << int(QMessageBox::Open) << true;
    QTest::newRow("cancel") << int(QMessageBox::Cancel) << false;
}

void tst_PreviewPane::remoteLinkAsksFirst()
{
    QFETCH(int, answer);
    QFETCH(bool, opens);
    UrlRecorder recorder;
    QDesktopServices::setUrlHandler(u"https"_s, &recorder, "open");
    Window window(u"[홈페이지](https://example.com/회고) 글\n"_s);
    QVERIFY(QTest::qWaitForWindowExposed(&window.widget));
    bool asked = false;
    answerNextMessageBox(QMessageBox::StandardButton(answer), &asked);
    clickCharacter(window.pane, 1);
    QTRY_VERIFY(asked);
    QCOMPARE(recorder.opened.size(), opens ? 1 : 0);
    if (opens)
        QCOMPARE(recorder.opened.first(), QUrl(u"https://example.com/회고"_s));
    QDesktopServices::unsetUrlHandler(u"https"_s);
}

QTEST_MAIN(tst_PreviewPane)
#include "tst_previewpane.moc"
