#include "goals/checkinsync.h"
#include "goals/goalstore.h"
#include "io/entrydocument.h"
#include "io/goalsfile.h"
#include "io/importer.h"
#include "storage/database.h"
#include "storage/entrystore.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

// Export as the second safety net: `hoego export` of a whole diary, imported with `hoego
// import` into an empty one, gives the same diary — entries, front matter, tags, goals,
// aliases and check-ins — and a goals file with mistakes is refused whole, naming the line.
class tst_ExportRoundTrip : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void wholeDiaryRoundTrip();
    void badGoalsFileAddsNothing_data();
    void badGoalsFileAddsNothing();
    void goalsFileIsOneTransaction_data();
    void goalsFileIsOneTransaction();

private:
    QString run(const QStringList &arguments, int expectedExit = 0);
    QTemporaryDir m_dir;
    int m_bad = 0;
};

namespace {

std::unique_ptr<Database> openDiary(const QString &path)
{
    auto database = std::make_unique<Database>(path);
    QString error;
    if (!database->open(&error))
        qWarning("%s", qPrintable(error));
    return database;
}

Goal makeGoal(
    int year, const QString &title, GoalMeasure measure, std::optional<double> target = {}, const QString &unit = {})
{
    Goal goal;
    goal.year = year;
    goal.title = title;
    goal.measure = measure;
    goal.target = target;
    goal.unit = unit;
    return goal;
}

QString optionalNumber(const std::optional<double> &value)
{
    return value ? QString::number(*value) : u"-"_s;
}

// Everything a user would call the diary, ids and clock times left out; goals and entries
// that refer to each other are named by year and title, date and title.
QStringList describe(Database &database)
{
    const EntryStore entries(database);
    const GoalStore goals(database);
    QStringList lines;
    QHash<qint64, QString> entryNames;
    QList<Entry> all = entries.entries();
    std::sort(all.begin(), all.end(),
        [](const Entry &a, const Entry &b) { return std::pair(a.date, a.title) < std::pair(b.date, b.title); });
    for (const Entry &entry : std::as_const(all)) {
        entryNames.insert(entry.id, entry.date.toString(Qt::ISODate) + u' ' + entry.title);
        // Not the source file: every entry of the copy was imported from the export.
        lines << u"entry %1 | %2 | %3 | offset %4 | tags %5 | edited %6\n%7"_s.arg(entry.date.toString(Qt::ISODate),
            entry.title, entryKindName(entry.kind),
            entry.utcOffsetSeconds ? QString::number(*entry.utcOffsetSeconds) : u"-"_s, entry.tags.join(u','),
            entry.editedSinceImport ? u"yes"_s : u"no"_s, entry.text);
    }
    QHash<qint64, QString> goalNames;
    for (const int year : goals.years()) {
        for (const Goal &goal : goals.goals(year))
            goalNames.insert(goal.id, u"%1 %2"_s.arg(goal.year).arg(goal.title));
    }
    for (const int year : goals.years()) {
        const QHash<QString, qint64> aliases = goals.aliases(year);
        for (const Goal &goal : goals.goals(year)) {
            lines << u"goal %1 #%2 | %3 %4 %5 | %6 %7 %8 | notes %9 | from %10"_s.arg(goalNames.value(goal.id))
                         .arg(goal.position)
                         .arg(goalMeasureName(goal.measure), optionalNumber(goal.target), goal.unit,
                             goalStatusName(goal.status), goal.statusDate.toString(Qt::ISODate), goal.statusReason,
                             goal.notes, goalNames.value(goal.carriedFrom, u"-"_s));
            QStringList keys;
            for (auto it = aliases.cbegin(); it != aliases.cend(); ++it) {
                if (it.value() == goal.id)
                    keys << it.key();
            }
            keys.sort();
            lines << u"  aliases "_s + keys.join(u" / "_s);
            for (const CheckIn &checkIn : goals.checkIns(goal.id)) {
                lines << u"  check-in %1..%2 done %3 amount %4 note %5 confidence %6 from %7"_s.arg(
                    checkIn.firstWeek.toString(), checkIn.lastWeek.toString(), checkIn.done ? u"yes"_s : u"no"_s,
                    optionalNumber(checkIn.amount), checkIn.note,
                    checkIn.confidence ? QString::number(*checkIn.confidence) : u"-"_s,
                    entryNames.value(checkIn.entryId, u"-"_s));
            }
        }
    }
    return lines;
}

} // namespace

