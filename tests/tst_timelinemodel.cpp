#include "models/timelinemodel.h"
#include "storage/database.h"
#include "storage/entrystore.h"
#include "storage/transaction.h"

#include <QAbstractItemModelTester>
#include <QIdentityProxyModel>
#include <QLocale>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// Rows of the tables below name entries as "YYYY-MM-DD title"; the expected tree is
// written as "2023{12[b a] 1[c]} 2022{12[d]}": years, their months, the months' entry
// titles, each level in the model's order; "1[?]" is a month not fetched yet.
class tst_TimelineModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void structure_data();
    void structure();
    void followsStore_data();
    void followsStore();
    void roles();
    void indexForEntryAndNewest();
    void fetchesOnlyWhatIsAsked();
    void benchmarkLoad();

private:
    Entry add(const QString &spec);
    Entry byTitle(const QString &title) const;

    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<EntryStore> m_store;
};

// A view that never fetches. QAbstractItemModelTester fetches every month it walks; through
// this proxy it checks every signal of a model whose months are fetched only when a test
// asks.
class NoFetchProxy : public QIdentityProxyModel
{
public:
    explicit NoFetchProxy(QAbstractItemModel *source) { setSourceModel(source); }
    bool canFetchMore(const QModelIndex &) const override { return false; }
    void fetchMore(const QModelIndex &) override { }
};

enum class Fetch {
    All, // fetch every month first
    None, // show a month not fetched yet as "[?]"
};

static QString dump(QAbstractItemModel &model, Fetch fetch = Fetch::All)
{
    QStringList years;
    for (int y = 0; y < model.rowCount(); ++y) {
        const QModelIndex year = model.index(y, 0);
        QStringList months;
        for (int m = 0; m < model.rowCount(year); ++m) {
            const QModelIndex month = model.index(m, 0, year);
            if (fetch == Fetch::All && model.canFetchMore(month))
                model.fetchMore(month);
            QStringList titles;
            if (model.canFetchMore(month))
                titles << u"?"_s;
            for (int e = 0; e < model.rowCount(month); ++e)
                titles << model.index(e, 0, month).data(TimelineModel::TitleRole).toString();
            months << QString::number(month.data(TimelineModel::MonthRole).toInt()) + u'[' + titles.join(u' ') + u']';
        }
        years << QString::number(year.data(TimelineModel::YearRole).toInt()) + u'{' + months.join(u' ') + u'}';
    }
    return years.join(u' ');
}

void tst_TimelineModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_TimelineModel::init()
{
    m_database = std::make_unique<Database>(m_dir.filePath(u"diary-%1.sqlite"_s.arg(++m_files)));
    QString error;
    QVERIFY2(m_database->open(&error), qPrintable(error));
    m_store = std::make_unique<EntryStore>(*m_database);
}

void tst_TimelineModel::cleanup()
{
    m_store.reset();
    m_database.reset();
}

Entry tst_TimelineModel::add(const QString &spec)
{
    const QStringList parts = spec.split(u' ');
    Entry entry;
    entry.date = QDate::fromString(parts.at(0), Qt::ISODate);
    entry.title = parts.at(1);
    entry.kind = EntryKind::Daily;
    entry.text = u"# "_s + entry.title + u"\n\nAbout "_s + entry.title + u".\n"_s;
    QString error;
    if (!m_store->insert(entry, &error))
        qWarning("insert failed: %s", qPrintable(error));
    return entry;
}

Entry tst_TimelineModel::byTitle(const QString &title) const
{
    const QList<Entry> all = m_store->entries();
    for (const Entry &entry : all) {
        if (entry.title == title)
            return entry;
    }
    return {};
}

