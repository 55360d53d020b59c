// The editing widgets on a QPlainTextEdit, driven by key and input-method events as a user would.
#include "editing/countdetails.h"
#include "editing/countlabel.h"
#include "editing/editingcontroller.h"
#include "editing/editingsupport.h"
#include "editing/findbar.h"
#include "editing/outlinepane.h"
#include "editing/previewpane.h"
#include "editing/sessionlabel.h"
#include "editing/spellcheckdecorator.h"
#include "editor.h"

#include <QApplication>
#include <QClipboard>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QImage>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// Types @p text through the input method, syllable by syllable: each syllable is first shown
// as preedit (composing), then committed, as a Korean input method does.
void typeWithInputMethod(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QInputMethodEvent composing(QString(c), {});
        QApplication::sendEvent(widget, &composing);
        QInputMethodEvent commit;
        commit.setCommitString(QString(c));
        QApplication::sendEvent(widget, &commit);
    }
}

void sendPreedit(QWidget *widget, const QString &preedit)
{
    QInputMethodEvent event(preedit, {});
    QApplication::sendEvent(widget, &event);
}

void moveToEnd(QPlainTextEdit *editor)
{
    QTextCursor cursor = editor->textCursor();
    cursor.movePosition(QTextCursor::End);
    editor->setTextCursor(cursor);
}

const QString nfdHangeul = u"\u1112\u1161\u11AB\u1100\u1173\u11AF"_s; // 한글, six jamo

} // namespace

class tst_EditingWidgets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listContinuation();
    void indentAndWrap();
    void pasteUrlMakesLink();
    void pasteImage_data();
    void pasteImage();
    void contextMenuPastesImage();
    void dropImageFile();
    void counter();
    void counterWithComposition();
    void sessionTurnsAtMidnight_data();
    void sessionTurnsAtMidnight();
    void counterCountsLongTextsInTheBackground();
    void counterDetails();
    void readingSpeed_data();
    void readingSpeed();
    void findReplace();
    void findShortcutCommitsComposition();
    void findFieldSearchesComposition();
    void outline();
    void preview();
    void spelling();
    void dictionariesLoadAfterFirstPaint();
    void spellingFollowsEdits_data();
    void spellingFollowsEdits();
    void spellingChecksTheVisiblePartOfALongLine_data();
    void spellingChecksTheVisiblePartOfALongLine();
    void support();
};

void tst_EditingWidgets::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_EditingWidgets::listContinuation()
{
    QPlainTextEdit editor;
    new EditingController(&editor, &editor);
    QTest::keyClicks(&editor, u"- "_s);
    typeWithInputMethod(&editor, u"사과"_s);
    QTest::keyClick(&editor, Qt::Key_Return);
    QCOMPARE(editor.toPlainText(), u"- 사과\n- "_s);
    typeWithInputMethod(&editor, u"배"_s);
    QTest::keyClick(&editor, Qt::Key_Return);
    QCOMPARE(editor.toPlainText(), u"- 사과\n- 배\n- "_s);
    // A second Enter on the empty item ends the list.
    QTest::keyClick(&editor, Qt::Key_Return);
    QCOMPARE(editor.toPlainText(), u"- 사과\n- 배\n"_s);
    QTest::keyClick(&editor, Qt::Key_Return);
    QCOMPARE(editor.toPlainText(), u"- 사과\n- 배\n\n"_s);

    editor.clear();
    QTest::keyClicks(&editor, u"9. nine"_s);
    QTest::keyClick(&editor, Qt::Key_Return);
    QTest::keyClicks(&editor, u"ten"_s);
    QTest::keyClick(&editor, Qt::Key_Return);
    QCOMPARE(editor.toPlainText(), u"9. nine\n10. ten\n11. "_s);

    editor.clear();
    QTest::keyClicks(&editor, u"- [x] done"_s);
    QTest::keyClick(&editor, Qt::Key_Return);
    QCOMPARE(editor.toPlainText(), u"- [x] done\n- [ ] "_s);
    // Enter and the new item's prefix are one undo step.
    editor.undo();
    QCOMPARE(editor.toPlainText(), u"- [x] done"_s);

    editor.setPlainText(u"> 인용"_s);
    moveToEnd(&editor);
    QTest::keyClick(&editor, Qt::Key_Return);
    QCOMPARE(editor.toPlainText(), u"> 인용\n> "_s);
}

