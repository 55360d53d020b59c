#include "appsettings.h"
#include "io/frontmatterparser.h"
#include "io/importer.h"
#include "mainwindow.h"
#include "markdown/htmlrenderer.h"
#include "markdown/parser.h"
#include "storage/database.h"
#include "storage/entrystore.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ImportOutcome)

// The bad forms of every external input the issue lists that no other test covers: Markdown
// files (huge, NUL bytes, a 100,000-item list, deep nesting, broken and mixed encodings),
// front matter (aliases, huge anchors, wrong types), the settings file and the command
// line. Each gives a clear result or message — never a crash, a hang or a silent loss.
class tst_BadInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void importsMarkdownFiles_data();
    void importsMarkdownFiles();
    void rendersHugeAndDeepMarkdown_data();
    void rendersHugeAndDeepMarkdown();
    void readsBadFrontMatter_data();
    void readsBadFrontMatter();
    void survivesCorruptSettings_data();
    void survivesCorruptSettings();
    void refusesBadCommandLines_data();
    void refusesBadCommandLines();

private:
    QTemporaryDir m_dir;
    int m_count = 0;
};

namespace {

QByteArray repeated(const QByteArray &piece, int count)
{
    QByteArray result;
    result.reserve(piece.size() * count);
    for (int i = 0; i < count; ++i)
        result += piece;
    return result;
}

} // namespace

void tst_BadInput::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_BadInput::importsMarkdownFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<ImportOutcome>("outcome");
    QTest::addColumn<QString>("reason"); // a part of the reason; empty: none expected

    const QByteArray head = "---\ntitle: 큰 글\n---\n";
    // 50 MB of Korean and English paragraphs: stored whole.
    const QByteArray paragraph = "오늘은 긴 하루였다. A long day, written down in full.\n\n";
    QTest::newRow("50 MB") << head + repeated(paragraph, 50 * 1024 * 1024 / paragraph.size() + 1)
                           << ImportOutcome::Imported << QString();
    QTest::newRow("NUL bytes inside") << head + "앞" + QByteArray(1, '\0') + "뒤\n" + QByteArray(3, '\0')
                                      << ImportOutcome::Failed << u"Nothing was imported"_s;
    QTest::newRow("100,000-item list") << head + repeated("- 항목 item\n", 100000) << ImportOutcome::Imported
                                       << QString();
    QTest::newRow("10,000-deep quotes") << head + repeated("> ", 10000) + "깊다\n"
                                        << ImportOutcome::Imported << QString();
    QByteArray nested;
    for (int depth = 0; depth < 1000; ++depth)
        nested += QByteArray(depth * 2, ' ') + "- 아래\n";
    QTest::newRow("1,000-deep lists") << head + nested << ImportOutcome::Imported << QString();
    QTest::newRow("truncated UTF-8 at the end")
        << head + "끝이 잘린 글자 " + QByteArray("\xed\x95") << ImportOutcome::Failed << u"Nothing was imported"_s;
    QTest::newRow("UTF-8 and CP949 mixed") << head + "유니코드 " + QByteArray("\xc7\xd1\xb1\xdb") + " 섞임\n"
                                           << ImportOutcome::Failed << u"Nothing was imported"_s;
    QTest::newRow("only NUL bytes") << QByteArray(4096, '\0') << ImportOutcome::Failed << u"Nothing was imported"_s;
}

void tst_BadInput::importsMarkdownFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(ImportOutcome, outcome);
    QFETCH(QString, reason);
    const QString folder = m_dir.filePath(u"import-%1"_s.arg(++m_count));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + u"/2024-05-01-bad.md"_s;
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();

    Database database(folder + u"/diary.sqlite"_s);
    QString error;
    QVERIFY2(database.open(&error), qPrintable(error));
    EntryStore store(database);
    const ImportReport report = Importer(store).importPaths({path});
    QCOMPARE(report.files.size(), 1);
    const ImportedFile &imported = report.files.constFirst();
    QVERIFY2(imported.outcome == outcome, qPrintable(importOutcomeName(imported.outcome) + u": "_s + imported.reason));
    if (!reason.isEmpty())
        QVERIFY2(imported.reason.contains(reason), qPrintable(imported.reason));
    if (outcome == ImportOutcome::Failed) {
        QCOMPARE(store.count(), 0); // nothing half-stored
        return;
    }
    const std::optional<Entry> entry = store.entry(imported.entryId);
    QVERIFY(entry);
    QCOMPARE(entry->text.toUtf8(), bytes); // every word kept
}

