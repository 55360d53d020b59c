#include "goals/taskitems.h"
#include "goals/weektext.h"

#include <QTest>

using namespace Qt::StringLiterals;

// A list of the task items readTaskItems() finds, one per line: `x|title|amount unit|note|depth`.
static QStringList describe(const QList<TaskLine> &items)
{
    QStringList lines;
    for (const TaskLine &item : items) {
        const QString amount = item.amount ? QString::number(*item.amount) + u' ' + item.unit : QString();
        lines << u"%1|%2|%3|%4|%5"_s.arg(item.checked ? u"x"_s : u" "_s, item.title, amount.trimmed(), item.note)
                     .arg(item.depth);
    }
    return lines;
}

class tst_TaskItems : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void splitText_data();
    void splitText();
    void read_data();
    void read();
    void offsets_data();
    void offsets();
    void keys_data();
    void keys();
    void setTask_data();
    void setTask();
    void checkInsFromCorpusLikeText();
    void confidenceReachesCheckIn();
    void templatePlaceholders();
    void catchUpEntry();
};

void tst_TaskItems::splitText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("title");
    QTest::addColumn<double>("amount"); // -1: none
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("note");
    QTest::addColumn<int>("confidence"); // 0: none
    QTest::newRow("plain Korean") << u"주간 회고 쓰기"_s << u"주간 회고 쓰기"_s << -1.0 << QString() << QString() << 0;
    QTest::newRow("amount in 권") << u"책 읽기 (2권)"_s << u"책 읽기"_s << 2.0 << u"권"_s << QString() << 0;
    QTest::newRow("amount in books") << u"read books (2 books)"_s << u"read books"_s << 2.0 << u"books"_s << QString()
                                     << 0;
    QTest::newRow("hours, no space") << u"English (3h)"_s << u"English"_s << 3.0 << u"h"_s << QString() << 0;
    QTest::newRow("시간") << u"영어 공부 매주 3시간 (3시간)"_s << u"영어 공부 매주 3시간"_s << 3.0 << u"시간"_s
                          << QString() << 0;
    QTest::newRow("decimal") << u"달리기 (1.5 km)"_s << u"달리기"_s << 1.5 << u"km"_s << QString() << 0;
    QTest::newRow("bare number") << u"push-ups (40)"_s << u"push-ups"_s << 40.0 << QString() << QString() << 0;
    QTest::newRow("amount and note") << u"책 읽기 (2권, 소설)"_s << u"책 읽기"_s << 2.0 << u"권"_s << u"소설"_s << 0;
    QTest::newRow("corpus note") << u"논문 한 달에 두 편 (이번 주 2편, 누적 2/2)"_s << u"논문 한 달에 두 편"_s << -1.0
                                 << QString() << u"이번 주 2편, 누적 2/2"_s << 0;
    QTest::newRow("English note") << u"tennis x3 (foot injury)"_s << u"tennis x3"_s << -1.0 << QString()
                                  << u"foot injury"_s << 0;
    QTest::newRow("full-width parentheses") << u"책 읽기 （3권）"_s << u"책 읽기"_s << 3.0 << u"권"_s << QString() << 0;
    QTest::newRow("parenthesis inside the title")
        << u"(주) 회사 보고서"_s << u"(주) 회사 보고서"_s << -1.0 << QString() << QString() << 0;
    QTest::newRow("only a parenthetical") << u"(2권)"_s << u"(2권)"_s << -1.0 << QString() << QString() << 0;
    QTest::newRow("two parentheticals: the last one counts")
        << u"책 읽기 (소설) (2권)"_s << u"책 읽기 (소설)"_s << 2.0 << u"권"_s << QString() << 0;
    QTest::newRow("confidence in Korean")
        << u"책 읽기 (자신감 7/10)"_s << u"책 읽기"_s << -1.0 << QString() << QString() << 7;
    QTest::newRow("confidence in English, any case")
        << u"English (Confidence: 4/10)"_s << u"English"_s << -1.0 << QString() << QString() << 4;
    QTest::newRow("amount and confidence")
        << u"책 읽기 (2권, 자신감 7/10)"_s << u"책 읽기"_s << 2.0 << u"권"_s << QString() << 7;
    QTest::newRow("confidence first, then amount")
        << u"책 읽기 (확신 10/10; 2권)"_s << u"책 읽기"_s << 2.0 << u"권"_s << QString() << 10;
    QTest::newRow("note and confidence") << u"논문 (이번 주 2편, 누적 2/2, confidence 3)"_s << u"논문"_s << -1.0
                                         << QString() << u"이번 주 2편, 누적 2/2"_s << 3;
    QTest::newRow("confidence out of range is a note")
        << u"책 읽기 (자신감 11/10)"_s << u"책 읽기"_s << -1.0 << QString() << u"자신감 11/10"_s << 0;
}

