#include "io/importer.h"
#include "storage/database.h"
#include "storage/entrystore.h"
#include "testpaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ImportOutcome)

class tst_Importer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void importsEdgeCorpus_data();
    void importsEdgeCorpus();
    void countsEdgeCorpus();
    void keepsDayWhateverTheTimeZone_data();
    void keepsDayWhateverTheTimeZone();
    void reimports();
    void eachFileIsOneTransaction_data();
    void eachFileIsOneTransaction();
    void reportsOnlyCommittedFiles_data();
    void reportsOnlyCommittedFiles();
    void collectsFiles();
    void reportsMissingPath();
    void commandLineReportsEdgeCorpus();
    void commandLineImportsPosts();
    void commandLineSpeaksKorean_data();
    void commandLineSpeaksKorean();

private:
    std::unique_ptr<Database> openDatabase();
    static QString edgePath(const QString &fileName) { return corpusDir() + u"/edge/"_s + fileName; }

    QTemporaryDir m_dir;
    int m_databases = 0;
    QByteArray m_originalTz;
};

void tst_Importer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_originalTz = qgetenv("TZ");
}

void tst_Importer::cleanup()
{
    if (m_originalTz.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", m_originalTz);
    tzset();
}

std::unique_ptr<Database> tst_Importer::openDatabase()
{
    auto database = std::make_unique<Database>(m_dir.filePath(u"diary%1.sqlite"_s.arg(++m_databases)));
    QString error;
    if (!database->open(&error))
        qWarning("%s", qPrintable(error));
    return database;
}

static const ImportedFile *findFile(const ImportReport &report, const QString &path)
{
    for (const ImportedFile &file : report.files) {
        if (file.path == path)
            return &file;
    }
    return nullptr;
}

static QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void tst_Importer::importsEdgeCorpus_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<ImportOutcome>("outcome");
    QTest::addColumn<QString>("reason"); ///< a part of the reason
    QTest::addColumn<QString>("title");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<EntryKind>("kind");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<QString>("text"); ///< a part of the stored text

    using O = ImportOutcome;
    const QDate mtimeDate = QFileInfo(edgePath(u"notes-without-date.md"_s)).lastModified(QTimeZone::LocalTime).date();
    QTest::newRow("crlf")
        << u"2021-03-01-crlf.md"_s << O::Imported << QString() << u"줄바꿈 CRLF 테스트"_s << QDate(2021, 3, 1)
        << EntryKind::Daily << QStringList {u"edge"_s}
        << u"---\nlayout: post\ntitle: 줄바꿈 CRLF 테스트\ntags: [edge]\n---\n\n윈도우에서 쓴 글.\n"_s;
    QTest::newRow("bom") << u"2021-03-02-bom.md"_s << O::Imported << QString() << u"BOM으로 시작하는 파일"_s
                         << QDate(2021, 3, 2) << EntryKind::Daily << QStringList()
                         << u"---\ntitle: BOM으로 시작하는 파일\n---\n"_s;
    QTest::newRow("nfd") << u"2021-03-03-nfd.md"_s << O::Imported << QString() << u"맥에서 복사한 한글"_s
                         << QDate(2021, 3, 3) << EntryKind::Daily << QStringList()
                         << u"자모가 분리된 회고 문장입니다."_s;
    QTest::newRow("cp949") << u"2021-03-04-cp949.md"_s << O::Converted << u"CP949"_s << u"옛날 메모장 파일"_s
                           << QDate(2021, 3, 4) << EntryKind::Daily << QStringList()
                           << u"EUC-KR(CP949)로 저장된 일기. 똠방각하, 햏.\n"_s;
    QTest::newRow("invalid utf-8") << u"2021-03-05-invalid-utf8.md"_s << O::Failed << u"byte 35 "_s << QString()
                                   << QDate() << EntryKind::Daily << QStringList() << QString();
    QTest::newRow("no front matter") << u"2021-03-06-no-front-matter.md"_s << O::Imported << QString()
                                     << u"No Front Matter"_s << QDate(2021, 3, 6) << EntryKind::Daily << QStringList()
                                     << u"그냥 본문만 있는 파일. 날짜는 파일 이름에서.\n"_s;
    QTest::newRow("unclosed") << u"2021-03-07-unclosed-front-matter.md"_s << O::Warning << u"never closed"_s
                              << u"Unclosed Front Matter"_s << QDate(2021, 3, 7) << EntryKind::Daily << QStringList()
                              << u"---\ntitle: 닫히지 않은 머리말\ntags: [a, b\n\n본문\n"_s;
    QTest::newRow("string tags") << u"2021-03-08-string-tags.md"_s << O::Imported << QString()
                                 << u"Space separated tags"_s << QDate(2021, 3, 8) << EntryKind::Weekly
                                 << QStringList {u"weekly"_s, u"회고"_s, u"english"_s}
                                 << u"categories: diary\npublished: false\nmood: 😊\n---\n\n{% include toc.html %}\n\n"
                                    "Kramdown attribute below.\n{: .center}\n"_s;
    QTest::newRow("empty") << u"2021-03-09-empty.md"_s << O::Skipped << u"empty"_s << QString() << QDate()
                           << EntryKind::Daily << QStringList() << QString();
    QTest::newRow("png") << u"2021-03-10-png-renamed.md"_s << O::Failed << u"not a text file"_s << QString() << QDate()
                         << EntryKind::Daily << QStringList() << QString();
    QTest::newRow("long line") << u"2021-03-11-long-line.md"_s << O::Imported << QString() << u"긴 줄"_s
                               << QDate(2021, 3, 11) << EntryKind::Daily << QStringList()
                               << u"가나다라마바사 abc 가나다라마바사 abc"_s;
    QTest::newRow("timezone") << u"2021-03-12-timezone.md"_s << O::Imported << QString() << u"자정 직전에 쓴 글"_s
                              << QDate(2021, 3, 12) << EntryKind::Daily << QStringList()
                              << u"date: 2021-03-12 23:30:00 -0800\n"_s;
    QTest::newRow("no date") << u"notes-without-date.md"_s << O::DatedByMtime << mtimeDate.toString(Qt::ISODate)
                             << u"날짜 없는 메모"_s << mtimeDate << EntryKind::Daily << QStringList()
                             << u"파일 이름에도 머리말에도 날짜가 없다.\n"_s;
}