void tst_TimelineModel::structure_data()
{
    QTest::addColumn<QStringList>("entries");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QStringList() << QString();
    QTest::newRow("one") << QStringList {u"2023-12-31 a"_s} << u"2023{12[a]}"_s;
    QTest::newRow("years newest first") << QStringList {u"2021-03-01 a"_s, u"2023-03-01 b"_s, u"2022-03-01 c"_s}
                                        << u"2023{3[b]} 2022{3[c]} 2021{3[a]}"_s;
    QTest::newRow("months newest first") << QStringList {u"2023-01-08 a"_s, u"2023-12-31 b"_s, u"2023-08-20 c"_s}
                                         << u"2023{12[b] 8[c] 1[a]}"_s;
    QTest::newRow("days newest first") << QStringList {u"2023-01-08 a"_s, u"2023-01-15 b"_s, u"2023-01-01 c"_s}
                                       << u"2023{1[b a c]}"_s;
    QTest::newRow("same day: later id first")
        << QStringList {u"2023-05-05 a"_s, u"2023-05-05 b"_s} << u"2023{5[b a]}"_s;
    QTest::newRow("the corpus' shape") << QStringList {u"2022-12-30 r22"_s, u"2023-01-08 w01"_s, u"2023-01-15 w02"_s,
        u"2023-08-20 w33"_s, u"2023-12-31 r23"_s}
                                       << u"2023{12[r23] 8[w33] 1[w02 w01]} 2022{12[r22]}"_s;
}