void tst_TaskItems::splitText()
{
    QFETCH(QString, text);
    QFETCH(QString, title);
    QFETCH(double, amount);
    QFETCH(QString, unit);
    QFETCH(QString, note);
    QFETCH(int, confidence);
    const TaskText parts = splitTaskText(text);
    QCOMPARE(parts.title, title);
    QCOMPARE(parts.amount.has_value(), amount >= 0);
    if (parts.amount)
        QCOMPARE(*parts.amount, amount);
    QCOMPARE(parts.unit, unit);
    QCOMPARE(parts.note, note);
    QCOMPARE(parts.confidence, confidence ? std::optional<int>(confidence) : std::nullopt);
}

void tst_TaskItems::read_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("items");
    QTest::newRow("corpus weekly")
        << u"---\ntitle: 주간 회고\n---\n\n## 목표 체크\n- [x] 주간 회고 쓰기\n- [x] 테니스 주 3회\n- [ ] 논문 한 달에 두 편 (이번 주 2편, 누적 2/2)\n"_s
        << QStringList {
               u"x|주간 회고 쓰기|||0"_s, u"x|테니스 주 3회|||0"_s, u" |논문 한 달에 두 편||이번 주 2편, 누적 2/2|0"_s};
    QTest::newRow("English, capital X, amounts")
        << u"- [X] read books (2 books)\n* [ ] English (3h)\n+ [x] run (5 km)\n"_s
        << QStringList {u"x|read books|2 books||0"_s, u" |English|3 h||0"_s, u"x|run|5 km||0"_s};
    QTest::newRow("ordered list") << u"1. [x] 책 읽기 (2권)\n2) [ ] 운동\n"_s
                                  << QStringList {u"x|책 읽기|2 권||0"_s, u" |운동|||0"_s};
    QTest::newRow("nested lists") << u"- 목표\n  - [x] 책 읽기\n    - [ ] 소설\n- [x] 운동\n"_s
                                  << QStringList {u"x|책 읽기|||1"_s, u" |소설|||2"_s, u"x|운동|||0"_s};
    QTest::newRow("fenced code does not count")
        << u"- [x] 진짜\n\n```markdown\n- [x] 가짜\n```\n\n~~~~\n- [ ] 가짜\n~~~\n~~~~\n- [x] 다시 진짜\n"_s
        << QStringList {u"x|진짜|||0"_s, u"x|다시 진짜|||0"_s};
    QTest::newRow("unclosed fence hides the rest") << u"```\n- [x] 가짜\n"_s << QStringList();
    QTest::newRow("indented code does not count")
        << u"Text\n\n    - [x] 코드\n\n- [x] 목록\n"_s << QStringList {u"x|목록|||0"_s};
    QTest::newRow("fence inside a list item")
        << u"- [x] 밖\n  ```\n  - [x] 안\n  ```\n- [ ] 밖 둘\n"_s << QStringList {u"x|밖|||0"_s, u" |밖 둘|||0"_s};
    QTest::newRow("indented continuation is not code")
        << u"- [x] 하나\n\n      - [ ] 코드처럼 보이지만\n"_s << QStringList {u"x|하나|||0"_s};
    QTest::newRow("block quote") << u"> - [x] 인용 속 목표\n"_s << QStringList {u"x|인용 속 목표|||0"_s};
    QTest::newRow("not task items") << u"- [x]\n- [y] no\n-[x] no\n- [x]no space\n[x] no list\n- [ ]   \n"_s
                                    << QStringList();
    QTest::newRow("front matter is not read")
        << u"---\nnote: |\n  - [x] yaml\n---\n- [x] body\n"_s << QStringList {u"x|body|||0"_s};
}