void tst_EditingWidgets::indentAndWrap()
{
    QPlainTextEdit editor;
    new EditingController(&editor, &editor);
    editor.setPlainText(u"- a\n- b"_s);
    moveToEnd(&editor);
    QTest::keyClick(&editor, Qt::Key_Tab);
    QCOMPARE(editor.toPlainText(), u"- a\n  - b"_s);
    QCOMPARE(editor.textCursor().position(), editor.toPlainText().size());
    QTest::keyClick(&editor, Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(editor.toPlainText(), u"- a\n- b"_s);
    // Tab outside a list types a tab as usual.
    editor.setPlainText(u"x"_s);
    moveToEnd(&editor);
    QTest::keyClick(&editor, Qt::Key_Tab);
    QCOMPARE(editor.toPlainText(), u"x\t"_s);

    editor.setPlainText(u"정말 중요한 일"_s);
    QTextCursor cursor = editor.textCursor();
    cursor.setPosition(3);
    cursor.setPosition(6, QTextCursor::KeepAnchor);
    editor.setTextCursor(cursor);
    QTest::keyClick(&editor, Qt::Key_B, Qt::ControlModifier);
    QCOMPARE(editor.toPlainText(), u"정말 **중요한** 일"_s);
    QCOMPARE(editor.textCursor().selectedText(), u"중요한"_s);
    QTest::keyClick(&editor, Qt::Key_I, Qt::ControlModifier);
    QCOMPARE(editor.toPlainText(), u"정말 ***중요한*** 일"_s);
    QTest::keyClick(&editor, Qt::Key_B, Qt::ControlModifier);
    QCOMPARE(editor.toPlainText(), u"정말 *중요한* 일"_s);
    QTest::keyClick(&editor, Qt::Key_K, Qt::ControlModifier);
    QCOMPARE(editor.toPlainText(), u"정말 *[중요한](url)* 일"_s);
    QCOMPARE(editor.textCursor().selectedText(), u"url"_s);
    QTest::keyClicks(&editor, u"https://example.com"_s);
    QCOMPARE(editor.toPlainText(), u"정말 *[중요한](https://example.com)* 일"_s);
}

void tst_EditingWidgets::pasteUrlMakesLink()
{
    QApplication::clipboard()->setText(u"https://example.com/post"_s);
    if (QApplication::clipboard()->text() != u"https://example.com/post"_s)
        QSKIP("This platform has no clipboard");
    QPlainTextEdit editor;
    new EditingController(&editor, &editor);
    editor.setPlainText(u"회고 글"_s);
    QTextCursor cursor = editor.textCursor();
    cursor.setPosition(0);
    cursor.setPosition(2, QTextCursor::KeepAnchor);
    editor.setTextCursor(cursor);
    QTest::keyClick(&editor, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(editor.toPlainText(), u"[회고](https://example.com/post) 글"_s);
    // Without a selection the URL is pasted as it is.
    QTest::keyClick(&editor, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(editor.toPlainText(), u"[회고](https://example.com/post)https://example.com/post 글"_s);
}

void tst_EditingWidgets::pasteImage_data()
{
    QTest::addColumn<bool>("selection");
    QTest::newRow("at the cursor") << false;
    QTest::newRow("over a selection") << true;
}

// An image on the clipboard is stored beside the diary and linked where it was pasted.
void tst_EditingWidgets::pasteImage()
{
    QFETCH(bool, selection);
    QTemporaryDir dir;
    const QString diary = dir.filePath(u"diary.sqlite"_s);
    QPlainTextEdit editor;
    EditingController controller(&editor);
    editor.setPlainText(u"사진: 여기"_s);
    QTextCursor cursor = editor.textCursor();
    cursor.setPosition(4);
    if (selection)
        cursor.setPosition(6, QTextCursor::KeepAnchor);
    editor.setTextCursor(cursor);
    QImage image(8, 4, QImage::Format_RGB32);
    image.fill(Qt::red);
    auto *mime = new QMimeData;
    mime->setImageData(image);
    QApplication::clipboard()->setMimeData(mime);

    // Without a diary the editor pastes as it does by itself (no text: nothing).
    QVERIFY(!controller.insertImages(QApplication::clipboard()->mimeData()));
    controller.setDiaryPath(diary);
    QTest::keyClick(&editor, Qt::Key_V, Qt::ControlModifier);
    const QString year = QString::number(QDate::currentDate().year());
    const QString link = u"/images/%1/%2-1.png"_s.arg(year, QDate::currentDate().toString(Qt::ISODate));
    const QString expected = selection ? u"사진: ![](%1)"_s.arg(link) : u"사진: ![](%1)여기"_s.arg(link);
    QCOMPARE(editor.toPlainText(), expected);
    const QImage stored(dir.filePath(link.mid(1)));
    QCOMPARE(stored.size(), QSize(8, 4));
    QCOMPARE(stored.pixelColor(3, 2), QColor(Qt::red));
    // One undo step takes it out again.
    editor.undo();
    QCOMPARE(editor.toPlainText(), u"사진: 여기"_s);
    // The next image of the day gets the next number.
    QTest::keyClick(&editor, Qt::Key_V, Qt::ControlModifier);
    QVERIFY2(editor.toPlainText().contains(u"-2.png)"_s), qPrintable(editor.toPlainText()));
}

// The context menu's Paste stores a clipboard image as Ctrl+V does, through the editor's
// MIME inserter.
void tst_EditingWidgets::contextMenuPastesImage()
{
    QTemporaryDir dir;
    Editor editor;
    EditingController controller(&editor);
    controller.setDiaryPath(dir.filePath(u"diary.sqlite"_s));
    editor.setPlainText(u"사진: "_s);
    editor.moveCursor(QTextCursor::End);
    QImage image(5, 5, QImage::Format_RGB32);
    image.fill(Qt::green);
    auto *mime = new QMimeData;
    mime->setImageData(image);
    QApplication::clipboard()->setMimeData(mime);

    const auto pasteAction = [](QMenu *menu) -> QAction * {
        for (QAction *action : menu->actions()) {
            if (action->objectName() == u"edit-paste"_s)
                return action;
        }
        return nullptr;
    };
    // Without the inserter the editor takes no image: Paste is disabled.
    std::unique_ptr<QMenu> plain(editor.createStandardContextMenu());
    QVERIFY(pasteAction(plain.get()));
    QVERIFY(!pasteAction(plain.get())->isEnabled());

    editor.setMimeInserter([&controller](const QMimeData *data) { return controller.insertMimeData(data); });
    std::unique_ptr<QMenu> menu(editor.createStandardContextMenu());
    QAction *paste = pasteAction(menu.get());
    QVERIFY(paste && paste->isEnabled());
    paste->trigger();
    const QString link = u"/images/%1/%2-1.png"_s.arg(
        QString::number(QDate::currentDate().year()), QDate::currentDate().toString(Qt::ISODate));
    QCOMPARE(editor.toPlainText(), u"사진: ![](%1)"_s.arg(link));
    QCOMPARE(QImage(dir.filePath(link.mid(1))).pixelColor(2, 2), QColor(Qt::green));

    // Text still pastes as text.
    QApplication::clipboard()->setText(u" 끝"_s);
    std::unique_ptr<QMenu> again(editor.createStandardContextMenu());
    pasteAction(again.get())->trigger();
    QVERIFY(editor.toPlainText().endsWith(u") 끝"_s));
}

// An image file dropped on the editor is copied beside the diary and linked where it fell.
void tst_EditingWidgets::dropImageFile()
{
    QTemporaryDir dir;
    const QString source = dir.filePath(u"사진 원본.JPG"_s);
    QImage image(6, 6, QImage::Format_RGB32);
    image.fill(Qt::blue);
    QVERIFY(image.save(source, "JPG"));
    QPlainTextEdit editor;
    editor.resize(400, 200);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    EditingController controller(&editor);
    controller.setDiaryPath(dir.filePath(u"diary.sqlite"_s));
    editor.setPlainText(u"첫 줄\n둘째 줄"_s);

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(source), QUrl::fromLocalFile(dir.filePath(u"notes.txt"_s))});
    QTextCursor last(editor.document());
    last.movePosition(QTextCursor::End);
    const QPoint end = editor.cursorRect(last).center();
    QDragEnterEvent enter(end, Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(editor.viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(end), Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(editor.viewport(), &drop);
    QVERIFY(drop.isAccepted());
    const QString name = QDate::currentDate().toString(Qt::ISODate) + u"-1.jpg"_s;
    const QString link = u"/images/%1/%2"_s.arg(QDate::currentDate().year()).arg(name);
    QCOMPARE(editor.toPlainText(), u"첫 줄\n둘째 줄![](%1)"_s.arg(link));
    QVERIFY(QFile::exists(dir.filePath(link.mid(1))));
    QVERIFY(QFile::exists(source)); // copied, not moved

    // A read-only editor takes no drop.
    editor.setReadOnly(true);
    const QString before = editor.toPlainText();
    QDropEvent refused(QPointF(end), Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(editor.viewport(), &refused);
    QCOMPARE(editor.toPlainText(), before);
    QVERIFY(!QFile::exists(dir.filePath(link.mid(1).replace(u"-1.jpg"_s, u"-2.jpg"_s))));
}

void tst_EditingWidgets::counter()
{
    QPlainTextEdit editor;
    CountLabel label(&editor);
    editor.setPlainText(u"---\ntitle: x\n---\n# 제목\n\n본문 **굵게** [링크](https://example.com)"_s);
    label.refresh();
    // "제목\n본문 굵게 링크": markup, URL and front matter are not counted.
    QCOMPARE(label.counts().characters, 11);
    QCOMPARE(label.counts().charactersNoSpaces, 8);
    QCOMPARE(label.counts().words, 4);
    QVERIFY(!label.showsSelection());
    QVERIFY2(label.text().contains(u"11"_s), qPrintable(label.text()));

    QTextCursor cursor = editor.textCursor();
    const qsizetype start = editor.toPlainText().indexOf(u"본문"_s);
    cursor.setPosition(int(start));
    cursor.setPosition(int(start + 9), QTextCursor::KeepAnchor); // 본문 **굵게**
    editor.setTextCursor(cursor);
    label.refresh();
    QVERIFY(label.showsSelection());
    QCOMPARE(label.counts().characters, 5);
    QCOMPARE(label.counts().charactersNoSpaces, 4);
}

void tst_EditingWidgets::counterCountsLongTextsInTheBackground()
{
    QPlainTextEdit editor;
    CountLabel label(&editor);
    QString text;
    while (text.size() < 2 * CountLabel::backgroundCountChars)
        text += u"한 줄의 글 **굵게** and words\n"_s;
    editor.setPlainText(text);
    label.refresh();
    const TextCounts before = label.counts();
    editor.moveCursor(QTextCursor::End);
    typeWithInputMethod(&editor, u"새 글"_s);
    QCOMPARE(label.counts().characters, before.characters); // counted after the pause
    const TextCounts expected = TextStatistics::countMarkdown(editor.toPlainText());
    QVERIFY(expected.characters > before.characters);
    QTRY_COMPARE(label.counts().characters, expected.characters);
    QCOMPARE(label.counts().words, expected.words);
    QCOMPARE(label.counts().manuscriptPages, expected.manuscriptPages);
    QVERIFY2(label.text().contains(QLocale().toString(expected.characters)), qPrintable(label.text()));
}

void tst_EditingWidgets::sessionTurnsAtMidnight_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<qint64>("msecs");
    const QTimeZone seoul(QByteArrayLiteral("Asia/Seoul"));
    QTest::newRow("noon, UTC") << QDateTime(QDate(2026, 12, 1), QTime(12, 0), QTimeZone::UTC)
                               << qint64(12 * 3600 * 1000 + 1000);
    QTest::newRow("half a second before midnight")
        << QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59, 500), QTimeZone::UTC) << qint64(500 + 1000);
    QTest::newRow("midnight in Seoul: a whole day")
        << QDateTime(QDate(2026, 12, 1), QTime(0, 0), seoul) << qint64(24 * 3600 * 1000 + 1000);
    // Berlin's clocks go forward at 02:00 on 29 March 2026: that day is 23 hours long.
    QTest::newRow("a day of 23 hours") << QDateTime(
        QDate(2026, 3, 29), QTime(0, 30), QTimeZone(QByteArrayLiteral("Europe/Berlin")))
                                       << qint64(22 * 3600 * 1000 + 30 * 60 * 1000 + 1000);
}

void tst_EditingWidgets::sessionTurnsAtMidnight()
{
    QFETCH(QDateTime, now);
    QFETCH(qint64, msecs);
    if (!now.isValid())
        QSKIP("time zone data is not installed");
    QCOMPARE(SessionLabel::msecsToNextDay(now), msecs);
}

void tst_EditingWidgets::counterWithComposition()
{
    QPlainTextEdit editor;
    CountLabel label(&editor);
    typeWithInputMethod(&editor, u"가나"_s);
    label.refresh();
    QCOMPARE(label.counts().characters, 2);
    // 다 is still being composed: not in the document, but counted.
    sendPreedit(&editor, u"다"_s);
    QCOMPARE(editor.toPlainText(), u"가나"_s);
    label.refresh();
    QCOMPARE(label.counts().characters, 3);
    QCOMPARE(label.counts().hangulSyllables, 3);
    // The composing syllable sits at the cursor, not at the end.
    QCOMPARE(CountLabel::textWithPreedit(&editor), u"가나다"_s);
    QInputMethodEvent commit;
    commit.setCommitString(u"다"_s);
    QApplication::sendEvent(&editor, &commit);
    label.refresh();
    QCOMPARE(editor.toPlainText(), u"가나다"_s);
    QCOMPARE(label.counts().characters, 3);
}

// A click on the counter opens every figure, for the entry or the selection.
void tst_EditingWidgets::counterDetails()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *editor = new QPlainTextEdit;
    auto *label = new CountLabel(editor);
    layout->addWidget(editor);
    layout->addWidget(label);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // "한글과 English 👍🏽\n둘째": 16 characters with spaces (the line break is one), 13 without,
    // 4 words, 5 syllables, 1 Latin word; UTF-8 9+1+7+1+8+1+6 = 33 bytes; CP949 6+1+7+1+1+4 = 20
    // bytes, 👍🏽 left out; 원고지 11 cells and 3 cells, two lines.
    editor->setPlainText(u"# 한글과 English 👍🏽\n\n**둘째**"_s);
    QVERIFY(!label->details());
    QTest::mouseClick(label, Qt::LeftButton);
    CountDetails *details = label->details();
    QVERIFY(details);
    QVERIFY(details->isVisible());
    QCOMPARE(details->title(), u"Counts of the entry"_s);
    const QList<std::pair<QString, QString>> expected = {
        {u"Characters (with spaces)"_s, u"16"_s},
        {u"Characters (without spaces)"_s, u"13"_s},
        {u"Words"_s, u"4"_s},
        {u"Hangul syllables"_s, u"5"_s},
        {u"Latin words"_s, u"1"_s},
        {u"UTF-8 bytes"_s, u"33"_s},
        {u"CP949 bytes"_s, u"20"_s},
        {u"Characters CP949 cannot encode"_s, u"1"_s},
        {u"Manuscript pages (200 cells)"_s, u"0.2"_s},
        {u"Reading time (minutes)"_s, u"0.0"_s},
    };
    QCOMPARE(details->rows(), expected);
    details->close();

    // With a selection: the selection's counts, and the status bar says so.
    QTextCursor cursor = editor->textCursor();
    cursor.setPosition(int(editor->toPlainText().indexOf(u"English"_s)));
    cursor.setPosition(int(editor->toPlainText().indexOf(u"English"_s)) + 7, QTextCursor::KeepAnchor);
    editor->setTextCursor(cursor);
    label->refresh();
    QVERIFY2(label->text().startsWith(u"Selection:"_s), qPrintable(label->text()));
    QTest::mouseClick(label, Qt::LeftButton);
    QCOMPARE(details->title(), u"Counts of the selection"_s);
    QCOMPARE(details->rows().at(0).second, u"7"_s);
    QCOMPARE(details->rows().at(4).second, u"1"_s);
}

