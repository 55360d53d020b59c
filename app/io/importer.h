#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class EntryStore;

/// What happened to one file, as `hoego import` reports it.
enum class ImportOutcome {
    Imported, ///< a new entry
    Updated, ///< the file changed since its last import and its entry was replaced
    Unchanged, ///< the same bytes as at the last import: nothing to do
    Skipped, ///< nothing to import (an empty file); not an error
    Converted, ///< stored, after converting from a legacy encoding (CP949)
    DatedByMtime, ///< stored, dated by the file's modification time (no date in name or front matter)
    Warning, ///< stored as it is, with a problem the user should look at (YAML error, unclosed block, …)
    Conflict, ///< changed since the last import, but its entry was edited in Hoego: left alone
    Failed, ///< nothing stored (unreadable, not text, invalid encoding, database error)
};

/// The report's name for @p outcome: `imported`, `updated`, `unchanged`, `skipped`,
/// `converted`, `dated-by-mtime`, `warning`, `conflict`, `failed`.
QString importOutcomeName(ImportOutcome outcome);

/// Which of the summary's four counts a file adds to.
enum class ImportTally {
    Imported,
    Updated,
    Skipped, ///< empty, unchanged and conflicting files
    Failed,
};

/// One file's line in an ImportReport.
struct ImportedFile
{
    QString path; ///< absolute
    ImportOutcome outcome = ImportOutcome::Imported;
    ImportTally tally = ImportTally::Imported;
    QString reason; ///< a sentence for the user; empty for a plain import or update
    qint64 entryId = 0; ///< the entry stored, updated, or left alone; 0 when none
};

/// Everything an import did, file by file, in the order the files were read.
struct ImportReport
{
    QList<ImportedFile> files;

    /// How many files add to @p tally.
    qsizetype count(ImportTally tally) const;
    bool hasFailures() const { return count(ImportTally::Failed) > 0; }
    /// `imported N, updated N, skipped N, failed N`
    QString summary() const;
};

/// How many files importPaths() writes in one SQLite transaction before committing it.
/// Committing each file alone made importing a twenty-year folder (8,368 posts) about 2.5
/// times slower: every commit writes the pages it changed to the WAL again. A kill loses
/// at most the open batch, none of which was reported imported; the next import brings it.
struct ImportBatchLimits
{
    int files = 250; ///< written files; 1 commits each file alone
    int milliseconds = 500; ///< since the batch's first file
};

/// Imports Markdown files (Jekyll posts) into an EntryStore (issue 2, corpus/README.md).
///
/// Use: `Importer importer(store); ImportReport report = importer.importPaths(paths);`
/// then show report.files (absolute paths) and report.summary().
///
/// Each path is a file (imported whatever its extension) or a folder, searched
/// recursively for `*.md` and `*.markdown` (hidden files and folders left out), sorted by
/// path. Each file is decoded with TextDecoder, its front matter read as Jekyll does
/// (date from front matter, else the `YYYY-MM-DD-` file name, else — beyond Jekyll — the
/// file's modification date in the local time zone; title from front matter, else the slug
/// titleized), and stored in ONE transaction: all of it or nothing, and one file's failure
/// never stops the others. importPaths() writes the files in batches (ImportBatchLimits):
/// each file is a savepoint inside the batch's transaction, so a failing file is rolled
/// back alone, and a file is reported imported or updated only once its batch committed
/// (a batch whose commit fails reports each of its written files as failed, none of them
/// kept). An entry is identified by its source file's name and date: the
/// same bytes again are `unchanged`; changed bytes update the entry unless it was edited in
/// Hoego since (then `conflict`). The store gets one notifyReset() at the end.
///
/// Goals: a folder holding `_data/goals.yml` (an exported site) or a file named `goals.yml`
/// brings goals, aliases and check-ins (GoalsFile::read()), read after the posts; then
/// every weekly entry's check-ins are made again (CheckInSync::syncAll()).
class Importer
{
public:
    explicit Importer(EntryStore &store, ImportBatchLimits limits = {});

    ImportReport importPaths(const QStringList &paths);
    /// Imports one file; @p path should be absolute. Inside a transaction of the caller's
    /// its rows become part of it, and are kept only when the caller commits.
    ImportedFile importFile(const QString &path);
    /// Imports the goals file @p path (GoalsFile).
    ImportedFile importGoals(const QString &path);

    /// The files importPaths() reads for @p paths, absolute, in order, without duplicates;
    /// paths that do not exist are left in, to be reported as failed.
    static QStringList collectFiles(const QStringList &paths);

private:
    EntryStore &m_store;
    ImportBatchLimits m_limits;
};
