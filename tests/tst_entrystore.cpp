#include "storage/database.h"
#include "storage/entrystore.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_EntryStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void insertsAndReadsBack();
    void updates();
    void refusesUpdateOfMissingEntry();
    void storesEmptyTitleAndText();
    void removes();
    void listsNewestFirst();
    void filters_data();
    void filters();
    void summarizes();
    void countsMonths();
    void findsEntryFromSource();
    void refusesSecondEntryFromSameSource();
    void batchWritesEmitNoSignals();
    void previews_data();
    void previews();

private:
    Entry makeEntry(QDate date, EntryKind kind, const QString &title, const QString &text = {});

    QTemporaryDir m_dir;
    int m_databases = 0;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<EntryStore> m_store;
};

void tst_EntryStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_EntryStore::init()
{
    m_database = std::make_unique<Database>(m_dir.filePath(u"diary%1.sqlite"_s.arg(++m_databases)));
    QString error;
    QVERIFY2(m_database->open(&error), qPrintable(error));
    m_store = std::make_unique<EntryStore>(*m_database);
}

void tst_EntryStore::cleanup()
{
    m_store.reset();
    m_database.reset();
}

Entry tst_EntryStore::makeEntry(QDate date, EntryKind kind, const QString &title, const QString &text)
{
    Entry entry;
    entry.date = date;
    entry.kind = kind;
    entry.title = title;
    entry.text = text.isEmpty() ? u"# "_s + title + u"\n\n본문\n"_s : text;
    return entry;
}

void tst_EntryStore::insertsAndReadsBack()
{
    QSignalSpy inserted(m_store.get(), &EntryStore::entryInserted);
    Entry entry = makeEntry(QDate(2023, 1, 8), EntryKind::Weekly, u"주간 회고 - 2023년 1주차"_s,
        u"---\ntitle: 주간 회고\n---\n\n## Keep\n- 테니스\n"_s);
    entry.utcOffsetSeconds = 9 * 3600;
    entry.tags = {u"weekly"_s, u"회고"_s, u"a"_s};
    entry.sourcePath = u"/site/_posts/2023-01-08-weekly-01.md"_s;
    entry.sourceHash = QByteArray(32, '\x7f');
    entry.editedSinceImport = true;
    QString error;
    QVERIFY2(m_store->insert(entry, &error), qPrintable(error));
    QVERIFY(entry.id > 0);
    QVERIFY(entry.created.isValid());
    QCOMPARE(entry.created.timeSpec(), Qt::UTC);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().first().toLongLong(), entry.id);

    const std::optional<Entry> read = m_store->entry(entry.id);
    QVERIFY(read);
    QCOMPARE(read->date, entry.date);
    QCOMPARE(read->kind, EntryKind::Weekly);
    QCOMPARE(read->utcOffsetSeconds, std::optional<int>(9 * 3600));
    QCOMPARE(read->title, entry.title);
    QCOMPARE(read->text, entry.text);
    QCOMPARE(read->tags, entry.tags);
    QCOMPARE(read->sourcePath, entry.sourcePath);
    QCOMPARE(read->sourceHash, entry.sourceHash);
    QCOMPARE(read->created, entry.created);
    QCOMPARE(read->updated, entry.updated);
    QVERIFY(read->editedSinceImport);
    QCOMPARE(m_store->count(), 1);
    QVERIFY(!m_store->entry(entry.id + 1));
}

void tst_EntryStore::updates()
{
    Entry entry = makeEntry(QDate(2023, 1, 8), EntryKind::Daily, u"처음"_s);
    entry.tags = {u"a"_s, u"b"_s};
    QString error;
    QVERIFY(m_store->insert(entry, &error));
    const QDateTime created = entry.created;
    QSignalSpy updated(m_store.get(), &EntryStore::entryUpdated);

    entry.title = u"고침"_s;
    entry.kind = EntryKind::Yearly;
    entry.tags = {u"b"_s};
    entry.utcOffsetSeconds.reset();
    QTest::qWait(2); // updated is to the millisecond
    QVERIFY2(m_store->update(entry, &error), qPrintable(error));
    QCOMPARE(updated.count(), 1);
    QVERIFY(entry.updated > created);

    const std::optional<Entry> read = m_store->entry(entry.id);
    QCOMPARE(read->title, u"고침"_s);
    QCOMPARE(read->kind, EntryKind::Yearly);
    QCOMPARE(read->tags, QStringList {u"b"_s});
    QCOMPARE(read->created, created);
    QCOMPARE(read->updated, entry.updated);
}