// The corpus README's table, file by file, from one import of the whole folder.
void tst_Importer::importsEdgeCorpus()
{
    QFETCH(QString, fileName);
    QFETCH(ImportOutcome, outcome);
    QFETCH(QString, reason);
    QFETCH(QString, title);
    QFETCH(QDate, date);
    QFETCH(EntryKind, kind);
    QFETCH(QStringList, tags);
    QFETCH(QString, text);

    const std::unique_ptr<Database> database = openDatabase();
    QVERIFY(database->isOpen());
    EntryStore store(*database);
    const ImportReport report = Importer(store).importPaths({corpusDir() + u"/edge"_s});
    QCOMPARE(report.files.size(), 13);

    const QString path = edgePath(fileName);
    const ImportedFile *file = findFile(report, path);
    QVERIFY(file);
    QCOMPARE(importOutcomeName(file->outcome), importOutcomeName(outcome));
    QVERIFY2(file->reason.contains(reason), qPrintable(file->reason));
    if (outcome == ImportOutcome::Imported)
        QCOMPARE(file->reason, QString());

    const bool stored = outcome != ImportOutcome::Failed && outcome != ImportOutcome::Skipped;
    QCOMPARE(file->entryId != 0, stored);
    const std::optional<Entry> entry = store.entry(file->entryId);
    QCOMPARE(entry.has_value(), stored);
    if (!stored) {
        for (const Entry &other : store.entries())
            QVERIFY(other.sourcePath != path);
        return;
    }
    QCOMPARE(entry->title, title);
    QCOMPARE(entry->date, date);
    QCOMPARE(entryKindName(entry->kind), entryKindName(kind));
    QCOMPARE(entry->tags, tags);
    QVERIFY(entry->text.contains(text));
    QCOMPARE(entry->sourcePath, path);
    QCOMPARE(entry->sourceHash, QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256));
    QVERIFY(!entry->editedSinceImport);
    QCOMPARE(entry->text, entry->text.normalized(QString::NormalizationForm_C));
    QCOMPARE(entry->title, entry->title.normalized(QString::NormalizationForm_C));
    QVERIFY(!entry->text.contains(u'\r'));
    QVERIFY(!entry->text.contains(QChar(0xfeff)));
    QCOMPARE(store.entryFromSource(fileName, date).value_or(Entry()).id, entry->id);
    if (fileName == u"2021-03-12-timezone.md")
        QCOMPARE(entry->utcOffsetSeconds, std::optional<int>(-8 * 3600));
    else
        QCOMPARE(entry->utcOffsetSeconds, std::nullopt);
    if (fileName == u"2021-03-11-long-line.md")
        QCOMPARE(entry->text.toUtf8(), fileBytes(path));
}