void tst_TaskItems::read()
{
    QFETCH(QString, text);
    QFETCH(QStringList, items);
    QCOMPARE(describe(readTaskItems(text)), items);
}

void tst_TaskItems::offsets_data()
{
    // Imports normalize line endings, but text can come from elsewhere (a paste, the command
    // line); the engine ends lines at CR too, so the offsets must follow it.
    QTest::addColumn<QString>("lineEnding");
    QTest::newRow("LF") << u"\n"_s;
    QTest::newRow("CR LF") << u"\r\n"_s;
    QTest::newRow("CR") << u"\r"_s;
}

void tst_TaskItems::offsets()
{
    QFETCH(QString, lineEnding);
    const QString text = u"## 목표\n- [ ] 책 읽기 (2권)\n  - [x] nested\n- [ ] last"_s.replace(u'\n', lineEnding);
    const QList<TaskLine> items = readTaskItems(text);
    QCOMPARE(items.size(), 3);
    QCOMPARE(text.mid(items[0].markerOffset, 3), u"[ ]"_s);
    QCOMPARE(text.mid(items[0].textStart, items[0].lineEnd - items[0].textStart), u"책 읽기 (2권)"_s);
    QCOMPARE(items[0].text, u"책 읽기 (2권)"_s);
    QCOMPARE(text.mid(items[1].lineStart, items[1].lineEnd - items[1].lineStart), u"  - [x] nested"_s);
    QCOMPARE(text.mid(items[1].markerOffset, 3), u"[x]"_s);
    QCOMPARE(text.mid(items[2].lineStart, items[2].lineEnd - items[2].lineStart), u"- [ ] last"_s);
    QCOMPARE(items[2].lineEnd, text.size());
}

void tst_TaskItems::keys_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    const QString nfc = u"주간 회고 쓰기"_s;
    const QString nfd = nfc.normalized(QString::NormalizationForm_D);
    QTest::newRow("NFC and NFD") << nfc << nfd << true;
    QTest::newRow("spaces") << u"  주간  회고 쓰기 "_s << nfc << true;
    QTest::newRow("parenthetical") << u"주간 회고 쓰기 (3h)"_s << nfc << true;
    QTest::newRow("case") << u"Weekly Review"_s << u"weekly review"_s << true;
    QTest::newRow("bold") << u"**weekly review**"_s << u"weekly review"_s << true;
    QTest::newRow("different") << u"주간 회고"_s << nfc << false;
}

void tst_TaskItems::keys()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(goalKey(a) == goalKey(b), same);
}

