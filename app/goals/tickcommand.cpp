#include "goals/tickcommand.h"

#include "goals/goalstore.h"
#include "goals/taskitems.h"
#include "goals/weektext.h"
#include "io/entrydocument.h"
#include "storage/entrystore.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

std::optional<Entry> weeklyEntryFor(const EntryStore &entries, IsoWeek week)
{
    std::optional<Entry> found;
    QList<int> years {week.firstDay().year()};
    if (week.lastDay().year() != years.first())
        years << week.lastDay().year();
    for (int year : std::as_const(years)) {
        EntryFilter filter;
        filter.year = year;
        filter.kind = EntryKind::Weekly;
        for (const Entry &entry : entries.entries(filter)) {
            if (!week.contains(entry.date))
                continue;
            if (!found || entry.date < found->date || (entry.date == found->date && entry.id < found->id))
                found = entry;
        }
    }
    return found;
}

QSet<QString> goalAliasKeys(const GoalStore &goals, const Goal &goal)
{
    QSet<QString> keys;
    const QHash<QString, qint64> aliases = goals.aliases(goal.year);
    for (auto it = aliases.cbegin(); it != aliases.cend(); ++it) {
        if (it.value() == goal.id)
            keys.insert(it.key());
    }
    return keys;
}

std::optional<WeekSpan> weeksSinceLastCheckIn(const EntryStore &entries, IsoWeek week)
{
    EntryFilter filter;
    filter.kind = EntryKind::Weekly;
    std::optional<IsoWeek> lastCovered;
    for (const Entry &entry : entries.entries(filter)) {
        const WeekSpan span = entryWeeks(entry);
        if (!span.isValid() || span.first >= week)
            continue;
        const IsoWeek last = std::min(span.last, week.previous());
        if (!lastCovered || *lastCovered < last)
            lastCovered = last;
    }
    if (!lastCovered || *lastCovered >= week.previous())
        return std::nullopt;
    return WeekSpan {lastCovered->next(), week.previous()};
}

TickCommand::TickCommand(EntryStore &entries, GoalStore &goals, qint64 goalId, IsoWeek week, bool done,
    std::optional<double> amount, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_entries(entries)
    , m_goals(goals)
    , m_goalId(goalId)
    , m_week(week)
    , m_done(done)
    , m_amount(amount)
{
    setText(done ? QCoreApplication::translate("TickCommand", "Tick goal in %1").arg(week.toString())
                 : QCoreApplication::translate("TickCommand", "Untick goal in %1").arg(week.toString()));
}

void TickCommand::redo()
{
    m_error.clear();
    prepareAndApply();
    // A command that could not do anything leaves the undo stack at once.
    if (!m_error.isEmpty() && !m_applied)
        setObsolete(true);
    if (m_errorSink)
        *m_errorSink = m_error;
}

void TickCommand::prepareAndApply()
{
    m_applied = false;
    if (!m_prepared) {
        const std::optional<Goal> goal = m_goals.goal(m_goalId);
        if (!goal) {
            m_error = QCoreApplication::translate("TickCommand", "There is no goal %1.").arg(m_goalId);
            return;
        }
        if (!m_week.isValid()) {
            m_error = QCoreApplication::translate("TickCommand", "A check-in needs a valid ISO week such as 2023-W05.");
            return;
        }
        setText((m_done ? QCoreApplication::translate("TickCommand", "Tick “%1” in %2")
                        : QCoreApplication::translate("TickCommand", "Untick “%1” in %2"))
                .arg(goal->title, m_week.toString()));
        const QSet<QString> aliasKeys = goalAliasKeys(m_goals, *goal);
        std::optional<Entry> entry = weeklyEntryFor(m_entries, m_week);
        if (entry) {
            m_entryId = entry->id;
            m_before = entry->text;
        } else {
            QList<Goal> active;
            for (const Goal &g : m_goals.goals(m_week.year)) {
                if (g.status == GoalStatus::Active || g.id == m_goalId)
                    active << g;
            }
            m_created = true;
            m_before = newWeeklyEntry(m_week, active, m_template).text;
        }
        m_after = setGoalTask(m_before, *goal, aliasKeys, m_done, m_amount);
        m_prepared = true;
    }

    if (m_created) {
        Entry entry = newWeeklyEntry(m_week, {});
        applyText(entry, m_after);
        if (!m_entries.insert(entry, &m_error))
            return;
        m_entryId = entry.id;
        m_applied = true;
        return;
    }
    if (m_before == m_after) {
        m_applied = true;
        return;
    }
    std::optional<Entry> entry = m_entries.entry(m_entryId);
    if (!entry) {
        m_error = QCoreApplication::translate("TickCommand", "The week's entry was removed.");
        return;
    }
    applyText(*entry, m_after); // also marks an imported entry as edited in Hoego
    m_applied = m_entries.update(*entry, &m_error);
}

void TickCommand::undo()
{
    m_error.clear();
    if (!m_prepared)
        return;
    if (m_created) {
        m_entries.remove(m_entryId, &m_error);
        return;
    }
    if (m_before == m_after)
        return;
    std::optional<Entry> entry = m_entries.entry(m_entryId);
    if (!entry) {
        m_error = QCoreApplication::translate("TickCommand", "The week's entry was removed.");
        return;
    }
    applyText(*entry, m_before);
    m_entries.update(*entry, &m_error);
}