void tst_EditingWidgets::readingSpeed_data()
{
    QTest::addColumn<double>("hangul");
    QTest::addColumn<double>("english");
    QTest::addColumn<double>("minutes");
    // 250 syllables and 119 English words.
    QTest::newRow("defaults") << 500.0 << 238.0 << 1.0; // 0.5 + 0.5
    QTest::newRow("slow Korean") << 100.0 << 238.0 << 3.0; // 2.5 + 0.5
    QTest::newRow("fast English") << 500.0 << 476.0 << 0.8; // 0.5 + 0.25
}

void tst_EditingWidgets::readingSpeed()
{
    QFETCH(double, hangul);
    QFETCH(double, english);
    QFETCH(double, minutes);
    QPlainTextEdit editor;
    CountLabel label(&editor);
    editor.setPlainText(QString(u"가나다라마 "_s).repeated(50) + u"\n\n"_s + QString(u"word "_s).repeated(119));
    label.setReadingSpeed({hangul, english});
    QCOMPARE(label.counts().hangulSyllables, 250);
    QCOMPARE(label.counts().latinWords, 119);
    QCOMPARE(label.counts().readingMinutes, minutes);
}

void tst_EditingWidgets::findReplace()
{
    QPlainTextEdit editor;
    FindBar bar(&editor);
    // The first 한글 is decomposed (pasted from macOS), the second precomposed.
    editor.setPlainText(nfdHangeul + u" 가 한글"_s);
    bar.findField()->setText(u"한글"_s);
    QVERIFY(bar.findNext());
    QCOMPARE(editor.textCursor().selectionStart(), 0);
    QCOMPARE(editor.textCursor().selectionEnd(), 6);
    QVERIFY(bar.findNext());
    QCOMPARE(editor.textCursor().selectionStart(), 9);
    QCOMPARE(editor.textCursor().selectedText(), u"한글"_s);
    QVERIFY(bar.findNext()); // wraps
    QCOMPARE(editor.textCursor().selectionStart(), 0);

    bar.replaceField()->setText(u"국어"_s);
    QVERIFY(bar.replaceCurrent());
    QCOMPARE(editor.toPlainText(), u"국어 가 한글"_s);
    QCOMPARE(editor.textCursor().selectedText(), u"한글"_s);
    editor.setPlainText(nfdHangeul + u" 가 한글 "_s + nfdHangeul);
    QCOMPARE(bar.replaceAll(), 3);
    QCOMPARE(editor.toPlainText(), u"국어 가 국어 국어"_s);
    editor.undo(); // one step
    QCOMPARE(editor.toPlainText(), nfdHangeul + u" 가 한글 "_s + nfdHangeul);

    bar.findField()->setText(u"없는 말"_s);
    QVERIFY(!bar.findNext());
}