void tst_Importer::countsEdgeCorpus()
{
    const std::unique_ptr<Database> database = openDatabase();
    EntryStore store(*database);
    QSignalSpy resets(&store, &EntryStore::entriesReset);
    QSignalSpy inserts(&store, &EntryStore::entryInserted);
    Importer importer(store);

    const ImportReport first = importer.importPaths({corpusDir() + u"/edge"_s});
    QCOMPARE(first.summary(), u"imported 10, updated 0, skipped 1, failed 2"_s);
    QVERIFY(first.hasFailures());
    QCOMPARE(store.count(), 10);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(inserts.count(), 0);
    for (const ImportedFile &file : first.files)
        QVERIFY2(QFileInfo(file.path).isAbsolute(), qPrintable(file.path));

    // The same files again change nothing.
    const ImportReport second = importer.importPaths({corpusDir() + u"/edge"_s});
    QCOMPARE(second.summary(), u"imported 0, updated 0, skipped 11, failed 2"_s);
    QCOMPARE(second.files.size(), first.files.size());
    for (const ImportedFile &file : second.files) {
        if (file.tally == ImportTally::Skipped && !file.path.endsWith(u"empty.md"_s))
            QCOMPARE(file.outcome, ImportOutcome::Unchanged);
    }
    QCOMPARE(store.count(), 10);
    QCOMPARE(resets.count(), 2);
}

void tst_Importer::keepsDayWhateverTheTimeZone_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("mtimeDate");
    // The undated file is stamped 2021-06-30 20:00 UTC: already July 1st in Seoul.
    QTest::newRow("Asia/Seoul") << QByteArray("Asia/Seoul") << QDate(2021, 7, 1);
    QTest::newRow("America/Los_Angeles") << QByteArray("America/Los_Angeles") << QDate(2021, 6, 30);
    QTest::newRow("UTC") << QByteArray("UTC") << QDate(2021, 6, 30);
    QTest::newRow("Pacific/Kiritimati") << QByteArray("Pacific/Kiritimati") << QDate(2021, 7, 1);
}

void tst_Importer::keepsDayWhateverTheTimeZone()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDate, mtimeDate);
    qputenv("TZ", zone);
    tzset();

    QTemporaryDir posts;
    const QString undated = posts.filePath(u"notes-without-date.md"_s);
    QVERIFY(QFile::copy(edgePath(u"notes-without-date.md"_s), undated));
    QVERIFY(QFile::copy(edgePath(u"2021-03-12-timezone.md"_s), posts.filePath(u"2021-03-12-timezone.md"_s)));
    {
        QFile file(undated);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(
            QDateTime(QDate(2021, 6, 30), QTime(20, 0), QTimeZone::UTC), QFileDevice::FileModificationTime));
    }

    const std::unique_ptr<Database> database = openDatabase();
    EntryStore store(*database);
    const ImportReport report = Importer(store).importPaths({posts.path()});
    QCOMPARE(report.summary(), u"imported 2, updated 0, skipped 0, failed 0"_s);

    const std::optional<Entry> written = store.entryFromSource(u"2021-03-12-timezone.md"_s, QDate(2021, 3, 12));
    QVERIFY(written);
    QCOMPARE(written->utcOffsetSeconds, std::optional<int>(-8 * 3600));

    const ImportedFile *file = findFile(report, undated);
    QVERIFY(file);
    QCOMPARE(file->outcome, ImportOutcome::DatedByMtime);
    QVERIFY2(file->reason.contains(mtimeDate.toString(Qt::ISODate)), qPrintable(file->reason));
    const std::optional<Entry> dated = store.entry(file->entryId);
    QVERIFY(dated);
    QCOMPARE(dated->date, mtimeDate);
    QCOMPARE(dated->utcOffsetSeconds, std::nullopt);
}

