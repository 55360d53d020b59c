#include "appactions.h"
#include "appsettings.h"
#include "editing/previewpane.h"
#include "editing/sessionlabel.h"
#include "editor.h"
#include "io/entrydocument.h"
#include "io/importer.h"
#include "mainwindow.h"
#include "models/timelinemodel.h"
#include "storage/database.h"
#include "storage/entrystore.h"
#include "storage/transaction.h"
#include "storage/writinglog.h"
#include "testpaths.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;

// The main window on the offscreen platform, over a diary imported from the sample
// Jekyll site: what a user does, through the widgets, checked in the database.
class tst_MainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void writesKoreanAndEnglishThatSurviveReopening();
    void composingTextIsCommittedNotLost_data();
    void composingTextIsCommittedNotLost();
    void autosavesAfterTypingStops();
    void openingLeavesEntriesUnedited_data();
    void openingLeavesEntriesUnedited();
    void newEntryIsTodaysDailyEntry();
    void kindIsEditable();
    void restoresSizeAndSplitter();
    void firstPaintReadsTheNewestYearOnly();
    void newestEntryShowsUnderItsYearAndMonth();
    void countsWordsWrittenToday();
    void previewTaskBoxIsAnEdit();

private:
    void openDiary();
    void closeDiary();
    qint64 retrospective2023() const;
    void clickEntry(MainWindow &window, qint64 id);
    /// Stores @p count daily entries, one a day from @p first, in one transaction.
    void addDailyEntries(QDate first, int count);

    QTemporaryDir m_dir;
    QString m_path;
    int m_files = 0;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<EntryStore> m_store;
    std::unique_ptr<AppSettings> m_settings;
};

// Types @p text as a Korean input method delivers it: each syllable first shown composing
// (preedit), then committed; spaces arrive as key presses.
static void typeKorean(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c == u' ') {
            QTest::keyClick(widget, Qt::Key_Space);
            continue;
        }
        QInputMethodEvent composing(QString(c), {});
        QCoreApplication::sendEvent(widget, &composing);
        QInputMethodEvent committed;
        committed.setCommitString(QString(c));
        QCoreApplication::sendEvent(widget, &committed);
    }
}

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // The settings the window writes must not touch the user's.
    const QString settingsFile
        = QSettings(QSettings::NativeFormat, QSettings::UserScope, u"hoego"_s, u"hoego"_s).fileName();
    QVERIFY2(settingsFile.contains(u"qttest"_s), qPrintable(settingsFile));
}

void tst_MainWindow::init()
{
    m_path = m_dir.filePath(u"diary-%1.sqlite"_s.arg(++m_files));
    openDiary();
    Importer importer(*m_store);
    const ImportReport report = importer.importPaths({corpusDir() + u"/jekyll"_s});
    QVERIFY2(!report.hasFailures(), qPrintable(report.summary()));
    QVERIFY(m_store->count() >= 5);
    m_settings = std::make_unique<AppSettings>();
}

void tst_MainWindow::cleanup()
{
    m_settings.reset();
    closeDiary();
}

void tst_MainWindow::openDiary()
{
    m_database = std::make_unique<Database>(m_path);
    QString error;
    QVERIFY2(m_database->open(&error), qPrintable(error));
    m_store = std::make_unique<EntryStore>(*m_database);
}

void tst_MainWindow::closeDiary()
{
    m_store.reset();
    m_database.reset();
}

qint64 tst_MainWindow::retrospective2023() const
{
    EntryFilter filter;
    filter.year = 2023;
    filter.kind = EntryKind::Yearly;
    const QList<EntrySummary> found = m_store->summaries(filter);
    return found.size() == 1 ? found.constFirst().id : 0;
}

void tst_MainWindow::clickEntry(MainWindow &window, qint64 id)
{
    QTreeView *view = window.timeline();
    const QModelIndex index = window.timelineModel()->indexForEntry(id);
    QVERIFY(index.isValid());
    view->scrollTo(index);
    const QRect rect = view->visualRect(index);
    QVERIFY(!rect.isEmpty());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(window.currentEntryId(), id);
}

