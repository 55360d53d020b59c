#pragma once

#include "goals/goal.h"
#include "goals/progress.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>

class EntryStore;
class GoalStore;
class QUndoStack;

/// A year's goals × its ISO weeks, for the goals grid (issue 5).
///
/// Rows are the year's goals in the user's order. Column TitleColumn holds the goal,
/// ProgressColumn its derived progress (ProgressRole for the delegate's bar),
/// ConfidenceColumn the confidence of its check-ins (ConfidenceTrendRole for a sparkline,
/// the latest as `7/10` for display), and the columns from FirstWeekColumn on hold weeks
/// 1 … 52 or 53 of the ISO year. A week cell is
/// user-checkable: Qt::Checked when a ticked check-in covers the week, PartiallyChecked
/// when there is a check-in that is not ticked, else Unchecked; its DisplayRole is the
/// amount, if any. Setting Qt::CheckStateRole on a week cell ticks or unticks the goal by
/// editing that week's entry text through a TickCommand, pushed onto the undo stack when
/// one is set; the cell changes when the check-in follows from the text (CheckInSync).
///
/// The model follows GoalStore's goalsChanged (a reset, when it is this year's) and
/// checkInsChanged (dataChanged over progress and weeks) signals.
class GoalsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TitleColumn = 0,
        ProgressColumn = 1,
        ConfidenceColumn = 2,
        FirstWeekColumn = 3,
    };
    Q_ENUM(Column)

    enum Role {
        GoalIdRole = Qt::UserRole + 1, ///< qint64, every column
        MeasureRole, ///< QString, goalMeasureName()
        StatusRole, ///< QString, goalStatusName()
        ProgressRole, ///< double 0..1, the bar's fill (GoalProgress::fraction)
        ProgressTextRole, ///< QString, "12 / 52", "4 / 12 권", "done"
        HabitScoreRole, ///< double 0..1, weekly goals
        WeekRole, ///< QString `2023-W05`, week columns
        CurrentWeekRole, ///< bool, week columns: the week holding today
        AmountRole, ///< double or invalid, week columns
        NoteRole, ///< QString, week columns: the check-in's note
        SilenceTextRole, ///< QString, "no check-in since 2023-W34" or empty
        /// QList<QPointF>, every column: the year's check-ins that carry a confidence, oldest
        /// first, as (ISO week number of the check-in's last week, confidence 1..10)
        ConfidenceTrendRole,
    };
    Q_ENUM(Role)

    GoalsModel(GoalStore &goals, EntryStore &entries, QObject *parent = nullptr);

    int year() const { return m_year; }
    /// Shows the goals of ISO year @p year (a reset).
    void setYear(int year);
    /// The week that counts as now (default: this week); for tests and screenshots.
    void setToday(IsoWeek today);
    IsoWeek today() const { return m_today; }
    /// Where ticks from setData() go so they can be undone; without one they are applied
    /// directly.
    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }
    /// A read-only model (the diary is open in another Hoego) shows ticks but takes none:
    /// week cells are not checkable and setData() refuses.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    /// The body template of weekly entries a tick has to create (expandCheckInTemplate()).
    void setCheckInTemplate(const QString &bodyTemplate) { m_template = bodyTemplate; }

    /// Makes @p edit (the new text for the old) to entry @p entryId's text where the user
    /// is editing it; returns false when the entry is not open there.
    using OpenEntryEditor = std::function<bool(qint64 entryId, const std::function<QString(const QString &)> &edit)>;
    /// Where ticks go when the week's entry is open in the editor: setData() hands the
    /// edit to @p editor, so it lands in the editor's text and its undo history, and the
    /// cell follows once the editor saves. Ticks of other weeks still go through a
    /// TickCommand on the undo stack.
    void setOpenEntryEditor(OpenEntryEditor editor) { m_openEntryEditor = std::move(editor); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The goal of @p row; a default Goal for a row out of range.
    Goal goal(int row) const;
    /// The row of goal @p id, or -1.
    int rowOf(qint64 id) const;
    GoalProgress progress(int row) const;
    /// The ISO week of week column @p column, invalid for the other columns.
    IsoWeek weekOf(int column) const;
    /// The column of @p week, or -1 when it is not in this year.
    int columnOf(IsoWeek week) const;
    YearSummary summary() const;
    /// "5 of 12 goals done, check-ins in 33 of 52 weeks", in the UI language.
    QString summaryText() const;
    /// The error of the last tick that failed, for the view to show.
    QString lastError() const { return m_lastError; }

    /// Reloads goals and check-ins from the store (a reset).
    void reload();

private:
    void reloadCheckIns();
    const CheckIn *checkInAt(int row, IsoWeek week) const;

    GoalStore &m_goals;
    EntryStore &m_entries;
    QUndoStack *m_undoStack = nullptr;
    bool m_readOnly = false;
    QString m_template;
    OpenEntryEditor m_openEntryEditor;
    int m_year = 0;
    IsoWeek m_today;
    QList<Goal> m_rows;
    QHash<qint64, QList<CheckIn>> m_checkIns; // goal id → its check-ins, oldest first
    QList<GoalProgress> m_progress; // per row
    QString m_lastError;
};