void tst_TimelineModel::structure()
{
    QFETCH(QStringList, entries);
    QFETCH(QString, expected);
    for (const QString &spec : std::as_const(entries))
        add(spec);
    TimelineModel model(*m_store);
    NoFetchProxy view(&model);
    QAbstractItemModelTester tester(&view, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Only the months and their counts are read: a month has children but no rows yet.
    QCOMPARE(model.entryCount(), entries.size());
    for (int y = 0; y < model.rowCount(); ++y) {
        const QModelIndex year = model.index(y, 0);
        QVERIFY(!model.canFetchMore(year));
        QVERIFY(model.rowCount(year) > 0);
        for (int m = 0; m < model.rowCount(year); ++m) {
            const QModelIndex month = model.index(m, 0, year);
            QVERIFY(model.hasChildren(month));
            QVERIFY(model.canFetchMore(month));
            QCOMPARE(model.rowCount(month), 0);
        }
    }
    // Fetching every month gives the whole tree, and nothing is left to fetch.
    QCOMPARE(dump(model), expected);
    QCOMPARE(dump(model, Fetch::None), expected);
    QCOMPARE(model.entryCount(), entries.size());
}

void tst_TimelineModel::followsStore_data()
{
    QTest::addColumn<QStringList>("entries");
    QTest::addColumn<QString>("operation"); // insert SPEC | retitle OLD NEW | redate TITLE DATE | remove TITLE | import
    QTest::addColumn<QString>("fetched"); // before the operation: all months | none | the month of the entry named
    QTest::addColumn<QString>("expected");

    // Each case three times: with every month fetched, with none, and with only the month of
    // the entry it changes (inserts and imports name none).
    const auto addCase = [](const char *name, const QStringList &entries, const QString &operation,
                             const QString &expected) {
        for (const QString &fetched : {u"all"_s, u"none"_s, u"its month"_s}) {
            if (fetched == u"its month"_s && (operation.startsWith(u"insert"_s) || operation.startsWith(u"import"_s)))
                continue;
            QTest::addRow("%s, %s fetched", name, qPrintable(fetched)) << entries << operation << fetched << expected;
        }
    };
    const QStringList base {u"2022-12-30 r22"_s, u"2023-01-08 w01"_s, u"2023-01-15 w02"_s, u"2023-12-31 r23"_s};
    addCase("insert into a month", base, u"insert 2023-01-10 d"_s, u"2023{12[r23] 1[w02 d w01]} 2022{12[r22]}"_s);
    addCase("insert a new month", base, u"insert 2023-05-01 d"_s, u"2023{12[r23] 5[d] 1[w02 w01]} 2022{12[r22]}"_s);
    addCase("insert a new newest year", base, u"insert 2024-02-01 d"_s,
        u"2024{2[d]} 2023{12[r23] 1[w02 w01]} 2022{12[r22]}"_s);
    addCase("insert a new oldest year", base, u"insert 2019-02-01 d"_s,
        u"2023{12[r23] 1[w02 w01]} 2022{12[r22]} 2019{2[d]}"_s);
    addCase("insert into empty", QStringList(), u"insert 2019-02-01 d"_s, u"2019{2[d]}"_s);
    addCase("retitle", base, u"retitle w01 first"_s, u"2023{12[r23] 1[w02 first]} 2022{12[r22]}"_s);
    addCase(
        "redate within its month, up", base, u"redate w01 2023-01-20"_s, u"2023{12[r23] 1[w01 w02]} 2022{12[r22]}"_s);
    addCase(
        "redate within its month, down", base, u"redate w02 2023-01-02"_s, u"2023{12[r23] 1[w01 w02]} 2022{12[r22]}"_s);
    addCase("redate within its month, same place", base, u"redate w02 2023-01-14"_s,
        u"2023{12[r23] 1[w02 w01]} 2022{12[r22]}"_s);
    addCase("redate to another month", base, u"redate w01 2023-12-01"_s, u"2023{12[r23 w01] 1[w02]} 2022{12[r22]}"_s);
    addCase("redate to a new month, emptying one", base, u"redate r23 2023-06-30"_s,
        u"2023{6[r23] 1[w02 w01]} 2022{12[r22]}"_s);
    addCase("redate to a new year, emptying one", base, u"redate r22 2021-12-30"_s,
        u"2023{12[r23] 1[w02 w01]} 2021{12[r22]}"_s);
    addCase("redate to an existing year", base, u"redate r22 2023-01-09"_s, u"2023{12[r23] 1[w02 r22 w01]}"_s);
    addCase("remove from a month", base, u"remove w01"_s, u"2023{12[r23] 1[w02]} 2022{12[r22]}"_s);
    addCase("remove a month's last", base, u"remove r23"_s, u"2023{1[w02 w01]} 2022{12[r22]}"_s);
    addCase("remove a year's last", base, u"remove r22"_s, u"2023{12[r23] 1[w02 w01]}"_s);
    addCase("remove the only", QStringList {u"2023-12-31 a"_s}, u"remove a"_s, QString());
    addCase(
        "import (reset)", base, u"import 2020-07-07 old"_s, u"2023{12[r23] 1[w02 w01]} 2022{12[r22]} 2020{7[old]}"_s);
}

// A single change arrives as rows inserted, moved, changed or removed, never as a reset;
// a batch (an import) as one reset. QAbstractItemModelTester checks every signal, through a
// view that does not fetch (on the model itself, it would fetch every month after a reset
// while still counting the reset as in flight, and fail).
void tst_TimelineModel::followsStore()
{
    QFETCH(QStringList, entries);
    QFETCH(QString, operation);
    QFETCH(QString, fetched);
    QFETCH(QString, expected);
    for (const QString &spec : std::as_const(entries))
        add(spec);
    TimelineModel model(*m_store);
    NoFetchProxy view(&model);
    QAbstractItemModelTester tester(&view, QAbstractItemModelTester::FailureReportingMode::QtTest);
    if (fetched == u"all"_s)
        dump(model);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    const QString before = dump(model, Fetch::None);

    const QStringList words = operation.split(u' ');
    const QString verb = words.at(0);
    QString error;
    QPersistentModelIndex followed;
    if (verb == u"insert"_s) {
        add(words.at(1) + u' ' + words.at(2));
    } else if (verb == u"retitle"_s || verb == u"redate"_s) {
        Entry entry = byTitle(words.at(1));
        QVERIFY(entry.id != 0);
        if (fetched != u"none"_s)
            followed = model.indexForEntry(entry.id);
        if (verb == u"retitle"_s)
            entry.title = words.at(2);
        else
            entry.date = QDate::fromString(words.at(2), Qt::ISODate);
        QVERIFY2(m_store->update(entry, &error), qPrintable(error));
        // A row not fetched yet has nothing to announce.
        QCOMPARE(changes.size(), fetched == u"none"_s ? 0 : 1);
    } else if (verb == u"remove"_s) {
        const Entry entry = byTitle(words.at(1));
        QVERIFY(entry.id != 0);
        if (fetched == u"its month"_s)
            QVERIFY(model.indexForEntry(entry.id).isValid());
        QVERIFY2(m_store->remove(entry.id, &error), qPrintable(error));
    } else if (verb == u"import"_s) {
        Transaction transaction(m_database->connection());
        Entry entry;
        entry.date = QDate::fromString(words.at(1), Qt::ISODate);
        entry.title = words.at(2);
        entry.text = u"text"_s;
        QVERIFY2(m_store->insertInTransaction(entry, &error), qPrintable(error));
        QVERIFY(transaction.commit());
        QCOMPARE(dump(model, Fetch::None), before); // the batch is not announced yet
        m_store->notifyReset();
    } else {
        QFAIL("unknown operation");
    }
    QCOMPARE(model.entryCount(), m_store->count());
    QCOMPARE(dump(model), expected);
    QCOMPARE(resets.size(), verb == u"import"_s ? 1 : 0);
    // The view's selection follows an edited entry wherever it moves, into a month not
    // fetched yet too.
    if (followed.isValid() || (fetched != u"none"_s && (verb == u"retitle"_s || verb == u"redate"_s))) {
        QVERIFY(followed.isValid());
        QCOMPARE(TimelineModel::entryId(followed), byTitle(verb == u"retitle"_s ? words.at(2) : words.at(1)).id);
    }
    // A fresh model over the same store agrees.
    TimelineModel fresh(*m_store);
    QCOMPARE(dump(fresh), expected);
}

void tst_TimelineModel::roles()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Entry entry;
    entry.date = QDate(2023, 12, 31);
    entry.kind = EntryKind::Yearly;
    entry.title = u"2023년 회고"_s;
    entry.text = u"---\ntitle: 2023년 회고\n---\n## 올해\n\n- 올해는 **바빴다**.\n"_s;
    QString error;
    QVERIFY2(m_store->insert(entry, &error), qPrintable(error));

    TimelineModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex year = model.index(0, 0);
    const QModelIndex month = model.index(0, 0, year);
    const QModelIndex row = model.index(0, 0, month);
    QCOMPARE(year.data(TimelineModel::NodeTypeRole).toInt(), int(TimelineModel::NodeType::Year));
    QCOMPARE(month.data(TimelineModel::NodeTypeRole).toInt(), int(TimelineModel::NodeType::Month));
    QCOMPARE(row.data(TimelineModel::NodeTypeRole).toInt(), int(TimelineModel::NodeType::Entry));
    QCOMPARE(year.data().toString(), u"2023"_s);
    QCOMPARE(month.data().toString(), u"December"_s);
    QCOMPARE(row.data(TimelineModel::EntryIdRole).toLongLong(), entry.id);
    QCOMPARE(row.data(TimelineModel::DateRole).toDate(), QDate(2023, 12, 31));
    QCOMPARE(row.data(TimelineModel::DateTextRole).toString(), u"Sun, Dec 31, 2023"_s);
    QCOMPARE(row.data(TimelineModel::KindRole).toString(), u"yearly"_s);
    QCOMPARE(row.data(TimelineModel::KindTextRole).toString(), u"Yearly"_s);
    QCOMPARE(row.data(TimelineModel::TitleRole).toString(), u"2023년 회고"_s);
    QCOMPARE(row.data(Qt::DisplayRole).toString(), u"2023년 회고"_s);
    QCOMPARE(row.data(TimelineModel::PreviewRole).toString(), u"올해"_s);
    QCOMPARE(row.data(TimelineModel::YearRole).toInt(), 2023);
    QCOMPARE(row.data(TimelineModel::MonthRole).toInt(), 12);
    QVERIFY(!year.data(TimelineModel::EntryIdRole).isValid());
    QCOMPARE(TimelineModel::entryId(month), 0);
    QVERIFY(row.flags().testFlag(Qt::ItemNeverHasChildren));

    // Month names follow the default locale, as the UI language sets it.
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    QCOMPARE(month.data().toString(), u"12월"_s);
    QLocale::setDefault(QLocale::c());
}

