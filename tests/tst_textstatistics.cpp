// TextStatistics::count(): every count checked by hand on texts that trip naive counters.
#include "markdown/parser.h"
#include "testpaths.h"
#include "text/textstatistics.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_TextStatistics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void counts_data();
    void counts();
    void readingMinutes_data();
    void readingMinutes();
    void normalized();
    void visibleText_data();
    void visibleText();
    void markupExcluded();
    void statsCommand();
    void statsCommandErrors();
};

void tst_TextStatistics::counts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("characters");
    QTest::addColumn<int>("charactersNoSpaces");
    QTest::addColumn<int>("words");
    QTest::addColumn<int>("hangulSyllables");
    QTest::addColumn<int>("latinWords");
    QTest::addColumn<int>("utf8Bytes");
    QTest::addColumn<int>("cp949Bytes");
    QTest::addColumn<int>("cp949Unencodable");

    // text, chars, no spaces, words, hangul, latin, UTF-8, CP949, unencodable
    QTest::newRow("empty") << QString() << 0 << 0 << 0 << 0 << 0 << 0 << 0 << 0;
    // Precomposed syllables: 3 UTF-8 bytes, 2 CP949 bytes each.
    QTest::newRow("precomposed") << u"한글"_s << 2 << 2 << 1 << 2 << 0 << 6 << 4 << 0;
    // The same word decomposed (as macOS pastes it): NFC makes it the two syllables above.
    QTest::newRow("decomposed") << u"\u1112\u1161\u11AB\u1100\u1173\u11AF"_s << 2 << 2 << 1 << 2 << 0 << 6 << 4 << 0;
    // Old Hangul ᄒᆞᆫ (arae-a): no precomposed form, one grapheme of three jamo (9 bytes); not in CP949.
    QTest::newRow("old hangul") << u"\u1112\u119E\u11AB"_s << 1 << 1 << 1 << 1 << 0 << 9 << 0 << 1;
    // Compatibility jamo are letters but not syllables; KS X 1001 has them (2 bytes each).
    QTest::newRow("compatibility jamo") << u"ㅋㅋㅋ"_s << 3 << 3 << 1 << 0 << 0 << 9 << 6 << 0;
    // Thumbs up + medium skin tone (4 + 4 bytes) is one grapheme; CP949 has no emoji.
    QTest::newRow("emoji skin tone") << u"\U0001F44D\U0001F3FD"_s << 1 << 1 << 1 << 0 << 0 << 8 << 0 << 1;
    // Two regional indicators make one flag.
    QTest::newRow("flag") << u"\U0001F1F0\U0001F1F7"_s << 1 << 1 << 1 << 0 << 0 << 8 << 0 << 1;
    // Man ZWJ woman ZWJ girl: 4 + 3 + 4 + 3 + 4 bytes, one grapheme.
    QTest::newRow("zwj family") << u"\U0001F468\u200D\U0001F469\u200D\U0001F467"_s << 1 << 1 << 1 << 0 << 0 << 18 << 0
                                << 1;
    QTest::newRow("flags and text") << u"\U0001F1F0\U0001F1F7 \U0001F1FA\U0001F1F8 팀"_s << 5 << 3 << 3 << 1 << 0
                                    << 8 + 1 + 8 + 1 + 3 << 1 + 1 + 2 << 2;
    // CRLF is one line break: one character with spaces, one byte.
    QTest::newRow("crlf") << u"가\r\n나"_s << 3 << 2 << 2 << 2 << 0 << 7 << 5 << 0;
    QTest::newRow("lone cr") << u"가\r나"_s << 3 << 2 << 2 << 2 << 0 << 7 << 5 << 0;
    // A tab and a space are spaces; words split on them.
    QTest::newRow("tab") << u"a\tb c"_s << 5 << 3 << 3 << 0 << 3 << 5 << 5 << 0;
    // NBSP is a space too (UTF-8 C2 A0); CP949 has no NBSP.
    QTest::newRow("nbsp") << u"12\u00A0kg"_s << 5 << 4 << 2 << 0 << 1 << 6 << 4 << 1;
    QTest::newRow("ideographic space") << u"가\u3000나"_s << 3 << 2 << 2 << 2 << 0 << 9 << 6 << 0;
    // 어절: particles stay with their word; Latin words are counted inside mixed 어절.
    QTest::newRow("mixed") << u"오늘 Hoego를 썼다."_s << 13 << 11 << 3 << 5 << 1 << 23 << 18 << 0;
    // Apostrophes and hyphens join Latin words; digits never start one.
    QTest::newRow("english") << u"Don't stop e-mail 3 times"_s << 25 << 21 << 5 << 0 << 4 << 25 << 25 << 0;
    // ’ is in KS X 1001 (A1 AF).
    QTest::newRow("curly apostrophe") << u"it\u2019s mp3"_s << 8 << 7 << 2 << 0 << 2 << 10 << 9 << 0;
    // é decomposed: NFC makes one two-byte character, which CP949 lacks.
    QTest::newRow("combining accent") << u"cafe\u0301"_s << 4 << 4 << 1 << 0 << 1 << 5 << 3 << 1;
    QTest::newRow("spaces only") << u"  \n "_s << 4 << 0 << 0 << 0 << 0 << 4 << 4 << 0;
}

