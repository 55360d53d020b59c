#include "storage/backgroundcheck.h"

#include "storage/schemacheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

// The check itself, on the worker thread: a connection belongs to the thread that opens it.
QString checkFile(const QString &path)
{
    const QString name = QDir::toNativeSeparators(path);
    const QString connection = u"hoego-check-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open()) {
            error = QCoreApplication::translate("Database", "The diary %1 is damaged (%2). Restore a backup.")
                        .arg(name, db.lastError().text());
        } else {
            checkDiaryPages(db, name, &error);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return error;
}

} // namespace

BackgroundCheck::BackgroundCheck(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
{ }

BackgroundCheck::~BackgroundCheck()
{
    if (m_worker)
        m_worker->wait();
}

void BackgroundCheck::start()
{
    if (isRunning())
        return;
    m_worker.reset(QThread::create([this, path = m_path] {
        const QString error = checkFile(path);
        QMetaObject::invokeMethod(
            this,
            [this, error] {
                if (error.isEmpty())
                    Q_EMIT passed();
                else
                    Q_EMIT damaged(error);
            },
            Qt::QueuedConnection);
    }));
    m_worker->start(QThread::LowPriority);
}
