#include "appsettings.h"
#include "editing/findbar.h"
#include "editor.h"
#include "io/entrydocument.h"
#include "mainwindow.h"
#include "models/savedsearchmodel.h"
#include "models/searchmodel.h"
#include "models/tagsmodel.h"
#include "search/searchfield.h"
#include "search/searchfilterbar.h"
#include "search/searchpanel.h"
#include "search/searchresultdelegate.h"
#include "search/searchsidebar.h"
#include "storage/database.h"
#include "storage/entrystore.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QInputMethodEvent>
#include <QListView>
#include <QPainter>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

// The search panel in the main window on the offscreen platform: typing (with Korean
// composition), the results and their highlights, opening a hit, the keys, the filters,
// saved searches and the tag list with rename.
class tst_SearchPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void typingKoreanFindsAndOpensTheFirstHit();
    void shortcutsAndEscape();
    void resultsPaintTheirHits();
    void filtersListWithoutAQuery();
    void savedSearchesRunAgain();
    void tagListFiltersAndRenames();

private:
    qint64 add(const QString &text, QDate date);
    std::unique_ptr<MainWindow> makeWindow();

    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<EntryStore> m_store;
    std::unique_ptr<AppSettings> m_settings;
    qint64 m_retrospective = 0;
    qint64 m_weekly = 0;
};

void tst_SearchPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const QString settingsFile
        = QSettings(QSettings::NativeFormat, QSettings::UserScope, u"hoego"_s, u"hoego"_s).fileName();
    QVERIFY2(settingsFile.contains(u"qttest"_s), qPrintable(settingsFile));
}

void tst_SearchPanel::init()
{
    m_database = std::make_unique<Database>(m_dir.filePath(u"panel-%1.sqlite"_s.arg(++m_files)));
    QString error;
    QVERIFY2(m_database->open(&error), qPrintable(error));
    m_store = std::make_unique<EntryStore>(*m_database);
    m_settings = std::make_unique<AppSettings>();
    QString longStart;
    for (int i = 0; i < 40; ++i)
        longStart += u"올해를 돌아보며 적는다. "_s;
    m_retrospective = add(u"---\ntitle: 2023 회고\nkind: yearly\ntags: [회고]\n---\n"_s + longStart
            + u"\n\n그리고 다시 학교에 다녔다. #공부\n"_s,
        QDate(2023, 12, 30));
    m_weekly = add(u"---\ntitle: 주간 기록\nkind: weekly\n---\n학기 시작 #공부\n\n- [ ] 운동\n"_s, QDate(2023, 3, 5));
    add(u"---\ntitle: 산책\n---\n한강을 걸었다.\n"_s, QDate(2024, 4, 1));
}

void tst_SearchPanel::cleanup()
{
    m_settings.reset();
    m_store.reset();
    m_database.reset();
}

qint64 tst_SearchPanel::add(const QString &text, QDate date)
{
    Entry entry;
    entry.date = date;
    applyText(entry, text);
    QString error;
    if (!m_store->insert(entry, &error))
        qWarning("%s", qPrintable(error));
    return entry.id;
}

// Text as an input method commits it, without composing (QTest::keyClicks takes only ASCII).
static void typeCommitted(QWidget *widget, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(widget, &event);
}

std::unique_ptr<MainWindow> tst_SearchPanel::makeWindow()
{
    auto window = std::make_unique<MainWindow>(*m_store, *m_settings);
    window->resize(1100, 720);
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("The window did not become active.");
    return window;
}

