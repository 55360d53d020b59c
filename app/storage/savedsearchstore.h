#pragma once

#include "search/searchstore.h"

#include <QList>
#include <QObject>
#include <QString>

class Database;

/// A search the user named to run again: the text and the filters.
struct SavedSearch
{
    qint64 id = 0; ///< 0 until stored
    QString name;
    QString query; ///< as typed (SearchQuery syntax)
    SearchFilter filter;
};

/// The saved searches, in the diary file's `saved_searches` table (schema 4) in the order
/// they were saved. They live in the diary rather than in the settings because they name
/// its tags, kinds and years: they travel with the file (backups, another machine) and a
/// second diary opened with --db has its own.
///
/// Emits changed() after each committed write; reports failure through @p error, a
/// sentence for the user.
class SavedSearchStore : public QObject
{
    Q_OBJECT
public:
    explicit SavedSearchStore(Database &database, QObject *parent = nullptr);

    QList<SavedSearch> searches() const;
    /// Stores @p search at the end of the list and sets its id.
    bool add(SavedSearch &search, QString *error);
    bool remove(qint64 id, QString *error);

    /// A read-only store (the diary is open in another Hoego) lists but refuses add() and
    /// remove(), with an error saying so.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    bool isReadOnly() const { return m_readOnly; }

Q_SIGNALS:
    void changed();

private:
    bool refuseWhenReadOnly(QString *error) const;

    Database &m_database;
    bool m_readOnly = false;
};
