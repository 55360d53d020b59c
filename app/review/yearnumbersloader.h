#pragma once

#include "review/yearsummary.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

/// computeYearNumbers() off the GUI thread. Counting a year's words and characters parses
/// every entry of the year: about 70 ms for a year of daily writing, too long for a view that
/// must appear at once. The years are counted one after the other on a thread of their own,
/// over a read-only connection of their own to the diary file; with WAL it sees what the
/// window has committed while the window goes on writing.
///
/// Use: construct with the diary's file path, connect counted(), request() years. A request
/// replaces the one before it: of an older request, the years not yet counted are not
/// counted, and numbers that were counted but not yet delivered are dropped, so a view that
/// switched years never receives an obsolete year. The goal counts are left 0 (the GoalStore
/// belongs to the GUI thread; countGoals() fills them in). A file that cannot be opened
/// delivers nothing.
class YearNumbersLoader : public QObject
{
    Q_OBJECT
public:
    explicit YearNumbersLoader(const QString &path, QObject *parent = nullptr);
    /// Stops after the year being counted, and waits for it.
    ~YearNumbersLoader() override;

    /// Counts @p years, in this order, as of @p today (computeYearNumbers()); each year
    /// arrives as counted() on this object's thread. No years: only drops the request before.
    void request(const QList<int> &years, QDate today);

Q_SIGNALS:
    void counted(const YearNumbers &numbers);

private:
    void count(quint64 request, const QList<int> &years, QDate today);

    const QString m_path;
    std::atomic<quint64> m_request {0}; ///< the latest request; older ones stop
    QThread m_thread;
    std::unique_ptr<QObject> m_worker; ///< lives on m_thread: the requests run there, in order
};
