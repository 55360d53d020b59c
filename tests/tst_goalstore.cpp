#include "goals/checkinsync.h"
#include "goals/goalstore.h"
#include "goals/taskitems.h"
#include "goals/tickcommand.h"
#include "storage/database.h"
#include "storage/entrystore.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;

class tst_GoalStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void addAndRead();
    void reorderAndRemove();
    void rejectsBadCheckIns_data();
    void rejectsBadCheckIns();
    void spanCheckIn();
    void textMakesCheckIns();
    void goalsAddedAfterEntries();
    void aliasLinksItem();
    void removedEntryTakesItsCheckIns();
    void tickEditsTextWithUndo_data();
    void tickEditsTextWithUndo();
    void tickCreatesWeekEntry();
    void tickUnknownGoalFails();

private:
    Goal addGoal(const QString &title, GoalMeasure measure = GoalMeasure::Weekly, int year = 2023);
    Entry addWeekly(QDate date, const QString &body);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<EntryStore> m_entries;
    std::unique_ptr<GoalStore> m_goals;
    std::unique_ptr<CheckInSync> m_sync;
    int m_run = 0;
};

void tst_GoalStore::init()
{
    m_database = std::make_unique<Database>(m_dir.filePath(u"goals-%1.sqlite"_s.arg(++m_run)));
    QString error;
    QVERIFY2(m_database->open(&error), qPrintable(error));
    m_entries = std::make_unique<EntryStore>(*m_database);
    m_goals = std::make_unique<GoalStore>(*m_database);
    m_sync = std::make_unique<CheckInSync>(*m_entries, *m_goals);
}

void tst_GoalStore::cleanup()
{
    m_sync.reset();
    m_goals.reset();
    m_entries.reset();
    m_database.reset();
}

Goal tst_GoalStore::addGoal(const QString &title, GoalMeasure measure, int year)
{
    Goal goal;
    goal.year = year;
    goal.title = title;
    goal.measure = measure;
    QString error;
    if (!m_goals->addGoal(goal, &error))
        qWarning("%s", qPrintable(error));
    return goal;
}

Entry tst_GoalStore::addWeekly(QDate date, const QString &body)
{
    Entry entry;
    entry.kind = EntryKind::Weekly;
    entry.date = date;
    entry.title = u"주간 회고"_s;
    entry.text = u"---\ntitle: 주간 회고\n---\n\n"_s + body;
    QString error;
    if (!m_entries->insert(entry, &error))
        qWarning("%s", qPrintable(error));
    return entry;
}

void tst_GoalStore::addAndRead()
{
    QSignalSpy changed(m_goals.get(), &GoalStore::goalsChanged);
    Goal books;
    books.year = 2024;
    books.title = u"책 12권 읽기"_s;
    books.notes = u"매달 한 권"_s;
    books.measure = GoalMeasure::Count;
    books.target = 12;
    books.unit = u"권"_s;
    QString error;
    QVERIFY2(m_goals->addGoal(books, &error), qPrintable(error));
    QVERIFY(books.id > 0);
    QCOMPARE(books.position, 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toInt(), 2024);

    const std::optional<Goal> read = m_goals->goal(books.id);
    QVERIFY(read);
    QCOMPARE(read->title, books.title);
    QCOMPARE(read->notes, books.notes);
    QCOMPARE(read->measure, GoalMeasure::Count);
    QCOMPARE(read->target, std::optional<double>(12));
    QCOMPARE(read->unit, u"권"_s);
    QCOMPARE(read->status, GoalStatus::Active);

    Goal done = *read;
    done.status = GoalStatus::Done;
    done.statusDate = QDate(2024, 11, 30);
    QVERIFY2(m_goals->updateGoal(done, &error), qPrintable(error));
    QCOMPARE(m_goals->goal(books.id)->status, GoalStatus::Done);
    QCOMPARE(m_goals->goal(books.id)->statusDate, QDate(2024, 11, 30));

    Goal next = addGoal(u"책 12권 읽기"_s, GoalMeasure::Count, 2025);
    next.carriedFrom = books.id;
    QVERIFY(m_goals->updateGoal(next, &error));
    QCOMPARE(m_goals->goal(next.id)->carriedFrom, books.id);
    QCOMPARE(m_goals->years(), (QList<int> {2024, 2025}));

    Goal missing;
    missing.id = 9999;
    missing.title = u"x"_s;
    QVERIFY(!m_goals->updateGoal(missing, &error));
    QVERIFY(error.contains(u"9999"_s));
}