void tst_EntryStore::refusesUpdateOfMissingEntry()
{
    Entry entry = makeEntry(QDate(2023, 1, 8), EntryKind::Daily, u"없음"_s);
    entry.id = 42;
    QSignalSpy updated(m_store.get(), &EntryStore::entryUpdated);
    QString error;
    QVERIFY(!m_store->update(entry, &error));
    QVERIFY(error.contains(u"42"_s));
    QCOMPARE(updated.count(), 0);
    QCOMPARE(m_store->count(), 0);
}

// An untitled entry whose text is only front matter (a new entry) has an empty title and
// preview; the store keeps them as empty strings, not NULLs the schema would refuse.
void tst_EntryStore::storesEmptyTitleAndText()
{
    Entry entry;
    entry.date = QDate(2024, 1, 1);
    entry.text = u"---\ndate: 2024-01-01\n---\n\n"_s;
    QString error;
    QVERIFY2(m_store->insert(entry, &error), qPrintable(error));
    QCOMPARE(m_store->entry(entry.id)->title, QString());
    QCOMPARE(m_store->summaries().first().preview, QString());
    entry.text = QString();
    QVERIFY2(m_store->update(entry, &error), qPrintable(error));
    QCOMPARE(m_store->entry(entry.id)->text, QString());
}