void tst_ExportRoundTrip::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

QString tst_ExportRoundTrip::run(const QStringList &arguments, int expectedExit)
{
    QProcess process;
    process.start(hoegoExecutable(), arguments);
    if (!process.waitForFinished(60000))
        return u"(did not finish)"_s;
    const QString output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    if (process.exitCode() != expectedExit)
        qWarning("hoego %s exited %d: %s", qPrintable(arguments.join(u' ')), process.exitCode(), qPrintable(output));
    return process.exitCode() == expectedExit ? output : QString();
}

void tst_ExportRoundTrip::wholeDiaryRoundTrip()
{
    const QString original = m_dir.filePath(u"original.sqlite"_s);
    QVERIFY(!run({u"import"_s, u"--db"_s, original, corpusDir() + u"/jekyll"_s}).isEmpty());
    {
        // What only Hoego makes: an entry written in it, goals of two years (one carried
        // over), an alias, a catch-up check-in, text that YAML must quote.
        std::unique_ptr<Database> database = openDiary(original);
        EntryStore entries(*database);
        GoalStore goals(*database);
        QString error;
        Entry written = newEntry(QDate(2024, 2, 29), EntryKind::Note, u"윤날: 메모 #1"_s);
        applyText(written, written.text + u"쓴 글 #태그\n"_s);
        QVERIFY2(entries.insert(written, &error), qPrintable(error));

        Goal review = makeGoal(2023, u"주간 회고 쓰기"_s, GoalMeasure::Weekly, 1);
        review.notes = u"매주 일요일: \"짧게라도\"\n두 줄 노트"_s;
        Goal tennis = makeGoal(2023, u"테니스 주 3회"_s, GoalMeasure::Weekly, 3, u"회"_s);
        Goal papers = makeGoal(2023, u"논문 읽기"_s, GoalMeasure::Count, 24, u"편"_s);
        Goal licence = makeGoal(2023, u"bartender certificate"_s, GoalMeasure::Once);
        licence.status = GoalStatus::Done;
        licence.statusDate = QDate(2023, 6, 3);
        Goal dream = makeGoal(2023, u"꿈 찾기"_s, GoalMeasure::Open);
        dream.status = GoalStatus::Dropped;
        dream.statusReason = u"- not now: 'later'"_s;
        for (Goal *goal : {&review, &tennis, &papers, &licence, &dream})
            QVERIFY2(goals.addGoal(*goal, &error), qPrintable(error));
        Goal again = makeGoal(2024, u"주간 회고 쓰기"_s, GoalMeasure::Weekly, 1.5, u"h"_s);
        again.carriedFrom = review.id;
        QVERIFY2(goals.addGoal(again, &error), qPrintable(error));
        QVERIFY2(goals.addAlias(papers.id, u"논문 한 달에 두 편"_s, &error), qPrintable(error));
        CheckIn catchUp;
        catchUp.goalId = tennis.id;
        catchUp.firstWeek = *IsoWeek::fromString(u"2023-W03"_s);
        catchUp.lastWeek = *IsoWeek::fromString(u"2023-W05"_s);
        catchUp.done = true;
        catchUp.amount = 2;
        catchUp.note = u"부상 뒤: 천천히"_s;
        catchUp.confidence = 7;
        QVERIFY2(goals.addCheckIn(catchUp, &error), qPrintable(error));
        QVERIFY2(CheckInSync(entries, goals).syncAll(&error), qPrintable(error));
        QVERIFY(!goals.checkInsOfYear(2023).isEmpty());
    }

    const QString site = m_dir.filePath(u"site"_s);
    const QString exported = run({u"export"_s, u"--db"_s, original, site});
    QVERIFY(exported.contains(u"_data/goals.yml"_s));
    QVERIFY(QFile::exists(site + u"/_data/goals.yml"_s));

    const QString copy = m_dir.filePath(u"copy.sqlite"_s);
    const QString imported = run({u"import"_s, u"--db"_s, copy, site});
    QVERIFY(!imported.isEmpty());
    QVERIFY2(!imported.contains(u"goals.yml: failed"_s), qPrintable(imported));

    std::unique_ptr<Database> before = openDiary(original);
    std::unique_ptr<Database> after = openDiary(copy);
    const QStringList expected = describe(*before);
    QVERIFY(expected.filter(u"check-in"_s).size() >= 4); // entry-made ones and the catch-up
    QVERIFY(expected.filter(u"from 2023 주간 회고 쓰기"_s).size() == 1);
    QCOMPARE(describe(*after), expected);

    // The same site again adds nothing.
    const QString twice = run({u"import"_s, u"--db"_s, copy, site});
    QVERIFY2(twice.contains(u"goals.yml: unchanged"_s), qPrintable(twice));
    QCOMPARE(describe(*after), expected);
}

