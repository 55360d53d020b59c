#include "goals/weektext.h"

#include "diary/frontmatter.h"
#include "goals/taskitems.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

WeekSpan entryWeeks(const Entry &entry)
{
    if (entry.kind != EntryKind::Weekly || !entry.date.isValid())
        return {};
    const FrontMatterSplit split = splitFrontMatter(entry.text);
    if (split.present) {
        static const QRegularExpression weeksLine(
            uR"(^weeks:\s*["']?(\d{4}-?W\d{2})\s*(?:\.\.|/|–|-)\s*(\d{4}-?W\d{2})["']?\s*$)"_s,
            QRegularExpression::MultilineOption);
        const QRegularExpressionMatch match
            = weeksLine.matchView(QStringView(entry.text).sliced(split.yamlStart, split.yamlEnd - split.yamlStart));
        if (match.hasMatch()) {
            const std::optional<IsoWeek> first = IsoWeek::fromString(match.capturedView(1));
            const std::optional<IsoWeek> last = IsoWeek::fromString(match.capturedView(2));
            if (first && last && *first <= *last)
                return {*first, *last};
        }
    }
    const IsoWeek week = IsoWeek::fromDate(entry.date);
    return {week, week};
}

QList<CheckIn> checkInsFromText(QStringView text, WeekSpan span, const QList<Goal> &goals,
    const QHash<QString, qint64> &aliases, QList<UnmatchedTask> *unmatched)
{
    QList<CheckIn> result;
    if (!span.isValid())
        return result;
    QHash<QString, qint64> byKey = aliases;
    for (const Goal &goal : goals)
        byKey.insert(goalKey(goal.title), goal.id); // a goal's own title wins over an alias
    QSet<qint64> seen;
    for (const TaskLine &item : readTaskItems(text)) {
        const qint64 goalId = byKey.value(goalKey(item.title));
        if (goalId == 0) {
            if (unmatched)
                unmatched->append({0, span.first, item.title, item.checked});
            continue;
        }
        if (seen.contains(goalId))
            continue;
        seen.insert(goalId);
        CheckIn checkIn;
        checkIn.goalId = goalId;
        checkIn.firstWeek = span.first;
        checkIn.lastWeek = span.last;
        checkIn.done = item.checked;
        checkIn.amount = item.amount;
        checkIn.note = item.note;
        result << checkIn;
    }
    return result;
}

QString goalsHeading()
{
    return u"목표 체크 · Goals"_s;
}

QString setGoalTask(
    const QString &text, const Goal &goal, const QSet<QString> &aliasKeys, bool done, std::optional<double> amount)
{
    const QString key = goalKey(goal.title);
    const QList<TaskLine> items = readTaskItems(text);
    for (const TaskLine &item : items) {
        const QString itemKey = goalKey(item.title);
        if (itemKey != key && !aliasKeys.contains(itemKey))
            continue;
        QString result = text;
        // Replace the item's text first (it lies after the marker, so offsets stay valid).
        if (amount) {
            QString parenthetical = formatAmount(*amount, item.unit.isEmpty() ? goal.unit : item.unit);
            if (!item.note.isEmpty())
                parenthetical += u", "_s + item.note;
            result.replace(item.textStart, item.lineEnd - item.textStart, item.title + u" ("_s + parenthetical + u')');
        }
        result[item.markerOffset + 1] = done ? u'x' : u' ';
        return result;
    }

    QString line = u"- ["_s + (done ? u"x"_s : u" "_s) + u"] "_s + goal.title;
    if (amount)
        line += u" ("_s + formatAmount(*amount, goal.unit) + u')';
    // After the last top-level task item and its continuation lines.
    const TaskLine *last = nullptr;
    for (const TaskLine &item : items) {
        if (item.depth == 0)
            last = &item;
    }
    if (last) {
        qsizetype at = last->lineEnd;
        while (at < text.size()) {
            const qsizetype next = text.indexOf(u'\n', at + 1);
            const QStringView following = QStringView(text).sliced(at + 1, (next < 0 ? text.size() : next) - at - 1);
            if (following.isEmpty() || !(following.startsWith(u' ') || following.startsWith(u'\t')))
                break;
            at = next < 0 ? text.size() : next;
        }
        return text.left(at) + u'\n' + line + text.mid(at);
    }
    QString result = text;
    if (!result.isEmpty() && !result.endsWith(u'\n'))
        result += u'\n';
    if (!result.isEmpty() && !result.endsWith(u"\n\n"_s) && result != u"\n"_s)
        result += u'\n';
    result += u"## "_s + goalsHeading() + u'\n' + line + u'\n';
    return result;
}

Entry newWeeklyEntry(IsoWeek week, const QList<Goal> &goals)
{
    Entry entry;
    entry.kind = EntryKind::Weekly;
    entry.date = week.lastDay();
    entry.title = u"주간 회고 - %1년 %2주차 · Week %2"_s.arg(week.year).arg(week.week);
    entry.tags = {u"weekly"_s, u"회고"_s};
    QString text = u"---\ntitle: \"%1\"\ndate: %2\nkind: weekly\ntags: [weekly, 회고]\n---\n\n"_s.arg(
        entry.title, entry.date.toString(Qt::ISODate));
    text += u"## Keep\n\n\n## Problem\n\n\n## Try\n\n\n## "_s + goalsHeading() + u'\n';
    for (const Goal &goal : goals)
        text += u"- [ ] "_s + goal.title + u'\n';
    entry.text = text;
    return entry;
}
