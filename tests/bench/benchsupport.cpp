#include "benchsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QThread>
#include <QWidget>

#include <algorithm>
#include <string>
#include <vector>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

using namespace Qt::StringLiterals;

double Samples::min() const
{
    return m_values.isEmpty() ? 0 : *std::min_element(m_values.begin(), m_values.end());
}

double Samples::max() const
{
    return m_values.isEmpty() ? 0 : *std::max_element(m_values.begin(), m_values.end());
}

double Samples::median() const
{
    if (m_values.isEmpty())
        return 0;
    QList<double> sorted = m_values;
    std::sort(sorted.begin(), sorted.end());
    const qsizetype n = sorted.size();
    return n % 2 ? sorted.at(n / 2) : (sorted.at(n / 2 - 1) + sorted.at(n / 2)) / 2;
}

double timeMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed() / 1e6;
}

namespace {

class PaintWatcher : public QObject
{
public:
    bool painted = false;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return false;
    }
};

} // namespace

double msToPaint(QWidget *widget, const std::function<void()> &work)
{
    PaintWatcher watcher;
    widget->installEventFilter(&watcher);
    QElapsedTimer timer;
    timer.start();
    work();
    // The paint runs inside processEvents(), which returns after it.
    while (!watcher.painted && timer.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    const double ms = timer.nsecsElapsed() / 1e6;
    widget->removeEventFilter(&watcher);
    return watcher.painted ? ms : -1;
}

double msToPaintWhen(QWidget *widget, const std::function<bool()> &ready)
{
    // Watches every widget: what fills in later repaints the widgets it changed, not
    // necessarily @p widget itself.
    class TreePaintWatcher : public QObject
    {
    public:
        QWidget *tree = nullptr;
        bool armed = false;
        bool painted = false;
        bool eventFilter(QObject *object, QEvent *event) override
        {
            if (armed && event->type() == QEvent::Paint) {
                auto *shown = qobject_cast<QWidget *>(object);
                if (shown && (shown == tree || tree->isAncestorOf(shown)))
                    painted = true;
            }
            return false;
        }
    } watcher;
    watcher.tree = widget;
    QCoreApplication::instance()->installEventFilter(&watcher);
    QElapsedTimer timer;
    timer.start();
    if (msUntil(ready) >= 0) {
        watcher.armed = true;
        while (!watcher.painted && timer.elapsed() < 30000)
            QCoreApplication::processEvents(QEventLoop::AllEvents);
    }
    const double ms = timer.nsecsElapsed() / 1e6;
    QCoreApplication::instance()->removeEventFilter(&watcher);
    return watcher.painted ? ms : -1;
}

double msUntil(const std::function<bool()> &ready)
{
    QElapsedTimer timer;
    timer.start();
    // Waiting, not spinning: what is awaited may be computed on another thread, which a
    // spinning loop would slow down on a machine with few cores.
    while (!ready() && timer.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return ready() ? timer.nsecsElapsed() / 1e6 : -1;
}

double longestStallMs(int ms)
{
    QElapsedTimer timer;
    timer.start();
    double longest = 0;
    while (timer.elapsed() < ms) {
        const qint64 before = timer.nsecsElapsed();
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        longest = std::max(longest, (timer.nsecsElapsed() - before) / 1e6);
        QThread::usleep(500);
    }
    return longest;
}

Launch launchUntilLine(const QString &program, const QStringList &arguments, const QStringList &environment,
    const QByteArray &line, const QString &stderrPath, int timeoutMs)
{
    Launch launch;
    std::vector<std::string> argStrings {program.toStdString()};
    for (const QString &argument : arguments)
        argStrings.push_back(argument.toStdString());
    std::vector<std::string> envStrings;
    for (char **variable = environ; *variable; ++variable) {
        const std::string value(*variable);
        const std::string name = value.substr(0, value.find('='));
        const bool replaced = std::any_of(environment.begin(), environment.end(),
            [&](const QString &extra) { return extra.startsWith(QString::fromStdString(name + '=')); });
        if (!replaced)
            envStrings.push_back(value);
    }
    for (const QString &extra : environment)
        envStrings.push_back(extra.toStdString());
    std::vector<char *> argv;
    for (std::string &s : argStrings)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    std::vector<char *> envp;
    for (std::string &s : envStrings)
        envp.push_back(s.data());
    envp.push_back(nullptr);

    int out[2];
    if (pipe2(out, O_CLOEXEC) != 0) {
        launch.error = u"pipe failed"_s;
        return launch;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    const QByteArray errPath = QFile::encodeName(stderrPath);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, errPath.constData(), O_WRONLY | O_CREAT | O_APPEND, 0644);

    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv.front(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    close(out[1]);
    if (spawned != 0) {
        close(out[0]);
        launch.error = u"could not start %1"_s.arg(program);
        return launch;
    }

    QByteArray received;
    while (!received.contains(line)) {
        const qint64 left = timeoutMs - timer.elapsed();
        pollfd fd {out[0], POLLIN, 0};
        if (left <= 0 || poll(&fd, 1, int(left)) <= 0)
            break;
        char buffer[4096];
        const ssize_t n = read(out[0], buffer, sizeof buffer);
        if (n <= 0)
            break;
        received.append(buffer, n);
    }
    launch.msToLine = timer.nsecsElapsed() / 1e6;
    launch.ok = received.contains(line);
    if (!launch.ok) {
        kill(pid, SIGKILL);
        launch.error
            = u"%1 did not print \"%2\" (see %3)"_s.arg(program, QString::fromUtf8(line.trimmed()), stderrPath);
    }
    close(out[0]);
    int status = 0;
    rusage usage {};
    wait4(pid, &status, 0, &usage);
    launch.peakRssMb = usage.ru_maxrss / 1024.0;
    return launch;
}

QString cpuModel()
{
    QFile file(u"/proc/cpuinfo"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &row : file.readAll().split('\n')) {
        if (row.startsWith("model name"))
            return QString::fromUtf8(row.mid(row.indexOf(':') + 1).trimmed());
    }
    return {};
}

QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> fields = file.readAll().split(' ');
    return QString::fromUtf8(fields.mid(0, 3).join(' '));
}