void tst_EditingWidgets::findShortcutCommitsComposition()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *editor = new QPlainTextEdit(&window);
    auto *bar = new FindBar(editor, &window);
    layout->addWidget(editor);
    layout->addWidget(bar);
    int commits = 0;
    // What an input method does on commit: the composing syllable becomes text.
    bar->setPreeditCommitter([editor, &commits] {
        ++commits;
        const QString preedit = CountLabel::textWithPreedit(editor).mid(editor->toPlainText().size());
        QInputMethodEvent commit;
        commit.setCommitString(preedit);
        QApplication::sendEvent(editor, &commit);
    });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    editor->setFocus();
    typeWithInputMethod(editor, u"한글 "_s);
    sendPreedit(editor, u"한"_s);
    QTest::keyClick(editor, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(bar->isVisible());
    QVERIFY(commits >= 1);
    // Committed once: neither lost nor doubled.
    QCOMPARE(editor->toPlainText(), u"한글 한"_s);
    bar->findField()->setText(u"한"_s);
    QVERIFY(bar->findNext());
    QCOMPARE(editor->textCursor().selectionStart(), 0);
}

void tst_EditingWidgets::findFieldSearchesComposition()
{
    QPlainTextEdit editor;
    FindBar bar(&editor);
    editor.setPlainText(u"가 한글"_s);
    bar.findField()->setText(u"한"_s);
    sendPreedit(bar.findField(), u"글"_s);
    QCOMPARE(bar.needle(), u"한글"_s);
    QVERIFY(bar.findNext());
    QCOMPARE(editor.textCursor().selectedText(), u"한글"_s);
}

