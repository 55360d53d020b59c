#pragma once

#include <QList>
#include <QString>

/// A heading of a rendered document and where it starts, in scroll-bar units (pixels).
struct HeadingPosition
{
    QString text;
    int y = 0;
};

/// The key two retrospectives' headings are matched by: the text without digits, spaces or
/// punctuation, case-folded, so "2022년의 목표" matches "2023년의 목표".
QString headingKey(const QString &heading);

/// Where a document following another should scroll (issue 6: "the retrospectives scroll in
/// step by heading when both have matching headings, otherwise proportionally").
///
/// @p from and @p to are the two documents' headings in document order; @p value and
/// @p fromMax the leader's scroll position and maximum; @p toMax the follower's maximum. When
/// the leader's current section (the last heading at or above @p value) has a heading whose
/// headingKey() the follower shares, the follower shows the same place in that section
/// (the same fraction of the way to the next heading, or to the end). Otherwise, and before
/// the first heading, it scrolls proportionally. The result is clamped to 0..toMax.
int syncedScrollValue(
    const QList<HeadingPosition> &from, const QList<HeadingPosition> &to, int value, int fromMax, int toMax);
