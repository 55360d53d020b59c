#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

/// The open entry's text as last typed, unsaved.
struct Draft
{
    qint64 entryId = 0;
    QString text; ///< the editor's whole text (front matter included)
    QDateTime written; ///< UTC, when the draft was written
};

/// A file beside the diary (`diary.sqlite.draft` beside `diary.sqlite`) that holds the
/// open entry's text as last typed, so that words typed after the last successful save
/// survive a kill, a crash or a save that failed. The main window writes it while the user
/// types and removes it after each successful save; at start an existing draft whose text
/// differs from its entry's stored text is offered for recovery.
///
/// The file is JSON (`{"format": "hoego-draft", "version": 1, "entry": ID, "written":
/// ISO 8601 UTC, "text": …}`), written atomically (QSaveFile) with mode 0600.
class DraftFile
{
public:
    explicit DraftFile(const QString &databasePath);

    /// The draft file's path for the diary at @p databasePath.
    static QString pathFor(const QString &databasePath);
    QString path() const { return m_path; }

    /// Replaces the draft by @p draft. On failure sets @p error to a sentence naming the file.
    bool write(const Draft &draft, QString *error) const;
    /// The draft, or nullopt when there is none; a file that is not a draft (truncated,
    /// another format) also gives nullopt, with @p error saying so.
    std::optional<Draft> read(QString *error) const;
    /// Deletes the draft; true when none is left.
    bool remove() const;

private:
    QString m_path;
};