void tst_Importer::reimports()
{
    QTemporaryDir posts;
    const QDir source(corpusDir() + u"/jekyll/_posts"_s);
    for (const QString &name : source.entryList(QDir::Files))
        QVERIFY(QFile::copy(source.filePath(name), posts.filePath(name)));

    const std::unique_ptr<Database> database = openDatabase();
    EntryStore store(*database);
    Importer importer(store);
    QCOMPARE(importer.importPaths({posts.path()}).summary(), u"imported 5, updated 0, skipped 0, failed 0"_s);

    // The user edits one entry in Hoego; then both it and another change on disk.
    std::optional<Entry> edited = store.entryFromSource(u"2023-01-08-weekly-01.md"_s, QDate(2023, 1, 8));
    QVERIFY(edited);
    const QString editedText = edited->text + u"\nHoego에서 덧붙인 줄.\n"_s;
    edited->text = editedText;
    edited->editedSinceImport = true;
    QString error;
    QVERIFY2(store.update(*edited, &error), qPrintable(error));

    const std::optional<Entry> before = store.entryFromSource(u"2023-08-20-weekly-33.md"_s, QDate(2023, 8, 20));
    QVERIFY(before);
    for (const QString &name : {u"2023-01-08-weekly-01.md"_s, u"2023-08-20-weekly-33.md"_s}) {
        QFile file(posts.filePath(name));
        QVERIFY(file.open(QIODevice::Append));
        file.write("\n- [x] 파일에서 덧붙인 줄\n");
    }

    const ImportReport report = importer.importPaths({posts.path()});
    QCOMPARE(report.summary(), u"imported 0, updated 1, skipped 4, failed 0"_s);

    const ImportedFile *conflict = findFile(report, posts.filePath(u"2023-01-08-weekly-01.md"_s));
    QVERIFY(conflict);
    QCOMPARE(conflict->outcome, ImportOutcome::Conflict);
    QCOMPARE(conflict->entryId, edited->id);
    QCOMPARE(store.entry(edited->id)->text, editedText);

    const ImportedFile *updated = findFile(report, posts.filePath(u"2023-08-20-weekly-33.md"_s));
    QVERIFY(updated);
    QCOMPARE(updated->outcome, ImportOutcome::Updated);
    QCOMPARE(updated->entryId, before->id);
    const std::optional<Entry> after = store.entry(before->id);
    QVERIFY(after->text.endsWith(u"- [x] 파일에서 덧붙인 줄\n"_s));
    QCOMPARE(after->sourceHash,
        QCryptographicHash::hash(fileBytes(posts.filePath(u"2023-08-20-weekly-33.md"_s)), QCryptographicHash::Sha256));
    QCOMPARE(after->created, before->created);
    QCOMPARE(after->kind, EntryKind::Weekly);
    QCOMPARE(store.count(), 5);

    const ImportedFile *unchanged = findFile(report, posts.filePath(u"2022-12-30-2022-retrospective.md"_s));
    QVERIFY(unchanged);
    QCOMPARE(unchanged->outcome, ImportOutcome::Unchanged);
}