void tst_ExportRoundTrip::badGoalsFileAddsNothing_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("line"); // in the error, as `line N`

    const QByteArray head = "format: hoego-goals\nversion: 1\ngoals:\n";
    const QByteArray good = "  - {id: 1, year: 2024, title: 하나, measure: once}\n";
    QTest::newRow("not YAML") << head + good + "  - {id: 2, year: [2024\n" << u"line 6"_s;
    QTest::newRow("not a map") << QByteArray("- just\n- a list\n") << u"line 1"_s;
    QTest::newRow("another format") << QByteArray("format: other\nversion: 1\n") << u"line 1"_s;
    QTest::newRow("a newer version") << QByteArray("format: hoego-goals\nversion: 2\n") << u"line 2"_s;
    QTest::newRow("goals not a list") << QByteArray(head + "  title: x\n") << u"line 4"_s;
    QTest::newRow("year is text") << head + good + "  - {id: 2, year: twenty, title: 둘, measure: once}\n"
                                  << u"line 5"_s;
    QTest::newRow("title is a list") << head + good + "  - {id: 2, year: 2024, title: [a, b], measure: once}\n"
                                     << u"line 5"_s;
    QTest::newRow("unknown measure") << head + good + "  - {id: 2, year: 2024, title: 둘, measure: often}\n"
                                     << u"line 5"_s;
    QTest::newRow("target not a number") << head + good
            + "  - {id: 2, year: 2024, title: 둘, measure: count, target: many}\n"
                                         << u"line 5"_s;
    QTest::newRow("target infinite") << head + good
            + "  - {id: 2, year: 2024, title: 둘, measure: count, target: 1e999}\n"
                                     << u"line 5"_s;
    QTest::newRow("missing title") << head + good + "  - {id: 2, year: 2024, measure: once}\n" << u"line 5"_s;
    QTest::newRow("bad week") << head + good
            + "  - id: 2\n    year: 2024\n    title: 둘\n    measure: weekly\n    check_ins:\n      - {week: "
              "2024-W60}\n" << u"line 10"_s;
    QTest::newRow("span backwards") << head + good
            + "  - id: 2\n    year: 2024\n    title: 둘\n    measure: weekly\n    check_ins:\n"
              "      - {week: 2024-W10, last_week: 2024-W09}\n"
                                    << u"line 10"_s;
    QTest::newRow("confidence 11") << head + good
            + "  - id: 2\n    year: 2024\n    title: 둘\n    measure: weekly\n    check_ins:\n"
              "      - {week: 2024-W10, confidence: 11}\n"
                                   << u"line 10"_s;
    QTest::newRow("done is maybe") << head + good
            + "  - id: 2\n    year: 2024\n    title: 둘\n    measure: weekly\n    check_ins:\n"
              "      - {week: 2024-W10, done: maybe}\n"
                                   << u"line 10"_s;
    QTest::newRow("carried from nowhere")
        << head + good + "  - {id: 2, year: 2025, title: 하나, measure: once, carried_from: 9}\n"
        << u"line 5"_s;
    QTest::newRow("two goals, one id") << head + good + "  - {id: 1, year: 2025, title: 둘, measure: once}\n"
                                       << u"line 5"_s;
    // Aliases repeat one goal map: the same id twice, refused, however many times repeated.
    QByteArray repeated = head + "  - &g {id: 1, year: 2024, title: 하나, measure: once}\n";
    for (int i = 0; i < 10000; ++i)
        repeated += "  - *g\n";
    QTest::newRow("alias repeated 10000 times") << repeated << u"line 4"_s;
    QByteArray nested = head + "  - &a [x, x, x, x, x, x, x, x, x, x]\n";
    for (char c = 'b'; c <= 'j'; ++c) {
        const QByteArray previous = "*" + QByteArray(1, char(c - 1));
        nested += "  - &" + QByteArray(1, c) + " [" + QList<QByteArray>(10, previous).join(", ") + "]\n";
    }
    QTest::newRow("nested aliases (billion laughs)") << nested << u"line 4"_s;
    QTest::newRow("NUL byte") << head + "  - {id: 1, year: 2024, title: \"a" + QByteArray(1, '\0')
            + "b\", measure: once}\n  - {id: 1, year: 2024, title: c, measure: once}\n"
                              << u"line "_s;
}

