#include "appactions.h"
#include "appsettings.h"
#include "editor.h"
#include "goals/goalstore.h"
#include "io/importer.h"
#include "mainwindow.h"
#include "review/comparemodels.h"
#include "review/compareview.h"
#include "review/heatmapwidget.h"
#include "review/onthisdaypanel.h"
#include "review/reviewintegration.h"
#include "review/reviewstore.h"
#include "review/yearcolumn.h"
#include "review/yearsummary.h"
#include "storage/database.h"
#include "storage/entrystore.h"
#include "testpaths.h"

#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace Qt::StringLiterals;

// The compare view on the imported Jekyll corpus: the 2022 and 2023 retrospectives side by
// side, what each column holds, quoting from the older one and scrolling in step.
class tst_CompareView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void twoColumns();
    void thirdColumnWhenWide();
    void quote_data();
    void quote();
    void scrollInStep();
    void numbersFillIn();
    void yearSwitchWhileCounting();
    void followsTheDiary();
    void mainWindow();

private:
    std::unique_ptr<CompareView> makeView(const QString &language, int width);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<EntryStore> m_store;
    std::unique_ptr<GoalStore> m_goals;
};

void tst_CompareView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_database = std::make_unique<Database>(m_dir.filePath(u"diary.sqlite"_s));
    QString error;
    QVERIFY2(m_database->open(&error), qPrintable(error));
    m_store = std::make_unique<EntryStore>(*m_database);
    m_goals = std::make_unique<GoalStore>(*m_database);
    Importer importer(*m_store);
    const ImportReport report = importer.importPaths({corpusDir() + u"/jekyll"_s});
    QVERIFY2(!report.hasFailures(), qPrintable(report.summary()));
    QVERIFY(m_store->count() >= 5);

    Goal goal;
    goal.year = 2023;
    goal.title = u"테니스 주 3회"_s;
    goal.measure = GoalMeasure::Weekly;
    goal.target = 3;
    QVERIFY2(m_goals->addGoal(goal, &error), qPrintable(error));
}

std::unique_ptr<CompareView> tst_CompareView::makeView(const QString &language, int width)
{
    auto view = std::make_unique<CompareView>(*m_store, m_goals.get());
    view->setLocale(QLocale(language));
    view->setToday(QDate(2026, 11, 29));
    view->resize(width, 900);
    view->setYears({2022, 2023});
    view->show();
    return view;
}

void tst_CompareView::twoColumns()
{
    const auto view = makeView(u"en_US"_s, 1200);
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    QCOMPARE(view->columnCount(), 2);
    QCOMPARE(view->years(), (QList<int> {2022, 2023}));

    YearColumn *older = view->column(0);
    YearColumn *newer = view->column(1);
    QCOMPARE(older->year(), 2022);
    QCOMPARE(newer->year(), 2023);
    QVERIFY(older->retrospectiveId() != 0);
    QVERIFY(newer->retrospectiveId() != 0);
    QVERIFY(older->browser()->isVisible());
    const QString then = older->browser()->toPlainText();
    const QString now = newer->browser()->toPlainText();
    QVERIFY2(then.contains(u"연구실을 떠나며"_s), qPrintable(then.left(200)));
    QVERIFY(!then.contains(u"처음으로 Job 을 가지다"_s));
    QVERIFY2(now.contains(u"처음으로 Job 을 가지다"_s), qPrintable(now.left(200)));
    QVERIFY(!then.contains(u"layout: post"_s)); // front matter is not rendered
    // Rendered like the preview: the remote image in the 2023 post is a placeholder, never fetched.
    QVERIFY2(now.contains(u"[image: image]"_s), qPrintable(now.left(600)));
    QVERIFY(!newer->browser()->toHtml().contains(u"example.com/assets"_s));

    // 2023 holds three weekly entries and the retrospective; the goal shows with its outcome.
    QTRY_VERIFY(older->hasNumbers() && newer->hasNumbers());
    QCOMPARE(newer->numbers().entries.value(EntryKind::Weekly), 3);
    QVERIFY2(newer->goalsText().contains(u"테니스 주 3회"_s), qPrintable(newer->goalsText()));
    QVERIFY(!older->goalsText().contains(u"테니스"_s));
    QVERIFY2(newer->numbersText().contains(u"3 of 52"_s), qPrintable(newer->numbersText()));
    QCOMPARE(newer->heatMap()->year(), 2023);
    QVERIFY(newer->heatMap()->level(QDate(2023, 1, 8)) > 0);
    QCOMPARE(newer->heatMap()->level(QDate(2023, 1, 9)), 0);

    MonthStripModel *months = view->monthStrip();
    QCOMPARE(months->columnCount(), 2);
    QCOMPARE(months->index(2, 0).data().toString(), u"March 2022"_s);
    QCOMPARE(months->index(2, 1).data().toString(), u"March 2023"_s);
    QCOMPARE(months->index(0, 1).data(MonthStripModel::EntryCountRole).toInt(), 2);
}

