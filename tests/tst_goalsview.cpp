#include "goals/checkinsync.h"
#include "goals/goalplanning.h"
#include "goals/goalstore.h"
#include "goals/goalsview.h"
#include "io/importer.h"
#include "models/goalsmodel.h"
#include "storage/database.h"
#include "storage/entrystore.h"
#include "testpaths.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;

class tst_GoalsView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void showsCorpusYear();
    void spaceTicksCellAndEditsEntry();
    void readOnlyTakesNoTicks();
    void makeGoalsFromList();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<EntryStore> m_entries;
    std::unique_ptr<GoalStore> m_goals;
    std::unique_ptr<CheckInSync> m_sync;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<GoalsView> m_view;
};

void tst_GoalsView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_database = std::make_unique<Database>(m_dir.filePath(u"view.sqlite"_s));
    QString error;
    QVERIFY2(m_database->open(&error), qPrintable(error));
    m_entries = std::make_unique<EntryStore>(*m_database);
    m_goals = std::make_unique<GoalStore>(*m_database);
    m_sync = std::make_unique<CheckInSync>(*m_entries, *m_goals);
    m_stack = std::make_unique<QUndoStack>();
    Importer importer(*m_entries);
    QVERIFY(!importer.importPaths({corpusDir() + u"/jekyll"_s}).hasFailures());
    for (Goal goal :
        goalsFromList(u"- 주간 회고 쓰기\n- 테니스 주 3회\n- 새로운 사람 만나기\n- 논문 한 달에 두 편\n"_s, 2023))
        QVERIFY(m_goals->addGoal(goal, &error));
    m_view = std::make_unique<GoalsView>(*m_goals, *m_entries, *m_sync, m_stack.get());
    m_view->resize(1000, 400);
    m_view->setYear(2023);
    m_view->model()->setToday({2023, 3});
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void tst_GoalsView::cleanupTestCase()
{
    m_view.reset();
    m_stack.reset();
    m_sync.reset();
    m_goals.reset();
    m_entries.reset();
    m_database.reset();
}

void tst_GoalsView::showsCorpusYear()
{
    QAbstractItemModelTester tester(m_view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m_view->table()->model()->rowCount(), 4);
    QCOMPARE(m_view->table()->model()->columnCount(), GoalsModel::FirstWeekColumn + 52);
    const QList<QLabel *> labels = m_view->findChildren<QLabel *>();
    const bool found = std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
        return label->text().startsWith(u"0 of 4 goals done, check-ins in 2 of 52 weeks"_s);
    });
    QVERIFY(found);
}

// Space on a week cell ticks it: the week's entry text gets the item, and undo takes it out.
void tst_GoalsView::spaceTicksCellAndEditsEntry()
{
    QTableView *table = m_view->table();
    GoalsModel *model = m_view->model();
    const qint64 entryId = m_entries->entryFromSource(u"2023-01-15-weekly-02.md"_s, QDate(2023, 1, 15))->id;
    const QString before = m_entries->entry(entryId)->text;
    const QModelIndex cell = model->index(0, model->columnOf({2023, 2}));
    QCOMPARE(cell.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    table->setFocus();
    table->setCurrentIndex(cell);
    QTest::keyClick(table, Qt::Key_Space);
    QCOMPARE(cell.data(Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));
    const QString after = m_entries->entry(entryId)->text;
    QVERIFY2(after.contains(u"- [ ] 주간 회고 쓰기\n"_s), qPrintable(after));
    QCOMPARE(m_stack->count(), 1);
    m_stack->undo();
    QCOMPARE(m_entries->entry(entryId)->text, before);
    QCOMPARE(cell.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));

    // A mouse click on the cell's check box does the same.
    const QModelIndex empty = model->index(2, model->columnOf({2023, 1}));
    table->scrollTo(empty);
    QStyleOptionViewItem option;
    option.initFrom(table);
    option.rect = table->visualRect(empty);
    option.features |= QStyleOptionViewItem::HasCheckIndicator;
    const QRect check = table->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, table);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, check.center());
    QCOMPARE(empty.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(m_entries->entryFromSource(u"2023-01-08-weekly-01.md"_s, QDate(2023, 1, 8))
            ->text.contains(u"- [x] 새로운 사람 만나기"_s));
    m_stack->undo();
}

// With the diary open in another Hoego: ticks show, but Space, a click and the buttons change nothing.
void tst_GoalsView::readOnlyTakesNoTicks()
{
    QTableView *table = m_view->table();
    GoalsModel *model = m_view->model();
    const qint64 entryId = m_entries->entryFromSource(u"2023-01-15-weekly-02.md"_s, QDate(2023, 1, 15))->id;
    const QString before = m_entries->entry(entryId)->text;
    const QModelIndex cell = model->index(0, model->columnOf({2023, 2}));
    const int undoSteps = m_stack->count();
    m_view->setReadOnly(true);
    QVERIFY(!model->flags(cell).testFlag(Qt::ItemIsUserCheckable));
    QCOMPARE(cell.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    table->setFocus();
    table->setCurrentIndex(cell);
    QTest::keyClick(table, Qt::Key_Space);
    QVERIFY(!model->setData(cell, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(cell.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(m_entries->entry(entryId)->text, before);
    QCOMPARE(m_stack->count(), undoSteps);
    const QList<QToolButton *> buttons = m_view->findChildren<QToolButton *>();
    QVERIFY(!buttons.isEmpty());
    QVERIFY(std::none_of(buttons.cbegin(), buttons.cend(), [](const QToolButton *b) { return b->isEnabled(); }));

    m_view->setReadOnly(false);
    QVERIFY(model->flags(cell).testFlag(Qt::ItemIsUserCheckable));
    QVERIFY(std::all_of(buttons.cbegin(), buttons.cend(), [](const QToolButton *b) { return b->isEnabled(); }));
}

void tst_GoalsView::makeGoalsFromList()
{
    m_view->setYear(2024);
    QCOMPARE(m_view->model()->rowCount(), 0);
    QCOMPARE(m_view->makeGoalsFromList(u"- 꿈이 무엇인지 찾기\n- 책 12권 읽기\n- 영어 공부 매주 3시간\n"_s), 3);
    QCOMPARE(m_view->model()->rowCount(), 3);
    QCOMPARE(m_view->model()->goal(1).measure, GoalMeasure::Count);
    QCOMPARE(m_view->carryOverFromLastYear(false), 4);
    QCOMPARE(m_view->model()->rowCount(), 7);
    QCOMPARE(m_view->model()->goal(3).carriedFrom, m_goals->goals(2023).at(0).id);
}

QTEST_MAIN(tst_GoalsView)
#include "tst_goalsview.moc"
