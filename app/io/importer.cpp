#include "io/importer.h"

#include "goals/checkinsync.h"
#include "goals/goalstore.h"
#include "io/entrydocument.h"
#include "io/goalsfile.h"
#include "io/jekyllname.h"
#include "io/textdecoder.h"
#include "storage/database.h"
#include "storage/entrystore.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace {

ImportedFile result(
    const QString &path, ImportOutcome outcome, ImportTally tally, const QString &reason, qint64 entryId = 0)
{
    return ImportedFile {path, outcome, tally, reason, entryId};
}

ImportedFile failed(const QString &path, const QString &reason)
{
    return result(path, ImportOutcome::Failed, ImportTally::Failed, reason);
}

/// The goals files among @p paths: `_data/goals.yml` of each folder that has one (an
/// exported site), and files named `goals.yml` given themselves. Absolute.
QStringList goalsFiles(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        const QString candidate
            = info.isDir() ? QDir(path).absoluteFilePath(GoalsFile::relativePath()) : info.absoluteFilePath();
        if (QFileInfo(candidate).isFile() && QFileInfo(candidate).fileName() == u"goals.yml"_s
            && !files.contains(candidate))
            files << candidate;
    }
    return files;
}

} // namespace

QString importOutcomeName(ImportOutcome outcome)
{
    switch (outcome) {
    case ImportOutcome::Imported:
        return u"imported"_s;
    case ImportOutcome::Updated:
        return u"updated"_s;
    case ImportOutcome::Unchanged:
        return u"unchanged"_s;
    case ImportOutcome::Skipped:
        return u"skipped"_s;
    case ImportOutcome::Converted:
        return u"converted"_s;
    case ImportOutcome::DatedByMtime:
        return u"dated-by-mtime"_s;
    case ImportOutcome::Warning:
        return u"warning"_s;
    case ImportOutcome::Conflict:
        return u"conflict"_s;
    case ImportOutcome::Failed:
        return u"failed"_s;
    }
    return {};
}

qsizetype ImportReport::count(ImportTally tally) const
{
    return std::count_if(
        files.cbegin(), files.cend(), [tally](const ImportedFile &file) { return file.tally == tally; });
}

QString ImportReport::summary() const
{
    return u"imported %1, updated %2, skipped %3, failed %4"_s.arg(count(ImportTally::Imported))
        .arg(count(ImportTally::Updated))
        .arg(count(ImportTally::Skipped))
        .arg(count(ImportTally::Failed));
}

Importer::Importer(EntryStore &store, ImportBatchLimits limits)
    : m_store(store)
    , m_limits(limits)
{ }

QStringList Importer::collectFiles(const QStringList &paths)
{
    QStringList files;
    QSet<QString> seen;
    const auto add = [&](const QString &path) {
        if (!seen.contains(path)) {
            seen.insert(path);
            files << path;
        }
    };
    for (const QString &path : paths) {
        const QFileInfo info(path);
        const QString absolute = QDir::cleanPath(info.absoluteFilePath());
        if (!info.isDir()) {
            add(absolute);
            continue;
        }
        QStringList found;
        QDirIterator it(
            absolute, {u"*.md"_s, u"*.markdown"_s}, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext())
            found << QDir::cleanPath(it.next());
        found.sort();
        for (const QString &file : std::as_const(found))
            add(file);
    }
    return files;
}

ImportReport Importer::importPaths(const QStringList &paths)
{
    ImportReport report;
    const QStringList goals = goalsFiles(paths);
    std::optional<Transaction> batch;
    QElapsedTimer batchAge;
    QList<qsizetype> written; // report.files of the open batch that wrote rows
    const auto commitBatch = [&] {
        if (batch && !batch->commit()) {
            const QString reason
                = QCoreApplication::translate("Importer", "The diary could not save it: %1.").arg(batch->errorText());
            for (const qsizetype index : std::as_const(written))
                report.files[index] = failed(report.files.at(index).path, reason);
        }
        batch.reset();
        written.clear();
    };
    for (const QString &file : collectFiles(paths)) {
        if (goals.contains(file))
            continue;
        if (!batch) {
            batch.emplace(m_store.database().connection());
            batchAge.start();
            // Without a batch (the diary is busy or read-only) each file is its own
            // transaction and reports for itself.
            if (!batch->isActive())
                batch.reset();
        }
        const ImportedFile imported = importFile(file);
        report.files << imported;
        if (batch && (imported.tally == ImportTally::Imported || imported.tally == ImportTally::Updated))
            written << report.files.size() - 1;
        // A failed file commits the batch at once: some errors (a full disk, an I/O error)
        // make SQLite roll back the whole transaction, and the files written before it must
        // then be reported failed before later files write outside the lost batch.
        if (imported.outcome == ImportOutcome::Failed || written.size() >= m_limits.files
            || batchAge.elapsed() >= m_limits.milliseconds)
            commitBatch();
    }
    commitBatch();
    // After the posts, so that their task items tick the goals read here.
    for (const QString &file : goals)
        report.files << importGoals(file);
    m_store.notifyReset();
    return report;
}