void tst_CompareView::thirdColumnWhenWide()
{
    const auto view = makeView(u"ko_KR"_s, CompareView::thirdColumnWidth() + 100);
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    QCOMPARE(view->columnCount(), 3);
    QCOMPARE(view->years(), (QList<int> {2021, 2022, 2023}));
    QCOMPARE(view->column(0)->retrospectiveId(), 0);
    QVERIFY(!view->column(0)->browser()->isVisible());
    QCOMPARE(view->monthStrip()->index(2, 1).data().toString(), u"2022년 3월"_s);
    view->resize(1000, 900);
    QCOMPARE(view->columnCount(), 2);
    QCOMPARE(view->years(), (QList<int> {2022, 2023}));
}

void tst_CompareView::quote_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("source");
    QTest::newRow("ko") << u"ko_KR"_s << u"2022년 회고 중"_s;
    QTest::newRow("en") << u"en_US"_s << u"from the 2022 retrospective"_s;
}

void tst_CompareView::quote()
{
    QFETCH(QString, language);
    QFETCH(QString, source);
    const auto view = makeView(language, 1200);
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    QSignalSpy spy(view.get(), &CompareView::quoteRequested);

    QTextBrowser *older = view->column(0)->browser();
    const QString phrase = u"무엇을 할지 모르겠다면"_s;
    QVERIFY(older->find(phrase));
    QCOMPARE(older->textCursor().selectedText(), phrase);
    const QString expected = u"> "_s + phrase + u"\n>\n> — ["_s + source + u"](hoego://entry/"_s
        + QString::number(view->column(0)->retrospectiveId()) + u")\n"_s;
    QCOMPARE(view->selectedQuote(), expected);
    view->quoteSelection();
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.constFirst().constFirst().toString(), expected);

    // The newest year is the one being written: nothing to quote from it.
    QTextCursor none = older->textCursor();
    none.clearSelection();
    older->setTextCursor(none);
    QVERIFY(view->column(1)->browser()->find(u"Job"_s));
    QCOMPARE(view->selectedQuote(), QString());
    view->quoteSelection();
    QCOMPARE(spy.size(), 1);
}

void tst_CompareView::scrollInStep()
{
    const auto view = makeView(u"ko_KR"_s, 1200);
    view->resize(1200, 500);
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    QScrollBar *leader = view->column(1)->browser()->verticalScrollBar();
    QScrollBar *follower = view->column(0)->browser()->verticalScrollBar();
    QVERIFY2(leader->maximum() > 0 && follower->maximum() > 0, "both retrospectives must scroll");
    leader->setValue(leader->maximum());
    QCOMPARE(follower->value(), follower->maximum());
    leader->setValue(0);
    QCOMPARE(follower->value(), 0);
    view->setScrollLinked(false);
    leader->setValue(leader->maximum());
    QCOMPARE(follower->value(), 0);
}

void tst_CompareView::numbersFillIn()
{
    const auto view = makeView(u"en_US"_s, 1200);
    YearColumn *newer = view->column(1);
    // Shown before the year is counted: the retrospective and goals are there, the numbers
    // say so in their place, the heat map is empty.
    QVERIFY(newer->retrospectiveId() != 0);
    QVERIFY(newer->goalsText().contains(u"테니스 주 3회"_s));
    QVERIFY(!newer->hasNumbers());
    QVERIFY2(newer->numbersText().contains(u"Counting…"_s), qPrintable(newer->numbersText()));
    QCOMPARE(newer->heatMap()->year(), 2023);
    QCOMPARE(newer->heatMap()->level(QDate(2023, 1, 8)), 0);
    QCOMPARE(view->monthStrip()->index(0, 1).data(MonthStripModel::EntryCountRole).toInt(), 0);

    QTRY_VERIFY(newer->hasNumbers());
    const YearNumbers expected = computeYearNumbers(ReviewStore(*m_database), m_goals.get(), 2023, QDate(2026, 11, 29));
    QCOMPARE(newer->numbers().year, 2023);
    QCOMPARE(newer->numbers().words, expected.words);
    QCOMPARE(newer->numbers().characters, expected.characters);
    QCOMPARE(newer->numbers().daysWritten, expected.daysWritten);
    QCOMPARE(newer->numbers().weeklyCheckIns, expected.weeklyCheckIns);
    QCOMPARE(newer->numbers().goalsActive, 1); // the goal counts are the GoalStore's
    QCOMPARE(newer->numbers().goalsActive, expected.goalsActive);
    QVERIFY(!newer->numbersText().contains(u"Counting…"_s));
    QVERIFY2(newer->numbersText().contains(u"3 of 52"_s), qPrintable(newer->numbersText()));
    QVERIFY(newer->heatMap()->level(QDate(2023, 1, 8)) > 0);
    QCOMPARE(view->monthStrip()->index(0, 1).data(MonthStripModel::EntryCountRole).toInt(), 2);
}