void tst_EntryStore::removes()
{
    Entry entry = makeEntry(QDate(2023, 1, 8), EntryKind::Daily, u"지울 글"_s);
    entry.tags = {u"x"_s};
    QString error;
    QVERIFY(m_store->insert(entry, &error));
    QSignalSpy removed(m_store.get(), &EntryStore::entryRemoved);
    QVERIFY2(m_store->remove(entry.id, &error), qPrintable(error));
    QCOMPARE(removed.count(), 1);
    QVERIFY(!m_store->entry(entry.id));
    QCOMPARE(m_store->count(), 0);

    // Removing it again is an error the user hears about, and no signal.
    error.clear();
    QVERIFY(!m_store->remove(entry.id, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(removed.count(), 1);
}

void tst_EntryStore::listsNewestFirst()
{
    QString error;
    QList<qint64> ids;
    for (const QDate date : {QDate(2022, 12, 30), QDate(2023, 12, 31), QDate(2023, 1, 8), QDate(2023, 12, 31)}) {
        Entry entry = makeEntry(date, EntryKind::Daily, date.toString(Qt::ISODate));
        QVERIFY(m_store->insert(entry, &error));
        ids << entry.id;
    }
    QList<qint64> listed;
    for (const Entry &entry : m_store->entries())
        listed << entry.id;
    // Same day: the later entry first.
    QCOMPARE(listed, (QList<qint64> {ids[3], ids[1], ids[2], ids[0]}));
}

void tst_EntryStore::filters_data()
{
    QTest::addColumn<std::optional<int>>("year");
    QTest::addColumn<std::optional<int>>("month");
    QTest::addColumn<std::optional<EntryKind>>("kind");
    QTest::addColumn<QStringList>("titles");

    const std::optional<int> any;
    QTest::newRow("all") << any << any << std::optional<EntryKind>()
                         << QStringList {u"2024 daily"_s, u"2023 yearly"_s, u"2023 weekly"_s, u"2022 yearly"_s};
    QTest::newRow("2023") << std::optional<int>(2023) << any << std::optional<EntryKind>()
                          << QStringList {u"2023 yearly"_s, u"2023 weekly"_s};
    QTest::newRow("yearly") << any << any << std::optional<EntryKind>(EntryKind::Yearly)
                            << QStringList {u"2023 yearly"_s, u"2022 yearly"_s};
    QTest::newRow("2023 yearly") << std::optional<int>(2023) << any << std::optional<EntryKind>(EntryKind::Yearly)
                                 << QStringList {u"2023 yearly"_s};
    QTest::newRow("2021") << std::optional<int>(2021) << any << std::optional<EntryKind>() << QStringList();
    QTest::newRow("2023-12") << std::optional<int>(2023) << std::optional<int>(12) << std::optional<EntryKind>()
                             << QStringList {u"2023 yearly"_s};
    QTest::newRow("2023-01") << std::optional<int>(2023) << std::optional<int>(1) << std::optional<EntryKind>()
                             << QStringList {u"2023 weekly"_s};
    QTest::newRow("2023-02") << std::optional<int>(2023) << std::optional<int>(2) << std::optional<EntryKind>()
                             << QStringList();
    QTest::newRow("month without a year")
        << any << std::optional<int>(12) << std::optional<EntryKind>()
        << QStringList {u"2024 daily"_s, u"2023 yearly"_s, u"2023 weekly"_s, u"2022 yearly"_s};
}

void tst_EntryStore::filters()
{
    QFETCH(std::optional<int>, year);
    QFETCH(std::optional<int>, month);
    QFETCH(std::optional<EntryKind>, kind);
    QFETCH(QStringList, titles);

    QString error;
    for (Entry entry : {makeEntry(QDate(2022, 12, 30), EntryKind::Yearly, u"2022 yearly"_s),
             makeEntry(QDate(2023, 1, 8), EntryKind::Weekly, u"2023 weekly"_s),
             makeEntry(QDate(2023, 12, 31), EntryKind::Yearly, u"2023 yearly"_s),
             makeEntry(QDate(2024, 1, 1), EntryKind::Daily, u"2024 daily"_s)})
        QVERIFY(m_store->insert(entry, &error));

    EntryFilter filter;
    filter.year = year;
    filter.month = month;
    filter.kind = kind;
    QStringList listed;
    for (const Entry &entry : m_store->entries(filter))
        listed << entry.title;
    QCOMPARE(listed, titles);
    QStringList summarized;
    for (const EntrySummary &summary : m_store->summaries(filter))
        summarized << summary.title;
    QCOMPARE(summarized, titles);
}

void tst_EntryStore::summarizes()
{
    Entry entry = makeEntry(QDate(2023, 12, 31), EntryKind::Yearly, u"Diary - 2023년 회고"_s,
        u"---\ntitle: Diary - 2023년 회고\n---\n\n2022년 회고에 이어 두 번째 회고!!\n"_s);
    QString error;
    QVERIFY(m_store->insert(entry, &error));
    const QList<EntrySummary> summaries = m_store->summaries();
    QCOMPARE(summaries.size(), 1);
    QCOMPARE(summaries.first().id, entry.id);
    QCOMPARE(summaries.first().date, entry.date);
    QCOMPARE(summaries.first().kind, EntryKind::Yearly);
    QCOMPARE(summaries.first().title, entry.title);
    QCOMPARE(summaries.first().preview, u"2022년 회고에 이어 두 번째 회고!!"_s);

    // The preview follows the text.
    entry.text = u"- [x] 테니스 레슨\n"_s;
    QVERIFY(m_store->update(entry, &error));
    QCOMPARE(m_store->summaries().first().preview, u"테니스 레슨"_s);
}

// The months that hold entries, newest first, each with its count; and one entry's summary.
void tst_EntryStore::countsMonths()
{
    QCOMPARE(m_store->monthCounts().size(), 0);
    QString error;
    QList<Entry> added;
    for (const QDate date : {QDate(2022, 12, 30), QDate(2023, 1, 8), QDate(2023, 12, 31), QDate(2023, 1, 15),
             QDate(2023, 12, 1), QDate(2023, 12, 1)}) {
        Entry entry = makeEntry(date, EntryKind::Daily, date.toString(Qt::ISODate));
        QVERIFY(m_store->insert(entry, &error));
        added << entry;
    }
    QStringList counts;
    for (const MonthCount &month : m_store->monthCounts())
        counts << u"%1-%2: %3"_s.arg(month.year).arg(month.month).arg(month.count);
    QCOMPARE(counts, (QStringList {u"2023-12: 3"_s, u"2023-1: 2"_s, u"2022-12: 1"_s}));

    const std::optional<EntrySummary> summary = m_store->summary(added.at(1).id);
    QVERIFY(summary);
    QCOMPARE(summary->id, added.at(1).id);
    QCOMPARE(summary->date, QDate(2023, 1, 8));
    QCOMPARE(summary->title, u"2023-01-08"_s);
    QCOMPARE(summary->preview, u"2023-01-08"_s); // the heading, its marker stripped
    QVERIFY(!m_store->summary(added.last().id + 1));
}

void tst_EntryStore::findsEntryFromSource()
{
    Entry imported = makeEntry(QDate(2023, 8, 20), EntryKind::Weekly, u"Weekly review: week 33"_s);
    imported.sourcePath = u"/site/_posts/2023-08-20-weekly-33.md"_s;
    Entry written = makeEntry(QDate(2023, 8, 20), EntryKind::Daily, u"2023-08-20-weekly-33.md"_s);
    QString error;
    QVERIFY(m_store->insert(imported, &error));
    QVERIFY(m_store->insert(written, &error));

    QCOMPARE(
        m_store->entryFromSource(u"2023-08-20-weekly-33.md"_s, QDate(2023, 8, 20)).value_or(Entry()).id, imported.id);
    QVERIFY(!m_store->entryFromSource(u"2023-08-20-weekly-33.md"_s, QDate(2023, 8, 21)));
    QVERIFY(!m_store->entryFromSource(u"2023-08-20-weekly-34.md"_s, QDate(2023, 8, 20)));
    // The identity is the file's name, wherever it was imported from.
    imported.sourcePath = u"/elsewhere/2023-08-20-weekly-33.md"_s;
    QVERIFY(m_store->update(imported, &error));
    QCOMPARE(
        m_store->entryFromSource(u"2023-08-20-weekly-33.md"_s, QDate(2023, 8, 20)).value_or(Entry()).id, imported.id);
}

void tst_EntryStore::refusesSecondEntryFromSameSource()
{
    Entry first = makeEntry(QDate(2023, 8, 20), EntryKind::Weekly, u"a"_s);
    first.sourcePath = u"/a/2023-08-20-weekly-33.md"_s;
    Entry second = first;
    second.sourcePath = u"/b/2023-08-20-weekly-33.md"_s;
    QString error;
    QVERIFY(m_store->insert(first, &error));
    QSignalSpy inserted(m_store.get(), &EntryStore::entryInserted);
    QVERIFY(!m_store->insert(second, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(m_store->count(), 1);
}

void tst_EntryStore::batchWritesEmitNoSignals()
{
    QSignalSpy inserted(m_store.get(), &EntryStore::entryInserted);
    QSignalSpy updated(m_store.get(), &EntryStore::entryUpdated);
    QSignalSpy reset(m_store.get(), &EntryStore::entriesReset);
    Entry entry = makeEntry(QDate(2023, 1, 1), EntryKind::Daily, u"a"_s);
    QString error;
    QVERIFY(m_store->insertInTransaction(entry, &error));
    entry.title = u"b"_s;
    QVERIFY(m_store->updateInTransaction(entry, &error));
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(updated.count(), 0);
    QCOMPARE(reset.count(), 0);
    m_store->notifyReset();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_store->entry(entry.id)->title, u"b"_s);
}

void tst_EntryStore::previews_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("preview");
    QTest::newRow("front matter skipped") << u"---\ntitle: t\n---\n\n첫 줄\n둘째 줄\n"_s << u"첫 줄"_s;
    QTest::newRow("heading") << u"# 2022년 회고\n본문\n"_s << u"2022년 회고"_s;
    QTest::newRow("quote") << u"> 인용한 문장\n"_s << u"인용한 문장"_s;
    QTest::newRow("task") << u"- [x] 테니스\n"_s << u"테니스"_s;
    QTest::newRow("numbered") << u"1. 첫째\n"_s << u"첫째"_s;
    QTest::newRow("image and html skipped") << u"![사진](a.png)\n<img src=\"b.png\">\n글\n"_s << u"글"_s;
    QTest::newRow("empty") << QString() << QString();
}

void tst_EntryStore::previews()
{
    QFETCH(QString, text);
    QFETCH(QString, preview);
    QCOMPARE(entryPreview(text), preview);
    QCOMPARE(entryPreview(u"가나다라마"_s, 3), u"가나다"_s);
}

QTEST_GUILESS_MAIN(tst_EntryStore)
#include "tst_entrystore.moc"
