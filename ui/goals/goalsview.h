#pragma once

#include <QWidget>

class CheckInSync;
class EntryStore;
class GoalStore;
class GoalsModel;
class QLabel;
class QSpinBox;
class QTableView;
class QToolButton;
class QUndoStack;

/// The Goals view (issue 5): a year's goals × weeks grid with a progress bar per goal, a
/// summary line ("5 of 12 goals done, check-ins in 33 of 52 weeks"), and the actions on
/// goals: add, edit, drop, move up/down, link an unmatched task item, carry unfinished
/// goals over from last year, and makeGoalsFromList() for a list selected in the editor.
///
/// Use: construct over the stores (a CheckInSync must be following them) and an undo
/// stack shared with the editor; ticks in the grid become TickCommands on that stack and
/// edit the week's entry text. Errors are shown in the summary line's place.
class GoalsView : public QWidget
{
    Q_OBJECT
public:
    GoalsView(
        GoalStore &goals, EntryStore &entries, CheckInSync &sync, QUndoStack *undoStack, QWidget *parent = nullptr);

    GoalsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    void setYear(int year);
    int year() const;

    /// Read-only (the diary is open in another Hoego): the goals and ticks show, the year can
    /// change, but the buttons and the grid's cells change nothing.
    void setReadOnly(bool readOnly);

    /// Adds a goal of the shown year for each list item in @p markdown (goalsFromList()),
    /// after the existing ones. Returns how many were added.
    int makeGoalsFromList(const QString &markdown);
    /// Copies last year's unfinished goals into the shown year (asks first when @p ask).
    int carryOverFromLastYear(bool ask = true);

private:
    void addGoal();
    void editGoal();
    void dropGoal();
    void moveGoal(int delta);
    void linkTask();
    void updateSummary();
    void scrollToToday();
    qint64 currentGoalId() const;
    void showError(const QString &error);

    GoalStore &m_goals;
    CheckInSync &m_sync;
    GoalsModel *m_model;
    QTableView *m_table;
    QSpinBox *m_year;
    QLabel *m_summary;
    QList<QToolButton *> m_buttons; ///< the actions that change goals
};
