// BackgroundCheck: the page check the window runs after its first paint finds what
// Database::open() would have found, and says so in a sentence naming the file.
#include "storage/backgroundcheck.h"
#include "storage/database.h"
#include "storage/entrystore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class tst_BackgroundCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reportsPages_data();
    void reportsPages();
};

void tst_BackgroundCheck::reportsPages_data()
{
    QTest::addColumn<bool>("damage");
    QTest::newRow("intact diary") << false;
    QTest::newRow("damaged pages") << true;
}

void tst_BackgroundCheck::reportsPages()
{
    QFETCH(bool, damage);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"diary.sqlite"_s);
    {
        Database database(path);
        QString error;
        QVERIFY2(database.open(&error), qPrintable(error));
        EntryStore store(database);
        for (int i = 0; i < 300; ++i) {
            Entry entry;
            entry.date = QDate(2021, 1, 1).addDays(i);
            entry.title = u"하루 %1"_s.arg(i);
            entry.text = QString(300, QChar(u'가' + i % 100)) + u'\n';
            QVERIFY2(store.insert(entry, &error), qPrintable(error));
        }
    }
    if (damage) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        QVERIFY(bytes.size() > 12 * 4096);
        bytes.replace(4 * 4096 + 64, 4 * 4096, QByteArray(4 * 4096, '\x5a'));
        QVERIFY(file.seek(0));
        QCOMPARE(file.write(bytes), bytes.size());
    }
    QString error;
    // What the window does: open without the page check, then check in the background.
    std::unique_ptr<Database> window;
    if (!damage) {
        window = std::make_unique<Database>(path);
        QVERIFY2(window->open(&error, DiaryPages::Defer), qPrintable(error));
    }
    BackgroundCheck check(path);
    QSignalSpy passed(&check, &BackgroundCheck::passed);
    QSignalSpy damaged(&check, &BackgroundCheck::damaged);
    check.start();
    QTRY_COMPARE_WITH_TIMEOUT(passed.size() + damaged.size(), 1, 30000);
    QCOMPARE(passed.size(), damage ? 0 : 1);
    QCOMPARE(damaged.size(), damage ? 1 : 0);
    if (damage) {
        const QString message = damaged.constFirst().constFirst().toString();
        QVERIFY2(message.contains(u"damaged"_s), qPrintable(message));
        QVERIFY2(message.contains(path), qPrintable(message));
        // The open that checks every page refuses the same file.
        Database checked(path);
        QVERIFY(!checked.open(&error));
    }
}

QTEST_GUILESS_MAIN(tst_BackgroundCheck)
#include "tst_backgroundcheck.moc"
