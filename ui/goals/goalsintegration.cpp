#include "goals/goalsintegration.h"

#include "appsettings.h"
#include "editor.h"
#include "goals/checkinsync.h"
#include "goals/checkintemplatedialog.h"
#include "goals/goalplanning.h"
#include "goals/goalstore.h"
#include "goals/goalsview.h"
#include "goals/progresssnapshot.h"
#include "goals/tickcommand.h"
#include "goals/weektext.h"
#include "io/entrydocument.h"
#include "mainwindow.h"
#include "models/goalsmodel.h"
#include "storage/entrystore.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QInputDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStatusBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Replaces @p editor's text by @p text as one edit of the differing middle, so the
// editor's undo takes it back in one step and the cursor stays where it was.
void replaceAsOneEdit(QPlainTextEdit *editor, const QString &text)
{
    const QString old = editor->toPlainText();
    qsizetype prefix = 0;
    const qsizetype shorter = std::min(old.size(), text.size());
    while (prefix < shorter && old[prefix] == text[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix && old[old.size() - 1 - suffix] == text[text.size() - 1 - suffix])
        ++suffix;
    QTextCursor cursor(editor->document());
    cursor.beginEditBlock();
    cursor.setPosition(int(prefix));
    cursor.setPosition(int(old.size() - suffix), QTextCursor::KeepAnchor);
    cursor.insertText(text.mid(prefix, text.size() - prefix - suffix));
    cursor.endEditBlock();
}

} // namespace