void tst_GoalStore::reorderAndRemove()
{
    const Goal a = addGoal(u"A"_s);
    const Goal b = addGoal(u"B"_s);
    const Goal c = addGoal(u"C"_s);
    const auto titles = [this] {
        QStringList list;
        for (const Goal &goal : m_goals->goals(2023))
            list << goal.title + QString::number(goal.position);
        return list;
    };
    QCOMPARE(titles(), (QStringList {u"A0"_s, u"B1"_s, u"C2"_s}));
    QString error;
    QVERIFY(m_goals->moveGoal(c.id, 0, &error));
    QCOMPARE(titles(), (QStringList {u"C0"_s, u"A1"_s, u"B2"_s}));
    QVERIFY(m_goals->moveGoal(c.id, 99, &error));
    QCOMPARE(titles(), (QStringList {u"A0"_s, u"B1"_s, u"C2"_s}));

    CheckIn checkIn;
    checkIn.goalId = b.id;
    checkIn.firstWeek = checkIn.lastWeek = {2023, 5};
    checkIn.done = true;
    QVERIFY(m_goals->addCheckIn(checkIn, &error));
    QCOMPARE(m_goals->checkIns(b.id).size(), 1);
    QVERIFY(m_goals->removeGoal(b.id, &error));
    QCOMPARE(titles(), (QStringList {u"A0"_s, u"C1"_s}));
    QCOMPARE(m_goals->checkInsOfYear(2023).size(), 0); // cascaded
    QVERIFY(!m_goals->removeGoal(b.id, &error));
    Q_UNUSED(a);
}

void tst_GoalStore::rejectsBadCheckIns_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<int>("confidence"); // 0: none
    QTest::addColumn<bool>("goalExists");
    QTest::newRow("reversed span") << u"2023-W05"_s << u"2023-W04"_s << 0 << true;
    QTest::newRow("confidence 0") << u"2023-W05"_s << u"2023-W05"_s << -1 << true;
    QTest::newRow("confidence 11") << u"2023-W05"_s << u"2023-W05"_s << 11 << true;
    QTest::newRow("no such goal") << u"2023-W05"_s << u"2023-W05"_s << 5 << false;
    QTest::newRow("invalid week") << u"2023-W53"_s << u"2023-W53"_s << 0 << true;
}