void tst_ExportRoundTrip::badGoalsFileAddsNothing()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, line);
    const QString folder = m_dir.filePath(u"bad-%1"_s.arg(++m_bad));
    QVERIFY(QDir().mkpath(folder + u"/_data"_s));
    const QString path = folder + u"/_data/goals.yml"_s;
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(yaml);
    file.close();

    std::unique_ptr<Database> database = openDiary(folder + u"/diary.sqlite"_s);
    EntryStore entries(*database);
    const ImportReport report = Importer(entries).importPaths({folder});
    QCOMPARE(report.files.size(), 1);
    const ImportedFile &result = report.files.constFirst();
    QCOMPARE(result.outcome, ImportOutcome::Failed);
    QVERIFY2(result.reason.contains(path), qPrintable(result.reason));
    QVERIFY2(result.reason.contains(line), qPrintable(result.reason));
    QVERIFY(GoalStore(*database).years().isEmpty());
}

void tst_ExportRoundTrip::goalsFileIsOneTransaction_data()
{
    // A trigger refuses one row the file's second goal needs, after the first goal went in.
    QTest::addColumn<QString>("trigger");
    QTest::newRow("second goal") << u"BEFORE INSERT ON goals WHEN NEW.title = '둘'"_s;
    QTest::newRow("its alias") << u"BEFORE INSERT ON goal_aliases WHEN NEW.alias = 'boom'"_s;
    QTest::newRow("its check-in") << u"BEFORE INSERT ON check_ins WHEN NEW.note = 'boom'"_s;
}

void tst_ExportRoundTrip::goalsFileIsOneTransaction()
{
    QFETCH(QString, trigger);
    const QString folder = m_dir.filePath(u"refused-%1"_s.arg(++m_bad));
    QVERIFY(QDir().mkpath(folder + u"/_data"_s));
    QFile file(folder + u"/_data/goals.yml"_s);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("format: hoego-goals\nversion: 1\ngoals:\n"
               "  - {id: 1, year: 2024, title: 하나, measure: once, aliases: [one]}\n"
               "  - id: 2\n    year: 2024\n    title: 둘\n    measure: weekly\n    aliases: [boom]\n"
               "    check_ins:\n      - {week: 2024-W10, done: true, note: boom}\n");
    file.close();

    std::unique_ptr<Database> database = openDiary(folder + u"/diary.sqlite"_s);
    QSqlQuery query(database->connection());
    QVERIFY2(query.exec(u"CREATE TRIGGER refuse %1 BEGIN SELECT RAISE(ABORT, 'refused'); END"_s.arg(trigger)),
        qPrintable(query.lastError().text()));
    EntryStore entries(*database);
    const ImportReport report = Importer(entries).importPaths({folder});
    QCOMPARE(report.files.size(), 1);
    QCOMPARE(report.files.constFirst().outcome, ImportOutcome::Failed);
    QVERIFY2(report.files.constFirst().reason.contains(u"refused"_s), qPrintable(report.files.constFirst().reason));
    QVERIFY(GoalStore(*database).years().isEmpty());
    for (const QString &table : {u"goals"_s, u"goal_aliases"_s, u"check_ins"_s}) {
        QVERIFY(query.exec(u"SELECT count(*) FROM %1"_s.arg(table)) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    // No transaction is left open: once the trigger is gone the same file imports whole.
    QVERIFY(query.exec(u"DROP TRIGGER refuse"_s));
    const ImportReport again = Importer(entries).importPaths({folder});
    QCOMPARE(again.files.constFirst().outcome, ImportOutcome::Imported);
    QCOMPARE(GoalStore(*database).goals(2024).size(), 2);
}

QTEST_MAIN(tst_ExportRoundTrip)
#include "tst_exportroundtrip.moc"
