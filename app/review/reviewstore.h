#pragma once

#include "diary/entry.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

class Database;

/// One entry as the review needs it: no source or time stamps, but its text for counting.
struct ReviewEntry
{
    qint64 id = 0;
    QDate date;
    EntryKind kind = EntryKind::Daily;
    QString title;
    QString text; ///< the whole document, front matter included
};

/// The read-only SQL behind the year review (YearNumbers, OnThisDayModel, the compare
/// view): per-year aggregates and date-range reads of the `entries` and `entry_tags`
/// tables (schema 1). Every value is bound. Reads do not fail loudly: a failed query
/// returns an empty result, since a review of nothing is a correct view of an empty diary.
class ReviewStore
{
public:
    explicit ReviewStore(Database &database);
    /// Over an open connection to a diary of the latest schema, such as a read-only one of
    /// another thread (YearNumbersLoader); used only on the connection's thread.
    explicit ReviewStore(const QSqlDatabase &connection);

    /// Entries dated in calendar year @p year, per kind. Kinds without entries are absent.
    QHash<EntryKind, int> countsByKind(int year) const;
    /// Entries dated from @p from to @p to inclusive, oldest first (date, then id), with text.
    QList<ReviewEntry> entriesBetween(QDate from, QDate to) const;
    /// As entriesBetween(), but only of kind @p kind and without text (dates and titles).
    QList<ReviewEntry> entriesOfKind(EntryKind kind, QDate from, QDate to) const;
    /// Entries dated in any of @p ranges (each from..to inclusive), newest first, with text.
    QList<ReviewEntry> entriesInRanges(const QList<std::pair<QDate, QDate>> &ranges) const;
    /// The @p limit tags most used by entries of calendar year @p year: count descending,
    /// then tag ascending (binary order) for ties.
    QList<TagCount> topTags(int year, int limit) const;
    /// The date of the oldest entry; invalid for an empty diary.
    QDate firstEntryDate() const;
    /// Calendar years holding an entry, oldest first (one index lookup a year, not a scan).
    QList<int> years() const;
    /// The yearly retrospective of @p year: the last yearly entry dated in the year, else the
    /// first one of the following January (a retrospective written just after New Year);
    /// 0 when there is none.
    qint64 retrospectiveId(int year) const;

private:
    QSqlDatabase m_connection;
};
