#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class EntryStore;
struct Entry;

/// One file an export wrote.
struct ExportedFile
{
    qint64 entryId = 0;
    QString path; ///< absolute
};

/// What an export did.
struct ExportReport
{
    QList<ExportedFile> files; ///< in the order written (oldest entry first)
    QString goalsFile; ///< absolute path of `_data/goals.yml`; empty when the diary has no goals
    QStringList images; ///< absolute paths of the images copied to `DIR/images`
    QStringList errors; ///< sentences for the user, each naming the file it is about
    bool ok() const { return errors.isEmpty(); }
};

/// Writes the diary as Jekyll posts (issue 2): `DIR/_posts/NAME` for every entry.
///
/// Use: `Exporter exporter(store); ExportReport report = exporter.exportTo(dir);`
///
/// NAME is the original file name for an imported entry, else `YYYY-MM-DD-slug.md`
/// (JekyllName::fileName()); a name already used in this export gets `-2`, `-3`, … before
/// its extension (imported entries choose first, so they keep their names). The bytes are
/// entry.text as UTF-8, exactly: importing a UTF-8, NFC, LF post and exporting it gives the
/// same bytes back, a missing final newline included. An entry made in Hoego whose text has
/// no front matter gets a minimal block (frontMatterBlock()) so Jekyll reads it as a post.
/// Each file is written atomically (QSaveFile); existing files of the same name are
/// replaced, other files in the folder are left alone.
///
/// A diary with goals also gets `DIR/_data/goals.yml` (GoalsFile), which importing DIR
/// reads back. The images pasted into entries (DiaryImages) are copied to `DIR/images`, where
/// the entries' `/images/…` links find them.
class Exporter
{
public:
    explicit Exporter(const EntryStore &store);

    ExportReport exportTo(const QString &directory) const;

    /// The bytes written for @p entry.
    static QByteArray documentBytes(const Entry &entry);

private:
    const EntryStore &m_store;
};
