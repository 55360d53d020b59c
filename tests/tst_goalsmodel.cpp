#include "goals/checkinsync.h"
#include "goals/goalplanning.h"
#include "goals/goalstore.h"
#include "io/importer.h"
#include "models/goalsmodel.h"
#include "storage/database.h"
#include "storage/entrystore.h"
#include "testpaths.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;

class tst_GoalsModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void goalsFromList_data();
    void goalsFromList();
    void corpusCheckIns_data();
    void corpusCheckIns();
    void corpusProgressAndSummary();
    void tickEditsEntryWithUndo();
    void editingTextUpdatesGrid();
    void columnsFollowTheIsoYear_data();
    void columnsFollowTheIsoYear();
    void carryOver();

private:
    // Imports the corpus and adds the 2023 goals listed at the end of the 2022 retrospective.
    void importCorpusWithGoals();
    int column(const QString &week) const { return m_model->columnOf(*IsoWeek::fromString(week)); }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<EntryStore> m_entries;
    std::unique_ptr<GoalStore> m_goals;
    std::unique_ptr<CheckInSync> m_sync;
    std::unique_ptr<GoalsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    int m_run = 0;
};

void tst_GoalsModel::init()
{
    m_database = std::make_unique<Database>(m_dir.filePath(u"model-%1.sqlite"_s.arg(++m_run)));
    QString error;
    QVERIFY2(m_database->open(&error), qPrintable(error));
    m_entries = std::make_unique<EntryStore>(*m_database);
    m_goals = std::make_unique<GoalStore>(*m_database);
    m_sync = std::make_unique<CheckInSync>(*m_entries, *m_goals);
    m_model = std::make_unique<GoalsModel>(*m_goals, *m_entries);
    m_model->setYear(2023);
    m_model->setToday({2024, 10});
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_GoalsModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_sync.reset();
    m_goals.reset();
    m_entries.reset();
    m_database.reset();
}

void tst_GoalsModel::goalsFromList_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("measure");
    QTest::addColumn<double>("target"); // 0: none
    QTest::addColumn<QString>("unit");
    QTest::newRow("weekly habit") << u"주간 회고 쓰기"_s << u"weekly"_s << 0.0 << QString();
    QTest::newRow("times a week") << u"테니스 주 3회"_s << u"weekly"_s << 3.0 << u"회"_s;
    QTest::newRow("hours every week") << u"영어 공부 매주 3시간"_s << u"weekly"_s << 3.0 << u"시간"_s;
    QTest::newRow("count of books") << u"책 12권 읽기"_s << u"count"_s << 12.0 << u"권"_s;
    QTest::newRow("English count") << u"Read 12 books"_s << u"count"_s << 12.0 << u"books"_s;
    QTest::newRow("English weekly") << u"English 3 hours a week"_s << u"weekly"_s << 3.0 << u"hours"_s;
    QTest::newRow("open") << u"꿈이 무엇인지 찾기"_s << u"open"_s << 0.0 << QString();
    QTest::newRow("once") << u"조주기능사 자격증 따기"_s << u"once"_s << 0.0 << QString();
}

void tst_GoalsModel::goalsFromList()
{
    QFETCH(QString, title);
    QFETCH(QString, measure);
    QFETCH(double, target);
    QFETCH(QString, unit);
    const QString list = u"Intro\n\n- **"_s + title + u"**\n- [ ] 둘째\n\n```\n- 코드\n```\n"_s;
    const QList<Goal> goals = ::goalsFromList(list, 2024);
    QCOMPARE(goals.size(), 2);
    QCOMPARE(goals[0].title, title);
    QCOMPARE(goals[0].year, 2024);
    QCOMPARE(goalMeasureName(goals[0].measure), measure);
    QCOMPARE(goals[0].target.value_or(0), target);
    QCOMPARE(goals[0].unit, unit);
    QCOMPARE(goals[1].title, u"둘째"_s);
}