ImportedFile Importer::importGoals(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(
            path, QCoreApplication::translate("Importer", "The file could not be read: %1.").arg(file.errorString()));
    const QByteArray bytes = file.readAll();
    GoalStore goals(m_store.database());
    GoalsFileReport added;
    QString error;
    // All of the file or none of it: its goals, aliases and check-ins are each a nested
    // transaction of GoalStore's, made part of this one.
    Transaction transaction(m_store.database().connection());
    if (!transaction.isActive()) {
        return failed(path,
            QCoreApplication::translate("Importer", "The diary could not start a transaction: %1.")
                .arg(transaction.errorText()));
    }
    if (!GoalsFile::read(bytes, path, goals, &added, &error))
        return failed(path, error + u' ' + QCoreApplication::translate("Importer", "No goal was imported from it."));
    if (!CheckInSync(m_store, goals).syncAll(&error))
        return failed(path, error + u' ' + QCoreApplication::translate("Importer", "No goal was imported from it."));
    if (!transaction.commit())
        return failed(path,
            QCoreApplication::translate("Importer", "The diary could not save it: %1.").arg(transaction.errorText()));
    if (added.goalsAdded + added.aliasesAdded + added.checkInsAdded == 0)
        return result(path, ImportOutcome::Unchanged, ImportTally::Skipped,
            QCoreApplication::translate("Importer", "The diary has these goals already."));
    return result(path, ImportOutcome::Imported, ImportTally::Imported,
        QCoreApplication::translate("Importer", "Goals: %1 added, %2 there already; %3 aliases and %4 check-ins added.")
            .arg(added.goalsAdded)
            .arg(added.goalsPresent)
            .arg(added.aliasesAdded)
            .arg(added.checkInsAdded));
}

ImportedFile Importer::importFile(const QString &path)
{
    QFile file(path);
    const QFileInfo info(path);
    if (!info.exists())
        return failed(path, QCoreApplication::translate("Importer", "There is no such file or folder."));
    if (!file.open(QIODevice::ReadOnly))
        return failed(
            path, QCoreApplication::translate("Importer", "The file could not be read: %1.").arg(file.errorString()));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return failed(
            path, QCoreApplication::translate("Importer", "The file could not be read: %1.").arg(file.errorString()));
    file.close();

    const DecodedText decoded = TextDecoder::decode(bytes);
    switch (decoded.status) {
    case DecodedText::Status::Empty:
        return result(path, ImportOutcome::Skipped, ImportTally::Skipped,
            QCoreApplication::translate("Importer", "The file is empty."));
    case DecodedText::Status::NotText:
    case DecodedText::Status::Invalid:
        return failed(
            path, decoded.error + u' ' + QCoreApplication::translate("Importer", "Nothing was imported from it."));
    case DecodedText::Status::Decoded:
    case DecodedText::Status::Converted:
        break;
    }

    // The fallbacks Jekyll uses where the front matter says nothing: the file name's date
    // and the slug, titleized. Beyond Jekyll, an undated file takes its modification day.
    const JekyllName::Parsed name = JekyllName::parse(path);
    Entry entry;
    entry.title = JekyllName::titleize(name.slug);
    entry.date = name.date;
    entry.sourcePath = path;
    entry.sourceHash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    QStringList notes = deriveFromText(entry, decoded.text);
    ImportOutcome outcome = notes.isEmpty() ? ImportOutcome::Imported : ImportOutcome::Warning;
    if (decoded.status == DecodedText::Status::Converted) {
        notes << QCoreApplication::translate("Importer", "Converted from %1 to UTF-8.").arg(decoded.encoding);
        if (outcome == ImportOutcome::Imported)
            outcome = ImportOutcome::Converted;
    }
    if (!entry.date.isValid()) {
        entry.date = info.lastModified(QTimeZone::LocalTime).date();
        notes << QCoreApplication::translate(
            "Importer", "No date in its name or front matter: dated %1 by the file's modification time.")
                     .arg(entry.date.toString(Qt::ISODate));
        if (outcome == ImportOutcome::Imported)
            outcome = ImportOutcome::DatedByMtime;
    }

    const std::optional<Entry> previous = m_store.entryFromSource(info.fileName(), entry.date);
    if (previous) {
        if (previous->sourceHash == entry.sourceHash) {
            return result(path, ImportOutcome::Unchanged, ImportTally::Skipped,
                QCoreApplication::translate("Importer", "Unchanged since it was last imported."), previous->id);
        }
        if (previous->editedSinceImport) {
            return result(path, ImportOutcome::Conflict, ImportTally::Skipped,
                QCoreApplication::translate("Importer",
                    "The file changed since it was last imported, but its entry was edited in Hoego since "
                    "then; the entry was left as it is."),
                previous->id);
        }
        entry.id = previous->id;
        entry.created = previous->created;
    }

    Transaction transaction(m_store.database().connection());
    if (!transaction.isActive()) {
        return failed(path,
            QCoreApplication::translate("Importer", "The diary could not start a transaction: %1.")
                .arg(transaction.errorText()));
    }
    QString error;
    const bool written
        = previous ? m_store.updateInTransaction(entry, &error) : m_store.insertInTransaction(entry, &error);
    if (!written)
        return failed(path, error + u' ' + QCoreApplication::translate("Importer", "Nothing was imported from it."));
    if (!transaction.commit()) {
        return failed(path,
            QCoreApplication::translate("Importer", "The diary could not save it: %1.").arg(transaction.errorText()));
    }

    if (previous && outcome == ImportOutcome::Imported)
        outcome = ImportOutcome::Updated;
    return result(path, outcome, previous ? ImportTally::Updated : ImportTally::Imported, notes.join(u' '), entry.id);
}
