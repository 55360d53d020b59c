#pragma once

#include "goals/weektext.h"

#include <QObject>

class EntryStore;
class GoalStore;

/// Keeps the check-ins made from weekly entries in step with the entries' text, which is
/// their one truth: whenever a weekly entry is inserted, updated or imported, its task
/// items are read again (checkInsFromText()) and its check-ins replaced; a removed entry's
/// check-ins go with it (ON DELETE CASCADE). When a year's goals or aliases change, that
/// year's weekly entries are read again, so adding the goals after importing the posts
/// produces their check-ins.
///
/// Use: construct one beside the stores (the main window, a CLI command, a test); it
/// follows EntryStore's and GoalStore's signals. Errors of the automatic syncs are kept in
/// lastError() (and the sync goes on with the next entry); syncEntry() and syncAll() also
/// return them.
class CheckInSync : public QObject
{
    Q_OBJECT
public:
    CheckInSync(EntryStore &entries, GoalStore &goals, QObject *parent = nullptr);

    /// Re-reads entry @p entryId (any kind: a non-weekly entry gets no check-ins).
    bool syncEntry(qint64 entryId, QString *error);
    /// Re-reads the weekly entries whose weeks belong to @p year (ISO week-year).
    bool syncYear(int year, QString *error);
    /// Re-reads every weekly entry.
    bool syncAll(QString *error);

    /// Task items of @p year's weekly entries that match no goal nor alias, in week order:
    /// what the goals view offers for linking.
    QList<UnmatchedTask> unmatchedTasks(int year) const;

    QString lastError() const { return m_lastError; }

private:
    QList<Entry> weeklyEntriesOfYear(int year) const;
    bool syncLoaded(const Entry &entry, QString *error);

    EntryStore &m_entries;
    GoalStore &m_goals;
    QString m_lastError;
};