GoalsIntegration::GoalsIntegration(MainWindow &window, EntryStore &store, AppSettings &settings)
    : QObject(&window)
    , m_window(window)
    , m_store(store)
    , m_settings(settings)
    , m_goals(new GoalStore(store.database(), this))
    , m_sync(new CheckInSync(store, *m_goals, this))
    , m_undoStack(new QUndoStack(this))
    , m_goalsWindow(new QWidget(&window, Qt::Window))
    , m_view(new GoalsView(*m_goals, store, *m_sync, m_undoStack, m_goalsWindow))
{
    m_goalsWindow->setObjectName(u"goalsWindow"_s);
    m_goalsWindow->setWindowTitle(tr("Goals"));
    m_goalsWindow->resize(1200, 560);
    auto *layout = new QVBoxLayout(m_goalsWindow);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    QAction *undo = m_undoStack->createUndoAction(m_goalsWindow, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(m_goalsWindow, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    for (QAction *action : {undo, redo}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_goalsWindow->addAction(action);
    }

    m_view->model()->setCheckInTemplate(m_settings.checkInTemplate());
    connect(&m_settings, &AppSettings::checkInTemplateChanged, m_view->model(), &GoalsModel::setCheckInTemplate);
    m_view->model()->setOpenEntryEditor([this](qint64 entryId, const std::function<QString(const QString &)> &edit) {
        return editOpenEntry(entryId, edit);
    });
    connect(&m_store, &EntryStore::entryUpdated, this, &GoalsIntegration::followStoredText);
    createMenu();
    m_window.editor()->viewport()->installEventFilter(this);
}

bool GoalsIntegration::eventFilter(QObject *watched, QEvent *event)
{
    // The type first: while the window is being destroyed the viewport still sends events here,
    // and the window may then be called no more.
    if (event->type() != QEvent::ContextMenu)
        return QObject::eventFilter(watched, event);
    Editor *editor = m_window.editor();
    if (watched != editor->viewport())
        return QObject::eventFilter(watched, event);
    // Only over a selected list; elsewhere the editor's own menu (and its spelling
    // suggestions) stays as it is.
    static const QRegularExpression listItem(uR"((?:^|\x{2029})[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+\S)"_s);
    if (!listItem.match(editor->textCursor().selectedText()).hasMatch())
        return false;
    const auto *contextEvent = static_cast<QContextMenuEvent *>(event);
    std::unique_ptr<QMenu> menu(editor->createStandardContextMenu(contextEvent->pos()));
    QAction *first = menu->actions().value(0);
    menu->insertAction(first, m_makeGoals);
    menu->insertSeparator(first);
    menu->exec(contextEvent->globalPos());
    return true;
}

void GoalsIntegration::createMenu()
{
    m_menu = m_window.menuBar()->addMenu(tr("&Goals"));
    QAction *show = m_menu->addAction(tr("&Goals…"));
    show->setObjectName(u"showGoals"_s);
    show->setShortcut(QKeySequence(u"Ctrl+Shift+G"_s));
    connect(show, &QAction::triggered, this, [this] { showGoals(); });
    QAction *checkIn = m_menu->addAction(tr("&New Check-in"));
    checkIn->setObjectName(u"newCheckIn"_s);
    checkIn->setShortcut(QKeySequence(u"Ctrl+Shift+N"_s));
    connect(checkIn, &QAction::triggered, this, [this] { newCheckIn(QDate::currentDate()); });
    m_menu->addSeparator();
    m_makeGoals = m_menu->addAction(tr("&Make Goals from Selected List"));
    m_makeGoals->setObjectName(u"makeGoalsFromList"_s);
    connect(m_makeGoals, &QAction::triggered, this, [this] { makeGoalsFromSelection(); });
    QAction *carry = m_menu->addAction(tr("&Carry Over Unfinished Goals…"));
    connect(carry, &QAction::triggered, this, [this] {
        showGoals();
        m_view->carryOverFromLastYear(true);
    });
    QAction *snapshot = m_menu->addAction(tr("Insert Progress &Snapshot"));
    snapshot->setObjectName(u"insertProgressSnapshot"_s);
    snapshot->setToolTip(tr("For a half-year review: the goals' progress as of the entry's date, as a table"));
    connect(snapshot, &QAction::triggered, this, [this] { insertProgressSnapshot(); });
    m_menu->addSeparator();
    QAction *editTemplateAction = m_menu->addAction(tr("Check-in &Template…"));
    connect(editTemplateAction, &QAction::triggered, this, &GoalsIntegration::editTemplate);
}

bool GoalsIntegration::refuseWhenReadOnly()
{
    if (!m_window.editor()->isReadOnly())
        return false;
    m_window.statusBar()->showMessage(tr("The diary is open read-only: nothing can be changed."), 5000);
    return true;
}

bool GoalsIntegration::editOpenEntry(qint64 entryId, const std::function<QString(const QString &)> &edit)
{
    if (entryId == 0 || entryId != m_window.currentEntryId())
        return false;
    if (refuseWhenReadOnly())
        return true;
    Editor *editor = m_window.editor();
    editor->commitPreedit();
    const QString after = edit(editor->toPlainText());
    if (after != editor->toPlainText()) {
        replaceAsOneEdit(editor, after);
        m_window.save(); // the check-in follows from the stored text
    }
    return true;
}

void GoalsIntegration::followStoredText(qint64 entryId)
{
    // The main window's own save reports its entry while it still counts as unsaved.
    if (entryId != m_window.currentEntryId() || m_window.hasUnsavedChanges())
        return;
    const std::optional<Entry> entry = m_store.entry(entryId);
    if (!entry || entry->text == m_window.editor()->toPlainText())
        return;
    replaceAsOneEdit(m_window.editor(), entry->text);
    m_window.save();
}

void GoalsIntegration::showGoals(std::optional<int> year)
{
    const int shown = year.value_or(IsoWeek::fromDate(QDate::currentDate()).year);
    m_view->setReadOnly(m_window.editor()->isReadOnly());
    m_view->setYear(shown);
    m_goalsWindow->show();
    m_goalsWindow->raise();
    m_goalsWindow->activateWindow();
    // The turn of the year: a year without goals starts from last year's unfinished ones.
    if (m_goals->goals(shown).isEmpty() && !carryOverCandidates(*m_goals, shown - 1).isEmpty()
        && !m_window.editor()->isReadOnly())
        m_view->carryOverFromLastYear(true);
}

qint64 GoalsIntegration::newCheckIn(QDate today, std::optional<bool> catchUp)
{
    if (refuseWhenReadOnly() || !m_window.save())
        return 0;
    const IsoWeek week = IsoWeek::fromDate(today);
    if (const std::optional<Entry> existing = weeklyEntryFor(m_store, week)) {
        m_window.openEntry(existing->id);
        return existing->id;
    }
    WeekSpan span {week, week};
    if (std::optional<WeekSpan> missed = weeksSinceLastCheckIn(m_store, week)) {
        // A catch-up belongs to one year's goals: it starts no earlier than this year's W01.
        missed->first = std::max(missed->first, IsoWeek {week.year, 1});
        if (missed->isValid()) {
            bool answer = catchUp.value_or(false);
            if (!catchUp) {
                QMessageBox box(QMessageBox::Question, tr("New Check-in"),
                    tr("No weekly check-in since %1: %n week(s) were skipped. Write one catch-up check-in that "
                       "covers %2 to %3 (this week included)? Each goal then gets one check-in for the whole span.",
                        nullptr, missed->weekCount())
                        .arg(missed->first.previous().toString(), missed->first.toString(), week.toString()),
                    QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, &m_window);
                box.button(QMessageBox::Yes)->setText(tr("&Catch Up"));
                box.button(QMessageBox::No)->setText(tr("&Only This Week"));
                box.setDefaultButton(QMessageBox::Yes);
                const int chosen = box.exec();
                if (chosen == QMessageBox::Cancel)
                    return 0;
                answer = chosen == QMessageBox::Yes;
            }
            if (answer)
                span.first = missed->first;
        }
    }
    QList<Goal> active;
    for (const Goal &goal : m_goals->goals(week.year)) {
        if (goal.status == GoalStatus::Active)
            active << goal;
    }
    Entry entry = newCheckInEntry(span, active, m_settings.checkInTemplate());
    applyText(entry, entry.text); // what the store derives from the text (open tasks, tags)
    QString error;
    if (!m_store.insert(entry, &error)) {
        QMessageBox::warning(&m_window, tr("New Check-in"), tr("The check-in could not be stored: %1").arg(error));
        return 0;
    }
    if (!m_window.openEntry(entry.id))
        return 0;
    // Start writing under the first heading of the body.
    Editor *editor = m_window.editor();
    const qsizetype heading = entry.text.indexOf(u"\n## "_s);
    QTextCursor cursor(editor->document());
    cursor.setPosition(heading < 0 ? int(entry.text.size()) : int(entry.text.indexOf(u'\n', heading + 1) + 1));
    editor->setTextCursor(cursor);
    editor->setFocus();
    return entry.id;
}

int GoalsIntegration::makeGoalsFromSelection(std::optional<int> year)
{
    if (refuseWhenReadOnly())
        return 0;
    QString list = m_window.editor()->textCursor().selectedText();
    list.replace(QChar::ParagraphSeparator, u'\n');
    if (list.trimmed().isEmpty()) {
        QMessageBox::information(&m_window, tr("Make Goals from Selected List"),
            tr("Select a Markdown list in the entry first, such as the one that ends a yearly retrospective."));
        return 0;
    }
    if (!year) {
        const std::optional<Entry> entry = m_store.entry(m_window.currentEntryId());
        const QDate date = entry ? entry->date : QDate::currentDate();
        bool ok = false;
        const int chosen = QInputDialog::getInt(&m_window, tr("Make Goals from Selected List"),
            tr("Goals of the year:"), date.month() >= 10 ? date.year() + 1 : date.year(), 1900, 9999, 1, &ok);
        if (!ok)
            return 0;
        year = chosen;
    }
    m_view->setYear(*year);
    const int made = m_view->makeGoalsFromList(list);
    m_goalsWindow->show();
    m_goalsWindow->raise();
    m_window.statusBar()->showMessage(
        tr("%n goal(s) made for %1; edit their measures in the goals window.", nullptr, made).arg(*year), 8000);
    return made;
}

bool GoalsIntegration::insertProgressSnapshot()
{
    if (refuseWhenReadOnly())
        return false;
    const std::optional<Entry> entry = m_store.entry(m_window.currentEntryId());
    if (!entry) {
        m_window.statusBar()->showMessage(tr("Open the half-year review the snapshot goes into first."), 5000);
        return false;
    }
    const QDate date = entry->date.isValid() ? entry->date : QDate::currentDate();
    const int year = IsoWeek::fromDate(date).year;
    const QList<Goal> goals = m_goals->goals(year);
    QHash<qint64, QList<CheckIn>> checkIns;
    for (const Goal &goal : goals) {
        checkIns[goal.id] = m_goals->checkIns(goal.id);
        if (goal.carriedFrom > 0)
            checkIns[goal.id] << m_goals->checkIns(goal.carriedFrom);
    }
    QTextCursor cursor = m_window.editor()->textCursor();
    cursor.beginEditBlock();
    if (cursor.positionInBlock() > 0)
        cursor.insertText(u"\n\n"_s);
    cursor.insertText(progressSnapshotMarkdown(year, goals, checkIns, date));
    cursor.endEditBlock();
    m_window.editor()->setTextCursor(cursor);
    return true;
}

void GoalsIntegration::editTemplate()
{
    CheckInTemplateDialog dialog(m_settings.checkInTemplate(), &m_window);
    if (dialog.exec() == QDialog::Accepted)
        m_settings.setCheckInTemplate(dialog.bodyTemplate());
}
