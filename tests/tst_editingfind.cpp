// TextFinder: find regardless of NFC/NFD, with ranges in the original text.
#include "text/textfinder.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// "start+length" for each match, comma-separated.
QString describe(const QList<TextFinder::Match> &matches)
{
    QStringList parts;
    for (const TextFinder::Match &match : matches)
        parts.append(QString::number(match.start) + u'+' + QString::number(match.length));
    return parts.join(u',');
}

const QString nfdHangeul = u"\u1112\u1161\u11AB\u1100\u1173\u11AF"_s; // 한글, six jamo

} // namespace

class tst_EditingFind : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findAll_data();
    void findAll();
    void find_data();
    void find();
};

void tst_EditingFind::findAll_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("needle");
    QTest::addColumn<bool>("caseSensitive");
    QTest::addColumn<QString>("matches");

    QTest::newRow("nfc in nfc") << u"한글 한글"_s << u"한글"_s << false << u"0+2,3+2"_s;
    QTest::newRow("nfc needle in nfd text") << nfdHangeul + u" 다"_s << u"한글"_s << false << u"0+6"_s;
    QTest::newRow("nfd needle in nfc text") << u"가 한글"_s << nfdHangeul << false << u"2+2"_s;
    QTest::newRow("second syllable of nfd") << nfdHangeul << u"글"_s << false << u"3+3"_s;
    QTest::newRow("mixed forms") << u"한글 "_s + nfdHangeul << u"한글"_s << false << u"0+2,3+6"_s;
    // A match never ends inside a syllable, in either form.
    QTest::newRow("half syllable nfc") << u"한"_s << u"하"_s << false << QString();
    QTest::newRow("half syllable nfd") << nfdHangeul << u"하"_s << false << QString();
    QTest::newRow("half syllable nfd needle") << nfdHangeul << u"\u1112\u1161"_s << false << QString();
    QTest::newRow("latin accent nfd") << u"a cafe\u0301!"_s << u"café"_s << false << u"2+5"_s;
    QTest::newRow("accent not ignored") << u"cafe\u0301"_s << u"cafe"_s << false << QString();
    QTest::newRow("case-insensitive") << u"Hoego hoego"_s << u"HOEGO"_s << false << u"0+5,6+5"_s;
    QTest::newRow("case-sensitive") << u"Hoego hoego"_s << u"hoego"_s << true << u"6+5"_s;
    QTest::newRow("case-insensitive nfd") << u"CAFE\u0301 cafe\u0301"_s << u"café"_s << false << u"0+5,6+5"_s;
    QTest::newRow("emoji with skin tone not split")
        << u"a\U0001F44D\U0001F3FD"_s << u"\U0001F44D"_s << false << QString();
    QTest::newRow("non-overlapping") << u"aaaa"_s << u"aa"_s << false << u"0+2,2+2"_s;
    QTest::newRow("empty needle") << u"abc"_s << QString() << false << QString();
    QTest::newRow("not found") << u"abc"_s << u"회고"_s << false << QString();
}

void tst_EditingFind::findAll()
{
    QFETCH(QString, text);
    QFETCH(QString, needle);
    QFETCH(bool, caseSensitive);
    QTEST(describe(TextFinder::findAll(text, needle, caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive)),
        "matches");
}

void tst_EditingFind::find_data()
{
    QTest::addColumn<qsizetype>("from");
    QTest::addColumn<bool>("backward");
    QTest::addColumn<bool>("wrap");
    QTest::addColumn<QString>("match");

    // Text: 한글 at 0 (NFC), 3 (NFD, six units) and 10 (NFC).
    QTest::newRow("forward from start") << qsizetype(0) << false << true << u"0+2"_s;
    QTest::newRow("forward from 1") << qsizetype(1) << false << true << u"3+6"_s;
    QTest::newRow("forward wraps") << qsizetype(11) << false << true << u"0+2"_s;
    QTest::newRow("forward no wrap") << qsizetype(11) << false << false << u"0+0"_s;
    QTest::newRow("backward from end") << qsizetype(12) << true << true << u"10+2"_s;
    QTest::newRow("backward from 9") << qsizetype(9) << true << true << u"3+6"_s;
    QTest::newRow("backward wraps") << qsizetype(1) << true << true << u"10+2"_s;
    QTest::newRow("backward no wrap") << qsizetype(1) << true << false << u"0+0"_s;
}

void tst_EditingFind::find()
{
    QFETCH(qsizetype, from);
    QFETCH(bool, backward);
    QFETCH(bool, wrap);
    const QString text = u"한글 "_s + nfdHangeul + u" 한글"_s;
    QCOMPARE(text.size(), 12);
    const TextFinder::Match match = TextFinder::find(text, u"한글"_s, from, backward, Qt::CaseInsensitive, wrap);
    QTEST(describe({match}), "match");
}

QTEST_GUILESS_MAIN(tst_EditingFind)
#include "tst_editingfind.moc"
