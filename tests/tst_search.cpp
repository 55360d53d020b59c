#include "oldschema.h"
#include "search/searchstore.h"
#include "storage/database.h"
#include "storage/entrystore.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Search through the index as the app uses it: entries written through EntryStore, the
// triggers keeping search_index in step, SearchStore answering.
class tst_Search : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void matches_data();
    void matches();
    void filters_data();
    void filters();
    void snippets_data();
    void snippets();
    void longSnippetIsCutAroundTheHit();
    void ranksTitleHitsFirst();
    void followsInsertUpdateDelete();
    void migrationIndexesExistingRows();

public:
    struct Fixture
    {
        QString title;
        QString text;
        QDate date;
        EntryKind kind = EntryKind::Daily;
        QStringList tags;
    };
    static QList<Fixture> fixtures();

private:
    QStringList titlesFor(const QString &query, const SearchFilter &filter = {});

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
};

static QString nfd(const QString &text)
{
    return text.normalized(QString::NormalizationForm_D);
}

// Each entry is named by its title (T01…), which no query below matches.
static tst_Search::Fixture fixture(const QString &title, const QString &text, QDate date,
    EntryKind kind = EntryKind::Daily, const QStringList &tags = {})
{
    return {title, text, date, kind, tags};
}

QList<tst_Search::Fixture> tst_Search::fixtures()
{
    const QDate day(2020, 3, 1);
    return {
        fixture(u"T01"_s, u"오늘은 학교에 갔다."_s, day.addDays(1)),
        fixture(u"T02"_s, u"국립도서관에서 책을 읽었다."_s, day.addDays(2)),
        fixture(u"T03"_s, u"# 공부\n\nQt6를 공부했다. 빌드는 **CMake**로."_s, day.addDays(3)),
        fixture(u"T04"_s, u"한국어 수업이 재미있었다."_s, day.addDays(4)),
        fixture(u"T05"_s, u"- [ ] 목표회고를 미뤘다."_s, day.addDays(5), EntryKind::Weekly),
        fixture(u"T06"_s, u"행복한 하루였다."_s, day.addDays(6)),
        fixture(u"T07"_s, u"가치 있는 일을 했다."_s, day.addDays(7)),
        fixture(u"T08"_s, u"까치가 울었다."_s, day.addDays(8)),
        fixture(u"T09"_s, u"라면을 끓여 먹었다."_s, day.addDays(9)),
        fixture(u"T10"_s, u"라디오를 들었다."_s, day.addDays(10)),
        fixture(u"T11"_s, u"> 꿈을 꾸었다."_s, day.addDays(11)),
        fixture(u"T12"_s, nfd(u"여행 계획을 세웠다."_s), day.addDays(12)),
        fixture(u"T13"_s, u"Went hiking with [Alice](https://example.com/bob). Lovely weather."_s, QDate(2019, 5, 1)),
        fixture(u"T14"_s, u"내일 아침에 운동하기로 했다."_s, day.addDays(14)),
        fixture(u"T15"_s, u"운동하기 싫은 아침에 늦잠."_s, day.addDays(15)),
        fixture(u"T16"_s, u"---\ntitle: 비밀\ntags: [숨김]\n---\n본문에는 다른 말만."_s, day.addDays(16)),
        fixture(u"T17"_s, u"학교 숙제와 한국어 공부"_s, day.addDays(17), EntryKind::Daily, {u"공부"_s}),
    };
}

void tst_Search::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_database = std::make_unique<Database>(m_dir.filePath(u"search.sqlite"_s));
    QString error;
    QVERIFY2(m_database->open(&error), qPrintable(error));
    EntryStore store(*m_database);
    for (const Fixture &fixture : fixtures()) {
        Entry entry;
        entry.title = fixture.title;
        entry.text = fixture.text;
        entry.date = fixture.date;
        entry.kind = fixture.kind;
        entry.tags = fixture.tags;
        QVERIFY2(store.insert(entry, &error), qPrintable(error));
    }
}