void tst_TaskItems::setTask_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("done");
    QTest::addColumn<double>("amount"); // -1: none
    QTest::addColumn<QString>("expected");
    QTest::newRow("tick") << u"## Goals\n- [ ] 책 읽기\n- [ ] 운동\n"_s << true << -1.0
                          << u"## Goals\n- [x] 책 읽기\n- [ ] 운동\n"_s;
    QTest::newRow("untick keeps the note")
        << u"- [x] 책 읽기 (소설)\n"_s << false << -1.0 << u"- [ ] 책 읽기 (소설)\n"_s;
    QTest::newRow("amount replaces an amount")
        << u"- [ ] 책 읽기 (1권)\n"_s << true << 2.0 << u"- [x] 책 읽기 (2권)\n"_s;
    QTest::newRow("amount joins a note") << u"- [ ] 책 읽기 (소설)\n"_s << true << 3.0
                                         << u"- [x] 책 읽기 (3권, 소설)\n"_s;
    QTest::newRow("NFD item is found") << u"- [ ] "_s + u"책 읽기"_s.normalized(QString::NormalizationForm_D)
            + u"\n"_s << true << -1.0 << u"- [x] "_s + u"책 읽기"_s.normalized(QString::NormalizationForm_D) + u"\n"_s;
    QTest::newRow("added after the last top-level item")
        << u"## Goals\n- [x] 운동\n  more about it\n\n## Notes\n"_s << true << -1.0
        << u"## Goals\n- [x] 운동\n  more about it\n- [x] 책 읽기\n\n## Notes\n"_s;
    QTest::newRow("added with an amount") << u"- [ ] 운동"_s << true << 2.0 << u"- [ ] 운동\n- [x] 책 읽기 (2권)"_s;
    QTest::newRow("added under a new heading")
        << u"## Keep\n- 좋았다\n"_s << true << -1.0 << u"## Keep\n- 좋았다\n\n## 목표 체크 · Goals\n- [x] 책 읽기\n"_s;
    QTest::newRow("code block items are not touched")
        << u"```\n- [ ] 책 읽기\n```\n"_s << true << -1.0
        << u"```\n- [ ] 책 읽기\n```\n\n## 목표 체크 · Goals\n- [x] 책 읽기\n"_s;
    QTest::newRow("already so") << u"- [x] 책 읽기\n"_s << true << -1.0 << u"- [x] 책 읽기\n"_s;
    QTest::newRow("amount keeps the confidence")
        << u"- [ ] 책 읽기 (1권, 자신감 6/10)\n"_s << true << 2.0 << u"- [x] 책 읽기 (2권, 자신감 6/10)\n"_s;
}

void tst_TaskItems::setTask()
{
    QFETCH(QString, text);
    QFETCH(bool, done);
    QFETCH(double, amount);
    QFETCH(QString, expected);
    Goal goal;
    goal.title = u"책 읽기"_s;
    goal.unit = u"권"_s;
    goal.measure = GoalMeasure::Count;
    const QString result
        = setGoalTask(text, goal, {}, done, amount >= 0 ? std::optional<double>(amount) : std::nullopt);
    QCOMPARE(result, expected);
    // Reading the result back gives the state asked for.
    bool found = false;
    for (const TaskLine &item : readTaskItems(result)) {
        if (goalKey(item.title) == goalKey(goal.title)) {
            found = true;
            QCOMPARE(item.checked, done);
            if (amount >= 0)
                QCOMPARE(item.amount, std::optional<double>(amount));
            break;
        }
    }
    QVERIFY(found);
}

void tst_TaskItems::checkInsFromCorpusLikeText()
{
    QList<Goal> goals;
    const QStringList titles {
        u"주간 회고 쓰기"_s, u"테니스 주 3회"_s, u"새로운 사람 만나기"_s, u"논문 한 달에 두 편"_s};
    for (qsizetype i = 0; i < titles.size(); ++i) {
        Goal goal;
        goal.id = i + 1;
        goal.title = titles.at(i);
        goals << goal;
    }
    const QString text
        = u"## 목표 체크\n- [x] 주간 회고 쓰기\n- [x] 테니스 주 3회\n- [ ] 논문 한 달에 두 편 (이번 주 2편, "
          "누적 2/2)\n- [x] 일찍 자기\n- [x] 주간 회고 쓰기\n"_s;
    const IsoWeek week {2023, 1};
    QList<UnmatchedTask> unmatched;
    const QList<CheckIn> checkIns = checkInsFromText(text, {week, week}, goals, {}, &unmatched);
    QCOMPARE(checkIns.size(), 3); // the repeated item counts once
    QCOMPARE(checkIns[0].goalId, 1);
    QVERIFY(checkIns[0].done);
    QCOMPARE(checkIns[1].goalId, 2);
    QCOMPARE(checkIns[2].goalId, 4);
    QVERIFY(!checkIns[2].done);
    QCOMPARE(checkIns[2].note, u"이번 주 2편, 누적 2/2"_s);
    QCOMPARE(checkIns[2].firstWeek, week);
    QCOMPARE(unmatched.size(), 1);
    QCOMPARE(unmatched[0].title, u"일찍 자기"_s);

    // An alias links the unmatched item.
    const QList<CheckIn> linked = checkInsFromText(text, {week, week}, goals, {{goalKey(u"일찍 자기"_s), 3}});
    QCOMPARE(linked.size(), 4);
    QCOMPARE(linked[3].goalId, 3);
}