void tst_GoalStore::rejectsBadCheckIns()
{
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(int, confidence);
    QFETCH(bool, goalExists);
    const Goal goal = addGoal(u"운동"_s);
    CheckIn checkIn;
    checkIn.goalId = goalExists ? goal.id : goal.id + 100;
    checkIn.firstWeek = IsoWeek::fromString(first).value_or(IsoWeek {2023, 53});
    checkIn.lastWeek = IsoWeek::fromString(last).value_or(IsoWeek {2023, 53});
    if (confidence != 0)
        checkIn.confidence = confidence;
    QString error;
    QVERIFY(!m_goals->addCheckIn(checkIn, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(m_goals->checkInsOfYear(2023).size(), 0);
}

void tst_GoalStore::spanCheckIn()
{
    const Goal goal = addGoal(u"영어 공부 매주 3시간"_s);
    CheckIn span;
    span.goalId = goal.id;
    span.firstWeek = {2023, 30};
    span.lastWeek = {2023, 33};
    span.done = true;
    span.amount = 3;
    span.confidence = 7;
    span.note = u"held in 3 of 4"_s;
    QString error;
    QVERIFY2(m_goals->addCheckIn(span, &error), qPrintable(error));
    const QList<CheckIn> read = m_goals->checkIns(goal.id);
    QCOMPARE(read.size(), 1);
    QCOMPARE(read[0].firstWeek, (IsoWeek {2023, 30}));
    QCOMPARE(read[0].lastWeek, (IsoWeek {2023, 33}));
    QCOMPARE(read[0].weekCount(), 4);
    QCOMPARE(read[0].amount, std::optional<double>(3));
    QCOMPARE(read[0].confidence, std::optional<int>(7));
    QCOMPARE(read[0].note, span.note);
    QCOMPARE(read[0].entryId, 0);
}

void tst_GoalStore::textMakesCheckIns()
{
    const Goal review = addGoal(u"주간 회고 쓰기"_s);
    const Goal books = addGoal(u"책 읽기"_s, GoalMeasure::Count);
    QSignalSpy changed(m_goals.get(), &GoalStore::checkInsChanged);
    Entry entry
        = addWeekly(QDate(2023, 1, 8), u"- [x] 주간 회고 쓰기\n- [ ] 책 읽기 (2권)\n```\n- [x] 책 읽기\n```\n"_s);
    QList<CheckIn> checkIns = m_goals->checkInsOfEntry(entry.id);
    QCOMPARE(checkIns.size(), 2);
    QCOMPARE(checkIns[0].goalId, review.id);
    QVERIFY(checkIns[0].done);
    QCOMPARE(checkIns[0].firstWeek, (IsoWeek {2023, 1}));
    QCOMPARE(checkIns[1].goalId, books.id);
    QVERIFY(!checkIns[1].done);
    QCOMPARE(checkIns[1].amount, std::optional<double>(2));
    QCOMPARE(changed.size(), 1);

    // Editing the text changes the check-ins; saving the same text again changes nothing.
    QString error;
    entry.text.replace(u"- [ ] 책 읽기 (2권)"_s, u"- [x] 책 읽기 (3권)"_s);
    QVERIFY(m_entries->update(entry, &error));
    checkIns = m_goals->checkInsOfEntry(entry.id);
    QVERIFY(checkIns[1].done);
    QCOMPARE(checkIns[1].amount, std::optional<double>(3));
    QCOMPARE(changed.size(), 2);
    QVERIFY(m_entries->update(entry, &error));
    QCOMPARE(changed.size(), 2);

    // A daily entry's task items are no check-ins.
    Entry daily;
    daily.kind = EntryKind::Daily;
    daily.date = QDate(2023, 1, 9);
    daily.title = u"일기"_s;
    daily.text = u"- [x] 주간 회고 쓰기\n"_s;
    QVERIFY(m_entries->insert(daily, &error));
    QCOMPARE(m_goals->checkInsOfEntry(daily.id).size(), 0);
}

void tst_GoalStore::goalsAddedAfterEntries()
{
    const Entry first = addWeekly(QDate(2023, 1, 8), u"- [x] 테니스 주 3회\n"_s);
    // 2025-12-29 is in 2026-W01: it counts for the 2026 goals, not the 2025 ones.
    const Entry turn = addWeekly(QDate(2025, 12, 29), u"- [x] 테니스 주 3회\n"_s);
    QCOMPARE(m_goals->checkInsOfEntry(first.id).size(), 0);
    const Goal tennis2023 = addGoal(u"테니스 주 3회"_s);
    QCOMPARE(m_goals->checkInsOfEntry(first.id).size(), 1);
    QCOMPARE(m_goals->checkInsOfEntry(first.id)[0].goalId, tennis2023.id);
    addGoal(u"테니스 주 3회"_s, GoalMeasure::Weekly, 2025);
    QCOMPARE(m_goals->checkInsOfEntry(turn.id).size(), 0);
    const Goal tennis2026 = addGoal(u"테니스 주 3회"_s, GoalMeasure::Weekly, 2026);
    QCOMPARE(m_goals->checkInsOfEntry(turn.id).size(), 1);
    QCOMPARE(m_goals->checkInsOfEntry(turn.id)[0].goalId, tennis2026.id);
    QCOMPARE(m_goals->checkInsOfEntry(turn.id)[0].firstWeek, (IsoWeek {2026, 1}));

    // A catch-up entry names its span in front matter.
    Entry catchUp;
    catchUp.kind = EntryKind::Weekly;
    catchUp.date = QDate(2023, 8, 20);
    catchUp.title = u"밀린 회고"_s;
    catchUp.text = u"---\ntitle: 밀린 회고\nweeks: 2023-W30..2023-W33\n---\n- [x] 테니스 주 3회 (3)\n"_s;
    QString error;
    QVERIFY(m_entries->insert(catchUp, &error));
    const QList<CheckIn> span = m_goals->checkInsOfEntry(catchUp.id);
    QCOMPARE(span.size(), 1);
    QCOMPARE(span[0].firstWeek, (IsoWeek {2023, 30}));
    QCOMPARE(span[0].lastWeek, (IsoWeek {2023, 33}));
    QCOMPARE(span[0].amount, std::optional<double>(3));
}

void tst_GoalStore::aliasLinksItem()
{
    const Goal english = addGoal(u"영어 공부 매주 3시간"_s);
    const Entry entry = addWeekly(QDate(2023, 3, 5), u"- [x] English (3h)\n- [x] 기타\n"_s);
    QCOMPARE(m_goals->checkInsOfEntry(entry.id).size(), 0);
    const QList<UnmatchedTask> unmatched = m_sync->unmatchedTasks(2023);
    QCOMPARE(unmatched.size(), 2);
    QCOMPARE(unmatched[0].title, u"English"_s);
    QCOMPARE(unmatched[0].entryId, entry.id);
    QCOMPARE(unmatched[0].week, (IsoWeek {2023, 9}));

    QString error;
    QVERIFY2(m_goals->addAlias(english.id, u"ENGLISH"_s, &error), qPrintable(error));
    const QList<CheckIn> checkIns = m_goals->checkInsOfEntry(entry.id);
    QCOMPARE(checkIns.size(), 1);
    QCOMPARE(checkIns[0].goalId, english.id);
    QCOMPARE(checkIns[0].amount, std::optional<double>(3));
    QCOMPARE(m_sync->unmatchedTasks(2023).size(), 1);
}

void tst_GoalStore::removedEntryTakesItsCheckIns()
{
    const Goal goal = addGoal(u"운동"_s);
    const Entry entry = addWeekly(QDate(2023, 2, 5), u"- [x] 운동\n"_s);
    QCOMPARE(m_goals->checkIns(goal.id).size(), 1);
    QSignalSpy changed(m_goals.get(), &GoalStore::checkInsChanged);
    QString error;
    QVERIFY(m_entries->remove(entry.id, &error));
    QCOMPARE(m_goals->checkIns(goal.id).size(), 0);
    QCOMPARE(changed.size(), 1);
}

void tst_GoalStore::tickEditsTextWithUndo_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<bool>("done");
    QTest::addColumn<QString>("expectedBody");
    QTest::newRow("tick an item") << u"- [ ] 운동\n"_s << true << u"- [x] 운동\n"_s;
    QTest::newRow("untick an item") << u"- [x] 운동\n"_s << false << u"- [ ] 운동\n"_s;
    QTest::newRow("add a missing item") << u"## Keep\n- [x] 다른 것\n"_s << true
                                        << u"## Keep\n- [x] 다른 것\n- [x] 운동\n"_s;
}

void tst_GoalStore::tickEditsTextWithUndo()
{
    QFETCH(QString, body);
    QFETCH(bool, done);
    QFETCH(QString, expectedBody);
    const Goal goal = addGoal(u"운동"_s);
    const Entry entry = addWeekly(QDate(2023, 2, 5), body);
    const IsoWeek week = IsoWeek::fromDate(entry.date);

    QUndoStack stack;
    auto *command = new TickCommand(*m_entries, *m_goals, goal.id, week, done);
    stack.push(command);
    QVERIFY2(command->ok(), qPrintable(command->error()));
    QCOMPARE(command->entryId(), entry.id);
    const QString prefix = u"---\ntitle: 주간 회고\n---\n\n"_s;
    QCOMPARE(m_entries->entry(entry.id)->text, prefix + expectedBody);
    QList<CheckIn> checkIns = m_goals->checkIns(goal.id);
    QCOMPARE(checkIns.size(), 1);
    QCOMPARE(checkIns[0].done, done);
    QCOMPARE(checkIns[0].entryId, entry.id);

    stack.undo();
    QCOMPARE(m_entries->entry(entry.id)->text, prefix + body);
    checkIns = m_goals->checkIns(goal.id);
    QCOMPARE(checkIns.size(), body.contains(u"운동"_s) ? 1 : 0);
    if (!checkIns.isEmpty())
        QCOMPARE(checkIns[0].done, !done);
    stack.redo();
    QCOMPARE(m_entries->entry(entry.id)->text, prefix + expectedBody);
    QCOMPARE(m_goals->checkIns(goal.id).size(), 1);
}

void tst_GoalStore::tickCreatesWeekEntry()
{
    const Goal books = addGoal(u"책 12권 읽기"_s, GoalMeasure::Count);
    const Goal review = addGoal(u"주간 회고 쓰기"_s);
    QUndoStack stack;
    auto *command = new TickCommand(*m_entries, *m_goals, books.id, {2023, 33}, true, 2.0);
    stack.push(command);
    QVERIFY2(command->ok(), qPrintable(command->error()));
    const std::optional<Entry> created = m_entries->entry(command->entryId());
    QVERIFY(created);
    QCOMPARE(created->kind, EntryKind::Weekly);
    QCOMPARE(IsoWeek::fromDate(created->date), (IsoWeek {2023, 33}));
    QVERIFY2(created->text.contains(u"- [x] 책 12권 읽기 (2)\n"_s), qPrintable(created->text));
    QVERIFY(created->text.contains(u"- [ ] 주간 회고 쓰기\n"_s));
    QVERIFY(created->text.contains(u"## Keep"_s));
    const QList<CheckIn> checkIns = m_goals->checkInsOfEntry(created->id);
    QCOMPARE(checkIns.size(), 2);
    QCOMPARE(m_goals->checkIns(books.id)[0].amount, std::optional<double>(2));
    QCOMPARE(m_goals->checkIns(review.id)[0].done, false);

    stack.undo();
    QVERIFY(!m_entries->entry(command->entryId()));
    QCOMPARE(m_entries->count(), 0);
    QCOMPARE(m_goals->checkInsOfYear(2023).size(), 0);
    stack.redo();
    QCOMPARE(m_entries->count(), 1);
    QCOMPARE(m_goals->checkIns(books.id).size(), 1);
}

void tst_GoalStore::tickUnknownGoalFails()
{
    QUndoStack stack;
    auto *command = new TickCommand(*m_entries, *m_goals, 42, {2023, 1}, true);
    QSignalSpy pushed(&stack, &QUndoStack::indexChanged);
    command->redo();
    QVERIFY(!command->ok());
    QVERIFY(command->error().contains(u"42"_s));
    QVERIFY(command->isObsolete());
    delete command;
    QCOMPARE(m_entries->count(), 0);
}

QTEST_GUILESS_MAIN(tst_GoalStore)
#include "tst_goalstore.moc"