void tst_BadInput::rendersHugeAndDeepMarkdown_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("piece"); // occurs count times in the HTML
    QTest::addColumn<int>("count");

    QString list;
    for (int i = 0; i < 100000; ++i)
        list += u"- 항목 %1\n"_s.arg(i);
    QTest::newRow("100,000-item list") << list << u"<li"_s << 100000;
    QString tasks;
    for (int i = 0; i < 100000; ++i)
        tasks += u"- [ ] 할 일\n"_s;
    QTest::newRow("100,000 task items") << tasks << u"<li"_s << 100000;
    QTest::newRow("10,000-deep quotes") << QString(u"> "_s).repeated(10000) + u"a\n"_s << u"</p>"_s << 1;
    QTest::newRow("NUL characters") << u"앞\u0000뒤\n"_s << u"\uFFFD"_s << 1; // CommonMark 2.3: replaced
}

void tst_BadInput::rendersHugeAndDeepMarkdown()
{
    QFETCH(QString, markdown);
    QFETCH(QString, piece);
    QFETCH(int, count);
    const QString html = Markdown::renderHtml(Markdown::parse(markdown));
    QCOMPARE(html.count(piece), count);
}

void tst_BadInput::readsBadFrontMatter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("warning"); // a part of a warning; empty: none
    QTest::addColumn<QString>("title"); // the title read; empty: none

    // Nine levels of ten aliases each: a billion titles if expanded, which yaml-cpp does not.
    QString laughs
        = u"---\na: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n"_s;
    for (char c = 'b'; c <= 'i'; ++c) {
        const QString name(QLatin1Char {c});
        const QString previous = u"*"_s + QLatin1Char(char(c - 1));
        laughs += name + u": &"_s + name + u" ["_s + QStringList(10, previous).join(u", "_s) + u"]\n"_s;
    }
    QTest::newRow("billion laughs in tags")
        << laughs + u"title: 웃음\ntags: *i\n---\n본문\n"_s << u"a tag must be a single value"_s << u"웃음"_s;
    const QString big = QString(u"가"_s).repeated(1024 * 1024);
    QTest::newRow("1 MB anchor used 10 times")
        << u"---\ntitle: &t \""_s + big + u"\"\ntags: ["_s + QStringList(10, u"*t"_s).join(u", "_s) + u"]\n---\n"_s
        << QString() << big;
    QTest::newRow("alias as title") << u"---\nx: &x 제목\ntitle: *x\n---\n"_s << QString() << u"제목"_s;
    QTest::newRow("undefined alias") << u"---\ntitle: *nowhere\n---\n"_s << u"Line 2"_s << QString();
    QTest::newRow("date is a list") << u"---\ntitle: t\ndate: [2023, 1, 2]\n---\n"_s << u"Line 3"_s << u"t"_s;
    QTest::newRow("date is a map") << u"---\ntitle: t\ndate: {y: 2023}\n---\n"_s << u"Line 3"_s << u"t"_s;
    QTest::newRow("tags is a map") << u"---\ntitle: t\ntags: {a: b}\n---\n"_s << u"Line 3"_s << u"t"_s;
    QTest::newRow("tags nested") << u"---\ntitle: t\ntags: [[a, b], c]\n---\n"_s
                                 << u"Line 3: a tag must be a single value"_s << u"t"_s;
    QTest::newRow("kind is a list") << u"---\ntitle: t\nkind: [weekly]\n---\n"_s << u"Line 3"_s << u"t"_s;
    QTest::newRow("title is a map") << u"---\ntitle: {a: b}\n---\n"_s << u"Line 2"_s << QString();
    QTest::newRow("10,000-deep flow") << u"---\ntitle: deep\nx: "_s + QString(u"["_s).repeated(10000)
            + QString(u"]"_s).repeated(10000) + u"\n---\n"_s
                                      << u"Line"_s << QString();
}

