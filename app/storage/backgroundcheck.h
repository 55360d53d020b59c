#pragma once

#include <QObject>
#include <QThread>

#include <memory>

/// checkDiaryPages() of a diary file on a thread of its own, over a connection of its own:
/// reading every page of twenty years of writing takes hundreds of milliseconds, which the
/// window spends painting instead (Database::open() with DiaryPages::Defer leaves it out).
///
/// Use: construct with the diary's path, connect damaged() to something the user sees (the
/// window goes read-only, so nothing more is written into a damaged file), start(). The
/// connection only reads; with WAL the window goes on writing meanwhile.
class BackgroundCheck : public QObject
{
    Q_OBJECT
public:
    explicit BackgroundCheck(const QString &path, QObject *parent = nullptr);
    /// Waits for a check that is still running.
    ~BackgroundCheck() override;

    /// Starts the check; its outcome arrives as passed() or damaged() on this object's thread.
    void start();
    bool isRunning() const { return m_worker && m_worker->isRunning(); }

Q_SIGNALS:
    void passed();
    /// @p error is a sentence for the user that names the file and says what to do.
    void damaged(const QString &error);

private:
    QString m_path;
    std::unique_ptr<QThread> m_worker;
};