QStringList tst_Search::titlesFor(const QString &query, const SearchFilter &filter)
{
    QString error;
    const QList<SearchResult> results = SearchStore(*m_database).search(SearchQuery::parse(query), filter, 100, &error);
    if (!error.isEmpty())
        return {u"error: "_s + error};
    QStringList titles;
    for (const SearchResult &result : results)
        titles << result.title;
    titles.sort();
    return titles;
}

void tst_Search::matches_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");

    const auto all = [](const QStringList &except) {
        QStringList titles;
        for (const Fixture &fixture : fixtures()) {
            if (!except.contains(fixture.title))
                titles << fixture.title;
        }
        return titles;
    };

    QTest::newRow("noun before a particle") << u"학교"_s << QStringList {u"T01"_s, u"T17"_s};
    QTest::newRow("inside a compound") << u"도서관"_s << QStringList {u"T02"_s};
    QTest::newRow("one syllable") << u"꿈"_s << QStringList {u"T11"_s};
    QTest::newRow("one syllable, start of a word") << u"학"_s << QStringList {u"T01"_s, u"T17"_s};
    QTest::newRow("one syllable, end of a word") << u"됐"_s << QStringList {};
    QTest::newRow("last syllable of a word") << u"관"_s << QStringList {u"T02"_s};
    QTest::newRow("two syllables, ending") << u"했다"_s << QStringList {u"T03"_s, u"T07"_s, u"T14"_s};
    QTest::newRow("two terms") << u"회고 목표"_s << QStringList {u"T05"_s};
    QTest::newRow("two terms, other order") << u"목표 회고"_s << QStringList {u"T05"_s};
    QTest::newRow("terms in different entries") << u"학교 라면"_s << QStringList {};
    QTest::newRow("latin before a particle") << u"qt6"_s << QStringList {u"T03"_s};
    QTest::newRow("latin upper case query") << u"QT6"_s << QStringList {u"T03"_s};
    QTest::newRow("latin with particle in query") << u"Qt6를"_s << QStringList {u"T03"_s};
    QTest::newRow("emphasised latin") << u"cmake"_s << QStringList {u"T03"_s};
    QTest::newRow("english words") << u"alice WEATHER"_s << QStringList {u"T13"_s};
    QTest::newRow("english word prefix") << u"hik"_s << QStringList {u"T13"_s};
    QTest::newRow("english matches from a word's start") << u"iking"_s << QStringList {};
    QTest::newRow("digits before a syllable") << u"6를"_s << QStringList {};
    QTest::newRow("link target is not text") << u"example"_s << QStringList {};
    QTest::newRow("nfd entry, nfc query") << u"여행"_s << QStringList {u"T12"_s};
    QTest::newRow("nfd entry, nfd query") << nfd(u"계획"_s) << QStringList {u"T12"_s};
    QTest::newRow("nfc entry, nfd query") << nfd(u"도서관"_s) << QStringList {u"T02"_s};
    QTest::newRow("nfd one syllable") << nfd(u"꿈"_s) << QStringList {u"T11"_s};
    QTest::newRow("initials") << u"ㅎㄱ"_s << QStringList {u"T01"_s, u"T04"_s, u"T05"_s, u"T14"_s, u"T15"_s, u"T17"_s};
    QTest::newRow("initials, plain vs tense") << u"ㄱㅊ"_s << QStringList {u"T07"_s};
    QTest::newRow("initials, tense") << u"ㄲㅊ"_s << QStringList {u"T08"_s};
    QTest::newRow("initials, three") << u"ㅎㄱㅇ"_s << QStringList {u"T01"_s, u"T04"_s, u"T17"_s};
    QTest::newRow("initials do not cross words") << u"ㅇㅎㄱ"_s << QStringList {};
    QTest::newRow("syllable then initial") << u"라ㅁ"_s << QStringList {u"T09"_s};
    QTest::newRow("initial then syllable") << u"ㄹ디"_s << QStringList {u"T10"_s};
    QTest::newRow("phrase") << u"\"아침에 운동\""_s << QStringList {u"T14"_s};
    QTest::newRow("same words unquoted") << u"아침에 운동"_s << QStringList {u"T14"_s, u"T15"_s};
    QTest::newRow("phrase across punctuation") << u"\"공부했다 빌드\""_s << QStringList {u"T03"_s};
    QTest::newRow("phrase of one syllable words") << u"\"은 학\""_s << QStringList {u"T01"_s};
    QTest::newRow("exclusion") << u"한국어 -학교"_s << QStringList {u"T04"_s};
    QTest::newRow("exclusion alone") << u"-학교"_s << all({u"T01"_s, u"T17"_s});
    QTest::newRow("excluded initials") << u"학교 -ㅅㅈ"_s << QStringList {u"T01"_s};
    QTest::newRow("front matter is not searched") << u"숨김"_s << QStringList {};
    QTest::newRow("markdown markers are not text") << u"#"_s << all({});
    QTest::newRow("nothing matches") << u"자동차"_s << QStringList {};
}

