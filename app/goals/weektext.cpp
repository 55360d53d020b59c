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
        checkIn.confidence = item.confidence;
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
            if (!item.confidenceText.isEmpty())
                parenthetical += u", "_s + item.confidenceText;
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

QString defaultCheckInTemplate()
{
    return u"## Keep\n\n\n## Problem\n\n\n## Try\n\n\n## "_s + goalsHeading() + u"\n{goals}\n"_s;
}

QString expandCheckInTemplate(const QString &bodyTemplate, WeekSpan span, const QList<Goal> &goals)
{
    QString items;
    for (const Goal &goal : goals)
        items += u"- [ ] "_s + goal.title + u'\n';
    items.chop(1); // the template's own line break follows {goals}
    const QString weeks
        = span.first == span.last ? span.first.toString() : span.first.toString() + u".."_s + span.last.toString();
    QString text = bodyTemplate;
    if (items.isEmpty())
        text.replace(u"{goals}\n"_s, QString()); // no empty line where the items would be
    // The goals last, so a title is never read as a placeholder.
    text.replace(u"{year}"_s, QString::number(span.last.year))
        .replace(u"{week}"_s, QString::number(span.last.week))
        .replace(u"{weeks}"_s, weeks)
        .replace(u"{monday}"_s, span.first.firstDay().toString(Qt::ISODate))
        .replace(u"{sunday}"_s, span.last.lastDay().toString(Qt::ISODate))
        .replace(u"{goals}"_s, items);
    return text;
}

Entry newWeeklyEntry(IsoWeek week, const QList<Goal> &goals, const QString &bodyTemplate)
{
    return newCheckInEntry({week, week}, goals, bodyTemplate);
}

Entry newCheckInEntry(WeekSpan span, const QList<Goal> &goals, const QString &bodyTemplate)
{
    Entry entry;
    entry.kind = EntryKind::Weekly;
    entry.date = span.last.lastDay();
    entry.tags = {u"weekly"_s, u"회고"_s};
    QString weeksLine;
    QString intro;
    if (span.first == span.last) {
        entry.title = u"주간 회고 - %1년 %2주차 · Week %2"_s.arg(span.last.year).arg(span.last.week);
    } else {
        const int weeks = span.weekCount();
        entry.title = u"밀린 회고 - %1–%2 · Catch-up %1–%2"_s.arg(span.first.toString(), span.last.toString());
        weeksLine = u"weeks: %1..%2\n"_s.arg(span.first.toString(), span.last.toString());
        intro = u"> %1주(%2 – %3)를 한 번에 돌아봅니다. 습관 목표는 지킨 주 수를 `(3주)`처럼, 횟수 목표는 이 기간의 "
                u"양을 적습니다.\n> Catching up on %1 weeks (%2 – %3): after a habit, write in how many of the weeks "
                u"it held, like `(3 weeks)`; after a count, the amount for the whole span.\n\n"_s.arg(weeks)
                    .arg(span.first.firstDay().toString(Qt::ISODate), span.last.lastDay().toString(Qt::ISODate));
    }
    entry.text = u"---\ntitle: \"%1\"\ndate: %2\nkind: weekly\n%3tags: [weekly, 회고]\n---\n\n"_s.arg(
                     entry.title, entry.date.toString(Qt::ISODate), weeksLine)
        + intro + expandCheckInTemplate(bodyTemplate, span, goals);
    return entry;
}
