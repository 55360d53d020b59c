#include "io/jekyllname.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_JekyllName : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parses_data();
    void parses();
    void titleizes_data();
    void titleizes();
    void slugifies_data();
    void slugifies();
    void avoidsClashes();
};

void tst_JekyllName::parses_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("slug");

    QTest::newRow("post") << u"2022-12-30-2022-retrospective.md"_s << QDate(2022, 12, 30) << u"2022-retrospective"_s;
    QTest::newRow("path") << u"/site/_posts/2023-01-08-weekly-01.markdown"_s << QDate(2023, 1, 8) << u"weekly-01"_s;
    QTest::newRow("single digits") << u"2023-1-8-a.md"_s << QDate(2023, 1, 8) << u"a"_s;
    QTest::newRow("hangul slug") << u"2024-02-29-회고.md"_s << QDate(2024, 2, 29) << u"회고"_s;
    QTest::newRow("undated") << u"notes-without-date.md"_s << QDate() << u"notes-without-date"_s;
    QTest::newRow("impossible date") << u"2023-02-30-x.md"_s << QDate() << u"2023-02-30-x"_s;
    QTest::newRow("date without slug") << u"2023-02-03.md"_s << QDate() << u"2023-02-03"_s;
}

void tst_JekyllName::parses()
{
    QFETCH(QString, fileName);
    QFETCH(QDate, date);
    QFETCH(QString, slug);
    const JekyllName::Parsed parsed = JekyllName::parse(fileName);
    QCOMPARE(parsed.date, date);
    QCOMPARE(parsed.slug, slug);
}

void tst_JekyllName::titleizes_data()
{
    QTest::addColumn<QString>("slug");
    QTest::addColumn<QString>("title");
    QTest::newRow("corpus") << u"no-front-matter"_s << u"No Front Matter"_s;
    QTest::newRow("capitalize lowers the rest") << u"hELLO-wORLD"_s << u"Hello World"_s;
    QTest::newRow("digits") << u"2022-retrospective"_s << u"2022 Retrospective"_s;
    QTest::newRow("hangul") << u"주간-회고"_s << u"주간 회고"_s;
}

void tst_JekyllName::titleizes()
{
    QFETCH(QString, slug);
    QFETCH(QString, title);
    QCOMPARE(JekyllName::titleize(slug), title);
}

void tst_JekyllName::slugifies_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("slug");
    QTest::newRow("english") << u"Weekly review: week 33"_s << u"weekly-review-week-33"_s;
    QTest::newRow("hangul kept") << u"Diary - 2022년 회고"_s << u"diary-2022년-회고"_s;
    QTest::newRow("nfd composed") << u"\u1112\u116c\u1100\u1169"_s << u"회고"_s;
    QTest::newRow("punctuation trimmed") << u"  “새로운 곳”으로!  "_s << u"새로운-곳-으로"_s;
    QTest::newRow("emoji dropped") << u"좋은 날 😊"_s << u"좋은-날"_s;
    QTest::newRow("empty") << u"?!"_s << u"entry"_s;
}

void tst_JekyllName::slugifies()
{
    QFETCH(QString, title);
    QFETCH(QString, slug);
    QCOMPARE(JekyllName::slugify(title), slug);
    QCOMPARE(JekyllName::fileName(QDate(2024, 3, 1), title), u"2024-03-01-"_s + slug + u".md"_s);
}

void tst_JekyllName::avoidsClashes()
{
    QSet<QString> taken;
    QCOMPARE(JekyllName::unclashed(u"2024-03-01-a.md"_s, taken), u"2024-03-01-a.md"_s);
    taken << u"2024-03-01-a.md"_s;
    QCOMPARE(JekyllName::unclashed(u"2024-03-01-a.md"_s, taken), u"2024-03-01-a-2.md"_s);
    taken << u"2024-03-01-a-2.md"_s;
    QCOMPARE(JekyllName::unclashed(u"2024-03-01-a.md"_s, taken), u"2024-03-01-a-3.md"_s);
}

QTEST_GUILESS_MAIN(tst_JekyllName)
#include "tst_jekyllname.moc"
