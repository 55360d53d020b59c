#pragma once

#include "goals/goal.h"

#include <QHash>
#include <QObject>

class Database;

/// All SQL about goals, their check-ins and their aliases (schema 2). Takes and returns
/// Goal and CheckIn values, binds every value, runs each write in one transaction and
/// reports failure through @p error (a sentence for the user).
///
/// Emits goalsChanged() after a goal or alias is written and checkInsChanged() after
/// check-ins are, so models and CheckInSync can follow without polling. Check-ins made
/// from an entry disappear with it (ON DELETE CASCADE); those of a goal, with the goal.
class GoalStore : public QObject
{
    Q_OBJECT
public:
    explicit GoalStore(Database &database, QObject *parent = nullptr);

    /// The goals of @p year in the user's order.
    QList<Goal> goals(int year) const;
    std::optional<Goal> goal(qint64 id) const;
    /// Years that have goals, oldest first.
    QList<int> years() const;

    /// Stores @p goal at the end of its year's order; sets its id and position.
    bool addGoal(Goal &goal, QString *error);
    /// Rewrites every field of the stored goal with id goal.id except its position.
    bool updateGoal(const Goal &goal, QString *error);
    bool removeGoal(qint64 id, QString *error);
    /// Moves goal @p id to 0-based @p position in its year's order, shifting the others.
    bool moveGoal(qint64 id, int position, QString *error);

    /// Normalised task-item titles (goalKey()) linked to goals of @p year: key → goal id.
    QHash<QString, qint64> aliases(int year) const;
    /// Remembers that task items reading @p title (any case, NFC or NFD) mean goal @p goalId.
    bool addAlias(qint64 goalId, const QString &title, QString *error);

    /// Check-ins of goal @p goalId, oldest week first.
    QList<CheckIn> checkIns(qint64 goalId) const;
    /// Check-ins of every goal of @p year, oldest week first.
    QList<CheckIn> checkInsOfYear(int year) const;
    /// Check-ins produced by the task items of entry @p entryId.
    QList<CheckIn> checkInsOfEntry(qint64 entryId) const;
    /// Replaces the check-ins of entry @p entryId by @p checkIns (entryId set on each),
    /// in one transaction. Emits checkInsChanged() only when something changed.
    bool replaceEntryCheckIns(qint64 entryId, const QList<CheckIn> &checkIns, QString *error);
    /// Stores a check-in not backed by a task item (a catch-up span); sets its id.
    bool addCheckIn(CheckIn &checkIn, QString *error);
    bool removeCheckIn(qint64 id, QString *error);

    Database &database() const { return m_database; }

Q_SIGNALS:
    void goalsChanged(int year);
    void checkInsChanged();

private:
    bool insertCheckIn(CheckIn &checkIn, QString *error);

    Database &m_database;
};
