#include "io/entrydocument.h"
#include "models/searchmodel.h"
#include "search/searchstore.h"
#include "storage/database.h"
#include "storage/entrystore.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The filters search combines with the text (kind, date range, tag — front matter or
// inline — and open tasks), with and without a query, in SearchStore and SearchModel.
class tst_SearchFilter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void filters_data();
    void filters();
    void modelListsByFiltersAlone();
    void filterFollowsEdits();

private:
    qint64 add(const QString &text, QDate date);
    QStringList titles(const QList<SearchResult> &results) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<EntryStore> m_store;
};

void tst_SearchFilter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_database = std::make_unique<Database>(m_dir.filePath(u"filters.sqlite"_s));
    QString error;
    QVERIFY2(m_database->open(&error), qPrintable(error));
    m_store = std::make_unique<EntryStore>(*m_database);
    add(u"---\ntitle: 2023 회고\nkind: yearly\ntags: [회고]\n---\n학교에 다녔다.\n\n- [x] 책 12권\n"_s,
        QDate(2023, 12, 30));
    add(u"---\ntitle: 주간 회고 1\nkind: weekly\n---\n학교 숙제 #공부\n\n- [ ] 운동\n- [x] 독서\n"_s,
        QDate(2023, 1, 8));
    add(u"---\ntitle: 산책\n---\n한강 #산책 `#회고`\n\n```\n- [ ] 코드 속 할 일\n```\n"_s, QDate(2024, 5, 1));
    add(u"---\ntitle: 계획\n---\n#회고 다음 학교 계획\n\n- 목표\n  - [ ] 하위 할 일\n"_s, QDate(2024, 1, 2));
}

void tst_SearchFilter::cleanupTestCase()
{
    m_store.reset();
    m_database.reset();
}

qint64 tst_SearchFilter::add(const QString &text, QDate date)
{
    Entry entry;
    entry.date = date;
    applyText(entry, text);
    QString error;
    if (!m_store->insert(entry, &error))
        qWarning("%s", qPrintable(error));
    return entry.id;
}

QStringList tst_SearchFilter::titles(const QList<SearchResult> &results) const
{
    QStringList list;
    for (const SearchResult &result : results)
        list << result.title;
    return list;
}

void tst_SearchFilter::filters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<bool>("openTasks");
    QTest::addColumn<QStringList>("expected"); // titles; sorted when the query is not empty

    const QString none;
    QTest::newRow("query alone") << u"학교"_s << none << 0 << none << false
                                 << QStringList {u"2023 회고"_s, u"계획"_s, u"주간 회고 1"_s};
    QTest::newRow("kind") << u"학교"_s << u"weekly"_s << 0 << none << false << QStringList {u"주간 회고 1"_s};
    QTest::newRow("year") << u"학교"_s << none << 2023 << none << false
                          << QStringList {u"2023 회고"_s, u"주간 회고 1"_s};
    QTest::newRow("tag from front matter or text")
        << u"학교"_s << none << 0 << u"회고"_s << false << QStringList {u"2023 회고"_s, u"계획"_s};
    QTest::newRow("tag written with #") << QString() << none << 0 << u"#공부"_s << false
                                        << QStringList {u"주간 회고 1"_s};
    QTest::newRow("a tag in code is no tag")
        << QString() << none << 2024 << u"회고"_s << false << QStringList {u"계획"_s};
    QTest::newRow("open tasks") << u"학교"_s << none << 0 << none << true << QStringList {u"계획"_s, u"주간 회고 1"_s};
    QTest::newRow("open tasks, empty query, newest first")
        << QString() << none << 0 << none << true << QStringList {u"계획"_s, u"주간 회고 1"_s};
    QTest::newRow("all filters") << u"학교"_s << u"weekly"_s << 2023 << u"공부"_s << true
                                 << QStringList {u"주간 회고 1"_s};
    QTest::newRow("filters that exclude everything")
        << QString() << u"yearly"_s << 2024 << none << false << QStringList {};
    QTest::newRow("empty query, year, newest first")
        << QString() << none << 2024 << none << false << QStringList {u"산책"_s, u"계획"_s};
    QTest::newRow("exclusion with a filter") << u"-학교"_s << none << 2024 << none << false << QStringList {u"산책"_s};
}

void tst_SearchFilter::filters()
{
    QFETCH(QString, query);
    QFETCH(QString, kind);
    QFETCH(int, year);
    QFETCH(QString, tag);
    QFETCH(bool, openTasks);
    QFETCH(QStringList, expected);

    SearchFilter filter = year ? SearchFilter::forYear(year) : SearchFilter();
    if (!kind.isEmpty())
        filter.kind = entryKindFromName(kind);
    filter.tag = tag;
    filter.openTasks = openTasks;
    QString error;
    QStringList found = titles(SearchStore(*m_database).search(SearchQuery::parse(query), filter, 50, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    if (SearchQuery::parse(query).hasRequiredTerms()) {
        found.sort();
        expected.sort();
    }
    QCOMPARE(found, expected);
}

void tst_SearchFilter::modelListsByFiltersAlone()
{
    SearchModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    SearchFilter filter;
    filter.openTasks = true;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data(SearchModel::TitleRole).toString(), u"계획"_s);
    model.setQueryText(u"운동"_s);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(SearchModel::TitleRole).toString(), u"주간 회고 1"_s);
    model.setFilter({});
    QCOMPARE(model.rowCount(), 1);
    model.setQueryText(QString());
    QCOMPARE(model.rowCount(), 0);
}

// Ticking the last open task takes the entry out of the open-tasks listing at once.
void tst_SearchFilter::filterFollowsEdits()
{
    SearchModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SearchFilter filter;
    filter.openTasks = true;
    filter.tag = u"공부"_s;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 1);
    Entry entry = *m_store->entry(model.index(0, 0).data(SearchModel::EntryIdRole).toLongLong());
    const QString before = entry.text;
    applyText(entry, QString(before).replace(u"- [ ] 운동"_s, u"- [x] 운동"_s));
    QString error;
    QVERIFY2(m_store->update(entry, &error), qPrintable(error));
    QCOMPARE(model.rowCount(), 0);
    applyText(entry, before);
    QVERIFY2(m_store->update(entry, &error), qPrintable(error));
    QCOMPARE(model.rowCount(), 1);
}

QTEST_GUILESS_MAIN(tst_SearchFilter)
#include "tst_searchfilter.moc"
