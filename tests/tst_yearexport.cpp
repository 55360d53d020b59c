#include "io/importer.h"
#include "review/yearexport.h"
#include "storage/database.h"
#include "storage/entrystore.h"
#include "testpaths.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// A year's export as HTML and as PDF: the title, the retrospective, then the entries in
// date order; the PDF's text (pdftotext) holds the Korean title, so Hangul is embedded.
class tst_YearExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void html();
    void pdf_data();
    void pdf();
    void unwritable();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<EntryStore> m_store;
};

void tst_YearExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_database = std::make_unique<Database>(m_dir.filePath(u"diary.sqlite"_s));
    QString error;
    QVERIFY2(m_database->open(&error), qPrintable(error));
    m_store = std::make_unique<EntryStore>(*m_database);
    Importer importer(*m_store);
    QVERIFY(!importer.importPaths({corpusDir() + u"/jekyll"_s}).hasFailures());
}

void tst_YearExport::html()
{
    const QString html = YearExport::html(*m_store, nullptr, 2023, QDate(2026, 11, 29), QLocale(u"ko_KR"_s));
    QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
    QVERIFY(html.contains(u"<title>2023년 회고</title>"_s));
    const qsizetype retrospective = html.indexOf(u"처음으로 Job 을 가지다"_s);
    const qsizetype january = html.indexOf(u"2023년 1월 8일"_s);
    const qsizetype august = html.indexOf(u"2023년 8월 20일"_s);
    QVERIFY(retrospective > 0);
    QVERIFY2(january > retrospective, "entries follow the retrospective");
    QVERIFY2(august > january, "entries in date order");
    QVERIFY(!html.contains(u"연구실을 떠나며"_s)); // 2022's retrospective stays out

    const QString path = m_dir.filePath(u"2023.html"_s);
    QString error;
    QVERIFY2(YearExport::writeHtml(html, path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), html);
}

void tst_YearExport::pdf_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("title");
    QTest::newRow("ko") << u"ko_KR"_s << u"2022년 회고"_s;
    // pdftotext reads the figures of a Latin run set in Noto Sans CJK as nothing (its glyph
    // to Unicode map lacks the proportional figures), though the page shows "The year 2022".
    QTest::newRow("en") << u"en_US"_s << u"The year"_s;
}

void tst_YearExport::pdf()
{
    QFETCH(QString, language);
    QFETCH(QString, title);
    const QString path = m_dir.filePath(language + u".pdf"_s);
    QString error;
    const QString html = YearExport::html(*m_store, nullptr, 2022, QDate(2026, 11, 29), QLocale(language));
    QVERIFY2(YearExport::writePdf(html, path, &error), qPrintable(error));
    QProcess process;
    process.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    QVERIFY2(process.waitForFinished(30000), "pdftotext must be installed");
    QCOMPARE(process.exitCode(), 0);
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(text.startsWith(title), qPrintable(text.left(300)));
    QVERIFY2(text.contains(u"연구실을 떠나며"_s), qPrintable(text.left(300)));
}

void tst_YearExport::unwritable()
{
    QString error;
    const QString path = m_dir.filePath(u"missing/folder/year.pdf"_s);
    QVERIFY(!YearExport::writePdf(u"<p>x</p>"_s, path, &error));
    QVERIFY(error.contains(path));
    error.clear();
    QVERIFY(!YearExport::writeHtml(u"<p>x</p>"_s, m_dir.filePath(u"missing/folder/year.html"_s), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_MAIN(tst_YearExport)
#include "tst_yearexport.moc"