void tst_GoalsModel::importCorpusWithGoals()
{
    Importer importer(*m_entries);
    const ImportReport report = importer.importPaths({corpusDir() + u"/jekyll"_s});
    QVERIFY2(!report.hasFailures(), qPrintable(report.summary()));
    QFile retrospective(corpusDir() + u"/jekyll/_posts/2022-12-30-2022-retrospective.md"_s);
    QVERIFY(retrospective.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(retrospective.readAll());
    const qsizetype heading = text.indexOf(u"## 2023년의 목표"_s);
    QVERIFY(heading > 0);
    const QList<Goal> drafts = ::goalsFromList(QStringView(text).mid(heading), 2023);
    QCOMPARE(drafts.size(), 4);
    for (Goal goal : drafts) {
        QString error;
        QVERIFY2(m_goals->addGoal(goal, &error), qPrintable(error));
    }
}

void tst_GoalsModel::corpusCheckIns_data()
{
    QTest::addColumn<QString>("goal");
    QTest::addColumn<QString>("week");
    QTest::addColumn<int>("state");
    QTest::newRow("W01 review") << u"주간 회고 쓰기"_s << u"2023-W01"_s << int(Qt::Checked);
    QTest::newRow("W01 tennis") << u"테니스 주 3회"_s << u"2023-W01"_s << int(Qt::Checked);
    QTest::newRow("W01 people: no item") << u"새로운 사람 만나기"_s << u"2023-W01"_s << int(Qt::Unchecked);
    QTest::newRow("W01 papers: unticked with a note")
        << u"논문 한 달에 두 편"_s << u"2023-W01"_s << int(Qt::PartiallyChecked);
    QTest::newRow("W02 review") << u"주간 회고 쓰기"_s << u"2023-W02"_s << int(Qt::Checked);
    QTest::newRow("W02 tennis: rested") << u"테니스 주 3회"_s << u"2023-W02"_s << int(Qt::PartiallyChecked);
    QTest::newRow("W02 people") << u"새로운 사람 만나기"_s << u"2023-W02"_s << int(Qt::Checked);
    QTest::newRow("W03 nothing") << u"주간 회고 쓰기"_s << u"2023-W03"_s << int(Qt::Unchecked);
    // Week 33 is written in English: its items match no Korean goal until linked.
    QTest::newRow("W33 English items unmatched") << u"주간 회고 쓰기"_s << u"2023-W33"_s << int(Qt::Unchecked);
}

void tst_GoalsModel::corpusCheckIns()
{
    QFETCH(QString, goal);
    QFETCH(QString, week);
    QFETCH(int, state);
    importCorpusWithGoals();
    int row = -1;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->goal(r).title == goal)
            row = r;
    }
    QVERIFY(row >= 0);
    QCOMPARE(m_model->index(row, column(week)).data(Qt::CheckStateRole).toInt(), state);
}

void tst_GoalsModel::corpusProgressAndSummary()
{
    importCorpusWithGoals();
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->columnCount(), GoalsModel::FirstWeekColumn + 52);
    // The review habit: ticked in W01 and W02 of a year that is over.
    const GoalProgress review = m_model->progress(0);
    QCOMPARE(m_model->goal(0).title, u"주간 회고 쓰기"_s);
    QCOMPARE(review.doneWeeks, 2);
    QCOMPARE(review.elapsedWeeks, 52);
    QCOMPARE(review.longestStreak, 2);
    QCOMPARE(review.lastCheckIn, std::optional<IsoWeek>(IsoWeek {2023, 2}));
    QCOMPARE(m_model->index(0, GoalsModel::ProgressColumn).data().toString(), u"2 / 52"_s);
    QCOMPARE(m_model->summaryText(), u"0 of 4 goals done, check-ins in 2 of 52 weeks"_s);

    // Linking week 33's English item to the goal makes it count.
    const QList<UnmatchedTask> unmatched = m_sync->unmatchedTasks(2023);
    QCOMPARE(unmatched.size(), 2);
    QCOMPARE(unmatched[0].title, u"weekly review"_s);
    QString error;
    QVERIFY(m_goals->addAlias(m_model->goal(0).id, unmatched[0].title, &error));
    QCOMPARE(m_model->index(0, column(u"2023-W33"_s)).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(m_model->progress(0).doneWeeks, 3);
    QCOMPARE(m_model->summaryText(), u"0 of 4 goals done, check-ins in 3 of 52 weeks"_s);
}

