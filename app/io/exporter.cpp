#include "io/exporter.h"

#include "diary/frontmatter.h"
#include "goals/goalstore.h"
#include "io/diaryimages.h"
#include "io/entrydocument.h"
#include "io/goalsfile.h"
#include "io/jekyllname.h"
#include "storage/database.h"
#include "storage/entrystore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

using namespace Qt::StringLiterals;

Exporter::Exporter(const EntryStore &store)
    : m_store(store)
{ }

QByteArray Exporter::documentBytes(const Entry &entry)
{
    if (entry.sourcePath.isEmpty() && !splitFrontMatter(entry.text).present)
        return (frontMatterBlock(entry) + u'\n' + entry.text).toUtf8();
    return entry.text.toUtf8();
}

ExportReport Exporter::exportTo(const QString &directory) const
{
    ExportReport report;
    const QString postsPath = QDir::cleanPath(QDir(directory).absoluteFilePath(u"_posts"_s));
    if (!QDir().mkpath(postsPath)) {
        report.errors << QCoreApplication::translate("Exporter", "%1: the folder could not be created.").arg(postsPath);
        return report;
    }
    const QDir posts(postsPath);

    // Oldest first, imported entries before those made in Hoego, so imported posts keep
    // their own names when a made-up name would clash with them.
    QList<Entry> entries = m_store.entries();
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        const bool aImported = !a.sourcePath.isEmpty();
        const bool bImported = !b.sourcePath.isEmpty();
        if (aImported != bImported)
            return aImported;
        if (a.date != b.date)
            return a.date < b.date;
        return a.id < b.id;
    });

    QSet<QString> taken;
    QList<std::pair<QString, const Entry *>> names;
    for (const Entry &entry : std::as_const(entries)) {
        const QString wanted = entry.sourcePath.isEmpty() ? JekyllName::fileName(entry.date, entry.title)
                                                          : QFileInfo(entry.sourcePath).fileName();
        const QString name = JekyllName::unclashed(wanted, taken);
        taken.insert(name);
        names.append({name, &entry});
    }
    std::stable_sort(names.begin(), names.end(), [](const auto &a, const auto &b) {
        if (a.second->date != b.second->date)
            return a.second->date < b.second->date;
        return a.second->id < b.second->id;
    });

    for (const auto &[name, entry] : std::as_const(names)) {
        const QString path = posts.absoluteFilePath(name);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            report.errors << QCoreApplication::translate("Exporter", "%1: could not be written: %2.")
                                 .arg(path, file.errorString());
            continue;
        }
        file.write(documentBytes(*entry));
        if (!file.commit()) {
            report.errors << QCoreApplication::translate("Exporter", "%1: could not be written: %2.")
                                 .arg(path, file.errorString());
            continue;
        }
        report.files << ExportedFile {entry->id, path};
    }
    DiaryImages::copyTo(m_store.database().path(), directory, &report.images, &report.errors);

    const GoalStore goals(m_store.database());
    if (goals.years().isEmpty())
        return report;
    const QString goalsPath = QDir::cleanPath(QDir(directory).absoluteFilePath(GoalsFile::relativePath()));
    QSaveFile file(goalsPath);
    if (!QDir().mkpath(QFileInfo(goalsPath).path()) || !file.open(QIODevice::WriteOnly)
        || file.write(GoalsFile::write(goals)) < 0 || !file.commit()) {
        report.errors << QCoreApplication::translate("Exporter", "%1: could not be written: %2.")
                             .arg(goalsPath, file.errorString());
        return report;
    }
    report.goalsFile = goalsPath;
    return report;
}
