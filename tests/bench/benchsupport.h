#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

/// Repeated measurements of one figure, in milliseconds (or any one unit).
class Samples
{
public:
    void add(double value) { m_values << value; }
    double last() const { return m_values.last(); }
    bool isEmpty() const { return m_values.isEmpty(); }
    qsizetype size() const { return m_values.size(); }
    double min() const;
    double max() const;
    double median() const;

private:
    QList<double> m_values;
};

/// Milliseconds that @p work takes, by QElapsedTimer (monotonic).
double timeMs(const std::function<void()> &work);

/// Runs @p work, which makes @p widget appear, then the event loop until @p widget has been
/// painted; milliseconds from the start of @p work to the end of that paint. Returns -1
/// when no paint came within 30 s.
double msToPaint(QWidget *widget, const std::function<void()> &work);

/// Runs the event loop until @p ready() holds, then until @p widget or a widget inside it has
/// been painted; milliseconds from the call to the end of that paint: how long a view that
/// fills in later takes to show it. Returns -1 when that did not happen within 30 s.
double msToPaintWhen(QWidget *widget, const std::function<bool()> &ready);

/// Runs the event loop until @p ready() holds; milliseconds from the call. Returns -1 when it
/// did not hold within 30 s.
double msUntil(const std::function<bool()> &ready);

/// Runs the event loop for @p ms milliseconds and returns the longest single pass of it in
/// milliseconds: how long a key pressed during that time could have waited at worst.
double longestStallMs(int ms);

/// One start of a child process measured from outside.
struct Launch
{
    bool ok = false;
    double msToLine = 0; ///< from posix_spawn() to reading the line on the child's stdout
    double peakRssMb = 0; ///< the child's VmHWM (getrusage ru_maxrss), MiB
    QString error;
};

/// Starts @p program with @p arguments and the current environment plus @p environment
/// (`NAME=value`), waits until it writes @p line on stdout, then for its exit. The child's
/// stderr is appended to @p stderrPath.
Launch launchUntilLine(const QString &program, const QStringList &arguments, const QStringList &environment,
    const QByteArray &line, const QString &stderrPath, int timeoutMs = 60000);

/// "Intel(R) Xeon(R) …" from /proc/cpuinfo, or empty.
QString cpuModel();
/// The three load averages of /proc/loadavg, as it writes them.
QString loadAverage();