void tst_GoalsModel::tickEditsEntryWithUndo()
{
    importCorpusWithGoals();
    QUndoStack stack;
    m_model->setUndoStack(&stack);
    const int people = 2;
    QCOMPARE(m_model->goal(people).title, u"새로운 사람 만나기"_s);
    const QModelIndex cell = m_model->index(people, column(u"2023-W01"_s));
    QCOMPARE(cell.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    const qint64 entryId = m_entries->entryFromSource(u"2023-01-08-weekly-01.md"_s, QDate(2023, 1, 8))->id;
    const QString before = m_entries->entry(entryId)->text;

    QVERIFY2(m_model->setData(cell, Qt::Checked, Qt::CheckStateRole), qPrintable(m_model->lastError()));
    QCOMPARE(cell.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    const QString after = m_entries->entry(entryId)->text;
    QVERIFY2(after.contains(u"- [ ] 논문 한 달에 두 편 (이번 주 2편, 누적 2/2)\n- [x] 새로운 사람 만나기"_s),
        qPrintable(after));
    QVERIFY(m_entries->entry(entryId)->editedSinceImport); // a re-import will not overwrite the tick
    QCOMPARE(stack.count(), 1);

    stack.undo();
    QCOMPARE(m_entries->entry(entryId)->text, before);
    QCOMPARE(cell.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    stack.redo();
    QCOMPARE(m_entries->entry(entryId)->text, after);

    // Unticking a ticked cell edits the marker in place.
    const QModelIndex tennis = m_model->index(1, column(u"2023-W01"_s));
    QVERIFY(m_model->setData(tennis, Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(m_entries->entry(entryId)->text.contains(u"- [ ] 테니스 주 3회\n"_s));
    QCOMPARE(tennis.data(Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));
    QCOMPARE(stack.count(), 2);

    // A week without an entry gets one from the template.
    const qsizetype entries = m_entries->count();
    QVERIFY(m_model->setData(m_model->index(0, column(u"2023-W10"_s)), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(m_entries->count(), entries + 1);
    QCOMPARE(m_model->index(0, column(u"2023-W10"_s)).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    stack.undo();
    QCOMPARE(m_entries->count(), entries);
    QCOMPARE(m_model->index(0, column(u"2023-W10"_s)).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

    // Only week cells take ticks.
    QVERIFY(!m_model->setData(m_model->index(0, GoalsModel::TitleColumn), Qt::Checked, Qt::CheckStateRole));
}

void tst_GoalsModel::editingTextUpdatesGrid()
{
    importCorpusWithGoals();
    Entry entry = *m_entries->entryFromSource(u"2023-01-15-weekly-02.md"_s, QDate(2023, 1, 15));
    const QModelIndex tennis = m_model->index(1, column(u"2023-W02"_s));
    QCOMPARE(tennis.data(Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));
    entry.text.replace(u"- [ ] 테니스 주 3회"_s, u"- [x] 테니스 주 3회 (2)"_s);
    QString error;
    QVERIFY(m_entries->update(entry, &error));
    QCOMPARE(tennis.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(tennis.data().toString(), u"2"_s);
    QCOMPARE(m_model->progress(1).longestStreak, 2);
}

void tst_GoalsModel::columnsFollowTheIsoYear_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("weeks");
    QTest::newRow("2023") << 2023 << 52;
    QTest::newRow("2026") << 2026 << 53;
    QTest::newRow("2020") << 2020 << 53;
}

void tst_GoalsModel::columnsFollowTheIsoYear()
{
    QFETCH(int, year);
    QFETCH(int, weeks);
    Goal goal;
    goal.year = year;
    goal.title = u"운동"_s;
    goal.measure = GoalMeasure::Weekly;
    QString error;
    QVERIFY(m_goals->addGoal(goal, &error));
    m_model->setYear(year);
    m_model->setToday({year, 5});
    QCOMPARE(m_model->columnCount(), GoalsModel::FirstWeekColumn + weeks);
    QCOMPARE(m_model->rowCount(), 1);
    const int last = m_model->columnCount() - 1;
    QCOMPARE(m_model->headerData(last, Qt::Horizontal).toString(), QString::number(weeks));
    QVERIFY(m_model->index(0, GoalsModel::FirstWeekColumn + 4).data(GoalsModel::CurrentWeekRole).toBool());
    QVERIFY(!m_model->index(0, GoalsModel::FirstWeekColumn + 3).data(GoalsModel::CurrentWeekRole).toBool());
    QVERIFY(m_model->index(0, last).flags().testFlag(Qt::ItemIsUserCheckable));
    QVERIFY(!m_model->index(0, GoalsModel::TitleColumn).flags().testFlag(Qt::ItemIsUserCheckable));
}

void tst_GoalsModel::carryOver()
{
    importCorpusWithGoals();
    QString error;
    Goal done = m_model->goal(2);
    done.status = GoalStatus::Done;
    QVERIFY(m_goals->updateGoal(done, &error));
    const QList<Goal> candidates = carryOverCandidates(*m_goals, 2023);
    QCOMPARE(candidates.size(), 3);
    QList<qint64> ids;
    for (const Goal &goal : candidates)
        ids << goal.id;
    const QList<Goal> carried = ::carryOver(*m_goals, ids, 2024, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(carried.size(), 3);
    QCOMPARE(carried[0].carriedFrom, candidates[0].id);
    QCOMPARE(carried[0].title, candidates[0].title);
    QCOMPARE(carried[0].status, GoalStatus::Active);
    // Carrying again makes no duplicates.
    QCOMPARE(::carryOver(*m_goals, ids, 2024, &error).size(), 0);
    QCOMPARE(m_goals->goals(2024).size(), 3);

    // The carried habit's streak runs on from last year's check-ins.
    m_model->setYear(2024);
    m_model->setToday({2024, 2});
    CheckIn lastWeek;
    lastWeek.goalId = candidates[0].id;
    lastWeek.firstWeek = lastWeek.lastWeek = {2023, 52};
    lastWeek.done = true;
    QVERIFY(m_goals->addCheckIn(lastWeek, &error));
    CheckIn firstWeek = lastWeek;
    firstWeek.goalId = carried[0].id;
    firstWeek.firstWeek = firstWeek.lastWeek = {2024, 1};
    QVERIFY(m_goals->addCheckIn(firstWeek, &error));
    QCOMPARE(m_model->progress(0).currentStreak, 2);
    QCOMPARE(m_model->progress(0).doneWeeks, 1);
}

QTEST_GUILESS_MAIN(tst_GoalsModel)
#include "tst_goalsmodel.moc"
