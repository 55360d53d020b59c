#pragma once

#include "diary/entry.h"
#include "goals/goal.h"
#include "goals/weektext.h"

#include <QUndoCommand>

class EntryStore;
class GoalStore;

/// Ticks (or unticks) one goal for one ISO week by editing the text of that week's entry,
/// as one undoable user intent: the goals grid, `hoego checkin` and tests all go through it.
///
/// redo() finds the weekly entry of the week (the first one stored; see weeklyEntryFor()),
/// or creates it from the template (newWeeklyEntry(), with the year's active goals), and
/// sets the goal's task item with setGoalTask(). The check-in itself follows from the
/// text through CheckInSync, which must be listening to the stores. undo() puts the text
/// back, or removes the entry it created.
///
/// Errors (a goal that does not exist, a database that cannot be written) leave the diary
/// as it was; ok() and error() report them after redo() or undo(). A command whose first
/// redo() failed marks itself obsolete, so QUndoStack::push() drops it.
class TickCommand : public QUndoCommand
{
public:
    TickCommand(EntryStore &entries, GoalStore &goals, qint64 goalId, IsoWeek week, bool done,
        std::optional<double> amount = std::nullopt, QUndoCommand *parent = nullptr);

    /// The body template (expandCheckInTemplate()) of an entry redo() has to create;
    /// defaultCheckInTemplate() unless set before the first redo().
    void setEntryTemplate(const QString &bodyTemplate) { m_template = bodyTemplate; }

    void redo() override;
    void undo() override;

    bool ok() const { return m_error.isEmpty(); }
    /// Also writes redo()'s error to @p sink, which outlives the command: a command that
    /// failed is deleted by QUndoStack::push() before the caller can ask it.
    void reportErrorsTo(QString *sink) { m_errorSink = sink; }
    QString error() const { return m_error; }
    /// The entry edited or created, after redo(); 0 before or on failure.
    qint64 entryId() const { return m_entryId; }
    /// Whether redo() changed the text (false when the item already said so).
    bool changedText() const { return m_before != m_after || m_created; }

private:
    void prepareAndApply();

    EntryStore &m_entries;
    GoalStore &m_goals;
    qint64 m_goalId;
    IsoWeek m_week;
    bool m_done;
    std::optional<double> m_amount;
    qint64 m_entryId = 0;
    bool m_created = false;
    bool m_prepared = false;
    bool m_applied = false;
    QString m_before;
    QString m_after;
    QString m_error;
    QString *m_errorSink = nullptr;
    QString m_template = defaultCheckInTemplate();
};

/// The weekly entry stored for @p week: the first (by date, then id) weekly entry whose
/// date lies in that ISO week, or nullopt.
std::optional<Entry> weeklyEntryFor(const EntryStore &entries, IsoWeek week);

/// The weeks before @p week that no weekly entry covers since the last one that does
/// (entryWeeks(), so a catch-up's span counts): what a catch-up check-in offers to cover.
/// Nullopt when the week before @p week is covered, or when no weekly entry lies before
/// @p week at all (a diary that never had check-ins has nothing to catch up on).
std::optional<WeekSpan> weeksSinceLastCheckIn(const EntryStore &entries, IsoWeek week);

/// The goalKey()s of the aliases that link task items to @p goal (GoalStore::aliases()).
QSet<QString> goalAliasKeys(const GoalStore &goals, const Goal &goal);
