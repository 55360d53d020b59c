#pragma once

#include "diary/entry.h"
#include "goals/goal.h"

#include <QHash>
#include <QSet>

/// The weeks a weekly entry covers: the ISO week of its date, or — for a catch-up entry
/// written after a lapse — the span its front matter names with a `weeks:` line
/// (`weeks: 2023-W30..2023-W33`). Invalid weeks for an entry that is not weekly.
struct WeekSpan
{
    IsoWeek first;
    IsoWeek last;
    bool isValid() const { return first.isValid() && last.isValid() && first <= last; }
    int weekCount() const { return isValid() ? int(last.serial() - first.serial()) + 1 : 0; }
};
WeekSpan entryWeeks(const Entry &entry);

/// A task item of a weekly entry that names no goal: offered for linking in the goals view.
struct UnmatchedTask
{
    qint64 entryId = 0;
    IsoWeek week;
    QString title;
    bool checked = false;
};

/// The check-ins the task items of @p text make for @p span: one per goal whose title (or
/// one of @p aliases, goalKey() → goal id) matches an item's title, from the first
/// matching item. Ticked = done; the parenthetical's amount and note are carried over;
/// for a span, a weekly goal's amount is in how many of the weeks it held. Items that
/// match no goal are appended to @p unmatched when it is given.
QList<CheckIn> checkInsFromText(QStringView text, WeekSpan span, const QList<Goal> &goals,
    const QHash<QString, qint64> &aliases, QList<UnmatchedTask> *unmatched = nullptr);

/// @p text with @p goal's task item ticked (@p done) or unticked, and its amount set to
/// @p amount when given (replacing an earlier amount, keeping a note). The item is the
/// first whose title matches the goal's title or one of @p aliases (goalKeys); when there
/// is none, `- [x] title` is added after the last top-level task item, or under a new
/// goals heading at the end. Returns @p text unchanged when nothing needs to change.
QString setGoalTask(
    const QString &text, const Goal &goal, const QSet<QString> &aliasKeys, bool done, std::optional<double> amount);

/// The body of a new check-in entry before the user changes it in the settings: Keep /
/// Problem / Try headings, then the goals heading and `{goals}`.
QString defaultCheckInTemplate();

/// @p bodyTemplate with its placeholders replaced: `{goals}` by a `- [ ] title` line for
/// each of @p goals, `{year}` and `{week}` by the ISO week-year and number of the span's
/// last week, `{weeks}` by `2023-W05` (or `2023-W30..2023-W33` for a span), `{monday}` and
/// `{sunday}` by the span's first and last day (ISO 8601 dates). Other text is kept as is.
QString expandCheckInTemplate(const QString &bodyTemplate, WeekSpan span, const QList<Goal> &goals);

/// A new weekly entry for @p week: front matter (title in Korean and English, date = the
/// week's Sunday, kind weekly, tags) and @p bodyTemplate expanded with @p goals (the caller
/// passes the year's active ones).
Entry newWeeklyEntry(IsoWeek week, const QList<Goal> &goals, const QString &bodyTemplate = defaultCheckInTemplate());

/// A new check-in entry for @p span: for one week, newWeeklyEntry(); for several (a
/// catch-up after a lapse), its front matter also names the span (`weeks: 2023-W30..2023-W33`,
/// see entryWeeks()), its date is the span's last Sunday, and a short quote in both
/// languages says how to write a habit held in N of the weeks (`(3주)`) and a count's
/// amount for the span. Each goal's task item then makes one check-in for the whole span.
Entry newCheckInEntry(WeekSpan span, const QList<Goal> &goals, const QString &bodyTemplate = defaultCheckInTemplate());

/// The heading under which new task items go: "목표 체크 · Goals".
QString goalsHeading();