void tst_EditingWidgets::outline()
{
    QPlainTextEdit editor;
    OutlinePane pane(&editor);
    editor.setPlainText(u"# 2023년 회고\n\n## Keep\n\n글\n\n## Problem\n\n# 2024년 목표\n"_s);
    pane.refresh();
    QCOMPARE(pane.topLevelItemCount(), 2);
    QTreeWidgetItem *first = pane.topLevelItem(0);
    QCOMPARE(first->text(0), u"2023년 회고"_s);
    QCOMPARE(first->childCount(), 2);
    QCOMPARE(first->child(1)->text(0), u"Problem"_s);
    QCOMPARE(pane.topLevelItem(1)->text(0), u"2024년 목표"_s);

    // Clicking a heading moves the cursor to it.
    Q_EMIT pane.itemClicked(pane.topLevelItem(1), 0);
    QCOMPARE(editor.textCursor().block().text(), u"# 2024년 목표"_s);
    QCOMPARE(pane.currentHeadingItem(), pane.topLevelItem(1));
    // The heading the cursor is under is the current one.
    QTextCursor cursor = editor.textCursor();
    cursor.setPosition(int(editor.toPlainText().indexOf(u"글"_s)));
    editor.setTextCursor(cursor);
    QCOMPARE(pane.currentHeadingItem(), first->child(0));
    QVERIFY(first->child(0)->font(0).bold());
    QVERIFY(!pane.topLevelItem(1)->font(0).bold());
    QCOMPARE(pane.selectedItems(), QList<QTreeWidgetItem *> {first->child(0)});
    // Moving on through the text moves the highlight.
    cursor.setPosition(int(editor.toPlainText().indexOf(u"## Problem"_s)) + 4);
    editor.setTextCursor(cursor);
    QCOMPARE(pane.selectedItems(), QList<QTreeWidgetItem *> {first->child(1)});
    QVERIFY(first->child(1)->font(0).bold());
    QVERIFY(!first->child(0)->font(0).bold());
    // Above the first heading nothing is current.
    editor.setPlainText(u"머리말\n\n# 제목\n"_s);
    pane.refresh();
    editor.moveCursor(QTextCursor::Start);
    QVERIFY(!pane.currentHeadingItem());
    QVERIFY(pane.selectedItems().isEmpty());
}