void tst_Search::matches()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    expected.sort();
    QCOMPARE(titlesFor(query), expected);
}

void tst_Search::filters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<SearchFilter>("filter");
    QTest::addColumn<QStringList>("expected");

    SearchFilter weekly;
    weekly.kind = EntryKind::Weekly;
    SearchFilter tagged;
    tagged.tag = u"#공부"_s;
    SearchFilter range;
    range.from = QDate(2020, 3, 2);
    range.to = QDate(2020, 3, 4);

    QTest::newRow("kind, no query") << QString() << weekly << QStringList {u"T05"_s};
    QTest::newRow("kind and query") << u"학교"_s << weekly << QStringList {};
    QTest::newRow("tag, no query") << QString() << tagged << QStringList {u"T17"_s};
    QTest::newRow("tag and query") << u"학교"_s << tagged << QStringList {u"T17"_s};
    QTest::newRow("year") << QString() << SearchFilter::forYear(2019) << QStringList {u"T13"_s};
    QTest::newRow("year and query") << u"alice"_s << SearchFilter::forYear(2020) << QStringList {};
    QTest::newRow("date range") << QString() << range << QStringList {u"T01"_s, u"T02"_s, u"T03"_s};
    QTest::newRow("date range and initials") << u"ㅎㄱ"_s << range << QStringList {u"T01"_s};
}

void tst_Search::filters()
{
    QFETCH(QString, query);
    QFETCH(SearchFilter, filter);
    QFETCH(QStringList, expected);
    QCOMPARE(titlesFor(query, filter), expected);
}

void tst_Search::snippets_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("snippet");
    QTest::addColumn<QStringList>("highlighted");

    QTest::newRow("two syllables of a word") << u"학교 -숙제"_s << u"오늘은 학교에 갔다."_s << QStringList {u"학교"_s};
    QTest::newRow("initials") << u"ㄱㅊ"_s << u"가치 있는 일을 했다."_s << QStringList {u"가치"_s};
    QTest::newRow("mixed") << u"라ㅁ"_s << u"라면을 끓여 먹었다."_s << QStringList {u"라면"_s};
    QTest::newRow("latin, case-insensitive")
        << u"QT6"_s << u"공부\nQt6를 공부했다. 빌드는 CMake로."_s.replace(u'\n', u' ') << QStringList {u"Qt6"_s};
    QTest::newRow("nfd query and entry") << nfd(u"계획"_s) << u"여행 계획을 세웠다."_s << QStringList {u"계획"_s};
    QTest::newRow("every hit of every term")
        << u"공부 했"_s << u"공부 Qt6를 공부했다. 빌드는 CMake로."_s << QStringList {u"공부"_s, u"공부"_s, u"했"_s};
    QTest::newRow("phrase") << u"\"아침에 운동\""_s << u"내일 아침에 운동하기로 했다."_s
                            << QStringList {u"아침에 운동"_s};
    QTest::newRow("link text stays") << u"alice"_s << u"Went hiking with Alice. Lovely weather."_s
                                     << QStringList {u"Alice"_s};
}