// The scenario: open the 2023 retrospective from the timeline, write in both
// languages, close; the words are in the database and in a new window on the same file.
void tst_MainWindow::writesKoreanAndEnglishThatSurviveReopening()
{
    const qint64 id = retrospective2023();
    QVERIFY(id != 0);
    const QString korean = u"회고를 쓴다"_s;
    const QString english = u" and then in English."_s;
    {
        MainWindow window(*m_store, *m_settings);
        QAbstractItemModelTester tester(window.timelineModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        clickEntry(window, id);
        QCOMPARE(window.editor()->toPlainText(), m_store->entry(id)->text);

        Editor *editor = window.editor();
        editor->setFocus();
        editor->moveCursor(QTextCursor::End);
        QTest::keyClick(editor, Qt::Key_Return);
        typeKorean(editor, korean);
        QTest::keyClicks(editor, english);
        QVERIFY(editor->toPlainText().endsWith(korean + english));
        QVERIFY(window.close());
    }
    QVERIFY(m_store->entry(id)->text.contains(korean + english));

    closeDiary();
    openDiary();
    MainWindow reopened(*m_store, *m_settings);
    reopened.show();
    QVERIFY(QTest::qWaitForWindowExposed(&reopened));
    clickEntry(reopened, id);
    QVERIFY(reopened.editor()->toPlainText().contains(korean + english));
    const std::optional<Entry> stored = m_store->entry(id);
    QVERIFY(stored);
    QCOMPARE(stored->text.count(korean + english), 1);
    QVERIFY(stored->editedSinceImport);
    QCOMPARE(stored->kind, EntryKind::Yearly);
}

void tst_MainWindow::composingTextIsCommittedNotLost_data()
{
    QTest::addColumn<QString>("composing");
    QTest::addColumn<bool>("closeWindow"); // else switch to another entry

    QTest::newRow("a syllable, then close") << u"쓴"_s << true;
    QTest::newRow("a lone consonant, then close") << u"ㅎ"_s << true;
    QTest::newRow("a syllable, then another entry") << u"다"_s << false;
    QTest::newRow("a lone vowel, then another entry") << u"ㅏ"_s << false;
}

// A syllable still composing when the user leaves is committed once: not lost, not doubled.
void tst_MainWindow::composingTextIsCommittedNotLost()
{
    QFETCH(QString, composing);
    QFETCH(bool, closeWindow);
    const qint64 id = retrospective2023();
    QVERIFY(id != 0);
    const QString committed = u"오늘은 "_s;

    MainWindow window(*m_store, *m_settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    clickEntry(window, id);
    Editor *editor = window.editor();
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    typeKorean(editor, committed);
    QInputMethodEvent preedit(composing, {});
    QCoreApplication::sendEvent(editor, &preedit);
    QCOMPARE(editor->preeditText(), composing);
    QVERIFY(!editor->toPlainText().endsWith(composing)); // composing is not yet text

    if (closeWindow) {
        QVERIFY(window.close());
    } else {
        qint64 other = 0;
        for (const EntrySummary &summary : m_store->summaries()) {
            if (summary.id != id) {
                other = summary.id;
                break;
            }
        }
        QVERIFY(other != 0 && other != id);
        clickEntry(window, other);
    }
    QVERIFY(editor->preeditText().isEmpty());
    const QString text = m_store->entry(id)->text;
    QVERIFY2(text.endsWith(committed + composing) || text.endsWith(committed + composing + u'\n'), qPrintable(text));
    QCOMPARE(text.count(committed + composing), 1);
}

// Edits reach the database by themselves shortly after typing stops, with no other action.
void tst_MainWindow::autosavesAfterTypingStops()
{
    const qint64 id = retrospective2023();
    MainWindow window(*m_store, *m_settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    clickEntry(window, id);
    QVERIFY(window.autosaveTimer().interval() > 0);
    QVERIFY(window.autosaveTimer().interval() <= 2000);

    Editor *editor = window.editor();
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, u"autosaved"_s);
    QVERIFY(window.hasUnsavedChanges());
    QVERIFY(window.autosaveTimer().isActive());
    QVERIFY(!m_store->entry(id)->text.contains(u"autosaved"_s)); // not saved on every key
    typeKorean(editor, u"저장"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!window.autosaveTimer().isActive(), 4000);
    QVERIFY(!window.hasUnsavedChanges());
    QVERIFY(m_store->entry(id)->text.contains(u"autosaved저장"_s));
    QVERIFY(window.errorText().isEmpty());
}

void tst_MainWindow::openingLeavesEntriesUnedited_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    // The editor's first line keeps its highlighting state from the entry shown before, so
    // the highlighter goes over the next lines again after the text is set.
    QTest::newRow("from a code fence") << u"```cpp\nint main();\n```\n"_s << u"오늘은 **맑음**.\n\n- [ ] 걷기\n"_s;
    QTest::newRow("to a code fence") << u"# 회고\n\n*한 해*\n"_s << u"```\n코드\n```\n\nText\n"_s;
    QTest::newRow("front matter") << u"---\ntitle: 하나\n---\n본문\n"_s << u"> 인용\n> 둘\n"_s;
}

// Only the user's edits make an entry edited: opening one and waiting past the autosave
// delay saves nothing.
void tst_MainWindow::openingLeavesEntriesUnedited()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QList<qint64> ids;
    for (const QString &text : {first, second}) {
        Entry entry;
        entry.date = QDate(2024, 3, int(ids.size()) + 1);
        entry.title = entry.date.toString(Qt::ISODate);
        entry.text = text;
        QString error;
        QVERIFY2(m_store->insert(entry, &error), qPrintable(error));
        ids << entry.id;
    }
    MainWindow window(*m_store, *m_settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (const qint64 id : ids) {
        clickEntry(window, id);
        QVERIFY(!window.hasUnsavedChanges());
    }
    QTest::qWait(window.autosaveTimer().interval() + 200);
    QVERIFY(!window.hasUnsavedChanges());
    QVERIFY(!window.autosaveTimer().isActive());
    for (const qint64 id : ids) {
        const std::optional<Entry> stored = m_store->entry(id);
        QVERIFY(stored);
        QVERIFY(!stored->editedSinceImport);
        QCOMPARE(stored->text, id == ids.first() ? first : second);
    }
}

void tst_MainWindow::newEntryIsTodaysDailyEntry()
{
    MainWindow window(*m_store, *m_settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const qsizetype before = m_store->count();
    QCOMPARE(window.actions()->newEntry()->shortcut(), QKeySequence(QKeySequence::New));
    window.actions()->newEntry()->trigger();
    QVERIFY2(window.errorText().isEmpty(), qPrintable(window.errorText()));
    QCOMPARE(m_store->count(), before + 1);
    const std::optional<Entry> created = m_store->entry(window.currentEntryId());
    QVERIFY(created);
    QCOMPARE(created->date, QDate::currentDate());
    QCOMPARE(created->kind, EntryKind::Daily);
    QCOMPARE(window.editor()->toPlainText(), created->text);
    QCOMPARE(TimelineModel::entryId(window.timeline()->currentIndex()), created->id);
}

void tst_MainWindow::kindIsEditable()
{
    const qint64 id = retrospective2023();
    MainWindow window(*m_store, *m_settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    clickEntry(window, id);
    QComboBox *kind = window.kindBox();
    QCOMPARE(kind->currentData().toString(), u"yearly"_s);
    const int note = kind->findData(u"note"_s);
    QVERIFY(note >= 0);
    kind->setCurrentIndex(note);
    Q_EMIT kind->activated(note); // as a user's choice in the list does
    QCOMPARE(m_store->entry(id)->kind, EntryKind::Note);
    QCOMPARE(window.timelineModel()->indexForEntry(id).data(TimelineModel::KindRole).toString(), u"note"_s);
}

void tst_MainWindow::restoresSizeAndSplitter()
{
    // Within the offscreen screen (800×600), which restoreGeometry() keeps windows inside.
    const QSize size(640, 480);
    QList<int> sizes;
    {
        MainWindow window(*m_store, *m_settings);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *splitter = window.findChild<QSplitter *>();
        QVERIFY(splitter);
        splitter->setSizes({200, 440});
        sizes = splitter->sizes();
        QVERIFY(window.close());
    }
    MainWindow again(*m_store, *m_settings);
    again.restoreLayout();
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.size(), size);
    QCOMPARE(again.findChild<QSplitter *>()->sizes(), sizes);
}

void tst_MainWindow::addDailyEntries(QDate first, int count)
{
    Transaction transaction(m_database->connection());
    QString error;
    for (int day = 0; day < count; ++day) {
        Entry entry;
        entry.date = first.addDays(day);
        entry.title = entry.date.toString(Qt::ISODate);
        entry.text = u"# "_s + entry.title + u"\n"_s;
        QVERIFY2(m_store->insertInTransaction(entry, &error), qPrintable(error));
    }
    QVERIFY(transaction.commit());
}

// A diary too big to expand whole shows every year and the newest year's months expanded;
// only those months' entries are read, and an older entry's month when it is opened.
void tst_MainWindow::firstPaintReadsTheNewestYearOnly()
{
    addDailyEntries(QDate(2025, 1, 1), 600);
    MainWindow window(*m_store, *m_settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TimelineModel *model = window.timelineModel();
    QCOMPARE(model->index(0, 0).data(TimelineModel::YearRole).toInt(), 2026);
    for (int year = 0; year < model->rowCount(); ++year) {
        const QModelIndex yearIndex = model->index(year, 0);
        QVERIFY(window.timeline()->isExpanded(yearIndex));
        for (int month = 0; month < model->rowCount(yearIndex); ++month)
            QCOMPARE(model->canFetchMore(model->index(month, 0, yearIndex)), year != 0);
    }
    const qint64 older = m_store->summaries({}).constLast().id;
    clickEntry(window, older);
}

// As the app starts: the newest entry is opened before the window is shown, and the timeline
// then shows it under its year and month rows, not scrolled past them.
void tst_MainWindow::newestEntryShowsUnderItsYearAndMonth()
{
    addDailyEntries(QDate(2010, 1, 1), 100); // more rows than the view holds, so that it can scroll
    MainWindow window(*m_store, *m_settings);
    window.resize(1100, 720);
    const qint64 newest = window.timelineModel()->newestEntryId();
    QVERIFY(newest != 0);
    QVERIFY(window.openEntry(newest));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTreeView *timeline = window.timeline();
    const QModelIndex year = window.timelineModel()->index(0, 0);
    QCOMPARE(timeline->indexAt(QPoint(5, 2)), year);
    QCOMPARE(timeline->currentIndex(), window.timelineModel()->indexForEntry(newest));
    QVERIFY(timeline->viewport()->rect().contains(timeline->visualRect(timeline->currentIndex())));
}

// Each save adds the words it made to today's number, across entries, net of deletions.
void tst_MainWindow::countsWordsWrittenToday()
{
    const QList<EntrySummary> entries = m_store->summaries({});
    QVERIFY(entries.size() >= 2);
    MainWindow window(*m_store, *m_settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *label = window.findChild<SessionLabel *>();
    QVERIFY(label);
    const WritingLog log(*m_database);
    const QDate today = QDate::currentDate();
    QCOMPARE(log.words(today), qint64(0));

    clickEntry(window, entries.at(0).id);
    Editor *editor = window.editor();
    editor->moveCursor(QTextCursor::End);
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClick(editor, Qt::Key_Return);
    typeKorean(editor, u"오늘은 세 어절"_s);
    QVERIFY(window.save());
    QCOMPARE(log.words(today), qint64(3));

    clickEntry(window, entries.at(1).id);
    editor->moveCursor(QTextCursor::End);
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClicks(editor, u"four more English words"_s);
    QVERIFY(window.save());
    QCOMPARE(log.words(today), qint64(7));
    // Deleting takes words off.
    for (int i = 0; i < 6; ++i)
        QTest::keyClick(editor, Qt::Key_Backspace); // " words"
    QVERIFY(window.save());
    QCOMPARE(log.words(today), qint64(6));
    QVERIFY2(label->text().contains(u"6"_s), qPrintable(label->text()));
}

// Ticking a task box in the preview edits the entry as typing does: modified, then autosaved.
void tst_MainWindow::previewTaskBoxIsAnEdit()
{
    Entry entry = newEntry(QDate(2024, 3, 4), EntryKind::Weekly, u"주간"_s);
    applyText(entry, u"# 이번 주\n\n- [ ] 운동\n"_s);
    QString error;
    QVERIFY2(m_store->insert(entry, &error), qPrintable(error));
    MainWindow window(*m_store, *m_settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openEntry(entry.id));
    auto *preview = window.findChild<PreviewPane *>();
    QVERIFY(preview);
    preview->toggleTask(0);
    QCOMPARE(window.editor()->toPlainText(), u"# 이번 주\n\n- [x] 운동\n"_s);
    QVERIFY(window.hasUnsavedChanges());
    QVERIFY(window.autosaveTimer().isActive());
    QTRY_VERIFY_WITH_TIMEOUT(!window.hasUnsavedChanges(), 4000);
    QCOMPARE(m_store->entry(entry.id)->text, u"# 이번 주\n\n- [x] 운동\n"_s);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