void tst_TimelineModel::indexForEntryAndNewest()
{
    TimelineModel model(*m_store);
    QCOMPARE(model.newestEntryId(), 0);
    const Entry older = add(u"2020-01-01 older"_s);
    const Entry newer = add(u"2024-06-01 newer"_s);
    QCOMPARE(model.newestEntryId(), newer.id);
    QCOMPARE(TimelineModel::entryId(model.indexForEntry(older.id)), older.id);
    QVERIFY(!model.indexForEntry(older.id + newer.id + 100).isValid());
}

// A month is read when it is fetched, or when an entry of it or the newest entry is asked
// for; a change in a month not fetched yet changes only its count.
void tst_TimelineModel::fetchesOnlyWhatIsAsked()
{
    for (const QString &spec : {u"2022-12-30 r22"_s, u"2023-01-08 w01"_s, u"2023-01-15 w02"_s, u"2023-12-31 r23"_s})
        add(spec);
    TimelineModel model(*m_store);
    NoFetchProxy view(&model);
    QAbstractItemModelTester tester(&view, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(dump(model, Fetch::None), u"2023{12[?] 1[?]} 2022{12[?]}"_s);
    QCOMPARE(model.entryCount(), 4);

    QCOMPARE(model.newestEntryId(), byTitle(u"r23"_s).id);
    QCOMPARE(dump(model, Fetch::None), u"2023{12[r23] 1[?]} 2022{12[?]}"_s);
    const qint64 r22 = byTitle(u"r22"_s).id;
    QCOMPARE(TimelineModel::entryId(model.indexForEntry(r22)), r22);
    QCOMPARE(dump(model, Fetch::None), u"2023{12[r23] 1[?]} 2022{12[r22]}"_s);

    const Entry added = add(u"2023-01-10 d"_s);
    QCOMPARE(dump(model, Fetch::None), u"2023{12[r23] 1[?]} 2022{12[r22]}"_s);
    QCOMPARE(model.entryCount(), 5);
    QString error;
    QVERIFY2(m_store->remove(byTitle(u"w01"_s).id, &error), qPrintable(error));
    QCOMPARE(model.entryCount(), 4);

    const QModelIndex january = model.index(1, 0, model.index(0, 0));
    QVERIFY(model.hasChildren(january));
    QVERIFY(model.canFetchMore(january));
    model.fetchMore(january);
    QVERIFY(!model.canFetchMore(january));
    QCOMPARE(dump(model, Fetch::None), u"2023{12[r23] 1[w02 d]} 2022{12[r22]}"_s);
    QCOMPARE(TimelineModel::entryId(model.indexForEntry(added.id)), added.id);
}

// Loading a diary of 8,000 entries (about 22 years of daily notes): the timeline reads
// summaries only, so this stays in milliseconds. Prints the time per load.
void tst_TimelineModel::benchmarkLoad()
{
    {
        Transaction transaction(m_database->connection());
        const QString body = u"오늘은 회고를 쓴다. "_s.repeated(100);
        QString error;
        for (int i = 0; i < 8000; ++i) {
            Entry entry;
            entry.date = QDate(2003, 1, 1).addDays(i);
            entry.title = u"Day %1"_s.arg(i);
            entry.text = body;
            QVERIFY2(m_store->insertInTransaction(entry, &error), qPrintable(error));
        }
        QVERIFY(transaction.commit());
    }
    TimelineModel model(*m_store);
    QCOMPARE(model.entryCount(), 8000);
    QBENCHMARK
    {
        model.reload();
    }
    QCOMPARE(model.rowCount(), 22);
}

QTEST_GUILESS_MAIN(tst_TimelineModel)
#include "tst_timelinemodel.moc"
