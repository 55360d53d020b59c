#pragma once

#include "goals/goal.h"

class GoalStore;

/// Goals drafted from the items of a Markdown list: "Make goals from this list" on the
/// list that ends a yearly retrospective (`- 책 12권 읽기`, `- 영어 공부 매주 3시간`).
///
/// Every list item of @p markdown (bullet or ordered, any depth; task markers dropped)
/// whose text is not empty gives one draft, in order, for @p year. The text is read by
/// the Markdown engine, so emphasis markers are gone and code blocks are left out. The
/// measure is guessed from the words (suggestMeasure()); the user can change it.
QList<Goal> goalsFromList(QStringView markdown, int year);

/// A measure, target and unit guessed from a goal's @p title, in Korean or English:
/// "every week", "a week", "weekly", 매주, 주 N회, 주간 → weekly (target N with its unit
/// when a number follows: 매주 3시간 → 3 시간); a number with a counting unit (책 12권,
/// 12 books) → count; words of searching (찾기, find out, figure out) → open; else once.
void suggestMeasure(Goal &goal);

/// The goals of @p fromYear that are neither done nor dropped: what the turn of the year
/// offers to carry over.
QList<Goal> carryOverCandidates(const GoalStore &store, int fromYear);

/// Copies the goals @p goalIds into @p toYear (active, same title, notes, measure, target,
/// unit; carriedFrom = the old goal), after the year's goals. A goal already carried into
/// that year is skipped. Returns the new goals; on failure sets @p error and returns what
/// was made before it.
QList<Goal> carryOver(GoalStore &store, const QList<qint64> &goalIds, int toYear, QString *error);
