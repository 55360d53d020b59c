#pragma once

#include <QDate>
#include <QObject>

#include <functional>
#include <optional>

class AppSettings;
class CheckInSync;
class EntryStore;
class GoalStore;
class GoalsView;
class MainWindow;
class QAction;
class QMenu;
class QUndoStack;
class QWidget;

/// The goal tracker in the main window (issue 5): a Goals menu — Goals… (Ctrl+Shift+G, the
/// goals window for this ISO year, with a year chooser), New Check-in (Ctrl+Shift+N), Make
/// Goals from Selected List, Carry Over Unfinished Goals…, Insert Progress Snapshot and
/// Check-in Template… — and the wiring that keeps the grid and the editor one truth:
///
/// - A tick in the grid for the week whose entry is open in the editor edits the editor's
///   text as one step of the editor's own undo history (Ctrl+Z in the editor takes it
///   back) and saves it; the cell follows through CheckInSync. Ticks of other weeks go
///   through TickCommand on the goals window's undo stack (its Undo/Redo actions).
/// - When the open entry is changed in the store by someone else (an undo in the goals
///   window) and the editor holds no unsaved edits, the editor takes the new text, again
///   as one undoable step. With unsaved edits the editor's text wins at its next save.
/// - Typing `- [x] title` in a weekly entry changes the grid once the editor saves.
///
/// The editor's context menu offers Make Goals from Selected List when the selection holds
/// a list item.
///
/// Use: construct once over the main window (which owns it), after the window's menus.
class GoalsIntegration : public QObject
{
    Q_OBJECT
public:
    GoalsIntegration(MainWindow &window, EntryStore &store, AppSettings &settings);

    GoalStore *goals() const { return m_goals; }
    CheckInSync *sync() const { return m_sync; }
    GoalsView *view() const { return m_view; }
    /// The goals window (a top-level window owned by the main window) holding view().
    QWidget *goalsWindow() const { return m_goalsWindow; }
    QUndoStack *undoStack() const { return m_undoStack; }
    QMenu *menu() const { return m_menu; }

    /// Shows the goals window for @p year (default: the ISO year of today). A year without
    /// goals whose year before has unfinished ones offers to carry them over.
    void showGoals(std::optional<int> year = std::nullopt);

    /// New Check-in: opens the weekly entry of @p today's ISO week, creating it from the
    /// check-in template with a task item per active goal. When weeks before it have no
    /// weekly entry since the last one, offers a catch-up entry covering them and this week
    /// (at most back to the year's first week); @p catchUp answers that offer without
    /// asking. Returns the opened entry's id, 0 when nothing was opened.
    qint64 newCheckIn(QDate today, std::optional<bool> catchUp = std::nullopt);

    /// Make Goals from Selected List: a goal for each item of the Markdown list selected in
    /// the editor, in @p year (default: asks, suggesting the next year for an entry dated
    /// October to December, else the entry's year). Returns how many were made.
    int makeGoalsFromSelection(std::optional<int> year = std::nullopt);

    /// Inserts progressSnapshotMarkdown() as of the open entry's date (a half-year
    /// review's) at the editor's cursor. False when no entry is open or the diary is
    /// read-only.
    bool insertProgressSnapshot();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createMenu();
    void editTemplate();
    void followStoredText(qint64 entryId);
    bool editOpenEntry(qint64 entryId, const std::function<QString(const QString &)> &edit);
    bool refuseWhenReadOnly();

    MainWindow &m_window;
    EntryStore &m_store;
    AppSettings &m_settings;
    GoalStore *m_goals;
    CheckInSync *m_sync;
    QUndoStack *m_undoStack;
    QWidget *m_goalsWindow;
    GoalsView *m_view;
    QMenu *m_menu = nullptr;
    QAction *m_makeGoals = nullptr;
};