void tst_EditingWidgets::preview()
{
    QPlainTextEdit editor;
    PreviewPane pane(&editor);
    editor.setPlainText(u"# 제목\n\n**“인용”**이라고 썼다.\n\n- [x] 운동"_s);
    pane.refresh();
    QVERIFY2(pane.renderedHtml().contains(u"<strong>“인용”</strong>이라고"_s), qPrintable(pane.renderedHtml()));
    QVERIFY(pane.renderedHtml().contains(u"제목</h1>"_s));
    QVERIFY(pane.toPlainText().contains(u"“인용”이라고 썼다."_s));
    // It follows the editor after the typing pause.
    editor.setPlainText(u"바뀐 글"_s);
    QTRY_VERIFY(pane.toPlainText().contains(u"바뀐 글"_s));
}

void tst_EditingWidgets::dictionariesLoadAfterFirstPaint()
{
    QElapsedTimer timer;
    timer.start();
    const SpellChecker probe;
    const qint64 loadMs = timer.elapsed(); // what one load takes on this machine
    if (!probe.isAvailable(SpellChecker::Language::Korean) || !probe.isAvailable(SpellChecker::Language::English))
        QSKIP("hunspell-ko and hunspell-en-us are not installed");
    QPlainTextEdit editor;
    editor.resize(600, 300);
    editor.setPlainText(u"I went to shcool\n"_s);
    SpellCheckDecorator spelling(&editor);
    spelling.loadInBackground();
    // Never painted: nothing loads, though a load would have had twice its time.
    QTest::qWait(int(std::min<qint64>(2 * loadMs + 200, 20000)));
    QVERIFY(!spelling.hasSpellChecker());
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QTRY_VERIFY_WITH_TIMEOUT(spelling.hasSpellChecker(), 60000);
    QTRY_COMPARE(spelling.misspellings().size(), 1);
    QCOMPARE(spelling.misspellings().constFirst().word, u"shcool"_s);
}

