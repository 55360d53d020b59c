#include "diary/frontmatter.h"
#include "io/diaryimages.h"
#include "io/entrydocument.h"
#include "io/exporter.h"
#include "io/importer.h"
#include "storage/database.h"
#include "storage/entrystore.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_Exporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void roundTripIsByteExact_data();
    void roundTripIsByteExact();
    void normalisesWhatWasNotUtf8NfcLf_data();
    void normalisesWhatWasNotUtf8NfcLf();
    void namesHoegoEntries();
    void hoegoEntriesReadBack();
    void reportsUnwritableFolder();
    void exportsImages();
    void commandLineRoundTrip();

private:
    std::unique_ptr<Database> openDatabase();
    QTemporaryDir m_dir;
    int m_databases = 0;
};

void tst_Exporter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<Database> tst_Exporter::openDatabase()
{
    auto database = std::make_unique<Database>(m_dir.filePath(u"diary%1.sqlite"_s.arg(++m_databases)));
    QString error;
    if (!database->open(&error))
        qWarning("%s", qPrintable(error));
    return database;
}

static QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

static QStringList fileNames(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files, QDir::Name);
}

void tst_Exporter::roundTripIsByteExact_data()
{
    QTest::addColumn<QStringList>("files");
    const QString posts = corpusDir() + u"/jekyll/_posts"_s;
    QTest::newRow("jekyll/_posts") << QStringList {posts};
    // The edge files that are already UTF-8, NFC and LF, whatever else is odd about them.
    QStringList edge;
    for (const QString &name :
        {u"2021-03-06-no-front-matter.md"_s, u"2021-03-07-unclosed-front-matter.md"_s, u"2021-03-08-string-tags.md"_s,
            u"2021-03-11-long-line.md"_s, u"2021-03-12-timezone.md"_s, u"notes-without-date.md"_s})
        edge << corpusDir() + u"/edge/"_s + name;
    QTest::newRow("edge") << edge;
}

void tst_Exporter::roundTripIsByteExact()
{
    QFETCH(QStringList, files);
    const std::unique_ptr<Database> database = openDatabase();
    EntryStore store(*database);
    const ImportReport imported = Importer(store).importPaths(files);
    QVERIFY(!imported.hasFailures());

    QTemporaryDir site;
    const ExportReport report = Exporter(store).exportTo(site.path());
    QVERIFY2(report.ok(), qPrintable(report.errors.join(u'\n')));

    const QStringList sources = Importer::collectFiles(files);
    QStringList expectedNames;
    for (const QString &source : sources)
        expectedNames << QFileInfo(source).fileName();
    expectedNames.sort();
    QCOMPARE(fileNames(site.filePath(u"_posts"_s)), expectedNames);
    QCOMPARE(report.files.size(), sources.size());
    for (const QString &source : sources) {
        const QString exported = site.filePath(u"_posts/"_s + QFileInfo(source).fileName());
        QCOMPARE(fileBytes(exported), fileBytes(source));
    }
}

void tst_Exporter::normalisesWhatWasNotUtf8NfcLf_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("crlf") << u"2021-03-01-crlf.md"_s
                          << u"---\nlayout: post\ntitle: 줄바꿈 CRLF 테스트\ntags: [edge]\n---\n\n윈도우에서 쓴 글.\n\n"
                             "- 항목 하나\n- 항목 둘\n"_s.toUtf8();
    QTest::newRow("bom")
        << u"2021-03-02-bom.md"_s
        << u"---\ntitle: BOM으로 시작하는 파일\n---\n\n메모장에서 저장한 UTF-8 (BOM) 파일.\n"_s.toUtf8();
    QTest::newRow("nfd") << u"2021-03-03-nfd.md"_s
                         << u"---\ntitle: 맥에서 복사한 한글\n---\n\n자모가 분리된 회고 문장입니다.\n"_s.toUtf8();
    QTest::newRow("cp949")
        << u"2021-03-04-cp949.md"_s
        << u"---\ntitle: 옛날 메모장 파일\n---\n\nEUC-KR(CP949)로 저장된 일기. 똠방각하, 햏.\n"_s.toUtf8();
}

