#include "models/searchmodel.h"
#include "storage/database.h"
#include "storage/entrystore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_SearchModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void rolesOfAResult();
    void emptyQueryShowsNothingUnlessFiltered();
    void followsTheStore();
    void typingNarrowsTheResults_data();
    void typingNarrowsTheResults();

private:
    Entry add(const QString &title, const QString &text, QDate date);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<EntryStore> m_store;
    std::unique_ptr<SearchModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_SearchModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<Database>(m_dir->filePath(u"model.sqlite"_s));
    QString error;
    QVERIFY2(m_database->open(&error), qPrintable(error));
    m_store = std::make_unique<EntryStore>(*m_database);
    add(u"2023 회고"_s, u"올해는 학교에 자주 갔다. 학교 도서관이 좋았다."_s, QDate(2023, 12, 31));
    add(u"산책"_s, u"한강에서 산책했다."_s, QDate(2023, 6, 1));
    add(u"Weekly"_s, u"Qt6를 배웠다."_s, QDate(2023, 3, 6));
    m_model = std::make_unique<SearchModel>(*m_store);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_SearchModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_store.reset();
    m_database.reset();
    m_dir.reset();
}

Entry tst_SearchModel::add(const QString &title, const QString &text, QDate date)
{
    Entry entry;
    entry.title = title;
    entry.text = text;
    entry.date = date;
    QString error;
    if (!m_store->insert(entry, &error))
        qWarning("%s", qPrintable(error));
    return entry;
}

void tst_SearchModel::rolesOfAResult()
{
    m_model->setQueryText(u"학교"_s);
    QCOMPARE(m_model->rowCount(), 1);
    const QModelIndex index = m_model->index(0, 0);
    QCOMPARE(index.data(Qt::DisplayRole).toString(), u"2023 회고"_s);
    QCOMPARE(index.data(SearchModel::TitleRole).toString(), u"2023 회고"_s);
    QCOMPARE(index.data(SearchModel::DateRole).toDate(), QDate(2023, 12, 31));
    QCOMPARE(index.data(SearchModel::KindRole).toString(), u"daily"_s);
    QVERIFY(index.data(SearchModel::EntryIdRole).toLongLong() > 0);
    QVERIFY(index.data(SearchModel::ScoreRole).toDouble() > 0);
    const QString snippet = index.data(SearchModel::SnippetRole).toString();
    QCOMPARE(snippet, u"올해는 학교에 자주 갔다. 학교 도서관이 좋았다."_s);
    const auto highlights = index.data(SearchModel::HighlightsRole).value<QList<SearchRange>>();
    QCOMPARE(highlights.size(), 2);
    for (const SearchRange &range : highlights)
        QCOMPARE(snippet.mid(range.start, range.length), u"학교"_s);
    QVERIFY(m_model->roleNames().contains(SearchModel::HighlightsRole));
}

void tst_SearchModel::emptyQueryShowsNothingUnlessFiltered()
{
    m_model->setQueryText(u"  "_s);
    QCOMPARE(m_model->rowCount(), 0);
    SearchFilter filter;
    filter.from = QDate(2023, 5, 1);
    m_model->setFilter(filter);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->index(0, 0).data(SearchModel::TitleRole).toString(), u"2023 회고"_s); // newest first
}

void tst_SearchModel::followsTheStore()
{
    m_model->setQueryText(u"산책"_s);
    QCOMPARE(m_model->rowCount(), 1);
    QSignalSpy searched(m_model.get(), &SearchModel::searched);
    Entry added = add(u"저녁"_s, u"저녁에도 산책을 했다."_s, QDate(2023, 7, 1));
    QCOMPARE(searched.size(), 1);
    QCOMPARE(m_model->rowCount(), 2);
    added.text = u"저녁에는 쉬었다."_s;
    QString error;
    QVERIFY2(m_store->update(added, &error), qPrintable(error));
    QCOMPARE(m_model->rowCount(), 1);
    const qint64 id = m_model->result(0).id;
    QVERIFY2(m_store->remove(id, &error), qPrintable(error));
    QCOMPARE(m_model->rowCount(), 0);
}

void tst_SearchModel::typingNarrowsTheResults_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("rows");
    // What the field holds while 학교 is typed with a Korean input method, then refined.
    QTest::newRow("ㅎ") << u"ㅎ"_s << 2;
    QTest::newRow("하") << u"하"_s << 0;
    QTest::newRow("학") << u"학"_s << 1;
    QTest::newRow("학ㄱ") << u"학ㄱ"_s << 1;
    QTest::newRow("학교") << u"학교"_s << 1;
    QTest::newRow("학교 -도서관") << u"학교 -도서관"_s << 0;
    QTest::newRow("qt") << u"qt"_s << 1;
}

void tst_SearchModel::typingNarrowsTheResults()
{
    QFETCH(QString, text);
    QFETCH(int, rows);
    m_model->setQueryText(text);
    QCOMPARE(m_model->rowCount(), rows);
    QVERIFY(m_model->errorString().isEmpty());
}

QTEST_GUILESS_MAIN(tst_SearchModel)
#include "tst_searchmodel.moc"