void tst_TextStatistics::counts()
{
    QFETCH(QString, text);
    const TextCounts counts = TextStatistics::count(text);
    QTEST(int(counts.characters), "characters");
    QTEST(int(counts.charactersNoSpaces), "charactersNoSpaces");
    QTEST(int(counts.words), "words");
    QTEST(int(counts.hangulSyllables), "hangulSyllables");
    QTEST(int(counts.latinWords), "latinWords");
    QTEST(int(counts.utf8Bytes), "utf8Bytes");
    QTEST(int(counts.cp949Bytes), "cp949Bytes");
    QTEST(int(counts.cp949Unencodable), "cp949Unencodable");
}

void tst_TextStatistics::readingMinutes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("hangulPerMinute");
    QTest::addColumn<double>("englishPerMinute");
    QTest::addColumn<double>("minutes");

    QTest::newRow("empty") << QString() << 500.0 << 238.0 << 0.0;
    QTest::newRow("500 syllables") << u"가"_s.repeated(500) << 500.0 << 238.0 << 1.0;
    QTest::newRow("238 words") << u"word "_s.repeated(238) << 500.0 << 238.0 << 1.0;
    // 250 / 500 + 119 / 238 = 0.5 + 0.5
    QTest::newRow("half and half") << u"가"_s.repeated(250) + u" "_s + u"word "_s.repeated(119) << 500.0 << 238.0
                                   << 1.0;
    // 100 / 500 = 0.2
    QTest::newRow("one decimal") << u"가"_s.repeated(100) << 500.0 << 238.0 << 0.2;
    // 130 / 500 = 0.26 → 0.3
    QTest::newRow("rounded") << u"가"_s.repeated(130) << 500.0 << 238.0 << 0.3;
    // A slower reader: 300 / 300 + 100 / 200
    QTest::newRow("configured") << u"가"_s.repeated(300) + u" "_s + u"word "_s.repeated(100) << 300.0 << 200.0 << 1.5;
}

void tst_TextStatistics::readingMinutes()
{
    QFETCH(QString, text);
    QFETCH(double, hangulPerMinute);
    QFETCH(double, englishPerMinute);
    const TextCounts counts = TextStatistics::count(text, ReadingSpeed {hangulPerMinute, englishPerMinute});
    QTEST(counts.readingMinutes, "minutes");
}

void tst_TextStatistics::normalized()
{
    QCOMPARE(TextStatistics::normalized(u"\u1112\u1161\u11AB\r\nx\ry"_s), u"한\nx\ny"_s);
}

void tst_TextStatistics::visibleText_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("visible");

    QTest::newRow("heading and emphasis")
        << u"# 제목\n\n본문 **굵게** _기울임_ ~~취소~~"_s << u"제목\n본문 굵게 기울임 취소"_s;
    QTest::newRow("setext heading") << u"제목\n===\n본문"_s << u"제목\n본문"_s;
    QTest::newRow("link text, not url") << u"[링크](https://example.com \"title\") 끝"_s << u"링크 끝"_s;
    QTest::newRow("reference link") << u"[회고][r]\n\n[r]: https://example.com"_s << u"회고"_s;
    QTest::newRow("autolink text") << u"<https://example.com>"_s << u"https://example.com"_s;
    QTest::newRow("no image alt") << u"![대체 텍스트](img.png)끝"_s << u"끝"_s;
    QTest::newRow("image inside link") << u"[![alt](a.png) 글](https://x.example)"_s << u" 글"_s;
    QTest::newRow("inline html") << u"<b>굵게</b> 글"_s << u"굵게 글"_s;
    QTest::newRow("html block") << u"<div>\n블록\n</div>\n\n문단"_s << u"문단"_s;
    QTest::newRow("front matter") << u"---\ntitle: 제목\ntags: [a]\n---\n본문"_s << u"본문"_s;
    QTest::newRow("soft break") << u"줄1\n줄2"_s << u"줄1\n줄2"_s;
    QTest::newRow("hard break") << u"줄1  \n줄2\\\n줄3"_s << u"줄1\n줄2\n줄3"_s;
    QTest::newRow("lists and quotes") << u"- 하나\n- 둘\n  > 인용\n\n1. 셋"_s << u"하나\n둘\n인용\n셋"_s;
    QTest::newRow("task items") << u"- [x] 운동\n- [ ] 독서"_s << u"운동\n독서"_s;
    QTest::newRow("code") << u"`code` 와\n\n```cpp\nint a;\nint b;\n```\n끝"_s << u"code 와\nint a;\nint b;\n끝"_s;
    QTest::newRow("indented code") << u"글\n\n    x = 1\n"_s << u"글\nx = 1"_s;
    QTest::newRow("table") << u"| 가 | b |\n|---|:-:|\n| 1 |  |\n"_s << u"가\nb\n1"_s;
    QTest::newRow("thematic break") << u"가\n\n---\n\n나"_s << u"가\n나"_s;
    QTest::newRow("entities and escapes") << u"&amp; &lt; \\*별\\*"_s << u"& < *별*"_s;
    QTest::newRow("crlf") << u"# 가\r\n\r\n나\r\n다"_s << u"가\n나\n다"_s;
}