void tst_Exporter::normalisesWhatWasNotUtf8NfcLf()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    const std::unique_ptr<Database> database = openDatabase();
    EntryStore store(*database);
    QVERIFY(!Importer(store).importPaths({corpusDir() + u"/edge/"_s + fileName}).hasFailures());
    QTemporaryDir site;
    QVERIFY(Exporter(store).exportTo(site.path()).ok());
    QCOMPARE(fileBytes(site.filePath(u"_posts/"_s + fileName)), bytes);
}

void tst_Exporter::namesHoegoEntries()
{
    const std::unique_ptr<Database> database = openDatabase();
    EntryStore store(*database);
    QString error;
    // An imported post, then three entries made in Hoego whose names clash with it and
    // with each other, and one whose text has no front matter at all.
    QTemporaryDir posts;
    {
        QFile file(posts.filePath(u"2024-03-01-새해-다짐.md"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("---\ntitle: 새해 다짐\n---\n원본\n");
    }
    QVERIFY(!Importer(store).importPaths({posts.path()}).hasFailures());
    for (int i = 0; i < 2; ++i) {
        Entry entry = newEntry(QDate(2024, 3, 1), EntryKind::Daily, u"새해 다짐"_s);
        QVERIFY2(store.insert(entry, &error), qPrintable(error));
    }
    Entry bare;
    bare.date = QDate(2024, 3, 2);
    bare.kind = EntryKind::Weekly;
    bare.title = u"Weekly review: week 9"_s;
    bare.text = u"본문만.\n"_s;
    QVERIFY2(store.insert(bare, &error), qPrintable(error));

    QTemporaryDir site;
    const ExportReport report = Exporter(store).exportTo(site.path());
    QVERIFY2(report.ok(), qPrintable(report.errors.join(u'\n')));
    const QString folder = site.filePath(u"_posts"_s);
    QCOMPARE(fileNames(folder),
        (QStringList {u"2024-03-01-새해-다짐-2.md"_s, u"2024-03-01-새해-다짐-3.md"_s, u"2024-03-01-새해-다짐.md"_s,
            u"2024-03-02-weekly-review-week-9.md"_s}));
    QCOMPARE(fileBytes(folder + u"/2024-03-01-새해-다짐.md"_s), QByteArray("---\ntitle: 새해 다짐\n---\n원본\n"));
    QCOMPARE(fileBytes(folder + u"/2024-03-01-새해-다짐-2.md"_s),
        u"---\ntitle: 새해 다짐\ndate: 2024-03-01\nkind: daily\n---\n\n"_s.toUtf8());
    QCOMPARE(fileBytes(folder + u"/2024-03-02-weekly-review-week-9.md"_s),
        u"---\ntitle: \"Weekly review: week 9\"\ndate: 2024-03-02\nkind: weekly\n---\n\n본문만.\n"_s.toUtf8());
}

// What Hoego writes for its own entries reads back as the same entry.
void tst_Exporter::hoegoEntriesReadBack()
{
    const std::unique_ptr<Database> database = openDatabase();
    EntryStore store(*database);
    QString error;
    Entry entry = newEntry(QDate(2024, 6, 30), EntryKind::HalfYear, u"2024년 상반기: 돌아보기"_s);
    applyText(entry, entry.text + u"# 상반기\n\n- [x] 테니스\n"_s);
    QVERIFY2(store.insert(entry, &error), qPrintable(error));

    QTemporaryDir site;
    const ExportReport report = Exporter(store).exportTo(site.path());
    QVERIFY(report.ok());
    QCOMPARE(report.files.size(), 1);

    const std::unique_ptr<Database> other = openDatabase();
    EntryStore otherStore(*other);
    const ImportReport imported = Importer(otherStore).importPaths({site.filePath(u"_posts"_s)});
    QCOMPARE(imported.summary(), u"imported 1, updated 0, skipped 0, failed 0"_s);
    const Entry back = otherStore.entries().value(0);
    QCOMPARE(back.title, entry.title);
    QCOMPARE(back.date, entry.date);
    QCOMPARE(back.kind, entry.kind);
    QCOMPARE(back.text, entry.text);
}

void tst_Exporter::reportsUnwritableFolder()
{
    const std::unique_ptr<Database> database = openDatabase();
    EntryStore store(*database);
    Entry entry = newEntry(QDate(2024, 1, 1), EntryKind::Daily, u"a"_s);
    QString error;
    QVERIFY(store.insert(entry, &error));
    const QString notAFolder = m_dir.filePath(u"plain-file"_s);
    {
        QFile file(notAFolder);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    const ExportReport report = Exporter(store).exportTo(notAFolder);
    QVERIFY(!report.ok());
    QVERIFY(report.files.isEmpty());
    QVERIFY2(report.errors.first().contains(notAFolder), qPrintable(report.errors.first()));
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

void tst_Exporter::commandLineRoundTrip()
{
    const QString db = m_dir.filePath(u"cli.sqlite"_s);
    const QString posts = corpusDir() + u"/jekyll/_posts"_s;
    QString out;
    QCOMPARE(runHoego({u"import"_s, u"--db"_s, db, posts}, &out), 0);
    QTemporaryDir site;
    QCOMPARE(runHoego({u"export"_s, u"--db"_s, db, site.path()}, &out), 0);
    QCOMPARE(out, u"exported 5 to %1/_posts\n"_s.arg(site.path()));
    const QStringList names = fileNames(posts);
    QCOMPARE(fileNames(site.filePath(u"_posts"_s)), names);
    for (const QString &name : names)
        QCOMPARE(fileBytes(site.filePath(u"_posts/"_s + name)), fileBytes(posts + u'/' + name));

    QCOMPARE(runHoego({u"export"_s, u"--db"_s, db}, &out), 2);
    const QString notAFolder = m_dir.filePath(u"cli-file"_s);
    {
        QFile file(notAFolder);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QCOMPARE(runHoego({u"export"_s, u"--db"_s, db, notAFolder}, &out), 1);
}

// Images pasted into entries live beside the diary; the export copies them to DIR/images,
// where the entries' /images/… links point in the site.
void tst_Exporter::exportsImages()
{
    QTemporaryDir home;
    const QString diaryPath = home.filePath(u"diary.sqlite"_s);
    Database database(diaryPath);
    QString error;
    QVERIFY2(database.open(&error), qPrintable(error));
    EntryStore store(database);
    const QDate day(2026, 3, 14);
    const QString first = DiaryImages::newFile(diaryPath, day, u"png"_s);
    QCOMPARE(first, home.filePath(u"images/2026/2026-03-14-1.png"_s));
    QVERIFY(QDir().mkpath(QFileInfo(first).path()));
    QFile file(first);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\x89PNG fake bytes");
    file.close();
    // The next one of the day takes the next number.
    QCOMPARE(DiaryImages::newFile(diaryPath, day, u"jpg"_s), home.filePath(u"images/2026/2026-03-14-2.jpg"_s));
    const QString link = DiaryImages::link(diaryPath, first);
    QCOMPARE(link, u"/images/2026/2026-03-14-1.png"_s);
    Entry entry = newEntry(day, EntryKind::Daily, u"사진"_s);
    applyText(entry, entry.text + u"오늘 찍은 사진\n\n![](%1)\n"_s.arg(link));
    QVERIFY2(store.insert(entry, &error), qPrintable(error));

    QTemporaryDir site;
    const ExportReport report = Exporter(store).exportTo(site.path());
    QVERIFY2(report.ok(), qPrintable(report.errors.join(u'\n')));
    const QString copied = site.filePath(u"images/2026/2026-03-14-1.png"_s);
    QCOMPARE(report.images, QStringList {copied});
    QCOMPARE(fileBytes(copied), QByteArray("\x89PNG fake bytes"));
    QVERIFY(fileBytes(report.files.value(0).path).contains("![](/images/2026/2026-03-14-1.png)"));
    // Exporting again replaces the copy.
    QVERIFY(Exporter(store).exportTo(site.path()).ok());
    QCOMPARE(fileBytes(copied), QByteArray("\x89PNG fake bytes"));
}

QTEST_GUILESS_MAIN(tst_Exporter)
#include "tst_exporter.moc"
