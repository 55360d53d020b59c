#pragma once

#include <QDate>
#include <QString>

class Database;

/// The words written each day, across entries: the writing-session counter of the status bar
/// and, later, the year's numbers. Kept in the diary file's `writing_days` table (schema 5),
/// one row per local calendar day that had a save.
///
/// "Words" are TextCounts::words (어절 / words of the text a reader sees). Each save adds the
/// entry's word count after it minus the count before it, so a day's number is the net words
/// added that day: text deleted that day takes words off, and may make it negative.
class WritingLog
{
public:
    explicit WritingLog(Database &database);

    /// The net words written on @p day; 0 for a day without saves or when the file cannot be read.
    qint64 words(QDate day) const;
    /// Adds @p delta (may be negative) to @p day. On failure returns false and sets @p error to a
    /// sentence for the user.
    bool add(QDate day, qint64 delta, QString *error);

private:
    Database &m_database;
};
