#pragma once

#include <QSqlDatabase>

/// One write transaction, rolled back unless commit() succeeds: the store's way to make
/// a user action, or one imported file, all-or-nothing.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db)
        : m_db(db)
        , m_active(m_db.transaction())
    { }
    ~Transaction()
    {
        if (m_active)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// False when the transaction could not begin (the database is busy or read-only).
    bool isActive() const { return m_active; }
    bool commit()
    {
        if (!m_active)
            return false;
        m_active = false;
        return m_db.commit();
    }

private:
    QSqlDatabase m_db;
    bool m_active;
};
