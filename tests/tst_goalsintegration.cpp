#include "appsettings.h"
#include "editor.h"
#include "goals/goalsintegration.h"
#include "goals/goalstore.h"
#include "goals/goalsview.h"
#include "io/entrydocument.h"
#include "io/importer.h"
#include "mainwindow.h"
#include "models/goalsmodel.h"
#include "storage/database.h"
#include "storage/entrystore.h"
#include "testpaths.h"

#include <QImage>
#include <QInputMethodEvent>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;

// The goal tracker inside the main window, on the offscreen platform, over the sample
// Jekyll site: the grid and the editor are two views of one text.
class tst_GoalsIntegration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void goalsFromTheRetrospectivesList();
    void tickInGridEditsOpenEntryThroughEditorUndo();
    void typingATickInTheEditorChangesTheGrid();
    void undoInGoalsWindowReachesOpenEntry();
    void newCheckInFromTemplate();
    void catchUpCoversTheGap_data();
    void catchUpCoversTheGap();
    void newCheckInOpensExistingWeek();
    void insertsProgressSnapshot();

private:
    qint64 entryOf(const QString &file, QDate date) const;
    void makeGoals2023();
    QModelIndex cell(const QString &title, IsoWeek week) const;
    void pressSpaceOn(const QModelIndex &index);
    /// Pixels of the palette's link colour in @p index's cell, as the grid paints it.
    int linkPixelsIn(const QModelIndex &index) const;

    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<EntryStore> m_store;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    GoalsIntegration *m_goals = nullptr;
};

void tst_GoalsIntegration::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const QString settingsFile
        = QSettings(QSettings::NativeFormat, QSettings::UserScope, u"hoego"_s, u"hoego"_s).fileName();
    QVERIFY2(settingsFile.contains(u"qttest"_s), qPrintable(settingsFile));
}

void tst_GoalsIntegration::init()
{
    m_database = std::make_unique<Database>(m_dir.filePath(u"goals-%1.sqlite"_s.arg(++m_files)));
    QString error;
    QVERIFY2(m_database->open(&error), qPrintable(error));
    m_store = std::make_unique<EntryStore>(*m_database);
    Importer importer(*m_store);
    QVERIFY(!importer.importPaths({corpusDir() + u"/jekyll"_s}).hasFailures());
    m_settings = std::make_unique<AppSettings>();
    m_settings->setCheckInTemplate(QString()); // the default
    m_window = std::make_unique<MainWindow>(*m_store, *m_settings);
    m_goals = new GoalsIntegration(*m_window, *m_store, *m_settings);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    makeGoals2023();
}

void tst_GoalsIntegration::cleanup()
{
    m_window.reset(); // and the integration with it
    m_goals = nullptr;
    m_settings.reset();
    m_store.reset();
    m_database.reset();
}

qint64 tst_GoalsIntegration::entryOf(const QString &file, QDate date) const
{
    const std::optional<Entry> entry = m_store->entryFromSource(file, date);
    return entry ? entry->id : 0;
}

// What a user does in December: opens the retrospective, selects the list that ends it and
// makes next year's goals from it; the imported January check-ins then link to them.
void tst_GoalsIntegration::makeGoals2023()
{
    const qint64 retrospective = entryOf(u"2022-12-30-2022-retrospective.md"_s, QDate(2022, 12, 30));
    QVERIFY(m_window->openEntry(retrospective));
    Editor *editor = m_window->editor();
    const QString text = editor->toPlainText();
    const qsizetype start = text.indexOf(u"- 주간 회고 쓰기"_s);
    QVERIFY(start > 0);
    QTextCursor cursor(editor->document());
    cursor.setPosition(int(start));
    cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    editor->setTextCursor(cursor);
    QCOMPARE(m_goals->makeGoalsFromSelection(2023), 4);
}

QModelIndex tst_GoalsIntegration::cell(const QString &title, IsoWeek week) const
{
    GoalsModel *model = m_goals->view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->goal(row).title == title)
            return model->index(row, model->columnOf(week));
    }
    return {};
}