void tst_BadInput::readsBadFrontMatter()
{
    QFETCH(QString, text);
    QFETCH(QString, warning);
    QFETCH(QString, title);
    const FrontMatter frontMatter = parseFrontMatter(text);
    if (warning.isEmpty())
        QVERIFY2(frontMatter.warnings.isEmpty(), qPrintable(frontMatter.warnings.join(u'\n')));
    else
        QVERIFY2(frontMatter.warnings.join(u'\n').contains(warning), qPrintable(frontMatter.warnings.join(u'\n')));
    if (!title.isEmpty()) {
        QVERIFY(frontMatter.title);
        QCOMPARE(*frontMatter.title, title);
    }
}

void tst_BadInput::survivesCorruptSettings_data()
{
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\xff\xfe", 18);
    const QByteArray nul(1, '\0');
    QTest::newRow("NUL bytes") << "[ui]\nlanguage=k" + nul + "o\n[mainwindow]\ngeometry=" + nul + nul + "\n";
    QTest::newRow("wrong types") << QByteArray("[ui]\nlanguage=@Variant(\\0\\0\\0\\x7f)\n[mainwindow]\n"
                                               "geometry=not a geometry\nsplitter=@ByteArray(\\xff\\xff)\n"
                                               "[backup]\nfolder=@Invalid()\n");
    QTest::newRow("unknown language") << QByteArray("[ui]\nlanguage=tlh\n");
    QTest::newRow("unclosed section") << QByteArray("[ui\nlanguage=ko\n[[[\n=\n==\n");
    QTest::newRow("1 MB line") << "[ui]\nlanguage=" + QByteArray(1024 * 1024, 'x') + "\n";
    QTest::newRow("truncated UTF-8") << QByteArray("[backup]\nfolder=/tmp/\xed\x95\n");
}

// A damaged settings file gives the defaults: the app starts, the window opens and lays
// itself out, and the command line runs.
void tst_BadInput::survivesCorruptSettings()
{
    QFETCH(QByteArray, bytes);
    const QString fileName
        = QSettings(QSettings::NativeFormat, QSettings::UserScope, u"hoego"_s, u"hoego"_s).fileName();
    QVERIFY2(fileName.contains(u"qttest"_s), qPrintable(fileName));
    QVERIFY(QDir().mkpath(QFileInfo(fileName).path()));
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
    file.close();

    {
        AppSettings settings;
        QVERIFY(settings.language().isEmpty() || AppSettings::availableLanguages().contains(settings.language()));
        settings.backupFolder(); // whatever it is, the backup reports a folder it cannot use
        const QString path = m_dir.filePath(u"settings-%1.sqlite"_s.arg(++m_count));
        Database database(path);
        QString error;
        QVERIFY2(database.open(&error), qPrintable(error));
        EntryStore store(database);
        MainWindow window(store, settings);
        window.restoreLayout();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.close());
    }

    // The executable reads the language before anything else.
    const QString config = m_dir.filePath(u"config-%1"_s.arg(m_count));
    QVERIFY(QDir().mkpath(config + u"/hoego"_s));
    QVERIFY(QFile::copy(fileName, config + u"/hoego/hoego.conf"_s));
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_CONFIG_HOME"_s, config);
    process.setProcessEnvironment(environment);
    process.start(hoegoExecutable(), {u"list"_s, u"--db"_s, m_dir.filePath(u"cli-%1.sqlite"_s.arg(m_count))});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QFile::remove(fileName);
}