void tst_EditingWidgets::spelling()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto checker = std::make_shared<SpellChecker>(QString(), dir.filePath(u"words.txt"_s));
    if (!checker->isAvailable(SpellChecker::Language::Korean) || !checker->isAvailable(SpellChecker::Language::English))
        QSKIP("hunspell-ko and hunspell-en-us are not installed");
    QPlainTextEdit editor;
    editor.resize(600, 300);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    SpellCheckDecorator spelling(&editor, checker);
    editor.setPlainText(u"I went to shcool 학교에서 됬다.\n\n```\nshcool\n```\n`shcool` https://shcool.example\n"_s);
    spelling.refresh();
    QStringList words;
    for (const SpellChecker::Misspelling &misspelling : spelling.misspellings())
        words.append(misspelling.word);
    QCOMPARE(words, QStringList({u"shcool"_s, u"됬다"_s}));
    int underlined = 0;
    for (const QTextEdit::ExtraSelection &selection : editor.extraSelections())
        underlined += selection.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline ? 1 : 0;
    QCOMPARE(underlined, 2);

    // The context menu offers the suggestions; choosing one replaces the word.
    QMenu menu;
    menu.addAction(u"Copy"_s);
    const int position = int(editor.toPlainText().indexOf(u"shcool"_s)) + 2;
    QVERIFY(spelling.addSpellingActions(&menu, position));
    QAction *school = nullptr;
    for (QAction *action : menu.actions()) {
        if (action->text() == u"school"_s)
            school = action;
    }
    QVERIFY(school);
    school->trigger();
    QVERIFY(editor.toPlainText().startsWith(u"I went to school 학교에서"_s));

    // Add to Dictionary: the word is no longer flagged, and it is in the personal file.
    spelling.refresh();
    const int korean = int(editor.toPlainText().indexOf(u"됬다"_s));
    QMenu second;
    QVERIFY(spelling.addSpellingActions(&second, korean));
    QAction *add = second.actions().value(second.actions().size() - 1);
    for (QAction *action : second.actions()) {
        if (action->text().contains(u"됬다"_s))
            add = action;
    }
    add->trigger();
    QVERIFY(spelling.misspellings().isEmpty());
    QFile file(dir.filePath(u"words.txt"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), u"됬다\n"_s);
}

void tst_EditingWidgets::spellingFollowsEdits_data()
{
    QTest::addColumn<int>("position");
    QTest::addColumn<int>("removed"); ///< -1: the whole text replaced, as opening another entry does
    QTest::addColumn<QString>("inserted");
    QTest::addColumn<QStringList>("left"); ///< the misspellings still underlined before the next check
    const QStringList both = {u"shcool"_s, u"됬다"_s};
    QTest::newRow("typed before both") << 0 << 0 << u"그래서 "_s << both;
    QTest::newRow("typed between") << 17 << 0 << u"오늘 "_s << both;
    QTest::newRow("typed after both") << 25 << 0 << u" 끝"_s << both;
    QTest::newRow("first word deleted") << 10 << 7 << QString() << QStringList {u"됬다"_s};
    QTest::newRow("typed inside the second") << 23 << 0 << u"ㅅ"_s << QStringList {u"shcool"_s};
    QTest::newRow("another, shorter text") << 0 << -1 << u"짧다"_s << QStringList();
}

