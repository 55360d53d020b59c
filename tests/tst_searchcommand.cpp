#include "storage/database.h"
#include "storage/entrystore.h"
#include "testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// `hoego search` run as a user runs it, on a diary written through EntryStore.
class tst_SearchCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void printsJson();
    void filtersAndLimits_data();
    void filtersAndLimits();
    void rejectsBadOptions_data();
    void rejectsBadOptions();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run hoego(const QStringList &arguments);

    QTemporaryDir m_dir;
    QString m_path;
};

void tst_SearchCommand::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_path = m_dir.filePath(u"cli.sqlite"_s);
    Database database(m_path);
    QString error;
    QVERIFY2(database.open(&error), qPrintable(error));
    EntryStore store(database);
    const QList<std::tuple<QString, QString, QDate, EntryKind, QStringList>> entries = {
        {u"학교 첫날"_s, u"오늘은 학교에 갔다. 선생님이 친절했다."_s, QDate(2022, 3, 2), EntryKind::Daily, {}},
        {u"2023 회고"_s, u"올해 학교 생활을 돌아본다."_s, QDate(2023, 12, 30), EntryKind::Yearly, {u"회고"_s}},
        {u"Qt"_s, u"Qt6를 공부했다. #study\n\n- [ ] 예제 만들기\n"_s, QDate(2023, 4, 1), EntryKind::Note, {}},
    };
    for (const auto &[title, text, date, kind, tags] : entries) {
        Entry entry;
        entry.title = title;
        entry.text = text;
        entry.date = date;
        entry.kind = kind;
        entry.tags = tags;
        QVERIFY2(store.insert(entry, &error), qPrintable(error));
    }
}

tst_SearchCommand::Run tst_SearchCommand::hoego(const QStringList &arguments)
{
    QProcess process;
    process.start(hoegoExecutable(), QStringList {u"search"_s, u"--db"_s, m_path} + arguments);
    Run run;
    if (!process.waitForFinished(30000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void tst_SearchCommand::printsJson()
{
    const Run run = hoego({u"--json"_s, u"학교"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &parseError);
    QVERIFY2(document.isArray(), qPrintable(parseError.errorString()));
    const QJsonArray results = document.array();
    QCOMPARE(results.size(), 2);
    // The title hit ranks first.
    const QJsonObject first = results.at(0).toObject();
    QCOMPARE(first.keys(),
        (QStringList {u"date"_s, u"highlights"_s, u"id"_s, u"kind"_s, u"score"_s, u"snippet"_s, u"title"_s}));
    QCOMPARE(first.value(u"title"_s).toString(), u"학교 첫날"_s);
    QCOMPARE(first.value(u"date"_s).toString(), u"2022-03-02"_s);
    QCOMPARE(first.value(u"kind"_s).toString(), u"daily"_s);
    QCOMPARE(first.value(u"snippet"_s).toString(), u"오늘은 학교에 갔다. 선생님이 친절했다."_s);
    QCOMPARE(first.value(u"highlights"_s).toArray(), (QJsonArray {QJsonArray {4, 2}}));
    QVERIFY(first.value(u"id"_s).toInteger() > 0);
    const double firstScore = first.value(u"score"_s).toDouble();
    const double secondScore = results.at(1).toObject().value(u"score"_s).toDouble();
    QVERIFY2(firstScore > secondScore, qPrintable(u"%1 %2"_s.arg(firstScore).arg(secondScore)));
}

void tst_SearchCommand::filtersAndLimits_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("titles");
    QTest::newRow("kind") << QStringList {u"--kind"_s, u"yearly"_s, u"학교"_s} << QStringList {u"2023 회고"_s};
    QTest::newRow("year") << QStringList {u"--year"_s, u"2022"_s, u"학교"_s} << QStringList {u"학교 첫날"_s};
    QTest::newRow("tag") << QStringList {u"--tag"_s, u"회고"_s, u"학교"_s} << QStringList {u"2023 회고"_s};
    QTest::newRow("limit") << QStringList {u"--limit"_s, u"1"_s, u"학교"_s} << QStringList {u"학교 첫날"_s};
    QTest::newRow("initials") << QStringList {u"ㄱㅂ"_s} << QStringList {u"Qt"_s};
    QTest::newRow("two words") << QStringList {u"qt6"_s, u"공부"_s} << QStringList {u"Qt"_s};
    QTest::newRow("inline tag") << QStringList {u"--tag"_s, u"study"_s} << QStringList {u"Qt"_s};
    QTest::newRow("open tasks") << QStringList {u"--open-tasks"_s} << QStringList {u"Qt"_s};
    QTest::newRow("open tasks and a query") << QStringList {u"--open-tasks"_s, u"학교"_s} << QStringList {};
    QTest::newRow("listing by year") << QStringList {u"--year"_s, u"2023"_s} << QStringList {u"2023 회고"_s, u"Qt"_s};
}

void tst_SearchCommand::filtersAndLimits()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, titles);
    const Run run = hoego(QStringList {u"--json"_s} + arguments);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QStringList found;
    for (const QJsonValue &value : QJsonDocument::fromJson(run.out).array())
        found << value.toObject().value(u"title"_s).toString();
    QCOMPARE(found, titles);
}

void tst_SearchCommand::rejectsBadOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("kind") << QStringList {u"--kind"_s, u"monthly"_s, u"학교"_s};
    QTest::newRow("year") << QStringList {u"--year"_s, u"작년"_s, u"학교"_s};
    QTest::newRow("limit") << QStringList {u"--limit"_s, u"0"_s, u"학교"_s};
}

void tst_SearchCommand::rejectsBadOptions()
{
    QFETCH(QStringList, arguments);
    const Run run = hoego(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(tst_SearchCommand)
#include "tst_searchcommand.moc"
