// The benchmark corpus (tools/diarygen): the same seed gives the same bytes, the diary has
// the shape issue 9 asks for, and it imports into entries of each kind whose weekly task
// items tick every goal of their year.
#include "diarygenerator.h"

#include "goals/checkinsync.h"
#include "goals/goalstore.h"
#include "io/importer.h"
#include "storage/database.h"
#include "storage/entrystore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// File name → SHA-256 of its bytes, for every file under @p dir.
QMap<QString, QByteArray> digests(const QString &dir)
{
    QMap<QString, QByteArray> result;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            result.insert(
                QDir(dir).relativeFilePath(path), QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
    }
    return result;
}

QString read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The text after the front matter's closing line and the blank line under it.
QString body(const QString &text)
{
    const qsizetype end = text.indexOf(u"\n---\n\n"_s, 4);
    return end < 0 ? text : text.mid(end + 6);
}

} // namespace

class tst_DiaryGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sameSeedSameBytes()
    {
        QTemporaryDir first;
        QTemporaryDir second;
        QTemporaryDir other;
        QString error;
        QVERIFY(!DiaryGenerator(7, 1, 2021).write(first.path(), &error).postsDir.isEmpty());
        QVERIFY(!DiaryGenerator(7, 1, 2021).write(second.path(), &error).postsDir.isEmpty());
        QVERIFY(!DiaryGenerator(8, 1, 2021).write(other.path(), &error).postsDir.isEmpty());
        const QMap<QString, QByteArray> a = digests(first.path());
        QCOMPARE(a.size(), 365 + 52 + 1);
        QCOMPARE(digests(second.path()), a);
        const QMap<QString, QByteArray> b = digests(other.path());
        QCOMPARE(b.keys(), a.keys());
        QVERIFY(b != a);
    }

    void shape()
    {
        QTemporaryDir dir;
        QString error;
        const DiaryGenerator generator(DiaryGenerator::defaultSeed, 2, 2021);
        const GeneratedDiary diary = generator.write(dir.path(), &error);
        QVERIFY2(!diary.postsDir.isEmpty(), qPrintable(error));
        QCOMPARE(diary.daily, 366 + 365); // 2020 is a leap year
        QCOMPARE(diary.weekly, 53 + 52); // ISO 8601: 2020 has 53 weeks, 2021 52
        QCOMPARE(diary.yearly, 2);

        const QDir posts(diary.postsDir);
        for (const QString &name : posts.entryList({u"*-day.md"_s})) {
            const qsizetype length = body(read(posts.filePath(name))).size();
            QVERIFY2(length >= 300 && length <= 3000, qPrintable(u"%1: %2 characters"_s.arg(name).arg(length)));
        }
        const QString retrospective = read(posts.filePath(u"2021-12-31-2021-retrospective.md"_s));
        QVERIFY(body(retrospective).size() >= 18000);
        QVERIFY(body(retrospective).size() <= 26000);
        QString nextGoals = u"## 2022년의 목표\n\n"_s;
        for (const GeneratedGoal &goal : generator.goalsOf(2022))
            nextGoals += u"- "_s + goal.title + u'\n';
        QVERIFY(retrospective.endsWith(nextGoals));
        QCOMPARE(generator.goalsOf(2022).size(), 10);

        const QString longEntry = generator.longEntry(QDate(2021, 6, 1), 1000000);
        QVERIFY(longEntry.toUtf8().size() >= 1000000);
        QVERIFY(longEntry.toUtf8().size() < 1010000);
    }

    void importsWithCheckIns()
    {
        QTemporaryDir dir;
        QString error;
        const DiaryGenerator generator(DiaryGenerator::defaultSeed, 2, 2021);
        const GeneratedDiary diary = generator.write(dir.path(), &error);
        QVERIFY2(!diary.postsDir.isEmpty(), qPrintable(error));

        Database database(dir.filePath(u"diary.sqlite"_s));
        QVERIFY2(database.open(&error), qPrintable(error));
        EntryStore entries(database);
        const ImportReport report = Importer(entries).importPaths({diary.postsDir});
        QCOMPARE(report.count(ImportTally::Imported), diary.daily + diary.weekly + diary.yearly);
        const auto ofKind = [](EntryKind kind) {
            EntryFilter filter;
            filter.kind = kind;
            return filter;
        };
        QCOMPARE(entries.summaries(ofKind(EntryKind::Daily)).size(), diary.daily);
        QCOMPARE(entries.summaries(ofKind(EntryKind::Weekly)).size(), diary.weekly);
        QCOMPARE(entries.summaries(ofKind(EntryKind::Yearly)).size(), diary.yearly);

        GoalStore goals(database);
        CheckInSync sync(entries, goals);
        for (const GeneratedGoal &made : generator.goalsOf(2021)) {
            Goal goal;
            goal.year = 2021;
            goal.title = made.title;
            goal.measure = goalMeasureFromName(made.measure).value();
            goal.unit = made.unit;
            QVERIFY2(goals.addGoal(goal, &error), qPrintable(error));
        }
        // Every weekly entry names every goal of its year in a task item.
        QCOMPARE(goals.checkInsOfYear(2021).size(), 52 * 10);
        QVERIFY(sync.unmatchedTasks(2021).isEmpty());
        QVERIFY(sync.lastError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_DiaryGenerator)
#include "tst_diarygenerator.moc"