// The scenario: 학교 typed with a Korean input method — each syllable first
// composed, then committed — searches as it is composed, and Enter opens the
// retrospective with 학교 (inside 학교에) selected in the editor.
void tst_SearchPanel::typingKoreanFindsAndOpensTheFirstHit()
{
    const std::unique_ptr<MainWindow> window = makeWindow();
    SearchPanel *panel = window->searchPanel();
    QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    SearchField *field = panel->field();
    field->setFocus();
    QVERIFY(!panel->isSearching());

    const auto compose = [field](const QString &preedit, const QString &commit = QString()) {
        QInputMethodEvent event(preedit, {});
        if (!commit.isEmpty())
            event.setCommitString(commit);
        QCoreApplication::sendEvent(field, &event);
    };
    compose(u"ㅎ"_s);
    QCOMPARE(panel->model()->queryText(), u"ㅎ"_s);
    QVERIFY(panel->isSearching());
    compose(u"하"_s);
    compose(u"학"_s);
    QCOMPARE(field->text(), QString());
    QCOMPARE(field->preeditText(), u"학"_s);
    QCOMPARE(panel->model()->queryText(), u"학"_s);
    QCOMPARE(panel->model()->rowCount(), 2); // 학교 and 학기
    compose(u"ㄱ"_s, u"학"_s);
    QCOMPARE(field->text(), u"학"_s);
    QCOMPARE(panel->model()->queryText(), u"학ㄱ"_s);
    QCOMPARE(panel->model()->rowCount(), 2); // ㄱ, still being composed, is searched as an initial
    QVERIFY(panel->isSearching());
    compose(u"교"_s);
    QCOMPARE(panel->model()->queryText(), u"학교"_s);
    compose(QString(), u"교"_s);
    QCOMPARE(field->text(), u"학교"_s);
    QCOMPARE(field->preeditText(), QString());
    QCOMPARE(panel->model()->rowCount(), 1);
    const QModelIndex first = panel->model()->index(0, 0);
    QCOMPARE(first.data(SearchModel::EntryIdRole).toLongLong(), m_retrospective);
    const QString snippet = first.data(SearchModel::SnippetRole).toString();
    const auto highlights = first.data(SearchModel::HighlightsRole).value<QList<SearchRange>>();
    QCOMPARE(highlights.size(), 1);
    QCOMPARE(snippet.mid(highlights.first().start, highlights.first().length), u"학교"_s);

    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(window->currentEntryId(), m_retrospective);
    const QTextCursor selection = window->editor()->textCursor();
    QCOMPARE(selection.selectedText(), u"학교"_s);
    QVERIFY(window->editor()->toPlainText().mid(selection.selectionStart()).startsWith(u"학교에 다녔다"_s));
    QVERIFY(window->editor()->hasFocus());
    // Scrolled to the hit: the selection is inside the editor's viewport.
    QVERIFY(window->editor()->viewport()->rect().contains(window->editor()->cursorRect().center()));
}

