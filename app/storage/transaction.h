#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

/// One write transaction, rolled back unless commit() succeeds: the store's way to make
/// a user action, or one imported file, all-or-nothing.
///
/// It is an SQLite savepoint (https://sqlite.org/lang_savepoint.html), so transactions
/// nest: a store method that makes its own change all-or-nothing can run inside a larger
/// one (importing a goals file adds goals, aliases and check-ins, each a transaction of
/// its own), and only the outermost commit() writes to the file. Outside any transaction
/// it begins a deferred one, as BEGIN does.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db)
        : m_db(db)
        , m_active(run(QStringLiteral("SAVEPOINT hoego")))
    { }
    ~Transaction()
    {
        // Undoes this savepoint's changes, then ends it; for the outermost one that ends
        // the transaction without writing anything.
        if (m_active && run(QStringLiteral("ROLLBACK TO hoego")))
            run(QStringLiteral("RELEASE hoego"));
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// False when the transaction could not begin (the database is busy or read-only).
    bool isActive() const { return m_active; }
    /// Makes the changes part of the enclosing transaction, or, for the outermost one,
    /// writes them to the database file. False (and rolled back on destruction) when
    /// SQLite refuses, e.g. the disk is full; errorText() says why.
    bool commit()
    {
        if (!m_active)
            return false;
        if (!run(QStringLiteral("RELEASE hoego")))
            return false;
        m_active = false;
        return true;
    }
    /// SQLite's message for the last statement that failed; empty when none did.
    QString errorText() const { return m_error; }

private:
    bool run(const QString &statement)
    {
        QSqlQuery query(m_db);
        if (query.exec(statement))
            return true;
        m_error = query.lastError().text();
        return false;
    }

    QSqlDatabase m_db;
    QString m_error;
    bool m_active;
};