void tst_GoalsIntegration::pressSpaceOn(const QModelIndex &index)
{
    QTableView *table = m_goals->view()->table();
    table->setFocus();
    table->setCurrentIndex(index);
    QTest::keyClick(table, Qt::Key_Space);
}

void tst_GoalsIntegration::goalsFromTheRetrospectivesList()
{
    GoalsModel *model = m_goals->view()->model();
    QCOMPARE(model->year(), 2023);
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(model->goal(1).title, u"테니스 주 3회"_s);
    QCOMPARE(model->goal(1).measure, GoalMeasure::Weekly);
    // The imported weekly posts' ticks became check-ins.
    QCOMPARE(cell(u"주간 회고 쓰기"_s, {2023, 1}).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(cell(u"테니스 주 3회"_s, {2023, 2}).data(Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));
    QVERIFY(m_goals->goalsWindow()->isVisible());
    // Reachable from the menu bar with its shortcuts.
    const QList<QAction *> actions = m_goals->menu()->actions();
    const auto shortcutOf = [&actions](const QString &name) {
        for (QAction *action : actions) {
            if (action->objectName() == name)
                return action->shortcut();
        }
        return QKeySequence();
    };
    QCOMPARE(shortcutOf(u"showGoals"_s), QKeySequence(u"Ctrl+Shift+G"_s));
    QCOMPARE(shortcutOf(u"newCheckIn"_s), QKeySequence(u"Ctrl+Shift+N"_s));
}

// The week's entry is open: the tick lands in the editor as one undoable edit and is saved,
// and the editor's own undo takes it back, in the text and in the grid.
void tst_GoalsIntegration::tickInGridEditsOpenEntryThroughEditorUndo()
{
    const qint64 week2 = entryOf(u"2023-01-15-weekly-02.md"_s, QDate(2023, 1, 15));
    QVERIFY(m_window->openEntry(week2));
    Editor *editor = m_window->editor();
    const QString before = editor->toPlainText();
    QVERIFY(before.contains(u"- [ ] 테니스 주 3회\n"_s));

    const QModelIndex tennis = cell(u"테니스 주 3회"_s, {2023, 2});
    pressSpaceOn(tennis);
    QVERIFY2(editor->toPlainText().contains(u"- [x] 테니스 주 3회\n"_s), qPrintable(editor->toPlainText()));
    QCOMPARE(m_store->entry(week2)->text, editor->toPlainText());
    QCOMPARE(tennis.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(m_goals->undoStack()->count(), 0); // the editor's history has it

    editor->undo();
    QCOMPARE(editor->toPlainText(), before);
    QVERIFY(m_window->save());
    QCOMPARE(m_store->entry(week2)->text, before);
    QCOMPARE(tennis.data(Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));
    editor->redo();
    QVERIFY(m_window->save());
    QCOMPARE(tennis.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
}

void tst_GoalsIntegration::typingATickInTheEditorChangesTheGrid()
{
    const qint64 week2 = entryOf(u"2023-01-15-weekly-02.md"_s, QDate(2023, 1, 15));
    QVERIFY(m_window->openEntry(week2));
    const QModelIndex papers = cell(u"논문 한 달에 두 편"_s, {2023, 2});
    QCOMPARE(papers.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    Editor *editor = m_window->editor();
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    if (!editor->toPlainText().endsWith(u'\n'))
        QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClicks(editor, u"- [x] "_s);
    // The Korean words come from the input method, committed.
    QInputMethodEvent committed;
    committed.setCommitString(u"논문 한 달에 두 편"_s);
    QCoreApplication::sendEvent(editor, &committed);
    QTest::keyClicks(editor, u" (1"_s);
    QInputMethodEvent unit;
    unit.setCommitString(u"편, 자신감"_s);
    QCoreApplication::sendEvent(editor, &unit);
    QTest::keyClicks(editor, u" 6/10)"_s);
    QVERIFY2(editor->toPlainText().endsWith(u"\n- [x] 논문 한 달에 두 편 (1편, 자신감 6/10)"_s),
        qPrintable(editor->toPlainText()));
    // The autosave a second after typing stops carries it to the grid.
    QTRY_COMPARE_WITH_TIMEOUT(papers.data(Qt::CheckStateRole).toInt(), int(Qt::Checked), 5000);
    QCOMPARE(papers.data(Qt::DisplayRole).toString(), u"1"_s);
    const QModelIndex confidence = papers.siblingAtColumn(GoalsModel::ConfidenceColumn);
    QCOMPARE(confidence.data().toString(), u"6/10"_s);
    const QList<QPointF> trend = confidence.data(GoalsModel::ConfidenceTrendRole).value<QList<QPointF>>();
    QCOMPARE(trend, QList<QPointF>({QPointF(2, 6)}));
    // The delegate draws the trend's last point in the link colour; a goal without one shows a dash.
    QCOMPARE(linkPixelsIn(papers.siblingAtColumn(GoalsModel::ConfidenceColumn)) > 0, true);
    QCOMPARE(linkPixelsIn(cell(u"테니스 주 3회"_s, {2023, 2}).siblingAtColumn(GoalsModel::ConfidenceColumn)), 0);
}

int tst_GoalsIntegration::linkPixelsIn(const QModelIndex &index) const
{
    QTableView *table = m_goals->view()->table();
    table->scrollTo(index);
    const QImage image = table->viewport()->grab().toImage();
    const QRect rect = table->visualRect(index).intersected(image.rect());
    const QRgb link = table->palette().color(QPalette::Link).rgb();
    int count = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x)
            count += image.pixel(x, y) == link ? 1 : 0;
    }
    return count;
}

// A tick of a week that is not open goes on the goals window's undo stack; undoing it
// after that entry was opened updates the editor, as one step of the editor's undo.
void tst_GoalsIntegration::undoInGoalsWindowReachesOpenEntry()
{
    const qint64 week1 = entryOf(u"2023-01-08-weekly-01.md"_s, QDate(2023, 1, 8));
    const QModelIndex people = cell(u"새로운 사람 만나기"_s, {2023, 1});
    QCOMPARE(people.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    pressSpaceOn(people);
    QCOMPARE(m_goals->undoStack()->count(), 1);
    QCOMPARE(people.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));

    QVERIFY(m_window->openEntry(week1));
    Editor *editor = m_window->editor();
    QVERIFY(editor->toPlainText().contains(u"- [x] 새로운 사람 만나기"_s));
    m_goals->undoStack()->undo();
    QVERIFY2(!editor->toPlainText().contains(u"새로운 사람 만나기"_s), qPrintable(editor->toPlainText()));
    QCOMPARE(m_store->entry(week1)->text, editor->toPlainText());
    QCOMPARE(people.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(!m_window->hasUnsavedChanges());
}

void tst_GoalsIntegration::newCheckInFromTemplate()
{
    m_settings->setCheckInTemplate(u"## {weeks}\n\n## 목표 · Goals\n{goals}\n"_s);
    // 2023-01-16 is in W03, right after the imported W02: nothing to catch up on.
    const qint64 id = m_goals->newCheckIn(QDate(2023, 1, 18));
    QVERIFY(id > 0);
    QCOMPARE(m_window->currentEntryId(), id);
    const Entry entry = *m_store->entry(id);
    QCOMPARE(entry.kind, EntryKind::Weekly);
    QCOMPARE(entry.date, QDate(2023, 1, 22));
    QVERIFY2(entry.text.endsWith(u"## 2023-W03\n\n## 목표 · Goals\n- [ ] 주간 회고 쓰기\n- [ ] 테니스 주 3회\n"
                                 "- [ ] 새로운 사람 만나기\n- [ ] 논문 한 달에 두 편\n"_s),
        qPrintable(entry.text));
    QCOMPARE(m_window->editor()->toPlainText(), entry.text);
    // Unticked items are check-ins that say "not done".
    QCOMPARE(cell(u"주간 회고 쓰기"_s, {2023, 3}).data(Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));
}

void tst_GoalsIntegration::catchUpCoversTheGap_data()
{
    QTest::addColumn<bool>("catchUp");
    QTest::addColumn<QString>("firstWeek");
    QTest::newRow("catch up") << true << u"2023-W03"_s;
    QTest::newRow("only this week") << false << u"2023-W06"_s;
}

void tst_GoalsIntegration::catchUpCoversTheGap()
{
    QFETCH(bool, catchUp);
    QFETCH(QString, firstWeek);
    // The last weekly entry before 2023-W06 is W02: W03 to W05 were skipped.
    const qint64 id = m_goals->newCheckIn(QDate(2023, 2, 8), catchUp);
    QVERIFY(id > 0);
    const Entry entry = *m_store->entry(id);
    QCOMPARE(entry.date, QDate(2023, 2, 12));
    QCOMPARE(entry.text.contains(u"weeks: 2023-W03..2023-W06\n"_s), catchUp);

    // The tennis habit held in 2 of the span's weeks: one check-in for the whole span.
    Editor *editor = m_window->editor();
    QString text = editor->toPlainText();
    text.replace(u"- [ ] 테니스 주 3회\n"_s, u"- [x] 테니스 주 3회 (2주)\n"_s);
    editor->setPlainText(text);
    QVERIFY(m_window->save());
    const qint64 tennis = m_goals->view()->model()->goal(1).id;
    const QList<CheckIn> checkIns = m_goals->goals()->checkInsOfEntry(id);
    CheckIn found;
    for (const CheckIn &checkIn : checkIns) {
        if (checkIn.goalId == tennis)
            found = checkIn;
    }
    QCOMPARE(found.goalId, tennis);
    QCOMPARE(found.firstWeek.toString(), firstWeek);
    QCOMPARE(found.lastWeek, IsoWeek(2023, 6));
    QCOMPARE(found.amount, std::optional<double>(2));
    QCOMPARE(cell(u"테니스 주 3회"_s, {2023, 4}).data(Qt::CheckStateRole).toInt(),
        int(catchUp ? Qt::Checked : Qt::Unchecked));
}

void tst_GoalsIntegration::newCheckInOpensExistingWeek()
{
    const qint64 week2 = entryOf(u"2023-01-15-weekly-02.md"_s, QDate(2023, 1, 15));
    const qsizetype before = m_store->count();
    QCOMPARE(m_goals->newCheckIn(QDate(2023, 1, 11)), week2);
    QCOMPARE(m_window->currentEntryId(), week2);
    QCOMPARE(m_store->count(), before);
}

void tst_GoalsIntegration::insertsProgressSnapshot()
{
    Entry review = newEntry(QDate(2023, 6, 30), EntryKind::HalfYear, u"2023 상반기 회고"_s);
    QString error;
    QVERIFY2(m_store->insert(review, &error), qPrintable(error));
    QVERIFY(m_window->openEntry(review.id));
    m_window->editor()->moveCursor(QTextCursor::End);
    QVERIFY(m_goals->insertProgressSnapshot());
    const QString text = m_window->editor()->toPlainText();
    QVERIFY2(text.contains(u"### Goals of 2023 on 2023-06-30 (2023-W26)\n"_s), qPrintable(text));
    QVERIFY(text.contains(u"| 주간 회고 쓰기 | "_s));
    QVERIFY(m_window->save());
    QVERIFY(m_store->entry(review.id)->text.contains(u"| 테니스 주 3회 | "_s));
    // One step of the editor's undo takes it out again.
    m_window->editor()->undo();
    QVERIFY(!m_window->editor()->toPlainText().contains(u"### Goals of 2023"_s));
}

QTEST_MAIN(tst_GoalsIntegration)
#include "tst_goalsintegration.moc"