void tst_TextStatistics::visibleText()
{
    QFETCH(QString, markdown);
    QTEST(TextStatistics::visibleText(Markdown::parse(markdown)), "visible");
}

void tst_TextStatistics::markupExcluded()
{
    // "제목\n굵게 링크": 2 + 1 + 2 + 1 + 2 characters.
    const TextCounts counts
        = TextStatistics::countMarkdown(u"---\ntitle: x\n---\n# 제목\n\n**굵게** [링크](http://x.com)"_s);
    QCOMPARE(counts.characters, 8);
    QCOMPARE(counts.charactersNoSpaces, 6);
    QCOMPARE(counts.words, 3);
    QCOMPARE(counts.hangulSyllables, 6);
    QCOMPARE(counts.latinWords, 0);
    QCOMPARE(counts.manuscriptLines, 2);
}

void tst_TextStatistics::statsCommand()
{
    QProcess process;
    process.start(hoegoExecutable(), {u"stats"_s, u"-"_s, u"--json"_s});
    QVERIFY(process.waitForStarted());
    // 오늘 Hoego를 썼다. / "Good." with a link: 13 + 1 + 5 characters.
    process.write(u"# 오늘 *Hoego*를 썼다.\n\n[Good.](https://example.com)\n"_s.toUtf8());
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished());
    QCOMPARE(process.exitCode(), 0);
    const QJsonObject json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    QCOMPARE(json.keys(),
        QStringList(
            {u"characters"_s, u"charactersNoSpaces"_s, u"cp949Bytes"_s, u"cp949Unencodable"_s, u"hangulSyllables"_s,
                u"latinWords"_s, u"manuscriptPages"_s, u"readingMinutes"_s, u"utf8Bytes"_s, u"words"_s}));
    QCOMPARE(json[u"characters"_s].toInt(), 19);
    QCOMPARE(json[u"charactersNoSpaces"_s].toInt(), 16);
    QCOMPARE(json[u"words"_s].toInt(), 4);
    QCOMPARE(json[u"hangulSyllables"_s].toInt(), 5);
    QCOMPARE(json[u"latinWords"_s].toInt(), 2);
    QCOMPARE(json[u"utf8Bytes"_s].toInt(), 23 + 1 + 5);
    QCOMPARE(json[u"cp949Bytes"_s].toInt(), 18 + 1 + 5);
    QCOMPARE(json[u"cp949Unencodable"_s].toInt(), 0);
    QCOMPARE(json[u"manuscriptPages"_s].toDouble(), 0.2);
    QCOMPARE(json[u"readingMinutes"_s].toDouble(), 0.0);

    // A file argument gives the same counts; plain output is one tab-separated line per count.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(u"post.md"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(u"가 나"_s.toUtf8());
    file.close();
    process.start(hoegoExecutable(), {u"stats"_s, file.fileName()});
    QVERIFY(process.waitForFinished());
    QCOMPARE(process.exitCode(), 0);
    const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(lines.size(), 10);
    QVERIFY2(lines[0].endsWith("\t3"), lines[0].constData());
    QVERIFY2(lines[1].endsWith("\t2"), lines[1].constData());
}

void tst_TextStatistics::statsCommandErrors()
{
    QProcess process;
    process.start(hoegoExecutable(), {u"stats"_s, u"/nonexistent/post.md"_s});
    QVERIFY(process.waitForFinished());
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(!process.readAllStandardError().isEmpty());

    process.start(hoegoExecutable(), {u"stats"_s, u"-"_s});
    QVERIFY(process.waitForStarted());
    process.write(QByteArray("\xff"
                             "bad"));
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished());
    QCOMPARE(process.exitCode(), 1);

    process.start(hoegoExecutable(), {u"stats"_s, u"a.md"_s, u"b.md"_s});
    QVERIFY(process.waitForFinished());
    QCOMPARE(process.exitCode(), 2);
}

QTEST_GUILESS_MAIN(tst_TextStatistics)
#include "tst_textstatistics.moc"
