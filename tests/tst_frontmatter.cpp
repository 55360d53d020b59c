#include "io/entrydocument.h"
#include "io/frontmatterparser.h"

#include <QTest>

using namespace Qt::StringLiterals;

using OptionalOffset = std::optional<int>;
Q_DECLARE_METATYPE(OptionalOffset)

class tst_FrontMatter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesDates_data();
    void parsesDates();
    void readsKnownKeys_data();
    void readsKnownKeys();
    void warnsWithLineNumbers_data();
    void warnsWithLineNumbers();
    void detectsKind_data();
    void detectsKind();
    void appliesEditedText();
    void keepsPreviousValuesWhereTextIsSilent();
    void marksImportedEntryEdited();
    void newEntryReadsBack_data();
    void newEntryReadsBack();
    void quotesYamlWhenNeeded_data();
    void quotesYamlWhenNeeded();
};

void tst_FrontMatter::parsesDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QTime>("time");
    QTest::addColumn<OptionalOffset>("offset");

    const OptionalOffset none;
    QTest::newRow("day") << u"2023-08-20"_s << QDate(2023, 8, 20) << QTime() << none;
    QTest::newRow("short month") << u"2023-8-2"_s << QDate(2023, 8, 2) << QTime() << none;
    QTest::newRow("time") << u"2023-01-08 22:10:00"_s << QDate(2023, 1, 8) << QTime(22, 10) << none;
    QTest::newRow("no seconds") << u"2023-01-08 22:10"_s << QDate(2023, 1, 8) << QTime(22, 10) << none;
    QTest::newRow("+0900") << u"2023-01-08 22:10:00 +0900"_s << QDate(2023, 1, 8) << QTime(22, 10)
                           << OptionalOffset(9 * 3600);
    QTest::newRow("+09:00") << u"2023-01-08 22:10:00 +09:00"_s << QDate(2023, 1, 8) << QTime(22, 10)
                            << OptionalOffset(9 * 3600);
    // Late evening in Los Angeles is already the next day in UTC; the day stays the author's.
    QTest::newRow("-0800") << u"2021-03-12 23:30:00 -0800"_s << QDate(2021, 3, 12) << QTime(23, 30)
                           << OptionalOffset(-8 * 3600);
    QTest::newRow("iso T Z") << u"2021-03-12T23:30:00Z"_s << QDate(2021, 3, 12) << QTime(23, 30) << OptionalOffset(0);
    QTest::newRow("fraction") << u"2021-03-12 01:02:03.250 +0530"_s << QDate(2021, 3, 12) << QTime(1, 2, 3)
                              << OptionalOffset(5 * 3600 + 30 * 60);
    QTest::newRow("early morning east") << u"2021-03-13 00:30:00 +1400"_s << QDate(2021, 3, 13) << QTime(0, 30)
                                        << OptionalOffset(14 * 3600);
}

void tst_FrontMatter::parsesDates()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QFETCH(QTime, time);
    QFETCH(OptionalOffset, offset);

    const std::optional<JekyllDate> parsed = parseJekyllDate(text);
    QVERIFY(parsed);
    QCOMPARE(parsed->date, date);
    QCOMPARE(parsed->time.value_or(QTime()), time);
    QCOMPARE(parsed->utcOffsetSeconds, offset);
}

void tst_FrontMatter::readsKnownKeys_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("present");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("layout");

    QTest::newRow("no block") << u"그냥 본문\n"_s << false << QString() << QDate() << QStringList() << QString()
                              << QString();
    QTest::newRow("weekly post") << u"---\nlayout: post\ntitle: 주간 회고 - 2023년 1주차\ntags: [weekly, 회고]\n"
                                    "date: 2023-01-08 22:10:00 +0900\n---\n\n## Keep\n"_s
                                 << true << u"주간 회고 - 2023년 1주차"_s << QDate(2023, 1, 8)
                                 << QStringList {u"weekly"_s, u"회고"_s} << QString() << u"post"_s;
    QTest::newRow("string tags") << u"---\ntitle: Space separated tags\ntags: weekly 회고 english\n"
                                    "categories: diary\npublished: false\n---\n"_s
                                 << true << u"Space separated tags"_s << QDate()
                                 << QStringList {u"weekly"_s, u"회고"_s, u"english"_s} << QString() << QString();
    QTest::newRow("block list tags") << u"---\ntags:\n  - a\n  - 나\n---\n"_s << true << QString() << QDate()
                                     << QStringList {u"a"_s, u"나"_s} << QString() << QString();
    QTest::newRow("singular tag") << u"---\ntag: solo\n---\n"_s << true << QString() << QDate()
                                  << QStringList {u"solo"_s} << QString() << QString();
    QTest::newRow("quoted title") << u"---\ntitle: \"Weekly review: week 33\"\nkind: Weekly\n---\n"_s << true
                                  << u"Weekly review: week 33"_s << QDate() << QStringList() << u"weekly"_s
                                  << QString();
    QTest::newRow("empty block") << u"---\n---\nbody\n"_s << true << QString() << QDate() << QStringList() << QString()
                                 << QString();
}