void tst_Search::snippets()
{
    QFETCH(QString, query);
    QFETCH(QString, snippet);
    QFETCH(QStringList, highlighted);
    QString error;
    const QList<SearchResult> results = SearchStore(*m_database).search(SearchQuery::parse(query), {}, 10, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(results.size(), 1);
    const SearchResult &result = results.first();
    QCOMPARE(result.snippet, snippet);
    QStringList texts;
    for (const SearchRange &range : result.highlights) {
        QVERIFY(range.start >= 0 && range.length > 0 && range.start + range.length <= result.snippet.size());
        texts << result.snippet.mid(range.start, range.length);
    }
    QCOMPARE(texts, highlighted);
}

void tst_Search::longSnippetIsCutAroundTheHit()
{
    const QString filler = u"평범한 하루의 기록이 이어진다. "_s.repeated(20);
    QString text = filler + u"마침내 등대를 보았다. "_s + filler;
    QTemporaryDir dir;
    Database database(dir.filePath(u"long.sqlite"_s));
    QString error;
    QVERIFY2(database.open(&error), qPrintable(error));
    EntryStore store(database);
    Entry entry;
    entry.date = QDate(2021, 1, 1);
    entry.title = u"긴 하루"_s;
    entry.text = text;
    QVERIFY2(store.insert(entry, &error), qPrintable(error));

    const QList<SearchResult> results = SearchStore(database).search(SearchQuery::parse(u"등대"_s), {}, 10, &error);
    QCOMPARE(results.size(), 1);
    const SearchResult &result = results.first();
    QVERIFY2(result.snippet.startsWith(u"…"_s), qPrintable(result.snippet));
    QVERIFY2(result.snippet.endsWith(u"…"_s), qPrintable(result.snippet));
    QVERIFY2(result.snippet.size() <= 130, qPrintable(result.snippet));
    QCOMPARE(result.highlights.size(), 1);
    QCOMPARE(result.snippet.mid(result.highlights.first().start, result.highlights.first().length), u"등대"_s);
    // Cut at spaces: after the leading ellipsis comes a whole word.
    QVERIFY2(text.contains(u' ' + result.snippet.mid(1, 5)), qPrintable(result.snippet));
}

void tst_Search::ranksTitleHitsFirst()
{
    QTemporaryDir dir;
    Database database(dir.filePath(u"rank.sqlite"_s));
    QString error;
    QVERIFY2(database.open(&error), qPrintable(error));
    EntryStore store(database);
    Entry inBody;
    inBody.date = QDate(2022, 1, 2);
    inBody.title = u"1월 2일"_s;
    inBody.text = u"오늘은 회고를 조금 생각했다. 그리고 밥을 먹었다."_s;
    Entry inTitle;
    inTitle.date = QDate(2022, 1, 1);
    inTitle.title = u"2021 회고"_s;
    inTitle.text = u"한 해를 돌아본다. 그리고 밥을 먹었다."_s;
    QVERIFY2(store.insert(inBody, &error), qPrintable(error));
    QVERIFY2(store.insert(inTitle, &error), qPrintable(error));

    const QList<SearchResult> results = SearchStore(database).search(SearchQuery::parse(u"회고"_s), {}, 10, &error);
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0).id, inTitle.id);
    QVERIFY(results.at(0).score > results.at(1).score);
    QCOMPARE(results.at(0).titleHighlights, (QList<SearchRange> {{5, 2}}));
}