void tst_BadInput::refusesBadCommandLines_data()
{
    QTest::addColumn<QStringList>("arguments"); // %DIR is the test's temporary folder
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message"); // a part of stderr

    QTest::newRow("unknown command") << QStringList {u"frobnicate"_s} << 2 << u"frobnicate"_s;
    QTest::newRow("unknown option") << QStringList {u"list"_s, u"--colour"_s} << 2 << u"colour"_s;
    QTest::newRow("--db without a value") << QStringList {u"list"_s, u"--db"_s} << 2 << u"db"_s;
    QTest::newRow("--db is a folder") << QStringList {u"list"_s, u"--db"_s, u"%DIR"_s} << 1 << u"%DIR"_s;
    QTest::newRow("--db is not a database")
        << QStringList {u"list"_s, u"--db"_s, u"%DIR/notes.txt"_s} << 1 << u"notes.txt"_s;
    QTest::newRow("--db in a missing folder")
        << QStringList {u"list"_s, u"--db"_s, u"%DIR/no/such/folder/d.sqlite"_s} << 1 << u"d.sqlite"_s;
    QTest::newRow("empty --db") << QStringList {u"list"_s, u"--db="_s} << 1 << u"--db"_s;
    QTest::newRow("empty --db, window") << QStringList {u"--db="_s} << 2 << u"--db"_s;
    QTest::newRow("--year not a number") << QStringList {u"list"_s, u"--db"_s, u"%DIR/a.sqlite"_s, u"--year"_s,
        u"작년"_s} << 2 << u"작년"_s;
    QTest::newRow("--kind unknown") << QStringList {u"list"_s, u"--db"_s, u"%DIR/a.sqlite"_s, u"--kind"_s, u"monthly"_s}
                                    << 2 << u"monthly"_s;
    QTest::newRow("import without paths") << QStringList {u"import"_s, u"--db"_s, u"%DIR/a.sqlite"_s} << 2 << QString();
    QTest::newRow("import of a missing file")
        << QStringList {u"import"_s, u"--db"_s, u"%DIR/a.sqlite"_s, u"%DIR/없는 파일.md"_s} << 1 << u"없는 파일.md"_s;
    QTest::newRow("export with two folders")
        << QStringList {u"export"_s, u"--db"_s, u"%DIR/a.sqlite"_s, u"%DIR/x"_s, u"%DIR/y"_s} << 2 << QString();
    QTest::newRow("restore of a missing backup")
        << QStringList {u"restore"_s, u"--db"_s, u"%DIR/a.sqlite"_s, u"%DIR/none.sqlite"_s} << 1 << u"none.sqlite"_s;
    QTest::newRow("restore of a text file")
        << QStringList {u"restore"_s, u"--db"_s, u"%DIR/a.sqlite"_s, u"%DIR/notes.txt"_s} << 1 << u"notes.txt"_s;
    QTest::newRow("a 40,000-character argument (near the 128 KiB limit)")
        << QStringList {u"list"_s, u"--db"_s, u"%DIR/a.sqlite"_s, u"--kind"_s, QString(u"가"_s).repeated(40000)} << 2
        << u"가가가"_s;
    QTest::newRow("screenshot size zero") << QStringList {u"screenshot"_s, u"--db"_s, u"%DIR/a.sqlite"_s, u"--size"_s,
        u"0x0"_s, u"%DIR/o.png"_s} << 2 << u"WIDTHxHEIGHT"_s;
    QTest::newRow("screenshot entry not a number")
        << QStringList {u"screenshot"_s, u"--db"_s, u"%DIR/a.sqlite"_s, u"--entry"_s, u"-1"_s, u"%DIR/o.png"_s} << 2
        << u"positive"_s;
}

void tst_BadInput::refusesBadCommandLines()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString dir = m_dir.filePath(u"cli"_s);
    QVERIFY(QDir().mkpath(dir));
    QFile notes(dir + u"/notes.txt"_s);
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("이건 데이터베이스가 아니다.\n");
    notes.close();
    for (QString &argument : arguments)
        argument.replace(u"%DIR"_s, dir);
    message.replace(u"%DIR"_s, dir);

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"cli-config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"cli-data"_s));
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels); // import reports files on stdout
    process.start(hoegoExecutable(), arguments);
    QVERIFY(process.waitForFinished(60000));
    const QString err = QString::fromUtf8(process.readAll());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == exitCode, qPrintable(u"exit %1: %2"_s.arg(process.exitCode()).arg(err)));
    if (exitCode != 0)
        QVERIFY2(!err.trimmed().isEmpty(), "no message");
    if (!message.isEmpty())
        QVERIFY2(err.contains(message), qPrintable(err));
}

QTEST_MAIN(tst_BadInput)
#include "tst_badinput.moc"