void tst_SearchPanel::shortcutsAndEscape()
{
    const std::unique_ptr<MainWindow> window = makeWindow();
    SearchPanel *panel = window->searchPanel();
    window->openEntry(m_weekly);

    // Ctrl+F in the timeline goes to the search field.
    window->timeline()->setFocus();
    QTest::keyClick(window->timeline(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(panel->field()->hasFocus());

    // Ctrl+F in the editor stays the editor's find bar.
    window->editor()->setFocus();
    QTest::keyClick(window->editor(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(!panel->field()->hasFocus());
    auto *findBar = window->findChild<FindBar *>();
    QVERIFY(findBar);
    QVERIFY(findBar->isVisible());
    QVERIFY(findBar->findField()->hasFocus());

    // Ctrl+Shift+F from the editor goes to the search field.
    window->editor()->setFocus();
    QTest::keyClick(window->editor(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(panel->field()->hasFocus());

    // Down and Up move through the results; Escape clears and returns to the timeline.
    typeCommitted(panel->field(), u"공부"_s);
    QVERIFY(panel->isSearching());
    QCOMPARE(panel->model()->rowCount(), 2);
    QCOMPARE(panel->results()->currentIndex().row(), 0);
    QTest::keyClick(panel->field(), Qt::Key_Down);
    QCOMPARE(panel->results()->currentIndex().row(), 1);
    QTest::keyClick(panel->field(), Qt::Key_Up);
    QCOMPARE(panel->results()->currentIndex().row(), 0);
    QTest::keyClick(panel->field(), Qt::Key_Escape);
    QCOMPARE(panel->field()->text(), QString());
    QVERIFY(!panel->isSearching());
    QVERIFY(window->timeline()->isVisible());
    QVERIFY(window->timeline()->hasFocus());

    // A click on a result opens it.
    typeCommitted(panel->field(), u"한강"_s);
    QCOMPARE(panel->model()->rowCount(), 1);
    const QRect rect = panel->results()->visualRect(panel->model()->index(0, 0));
    QTest::mouseClick(panel->results()->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(window->editor()->textCursor().selectedText(), u"한강"_s);
}

// Each hit is painted on the marker color, and nothing else is.
void tst_SearchPanel::resultsPaintTheirHits()
{
    const std::unique_ptr<MainWindow> window = makeWindow();
    SearchPanel *panel = window->searchPanel();
    const auto markedPixels = [panel] {
        const QRect rect = panel->results()->visualRect(panel->model()->index(0, 0));
        QImage image(rect.size(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        QStyleOptionViewItem option;
        option.initFrom(panel->results());
        option.rect = QRect(QPoint(0, 0), rect.size());
        panel->results()->itemDelegate()->paint(&painter, option, panel->model()->index(0, 0));
        painter.end();
        int marked = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                marked += image.pixelColor(x, y) == SearchResultDelegate::highlightColor();
        }
        return marked;
    };
    panel->field()->setText(u"학교"_s);
    QCOMPARE(panel->model()->rowCount(), 1);
    const int oneHit = markedPixels();
    QVERIFY(oneHit > 0);
    // The snippet's hit lies far into the entry: it is brought into view, after '…'.
    panel->field()->setText(u"회고 학교"_s);
    QVERIFY(markedPixels() > oneHit); // the title's 회고 is marked too
    panel->field()->clear();
    SearchFilter filter;
    filter.tag = u"공부"_s;
    panel->filterBar()->setFilter(filter);
    panel->showSearch({0, QString(), QString(), filter});
    QVERIFY(panel->model()->rowCount() > 0);
    QCOMPARE(markedPixels(), 0); // a listing has no hits

    const QList<QTextLayout::FormatRange> formats = SearchResultDelegate::highlightFormats({{3, 2}, {10, 1}});
    QCOMPARE(formats.size(), 2);
    QCOMPARE(formats.at(0).start, 3);
    QCOMPARE(formats.at(0).length, 2);
    QCOMPARE(formats.at(1).start, 10);
}

void tst_SearchPanel::filtersListWithoutAQuery()
{
    const std::unique_ptr<MainWindow> window = makeWindow();
    SearchPanel *panel = window->searchPanel();
    QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel->filterBar()->openTasksBox()->click();
    QVERIFY(panel->isSearching());
    QCOMPARE(panel->model()->rowCount(), 1);
    QCOMPARE(panel->model()->index(0, 0).data(SearchModel::EntryIdRole).toLongLong(), m_weekly);
    panel->filterBar()->openTasksBox()->click();
    QVERIFY(!panel->isSearching());

    // The year box offers the diary's years; 2023 lists two entries, newest first.
    QComboBox *period = panel->filterBar()->periodBox();
    const int row = period->findData(2023);
    QVERIFY(row > 0);
    period->setCurrentIndex(row);
    Q_EMIT period->activated(row);
    QCOMPARE(panel->model()->rowCount(), 2);
    QCOMPARE(panel->model()->index(0, 0).data(SearchModel::EntryIdRole).toLongLong(), m_retrospective);
    panel->field()->setText(u"학기"_s);
    QCOMPARE(panel->model()->rowCount(), 1);
    QCOMPARE(panel->filterBar()->filter().from, QDate(2023, 1, 1));
}

void tst_SearchPanel::savedSearchesRunAgain()
{
    const std::unique_ptr<MainWindow> window = makeWindow();
    SearchPanel *panel = window->searchPanel();
    SearchSidebar *sidebar = panel->sidebar();
    QAbstractItemModelTester tester(sidebar->savedModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel->field()->setText(u"학"_s);
    SearchFilter filter;
    filter.kind = EntryKind::Weekly;
    filter.openTasks = true;
    panel->filterBar()->setFilter(filter);
    panel->showSearch({0, u"x"_s, u"학"_s, filter});
    QCOMPARE(panel->model()->rowCount(), 1);
    QString error;
    QVERIFY2(panel->saveCurrent(u"주간 할 일"_s, &error), qPrintable(error));
    QCOMPARE(sidebar->savedModel()->rowCount(), 1);
    QCOMPARE(sidebar->savedModel()->index(0, 0).data().toString(), u"주간 할 일"_s);

    QTest::keyClick(panel->field(), Qt::Key_Escape);
    QVERIFY(!panel->isSearching());
    const QRect rect = sidebar->savedList()->visualRect(sidebar->savedModel()->index(0, 0));
    QTest::mouseClick(sidebar->savedList()->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(panel->field()->text(), u"학"_s);
    QCOMPARE(panel->filterBar()->filter(), filter);
    QCOMPARE(panel->model()->rowCount(), 1);
    QCOMPARE(panel->model()->index(0, 0).data(SearchModel::EntryIdRole).toLongLong(), m_weekly);

    // Saved in the diary: a new window on the same file has it.
    window->close();
    const std::unique_ptr<MainWindow> again = makeWindow();
    QCOMPARE(again->searchPanel()->sidebar()->savedModel()->rowCount(), 1);
}

void tst_SearchPanel::tagListFiltersAndRenames()
{
    const std::unique_ptr<MainWindow> window = makeWindow();
    SearchPanel *panel = window->searchPanel();
    SearchSidebar *sidebar = panel->sidebar();
    QAbstractItemModelTester tester(sidebar->tagsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    TagsModel *tags = sidebar->tagsModel();
    QCOMPARE(tags->tags(), (QStringList {u"공부"_s, u"회고"_s}));
    QCOMPARE(tags->index(0, 0).data().toString(), u"공부 (2)"_s);

    const QRect rect = sidebar->tagList()->visualRect(tags->index(0, 0));
    QTest::mouseClick(sidebar->tagList()->viewport(), Qt::LeftButton, {}, rect.center());
    QVERIFY(panel->isSearching());
    QCOMPARE(panel->filterBar()->filter().tag, u"공부"_s);
    QCOMPARE(panel->model()->rowCount(), 2);

    // The open entry has unsaved edits: the rename saves them first, then shows the new text.
    window->openEntry(m_weekly);
    window->editor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(window->editor(), u"more"_s);
    QVERIFY(window->hasUnsavedChanges());
    QString error;
    QVERIFY2(sidebar->renameTag(u"공부"_s, u"study"_s, &error), qPrintable(error));
    QVERIFY(!window->hasUnsavedChanges());
    QVERIFY(window->editor()->toPlainText().contains(u"학기 시작 #study\n"_s));
    QVERIFY(window->editor()->toPlainText().endsWith(u"more"_s));
    QCOMPARE(tags->tags(), (QStringList {u"study"_s, u"회고"_s}));
    QVERIFY(m_store->entry(m_retrospective)->text.contains(u"다녔다. #study\n"_s));
    // The filter bar offers the tags the sidebar counts, renamed with them, and keeps the
    // tag its filter still names.
    QComboBox *tagBox = panel->filterBar()->tagBox();
    QStringList offered;
    for (int row = 1; row < tagBox->count(); ++row) // row 0: any tag
        offered << tagBox->itemData(row).toString();
    QCOMPARE(offered, (QStringList {u"study"_s, u"회고"_s, u"공부"_s}));
    QCOMPARE(tagBox->itemText(1), u"#study"_s);
    QCOMPARE(tagBox->currentData().toString(), u"공부"_s);

    QVERIFY(sidebar->canUndoRename());
    QVERIFY2(sidebar->undoRename(&error), qPrintable(error));
    QVERIFY(window->editor()->toPlainText().contains(u"학기 시작 #공부\n"_s));
    QCOMPARE(tags->tags(), (QStringList {u"공부"_s, u"회고"_s}));
    QVERIFY(!sidebar->canUndoRename());

    // Merging 공부 into 회고: the retrospective keeps one 회고 in its front matter.
    QVERIFY2(sidebar->renameTag(u"공부"_s, u"회고"_s, &error), qPrintable(error));
    QCOMPARE(tags->tags(), QStringList {u"회고"_s});
    QCOMPARE(tags->index(0, 0).data(TagsModel::CountRole).toInt(), 2);
    QCOMPARE(m_store->entry(m_retrospective)->allTags(), QStringList {u"회고"_s});

    // A window that only reads the diary (another Hoego holds its lock) renames nothing.
    window->setReadOnly(u"locked"_s);
    QVERIFY(!sidebar->renameTag(u"회고"_s, u"retro"_s, &error));
    QVERIFY(error.contains(u"read-only"_s));
    QCOMPARE(tags->tags(), QStringList {u"회고"_s});
    // Nor does it save a search.
    QVERIFY(!window->searchPanel()->saveCurrent(u"회고들"_s, &error));
    QVERIFY(error.contains(u"read-only"_s));
}

QTEST_MAIN(tst_SearchPanel)
#include "tst_searchpanel.moc"
