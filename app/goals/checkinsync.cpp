#include "goals/checkinsync.h"

#include "goals/goalstore.h"
#include "storage/entrystore.h"

using namespace Qt::StringLiterals;

CheckInSync::CheckInSync(EntryStore &entries, GoalStore &goals, QObject *parent)
    : QObject(parent)
    , m_entries(entries)
    , m_goals(goals)
{
    const auto follow = [this](qint64 id) {
        QString error;
        if (!syncEntry(id, &error))
            m_lastError = error;
    };
    connect(&m_entries, &EntryStore::entryInserted, this, follow);
    connect(&m_entries, &EntryStore::entryUpdated, this, follow);
    connect(&m_entries, &EntryStore::entryRemoved, &m_goals, &GoalStore::checkInsChanged);
    connect(&m_entries, &EntryStore::entriesReset, this, [this] {
        QString error;
        if (!syncAll(&error))
            m_lastError = error;
    });
    connect(&m_goals, &GoalStore::goalsChanged, this, [this](int year) {
        QString error;
        if (!syncYear(year, &error))
            m_lastError = error;
    });
}

bool CheckInSync::syncLoaded(const Entry &entry, QString *error)
{
    const WeekSpan span = entryWeeks(entry);
    QList<CheckIn> checkIns;
    if (span.isValid()) {
        const int year = span.first.year;
        checkIns = checkInsFromText(entry.text, span, m_goals.goals(year), m_goals.aliases(year));
    }
    return m_goals.replaceEntryCheckIns(entry.id, checkIns, error);
}

bool CheckInSync::syncEntry(qint64 entryId, QString *error)
{
    const std::optional<Entry> entry = m_entries.entry(entryId);
    if (!entry)
        return true; // removed meanwhile: its check-ins went with it
    return syncLoaded(*entry, error);
}

QList<Entry> CheckInSync::weeklyEntriesOfYear(int year) const
{
    // An ISO year's weeks run from late December of the year before to early January of
    // the year after.
    QList<Entry> result;
    for (int calendarYear : {year - 1, year, year + 1}) {
        EntryFilter filter;
        filter.year = calendarYear;
        filter.kind = EntryKind::Weekly;
        for (const Entry &entry : m_entries.entries(filter)) {
            const WeekSpan span = entryWeeks(entry);
            if (span.isValid() && span.first.year == year)
                result << entry;
        }
    }
    std::sort(result.begin(), result.end(),
        [](const Entry &a, const Entry &b) { return a.date != b.date ? a.date < b.date : a.id < b.id; });
    return result;
}

bool CheckInSync::syncYear(int year, QString *error)
{
    bool ok = true;
    for (const Entry &entry : weeklyEntriesOfYear(year)) {
        if (!syncLoaded(entry, error))
            ok = false;
    }
    return ok;
}

bool CheckInSync::syncAll(QString *error)
{
    EntryFilter filter;
    filter.kind = EntryKind::Weekly;
    bool ok = true;
    for (const Entry &entry : m_entries.entries(filter)) {
        if (!syncLoaded(entry, error))
            ok = false;
    }
    return ok;
}

QList<UnmatchedTask> CheckInSync::unmatchedTasks(int year) const
{
    QList<UnmatchedTask> result;
    const QList<Goal> goals = m_goals.goals(year);
    const QHash<QString, qint64> aliases = m_goals.aliases(year);
    for (const Entry &entry : weeklyEntriesOfYear(year)) {
        QList<UnmatchedTask> found;
        checkInsFromText(entry.text, entryWeeks(entry), goals, aliases, &found);
        for (UnmatchedTask &task : found)
            task.entryId = entry.id;
        result << found;
    }
    return result;
}
