#include "review/yearnumbersloader.h"

#include <QSqlDatabase>
#include <QUuid>

using namespace Qt::StringLiterals;

YearNumbersLoader::YearNumbersLoader(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_worker(std::make_unique<QObject>())
{
    m_worker->moveToThread(&m_thread);
    m_thread.setObjectName(u"hoego-year-numbers"_s);
    m_thread.start(QThread::LowPriority);
}

YearNumbersLoader::~YearNumbersLoader()
{
    ++m_request;
    m_thread.quit();
    m_thread.wait();
}

void YearNumbersLoader::request(const QList<int> &years, QDate today)
{
    const quint64 request = ++m_request;
    if (years.isEmpty())
        return;
    QMetaObject::invokeMethod(
        m_worker.get(), [this, request, years, today] { count(request, years, today); }, Qt::QueuedConnection);
}

// On the worker thread: a connection belongs to the thread that opens it, so each request
// opens its own (a millisecond or two) and closes it before the next.
void YearNumbersLoader::count(quint64 request, const QList<int> &years, QDate today)
{
    if (request != m_request)
        return;
    const QString connection = u"hoego-years-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(m_path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (db.open()) {
            const ReviewStore store(db);
            for (const int year : years) {
                if (request != m_request)
                    break;
                const YearNumbers numbers = computeYearNumbers(store, nullptr, year, today);
                // Checked again on arrival: a request made meanwhile makes these obsolete.
                QMetaObject::invokeMethod(
                    this,
                    [this, request, numbers] {
                        if (request == m_request)
                            Q_EMIT counted(numbers);
                    },
                    Qt::QueuedConnection);
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
}