void tst_FrontMatter::readsKnownKeys()
{
    QFETCH(QString, text);
    QFETCH(bool, present);
    QFETCH(QString, title);
    QFETCH(QDate, date);
    QFETCH(QStringList, tags);
    QFETCH(QString, kind);
    QFETCH(QString, layout);

    const FrontMatter frontMatter = parseFrontMatter(text);
    QCOMPARE(frontMatter.present, present);
    QCOMPARE(frontMatter.warnings, QStringList());
    QCOMPARE(frontMatter.title.value_or(QString()), title);
    QCOMPARE(frontMatter.date ? frontMatter.date->date : QDate(), date);
    QCOMPARE(frontMatter.tags.value_or(QStringList()), tags);
    QCOMPARE(frontMatter.kind ? entryKindName(*frontMatter.kind) : QString(), kind);
    QCOMPARE(frontMatter.layout.value_or(QString()), layout);
}

void tst_FrontMatter::warnsWithLineNumbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("title");

    QTest::newRow("unclosed") << u"---\ntitle: 닫히지 않은 머리말\ntags: [a, b\n\n본문\n"_s << u"Line 1"_s << QString();
    QTest::newRow("bad yaml") << u"---\ntitle: ok\ntags: [a, b\nmood: x\n---\n"_s << u"Line 4"_s << QString();
    QTest::newRow("bad date") << u"---\ntitle: 날짜\ndate: yesterday\n---\n"_s << u"Line 3"_s << u"날짜"_s;
    QTest::newRow("bad kind") << u"---\ntitle: x\n\nkind: monthly\n---\n"_s << u"Line 4"_s << u"x"_s;
    QTest::newRow("title list") << u"---\ntitle: [a, b]\n---\n"_s << u"Line 2"_s << QString();
    QTest::newRow("not a map") << u"---\n- a\n- b\n---\n"_s << u"Line 2"_s << QString();
}

void tst_FrontMatter::warnsWithLineNumbers()
{
    QFETCH(QString, text);
    QFETCH(QString, line);
    QFETCH(QString, title);

    const FrontMatter frontMatter = parseFrontMatter(text);
    QCOMPARE(frontMatter.warnings.size(), 1);
    QVERIFY2(frontMatter.warnings.first().startsWith(line), qPrintable(frontMatter.warnings.first()));
    QCOMPARE(frontMatter.title.value_or(QString()), title);
}

void tst_FrontMatter::detectsKind_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<EntryKind>("kind");

    QTest::newRow("plain") << u"오늘의 일기"_s << QStringList() << EntryKind::Daily;
    QTest::newRow("weekly tag") << u"Space separated tags"_s << QStringList {u"weekly"_s, u"회고"_s}
                                << EntryKind::Weekly;
    QTest::newRow("주간 title") << u"주간 회고 - 2023년 1주차"_s << QStringList() << EntryKind::Weekly;
    QTest::newRow("Weekly title") << u"Weekly review: week 33"_s << QStringList() << EntryKind::Weekly;
    QTest::newRow("weekly with particle") << u"weekly를 쓰다"_s << QStringList() << EntryKind::Weekly;
    QTest::newRow("biweekly is not weekly") << u"biweekly sync"_s << QStringList() << EntryKind::Daily;
    QTest::newRow("상반기") << u"2023년 상반기 회고"_s << QStringList() << EntryKind::HalfYear;
    QTest::newRow("하반기 tag") << u"정리"_s << QStringList {u"하반기"_s} << EntryKind::HalfYear;
    QTest::newRow("반기") << u"반기 회고"_s << QStringList() << EntryKind::HalfYear;
    QTest::newRow("반기다 is a verb") << u"손님을 반기다"_s << QStringList() << EntryKind::Daily;
    QTest::newRow("half-year") << u"Half-year review"_s << QStringList() << EntryKind::HalfYear;
    QTest::newRow("N년 회고") << u"Diary - 2022년 회고"_s << QStringList {u"archive"_s} << EntryKind::Yearly;
    QTest::newRow("연간") << u"연간 계획"_s << QStringList() << EntryKind::Yearly;
    QTest::newRow("yearly tag") << u"정리"_s << QStringList {u"Yearly"_s} << EntryKind::Yearly;
    QTest::newRow("year in review") << u"2023: Year in Review"_s << QStringList() << EntryKind::Yearly;
    QTest::newRow("년 without 회고") << u"2023년 1월"_s << QStringList() << EntryKind::Daily;
}

void tst_FrontMatter::detectsKind()
{
    QFETCH(QString, title);
    QFETCH(QStringList, tags);
    QFETCH(EntryKind, kind);
    QCOMPARE(detectKind(title, tags), kind);
}