QTEST_GUILESS_MAIN(tst_TaskItems)
#include "tst_taskitems.moc"

void tst_TaskItems::confidenceReachesCheckIn()
{
    Goal goal;
    goal.id = 1;
    goal.title = u"책 12권 읽기"_s;
    const IsoWeek week {2023, 5};
    const QList<CheckIn> checkIns
        = checkInsFromText(u"- [x] 책 12권 읽기 (1권, 자신감 8/10)\n"_s, {week, week}, {goal}, {});
    QCOMPARE(checkIns.size(), 1);
    QCOMPARE(checkIns[0].confidence, std::optional<int>(8));
    QCOMPARE(checkIns[0].amount, std::optional<double>(1));
    QVERIFY(checkIns[0].note.isEmpty());
}

void tst_TaskItems::templatePlaceholders()
{
    Goal a;
    a.title = u"책 12권 읽기"_s;
    Goal b;
    b.title = u"English 3 hours a week"_s;
    const IsoWeek week {2023, 5};
    const QString text = expandCheckInTemplate(
        u"# {year}년 {week}주차 ({weeks}, {monday} – {sunday})\n\n## Try\n\n## Goals\n{goals}\n"_s, {week, week},
        {a, b});
    QCOMPARE(text,
        u"# 2023년 5주차 (2023-W05, 2023-01-30 – 2023-02-05)\n\n## Try\n\n## Goals\n- [ ] 책 12권 읽기\n"
        "- [ ] English 3 hours a week\n"_s);
    // No goals: no empty line where the items would be.
    QCOMPARE(expandCheckInTemplate(u"## Goals\n{goals}\n## End\n"_s, {week, week}, {}), u"## Goals\n## End\n"_s);

    // The default template is Keep / Problem / Try, then the goals.
    const Entry entry = newWeeklyEntry(week, {a, b});
    QCOMPARE(entry.date, QDate(2023, 2, 5));
    QVERIFY(entry.text.contains(u"## Keep\n"_s));
    QVERIFY(
        entry.text.indexOf(u"## Try"_s) < entry.text.indexOf(u"- [ ] 책 12권 읽기\n- [ ] English 3 hours a week\n"_s));
    const WeekSpan span = entryWeeks(entry);
    QCOMPARE(span.first, week);
    QCOMPARE(span.last, week);
}

void tst_TaskItems::catchUpEntry()
{
    Goal habit;
    habit.id = 1;
    habit.title = u"영어 공부 매주 3시간"_s;
    habit.measure = GoalMeasure::Weekly;
    Goal books;
    books.id = 2;
    books.title = u"책 12권 읽기"_s;
    books.measure = GoalMeasure::Count;
    const WeekSpan span {{2023, 30}, {2023, 33}};
    Entry entry = newCheckInEntry(span, {habit, books}, u"## Goals\n{goals}\n"_s);
    QCOMPARE(entry.date, QDate(2023, 8, 20)); // the Sunday of 2023-W33
    QCOMPARE(entry.kind, EntryKind::Weekly);
    QVERIFY(entry.text.contains(u"weeks: 2023-W30..2023-W33\n"_s));
    // The span is read back from the front matter, and each goal gets one check-in for it.
    const WeekSpan read = entryWeeks(entry);
    QCOMPARE(read.first, span.first);
    QCOMPARE(read.last, span.last);
    const QString written = setGoalTask(setGoalTask(entry.text, habit, {}, true, 3), books, {}, true, 2);
    const QList<CheckIn> checkIns = checkInsFromText(written, read, {habit, books}, {});
    QCOMPARE(checkIns.size(), 2);
    QCOMPARE(checkIns[0].firstWeek, span.first);
    QCOMPARE(checkIns[0].lastWeek, span.last);
    QCOMPARE(checkIns[0].weekCount(), 4);
    QCOMPARE(checkIns[0].amount, std::optional<double>(3)); // held in 3 of the 4 weeks
    QCOMPARE(checkIns[1].amount, std::optional<double>(2)); // two books in the span
}