// The underlines found before an edit, put back on every caret move until the next check,
// stay on their words and inside the text.
void tst_EditingWidgets::spellingFollowsEdits()
{
    QFETCH(int, position);
    QFETCH(int, removed);
    QFETCH(QString, inserted);
    QFETCH(QStringList, left);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto checker = std::make_shared<SpellChecker>(QString(), dir.filePath(u"words.txt"_s));
    if (!checker->isAvailable(SpellChecker::Language::Korean) || !checker->isAvailable(SpellChecker::Language::English))
        QSKIP("hunspell-ko and hunspell-en-us are not installed");
    QTest::failOnWarning(QRegularExpression(u"out of range"_s));
    QPlainTextEdit editor;
    editor.resize(600, 300);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    SpellCheckDecorator spelling(&editor, checker);
    editor.setPlainText(u"I went to shcool 학교에서 됬다.\n"_s);
    spelling.refresh();
    QCOMPARE(spelling.misspellings().size(), 2);

    if (removed < 0) {
        editor.setPlainText(inserted);
    } else {
        QTextCursor cursor(editor.document());
        cursor.setPosition(position);
        cursor.setPosition(position + removed, QTextCursor::KeepAnchor);
        cursor.insertText(inserted);
    }
    editor.moveCursor(QTextCursor::End);
    QCoreApplication::processEvents(); // the underlines are put back after the caret moved

    const QString text = editor.toPlainText();
    QStringList words;
    for (const SpellChecker::Misspelling &misspelling : spelling.misspellings()) {
        QCOMPARE(text.mid(misspelling.start, misspelling.length), misspelling.word);
        words.append(misspelling.word);
    }
    QCOMPARE(words, left);
    QStringList underlined;
    for (const QTextEdit::ExtraSelection &selection : editor.extraSelections()) {
        if (selection.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
            underlined.append(selection.cursor.selectedText());
    }
    QCOMPARE(underlined, left);
}

void tst_EditingWidgets::spellingChecksTheVisiblePartOfALongLine_data()
{
    QTest::addColumn<bool>("atEnd");
    QTest::newRow("line start shown") << false;
    QTest::newRow("line end shown") << true;
}

// A one-line entry of 200,000 characters, all misspelled words: only what is on screen, with
// the margin, is checked, and underlined there (each underline holds a QTextCursor).
void tst_EditingWidgets::spellingChecksTheVisiblePartOfALongLine()
{
    QFETCH(bool, atEnd);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto checker = std::make_shared<SpellChecker>(QString(), dir.filePath(u"words.txt"_s));
    if (!checker->isAvailable(SpellChecker::Language::English))
        QSKIP("hunspell-en-us is not installed");
    QPlainTextEdit editor;
    editor.resize(600, 300);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    SpellCheckDecorator spelling(&editor, checker);
    editor.setPlainText(u"shcool "_s.repeated(200000 / 7));
    if (atEnd)
        editor.moveCursor(QTextCursor::End);
    editor.ensureCursorVisible();
    spelling.refresh();

    const QRect view = editor.viewport()->rect();
    const int firstVisible = editor.cursorForPosition(view.topLeft()).position();
    const int lastVisible = editor.cursorForPosition(view.bottomRight()).position();
    QVERIFY(lastVisible - firstVisible < 10000);
    const QList<SpellChecker::Misspelling> found = spelling.misspellings();
    QVERIFY(found.size() > (lastVisible - firstVisible) / 7);
    QVERIFY(found.size() < (lastVisible - firstVisible + 2 * SpellCheckDecorator::visibleMargin) / 7 + 20);
    for (const SpellChecker::Misspelling &misspelling : found) {
        QCOMPARE(misspelling.word, u"shcool"_s);
        QVERIFY(misspelling.start + misspelling.length > firstVisible - SpellCheckDecorator::visibleMargin - 7);
        QVERIFY(misspelling.start < lastVisible + SpellCheckDecorator::visibleMargin + 7);
    }
    QCOMPARE(editor.extraSelections().size(), found.size());
}

void tst_EditingWidgets::support()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *editor = new QPlainTextEdit(&window);
    int commits = 0;
    auto *editing = new EditingSupport(editor, [&commits] { ++commits; }, &window);
    layout->addWidget(editor);
    layout->addWidget(editing->findBar());
    layout->addWidget(editing->countLabel());
    layout->addWidget(editing->outline());
    layout->addWidget(editing->preview());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!editing->outline()->isVisible());
    QVERIFY(!editing->preview()->isVisible());

    editor->setFocus();
    QTest::keyClicks(editor, u"# Title"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClicks(editor, u"- one"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(editor->toPlainText(), u"# Title\n\n- one\n- "_s);

    editing->showPreview()->setChecked(true);
    QVERIFY(editing->preview()->isVisible());
    QVERIFY(editing->preview()->renderedHtml().contains(u"one</li>"_s));
    editing->showOutline()->setChecked(true);
    QCOMPARE(editing->outline()->topLevelItemCount(), 1);
    // "Title\none": 9 characters, after the typing pause.
    QTRY_COMPARE(editing->countLabel()->counts().characters, 9);

    editing->findBar()->findField()->setText(u"one"_s);
    QVERIFY(editing->findBar()->findNext());
    QVERIFY(commits >= 1);
    QVERIFY(editing->checkSpelling()->isChecked());
    editing->checkSpelling()->setChecked(false);
    QVERIFY(!editing->spelling()->isEnabled());
}

QTEST_MAIN(tst_EditingWidgets)
#include "tst_editingwidgets.moc"
