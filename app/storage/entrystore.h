#pragma once

#include "diary/entry.h"

#include <QObject>

class Database;

/// The few columns the timeline shows for an entry, without its text.
struct EntrySummary
{
    qint64 id = 0;
    QDate date;
    EntryKind kind = EntryKind::Daily;
    QString title;
    QString preview; ///< the body's first line of prose, Markdown markers stripped
};

/// How many entries one calendar month of the diary holds.
struct MonthCount
{
    int year = 0;
    int month = 0; ///< 1–12
    qsizetype count = 0;
};

/// Which entries to list; an empty field does not filter.
struct EntryFilter
{
    std::optional<int> year; ///< calendar year of the entry's date
    std::optional<EntryKind> kind;
    std::optional<int> month; ///< 1–12, the month of that year; ignored without a year
};

/// All SQL about entries and their tags. Takes and returns Entry values, binds every
/// value, runs each write in one transaction, and reports failure through the @p error
/// argument (a sentence for the user) rather than logging.
///
/// Emits a signal after each committed change so models can follow without polling.
class EntryStore : public QObject
{
    Q_OBJECT
public:
    explicit EntryStore(Database &database, QObject *parent = nullptr);

    std::optional<Entry> entry(qint64 id) const;
    /// Entries newest first (date, then id), with their text.
    QList<Entry> entries(const EntryFilter &filter = {}) const;
    /// Summaries newest first (date, then id): what the timeline needs, without text.
    QList<EntrySummary> summaries(const EntryFilter &filter = {}) const;
    /// The summary of entry @p id, or nothing when there is no such entry.
    std::optional<EntrySummary> summary(qint64 id) const;
    /// The months that hold entries, newest first, with their entry counts: one pass over
    /// the month index, reading no entry.
    QList<MonthCount> monthCounts() const;
    qsizetype count() const;

    /// Every tag with its entry count, tags differing only in ASCII case counted as one
    /// (spelled as the entry added last spells it); most used first, then by name.
    QList<TagCount> tagCounts() const;
    /// Ids of the entries carrying @p tag (ASCII case-insensitive), newest first.
    QList<qint64> entriesWithTag(const QString &tag) const;

    /// The entry imported from a file named @p fileName with date @p date, if any:
    /// a re-import's identity for a source file.
    std::optional<Entry> entryFromSource(const QString &fileName, QDate date) const;

    /// Stores a new entry; sets its id and, when unset, its created and updated times.
    bool insert(Entry &entry, QString *error);
    /// Replaces the stored entry with id entry.id; sets updated to now (UTC).
    bool update(Entry &entry, QString *error);
    bool remove(qint64 id, QString *error);

    /// The same as insert() and update(), inside a transaction the caller owns (an import
    /// of one file). Emit no signals; call notifyReset() after the batch.
    bool insertInTransaction(Entry &entry, QString *error);
    bool updateInTransaction(Entry &entry, QString *error);
    void notifyReset();

    Database &database() const { return m_database; }

Q_SIGNALS:
    void entryInserted(qint64 id);
    void entryUpdated(qint64 id);
    void entryRemoved(qint64 id);
    /// Many entries changed at once (an import): reload everything.
    void entriesReset();

private:
    bool writeTags(const Entry &entry, QString *error);

    Database &m_database;
};

/// The first line of prose in @p text's body, with list, quote and heading markers
/// stripped; at most @p maxLength UTF-16 units.
QString entryPreview(QStringView text, qsizetype maxLength = 160);