/// Writes @p count posts `2024-01-0N-pN.md` (N from 1) into @p folder, the one at @p special
/// (0-based) with @p specialFrontMatter; returns their paths in import order.
static QStringList writePosts(const QString &folder, int count, int special, const QByteArray &specialFrontMatter)
{
    QStringList paths;
    for (int i = 0; i < count; ++i) {
        const QString path = folder + u"/2024-01-0%1-p%1.md"_s.arg(i + 1);
        QFile file(path);
        const QByteArray bytes = (i == special ? specialFrontMatter : "---\ntags: [ok]\n---\n") + "Post\n";
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        paths << path;
    }
    return paths;
}

void tst_Importer::eachFileIsOneTransaction_data()
{
    QTest::addColumn<int>("batchFiles");
    QTest::addColumn<int>("bad"); ///< which of the 5 files fails

    QTest::newRow("alone, first") << 1 << 0;
    QTest::newRow("alone, middle") << 1 << 2;
    QTest::newRow("pairs, first of a pair") << 2 << 2;
    QTest::newRow("pairs, second of a pair") << 2 << 1;
    QTest::newRow("pairs, last") << 2 << 4;
    QTest::newRow("one batch, first") << 250 << 0;
    QTest::newRow("one batch, middle") << 250 << 2;
    QTest::newRow("one batch, last") << 250 << 4;
}