void tst_Search::followsInsertUpdateDelete()
{
    QTemporaryDir dir;
    Database database(dir.filePath(u"edits.sqlite"_s));
    QString error;
    QVERIFY2(database.open(&error), qPrintable(error));
    EntryStore store(database);
    const SearchStore search(database);
    const auto ids = [&search](const QString &query) {
        QList<qint64> found;
        for (const SearchResult &result : search.search(SearchQuery::parse(query)))
            found << result.id;
        return found;
    };

    Entry entry;
    entry.date = QDate(2023, 5, 5);
    entry.title = u"어린이날"_s;
    entry.text = u"공원에서 연을 날렸다."_s;
    QVERIFY2(store.insert(entry, &error), qPrintable(error));
    QCOMPARE(ids(u"공원"_s), QList<qint64> {entry.id});
    QCOMPARE(ids(u"ㅇㄹㅇ"_s), QList<qint64> {entry.id}); // the title's initials

    entry.text = u"바다에서 연을 날렸다."_s;
    QVERIFY2(store.update(entry, &error), qPrintable(error));
    QCOMPARE(ids(u"공원"_s), QList<qint64> {});
    QCOMPARE(ids(u"바다"_s), QList<qint64> {entry.id});
    QCOMPARE(ids(u"ㅂㄷ"_s), QList<qint64> {entry.id});

    Entry other;
    other.date = QDate(2023, 5, 6);
    other.title = u"사진"_s;
    other.text = u"바다 사진을 정리했다."_s;
    QVERIFY2(store.insert(other, &error), qPrintable(error));
    QCOMPARE(search.indexedIds(), (QList<qint64> {entry.id, other.id}));

    QVERIFY2(store.remove(entry.id, &error), qPrintable(error));
    QCOMPARE(ids(u"바다"_s), QList<qint64> {other.id});
    QCOMPARE(ids(u"날렸"_s), QList<qint64> {});
    QCOMPARE(search.indexedIds(), QList<qint64> {other.id});
}

// A diary written before the index existed gets every row indexed by the migration.
void tst_Search::migrationIndexesExistingRows()
{
    const qsizetype indexVersion = migrationContaining(u"CREATE VIRTUAL TABLE search_index"_s);
    QVERIFY(indexVersion > 0);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QCOMPARE(makeSchemaVersion(db, indexVersion), QString());
        QSqlQuery query(db);
        QVERIFY(query.prepare(u"INSERT INTO entries (kind, date, title, text, created, updated) "
                              "VALUES ('yearly', ?, ?, ?, '2023-01-01T00:00:00Z', '2023-01-01T00:00:00Z')"_s));
        query.addBindValue(u"2022-12-30"_s);
        query.addBindValue(u"2022 회고"_s);
        query.addBindValue(u"---\ntitle: 2022 회고\n---\n올해는 **마라톤**을 완주했다."_s);
        QVERIFY(query.exec());
        query.addBindValue(u"2021-12-30"_s);
        query.addBindValue(nfd(u"2021 회고"_s));
        query.addBindValue(nfd(u"작년에는 학교에 다녔다."_s));
        QVERIFY(query.exec());
        db.close();
    }
    QSqlDatabase::removeDatabase(u"old"_s);

    Database database(path);
    QString error;
    QVERIFY2(database.open(&error), qPrintable(error));
    QCOMPARE(database.userVersion(), Database::latestSchemaVersion());
    const SearchStore search(database);
    QCOMPARE(search.indexedIds().size(), 2);
    const QList<SearchResult> marathon = search.search(SearchQuery::parse(u"마라톤"_s));
    QCOMPARE(marathon.size(), 1);
    QCOMPARE(marathon.first().snippet, u"올해는 마라톤을 완주했다."_s);
    QCOMPARE(search.search(SearchQuery::parse(u"학교"_s)).size(), 1);
    QCOMPARE(search.search(SearchQuery::parse(u"회고"_s)).size(), 2);
    QCOMPARE(search.search(SearchQuery::parse(u"title"_s)).size(), 0);
}

QTEST_GUILESS_MAIN(tst_Search)
#include "tst_search.moc"