void tst_CompareView::yearSwitchWhileCounting()
{
    const auto view = makeView(u"en_US"_s, 1200);
    QVERIFY(!view->column(1)->hasNumbers()); // 2022 and 2023 still being counted
    view->setYears({2020, 2022});
    QCOMPARE(view->years(), (QList<int> {2020, 2022}));
    QTRY_VERIFY(view->column(0)->hasNumbers() && view->column(1)->hasNumbers());
    // What arrives later of the first request (2023) is never shown.
    QTest::qWait(0);
    QCOMPARE(view->column(0)->numbers().year, 2020);
    QCOMPARE(view->column(1)->numbers().year, 2022);
    const YearNumbers expected = computeYearNumbers(ReviewStore(*m_database), m_goals.get(), 2022, QDate(2026, 11, 29));
    QCOMPARE(view->column(1)->numbers().characters, expected.characters);
    QCOMPARE(view->column(1)->heatMap()->year(), 2022);
    QCOMPARE(view->monthStrip()->years(), (QList<int> {2020, 2022}));
    qint64 stripCharacters = 0;
    for (int month = 0; month < 12; ++month)
        stripCharacters += view->monthStrip()->index(month, 1).data(MonthStripModel::CharactersRole).toLongLong();
    QCOMPARE(stripCharacters, expected.characters);
}

void tst_CompareView::followsTheDiary()
{
    const auto view = makeView(u"en_US"_s, 1200);
    YearColumn *newer = view->column(1);
    QTRY_VERIFY(newer->hasNumbers());
    const int days = newer->numbers().daysWritten;
    const int february = view->monthStrip()->index(1, 1).data(MonthStripModel::EntryCountRole).toInt();

    Entry entry;
    entry.date = QDate(2023, 2, 14);
    entry.title = u"발렌타인"_s;
    entry.text = u"초콜릿을 샀다."_s;
    QString error;
    QVERIFY2(m_store->insert(entry, &error), qPrintable(error));
    // The numbers shown stay until the new ones arrive, then count the new day.
    QCOMPARE(newer->numbers().daysWritten, days);
    QTRY_COMPARE(newer->numbers().daysWritten, days + 1);
    QCOMPARE(view->monthStrip()->index(1, 1).data(MonthStripModel::EntryCountRole).toInt(), february + 1);
    QVERIFY(newer->heatMap()->level(QDate(2023, 2, 14)) > 0);

    QVERIFY2(m_store->remove(entry.id, &error), qPrintable(error));
    QTRY_COMPARE(newer->numbers().daysWritten, days);
    QCOMPARE(newer->heatMap()->level(QDate(2023, 2, 14)), 0);
}

void tst_CompareView::mainWindow()
{
    AppSettings settings;
    MainWindow window(*m_store, settings);
    installYearReview(window, *m_store);
    QStringList menus;
    QStringList fileActions;
    for (QAction *action : window.menuBar()->actions()) {
        menus << action->text();
        if (action->menu() && action->menu()->actions().contains(window.actions()->quit())) {
            for (QAction *item : action->menu()->actions())
                fileActions << item->text();
        }
    }
    QVERIFY2(menus.contains(u"&Review"_s), qPrintable(menus.join(u", "_s)));
    QVERIFY2(fileActions.contains(u"Export Year as &PDF…"_s), qPrintable(fileActions.join(u", "_s)));
    QVERIFY(fileActions.indexOf(u"Export Year as &HTML…"_s) < fileActions.indexOf(window.actions()->quit()->text()));
    // Neither the dock's panel nor the compare window is built before it is first shown.
    auto *dock = window.findChild<QDockWidget *>(u"onThisDayDock"_s);
    QVERIFY(dock);
    QVERIFY(!window.findChild<OnThisDayPanel *>());
    QVERIFY(!window.findChild<CompareView *>());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    dock->toggleViewAction()->trigger();
    QTRY_VERIFY(qobject_cast<OnThisDayPanel *>(dock->widget()));
    auto *compareYears = window.findChild<QAction *>(u"compareYears"_s);
    QVERIFY(compareYears);
    compareYears->trigger();
    CompareView *compare = window.findChild<CompareView *>();
    QVERIFY(compare);
    QVERIFY(compare->isVisible());
    compareYears->trigger(); // again: the same window
    QCOMPARE(window.findChildren<CompareView *>().size(), 1);

    // A quote lands at the cursor of the entry being edited.
    QVERIFY(window.openEntry(ReviewStore(*m_database).retrospectiveId(2023)));
    QVERIFY(!window.editor()->toPlainText().contains(u"인용"_s));
    Q_EMIT compare->quoteRequested(u"> 인용\n"_s);
    QVERIFY(window.editor()->toPlainText().contains(u"> 인용\n"_s));

    // A year without a retrospective starts one, dated the year's last day, open in the editor.
    QCOMPARE(ReviewStore(*m_database).retrospectiveId(2021), 0);
    Q_EMIT compare->startRetrospectiveRequested(2021);
    const qint64 started = ReviewStore(*m_database).retrospectiveId(2021);
    QVERIFY(started != 0);
    QCOMPARE(window.currentEntryId(), started);
    QCOMPARE(m_store->entry(started)->date, QDate(2021, 12, 31));
    QCOMPARE(m_store->entry(started)->kind, EntryKind::Yearly);
}

QTEST_MAIN(tst_CompareView)
#include "tst_compareview.moc"
