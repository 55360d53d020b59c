#pragma once

#include "goals/goal.h"

#include <QDate>
#include <QHash>
#include <QList>

/// A year's goal progress as it stood on one day, as Markdown to keep in a half-year review
/// entry (kind `halfyear`): a heading, the year summary line and a GFM table with a row per
/// goal — title, measure, progress, streaks or total, last check-in and latest confidence.
///
/// Only check-ins whose first week is on or before @p date's ISO week count, and progress is
/// computed as of that week (computeProgress()), so a snapshot inserted later still shows
/// that day. @p checkIns maps a goal id to its check-ins; those of the goal a goal was
/// carried from may be included under that goal's id, as the goals view does. Dropped goals
/// are listed with their reason. Words are in the UI language (QCoreApplication::translate,
/// context "ProgressSnapshot"); `|` in titles is escaped.
QString progressSnapshotMarkdown(
    int year, const QList<Goal> &goals, const QHash<qint64, QList<CheckIn>> &checkIns, QDate date);