void tst_FrontMatter::appliesEditedText()
{
    Entry entry = newEntry(QDate(2024, 1, 5), EntryKind::Daily, u"새해"_s);
    applyText(entry,
        u"---\r\ntitle: 2024년 상반기 회고\r\ndate: 2024-06-30 21:00:00 +09:00\r\ntags: 회고 반기\r\n---\r\n\r\n본문\r\n"_s);
    QCOMPARE(entry.text,
        u"---\ntitle: 2024년 상반기 회고\ndate: 2024-06-30 21:00:00 +09:00\ntags: 회고 반기\n---\n\n본문\n"_s);
    QCOMPARE(entry.title, u"2024년 상반기 회고"_s);
    QCOMPARE(entry.date, QDate(2024, 6, 30));
    QCOMPARE(entry.utcOffsetSeconds, std::optional<int>(9 * 3600));
    QCOMPARE(entry.tags, (QStringList {u"회고"_s, u"반기"_s}));
    QCOMPARE(entry.kind, EntryKind::HalfYear);
    QVERIFY(!entry.editedSinceImport);

    // Decomposed jamo typed or pasted in are stored composed.
    applyText(entry, u"---\nkind: yearly\n---\n\u1112\u116c\u1100\u1169\n"_s);
    QCOMPARE(entry.text, u"---\nkind: yearly\n---\n회고\n"_s);
    QCOMPARE(entry.kind, EntryKind::Yearly);
}

void tst_FrontMatter::keepsPreviousValuesWhereTextIsSilent()
{
    Entry entry;
    entry.title = u"No Front Matter"_s;
    entry.date = QDate(2021, 3, 6);
    entry.kind = EntryKind::Weekly;
    entry.tags = {u"edge"_s};
    applyText(entry, u"그냥 본문만 있는 파일.\n"_s);
    QCOMPARE(entry.title, u"No Front Matter"_s);
    QCOMPARE(entry.date, QDate(2021, 3, 6));
    QCOMPARE(entry.kind, EntryKind::Weekly);
    QCOMPARE(entry.tags, QStringList {u"edge"_s});
    QCOMPARE(entry.text, u"그냥 본문만 있는 파일.\n"_s);
}

void tst_FrontMatter::marksImportedEntryEdited()
{
    Entry entry;
    entry.sourcePath = u"/posts/2021-03-06-a.md"_s;
    entry.text = u"본문\n"_s;
    applyText(entry, u"본문\r\n"_s); // the same text once normalised
    QVERIFY(!entry.editedSinceImport);
    applyText(entry, u"본문 고침\n"_s);
    QVERIFY(entry.editedSinceImport);
}

void tst_FrontMatter::newEntryReadsBack_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<EntryKind>("kind");
    QTest::newRow("korean") << u"2024년 회고"_s << EntryKind::Yearly;
    QTest::newRow("colon") << u"Weekly review: week 1"_s << EntryKind::Weekly;
    QTest::newRow("quotes") << u"\"인용\" 그리고 'a' #해시"_s << EntryKind::Daily;
    QTest::newRow("number") << u"2024"_s << EntryKind::Note;
    QTest::newRow("boolean") << u"yes"_s << EntryKind::HalfYear;
    QTest::newRow("empty") << QString() << EntryKind::Daily;
}

// A new entry's text says what its fields say: parsing it back gives them again.
void tst_FrontMatter::newEntryReadsBack()
{
    QFETCH(QString, title);
    QFETCH(EntryKind, kind);
    const Entry entry = newEntry(QDate(2024, 2, 29), kind, title);
    QCOMPARE(entry.title, title);
    QCOMPARE(entry.kind, kind);
    QCOMPARE(entry.date, QDate(2024, 2, 29));
    QVERIFY(entry.text.startsWith(u"---\n"_s));
    const FrontMatter frontMatter = parseFrontMatter(entry.text);
    QVERIFY(frontMatter.present);
    QCOMPARE(frontMatter.warnings, QStringList());
    QCOMPARE(frontMatter.title.value_or(QString()), title);
    QCOMPARE(frontMatter.kind, std::optional<EntryKind>(kind));
    QCOMPARE(frontMatter.date->date, QDate(2024, 2, 29));

    Entry reread;
    applyText(reread, entry.text);
    QCOMPARE(reread.title, entry.title);
    QCOMPARE(reread.kind, entry.kind);
    QCOMPARE(reread.date, entry.date);
}

void tst_FrontMatter::quotesYamlWhenNeeded_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("scalar");
    QTest::newRow("plain") << u"Diary - 2022년 회고"_s << u"Diary - 2022년 회고"_s;
    QTest::newRow("colon") << u"a: b"_s << u"\"a: b\""_s;
    QTest::newRow("leading dash") << u"- list"_s << u"\"- list\""_s;
    QTest::newRow("backslash") << u"a\\b \"c\""_s << u"\"a\\\\b \\\"c\\\"\""_s;
    QTest::newRow("number") << u"12"_s << u"\"12\""_s;
    QTest::newRow("null") << u"null"_s << u"\"null\""_s;
    QTest::newRow("trailing space") << u"a "_s << u"\"a \""_s;
}

void tst_FrontMatter::quotesYamlWhenNeeded()
{
    QFETCH(QString, value);
    QFETCH(QString, scalar);
    QCOMPARE(yamlScalar(value), scalar);
}

QTEST_GUILESS_MAIN(tst_FrontMatter)
#include "tst_frontmatter.moc"