// A database error half-way through one file (here: a trigger refusing one tag) rolls
// back that whole file, and the files before and after it, in its batch or in others,
// are still imported.
void tst_Importer::eachFileIsOneTransaction()
{
    QFETCH(int, batchFiles);
    QFETCH(int, bad);

    QTemporaryDir posts;
    const QStringList paths = writePosts(posts.path(), 5, bad, "---\ntags: [fine, boom]\n---\n");
    QCOMPARE(paths.size(), 5);

    const std::unique_ptr<Database> database = openDatabase();
    QSqlQuery query(database->connection());
    QVERIFY(query.exec(u"CREATE TRIGGER refuse_boom BEFORE INSERT ON entry_tags WHEN NEW.tag = 'boom' "
                       "BEGIN SELECT RAISE(ABORT, 'refused'); END"_s));
    EntryStore store(*database);
    const ImportReport report = Importer(store, {batchFiles, 3600 * 1000}).importPaths({posts.path()});
    QCOMPARE(report.summary(), u"imported 4, updated 0, skipped 0, failed 1"_s);
    QCOMPARE(report.files.at(bad).outcome, ImportOutcome::Failed);
    QVERIFY2(report.files.at(bad).reason.contains(u"refused"_s), qPrintable(report.files.at(bad).reason));
    QCOMPARE(store.count(), 4);
    for (int i = 0; i < paths.size(); ++i) {
        const std::optional<Entry> entry
            = store.entryFromSource(QFileInfo(paths.at(i)).fileName(), QDate(2024, 1, i + 1));
        QCOMPARE(entry.has_value(), i != bad);
        if (entry)
            QCOMPARE(entry->id, report.files.at(i).entryId);
    }
    QVERIFY(query.exec(u"SELECT count(*) FROM entry_tags WHERE tag = 'fine'"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void tst_Importer::reportsOnlyCommittedFiles_data()
{
    QTest::addColumn<int>("batchFiles");
    QTest::addColumn<QList<int>>("lost"); ///< the files whose batch could not commit

    QTest::newRow("alone") << 1 << QList<int> {2};
    QTest::newRow("pairs") << 2 << QList<int> {2, 3};
    QTest::newRow("one batch") << 250 << QList<int> {0, 1, 2, 3, 4};
}

// A file that breaks a deferred constraint is written, but its batch's commit fails: every
// file of that batch is reported failed and none of them is kept, while the other batches
// are reported imported and kept. A second import, once the constraint allows it, brings
// in exactly the files reported failed.
void tst_Importer::reportsOnlyCommittedFiles()
{
    QFETCH(int, batchFiles);
    QFETCH(QList<int>, lost);

    QTemporaryDir posts;
    const QStringList paths = writePosts(posts.path(), 5, 2, "---\ntitle: Poison\n---\n");
    QCOMPARE(paths.size(), 5);

    const std::unique_ptr<Database> database = openDatabase();
    QSqlQuery query(database->connection());
    QVERIFY(
        query.exec(u"CREATE TABLE guard (entry_id INTEGER REFERENCES entries (id) DEFERRABLE INITIALLY DEFERRED)"_s));
    QVERIFY(query.exec(u"CREATE TRIGGER poison AFTER INSERT ON entries WHEN NEW.title = 'Poison' "
                       "BEGIN INSERT INTO guard VALUES (-1); END"_s));
    EntryStore store(*database);
    Importer importer(store, {batchFiles, 3600 * 1000});
    const ImportReport report = importer.importPaths({posts.path()});
    const int kept = int(paths.size() - lost.size());
    QCOMPARE(report.summary(), u"imported %1, updated 0, skipped 0, failed %2"_s.arg(kept).arg(lost.size()));
    QCOMPARE(store.count(), kept);
    for (int i = 0; i < paths.size(); ++i) {
        const ImportedFile &file = report.files.at(i);
        QCOMPARE(file.path, paths.at(i));
        const std::optional<Entry> entry
            = store.entryFromSource(QFileInfo(paths.at(i)).fileName(), QDate(2024, 1, i + 1));
        if (lost.contains(i)) {
            QCOMPARE(file.outcome, ImportOutcome::Failed);
            QVERIFY2(file.reason.contains(u"FOREIGN KEY"_s), qPrintable(file.reason));
            QCOMPARE(file.entryId, 0);
            QVERIFY(!entry);
        } else {
            QCOMPARE(file.outcome, ImportOutcome::Imported);
            QVERIFY(entry);
            QCOMPARE(entry->id, file.entryId);
        }
    }

    QVERIFY(query.exec(u"DROP TRIGGER poison"_s));
    const ImportReport again = importer.importPaths({posts.path()});
    QCOMPARE(again.summary(), u"imported %1, updated 0, skipped %2, failed 0"_s.arg(lost.size()).arg(kept));
    for (int i = 0; i < paths.size(); ++i)
        QCOMPARE(again.files.at(i).outcome, lost.contains(i) ? ImportOutcome::Imported : ImportOutcome::Unchanged);
    QCOMPARE(store.count(), paths.size());
}

void tst_Importer::collectsFiles()
{
    QTemporaryDir tree;
    const QDir root(tree.path());
    for (const QString &folder : {u"b/deep"_s, u"a"_s, u".hidden"_s})
        QVERIFY(root.mkpath(folder));
    for (const QString &name : {u"b/deep/z.md"_s, u"b/y.markdown"_s, u"a/x.md"_s, u"a/notes.txt"_s, u".hidden/h.md"_s,
             u"top.md"_s, u"a/.h.md"_s}) {
        QFile file(root.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    const QString explicitFile = root.filePath(u"a/notes.txt"_s);
    const QStringList files = Importer::collectFiles({tree.path(), explicitFile, root.filePath(u"a/x.md"_s)});
    QCOMPARE(files,
        (QStringList {root.filePath(u"a/x.md"_s), root.filePath(u"b/deep/z.md"_s), root.filePath(u"b/y.markdown"_s),
            root.filePath(u"top.md"_s), explicitFile}));
}

void tst_Importer::reportsMissingPath()
{
    const std::unique_ptr<Database> database = openDatabase();
    EntryStore store(*database);
    const ImportReport report = Importer(store).importPaths({m_dir.filePath(u"missing.md"_s)});
    QCOMPARE(report.files.size(), 1);
    QCOMPARE(report.files.first().outcome, ImportOutcome::Failed);
    QCOMPARE(report.files.first().path, m_dir.filePath(u"missing.md"_s));
    QCOMPARE(report.summary(), u"imported 0, updated 0, skipped 0, failed 1"_s);
}

static int runHoego(const QStringList &arguments, QString *out)
{
    QProcess process;
    process.start(hoegoExecutable(), arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return -1;
    *out = QString::fromUtf8(process.readAllStandardOutput());
    return process.exitCode();
}

void tst_Importer::commandLineReportsEdgeCorpus()
{
    const QString db = m_dir.filePath(u"cli-edge.sqlite"_s);
    QString out;
    QCOMPARE(runHoego({u"import"_s, u"--db"_s, db, corpusDir() + u"/edge"_s}, &out), 1);
    QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 7);
    QCOMPARE(lines.takeLast(), u"imported 10, updated 0, skipped 1, failed 2"_s);
    const QStringList expected = {
        edgePath(u"2021-03-04-cp949.md"_s) + u": converted: "_s,
        edgePath(u"2021-03-05-invalid-utf8.md"_s) + u": failed: "_s,
        edgePath(u"2021-03-07-unclosed-front-matter.md"_s) + u": warning: "_s,
        edgePath(u"2021-03-09-empty.md"_s) + u": skipped: "_s,
        edgePath(u"2021-03-10-png-renamed.md"_s) + u": failed: "_s,
        edgePath(u"notes-without-date.md"_s) + u": dated-by-mtime: "_s,
    };
    for (qsizetype i = 0; i < expected.size(); ++i)
        QVERIFY2(lines.at(i).startsWith(expected.at(i)), qPrintable(lines.at(i)));
    QVERIFY(lines.at(1).contains(u"35"_s));
    QVERIFY(lines.at(4).contains(u"not a text file"_s));
}

void tst_Importer::commandLineImportsPosts()
{
    const QString db = m_dir.filePath(u"cli-posts.sqlite"_s);
    QString out;
    QCOMPARE(runHoego({u"import"_s, u"--db"_s, db, corpusDir() + u"/jekyll/_posts"_s}, &out), 0);
    QCOMPARE(out, u"imported 5, updated 0, skipped 0, failed 0\n"_s);
    QCOMPARE(
        runHoego({u"import"_s, u"--db"_s, db, corpusDir() + u"/jekyll/_posts/2023-08-20-weekly-33.md"_s}, &out), 0);
    QCOMPARE(out,
        corpusDir()
            + u"/jekyll/_posts/2023-08-20-weekly-33.md: unchanged: Unchanged since it was last imported.\n"
              "imported 0, updated 0, skipped 1, failed 0\n"_s);
    QCOMPARE(runHoego({u"import"_s, u"--db"_s, db}, &out), 2);
}

void tst_Importer::commandLineSpeaksKorean_data()
{
    // One message of the importer's own and one of the front matter parser's, each of
    // which must reach the Korean translation (lupdate sees only literal translate() calls).
    QTest::addColumn<QString>("post");
    QTest::addColumn<QString>("message");
    QTest::newRow("importer") << u"2021-03-09-empty.md"_s << u"파일이 비어 있습니다."_s;
    QTest::newRow("front matter") << u"2021-03-07-unclosed-front-matter.md"_s
                                  << u"1번째 줄에서 시작한 머리말이 ---로 닫히지 않아"_s;
}

void tst_Importer::commandLineSpeaksKorean()
{
    QFETCH(QString, post);
    QFETCH(QString, message);
    QTemporaryDir config;
    QVERIFY(QDir(config.path()).mkpath(u"hoego"_s));
    QFile settings(config.filePath(u"hoego/hoego.conf"_s));
    QVERIFY(settings.open(QIODevice::WriteOnly));
    settings.write("[ui]\nlanguage=ko\n");
    settings.close();

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_CONFIG_HOME"_s, config.path());
    process.setProcessEnvironment(environment);
    process.start(hoegoExecutable(),
        {u"import"_s, u"--db"_s, m_dir.filePath(u"cli-ko-%1.sqlite"_s.arg(QLatin1StringView(QTest::currentDataTag()))),
            edgePath(post)});
    QVERIFY(process.waitForFinished(60000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(out.contains(message), qPrintable(out));
}

QTEST_GUILESS_MAIN(tst_Importer)
#include "tst_importer.moc"
