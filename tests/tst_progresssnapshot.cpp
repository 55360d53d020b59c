#include "goals/progresssnapshot.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

CheckIn checkIn(const QString &first, const QString &last, bool done, std::optional<double> amount = std::nullopt,
    std::optional<int> confidence = std::nullopt)
{
    CheckIn result;
    result.firstWeek = *IsoWeek::fromString(first);
    result.lastWeek = *IsoWeek::fromString(last);
    result.done = done;
    result.amount = amount;
    result.confidence = confidence;
    return result;
}

// The table row of the goal titled @p title in @p markdown, split into its cells.
QStringList rowOf(const QString &markdown, const QString &title)
{
    for (const QString &line : markdown.split(u'\n')) {
        if (line.startsWith(u"| "_s + title + u" |"_s)) {
            QStringList cells = line.split(u" | "_s);
            cells.first().remove(0, 2);
            cells.last().chop(2);
            return cells;
        }
    }
    return {};
}

} // namespace

class tst_ProgressSnapshot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void rows_data();
    void rows();
    void header();
    void noGoals();

private:
    QList<Goal> m_goals;
    QHash<qint64, QList<CheckIn>> m_checkIns;
};

void tst_ProgressSnapshot::initTestCase()
{
    const auto goal = [this](qint64 id, const QString &title, GoalMeasure measure, std::optional<double> target,
                          const QString &unit) {
        Goal g;
        g.id = id;
        g.year = 2023;
        g.title = title;
        g.measure = measure;
        g.target = target;
        g.unit = unit;
        m_goals << g;
        return &m_goals.last();
    };
    goal(1, u"책 12권 읽기"_s, GoalMeasure::Count, 12, u"권"_s);
    goal(2, u"영어 공부 매주 3시간"_s, GoalMeasure::Weekly, 3, u"시간"_s);
    Goal *certificate = goal(3, u"조주기능사 | 자격증"_s, GoalMeasure::Once, std::nullopt, QString());
    certificate->status = GoalStatus::Done;
    certificate->statusDate = QDate(2023, 9, 1);
    Goal *dropped = goal(4, u"마라톤"_s, GoalMeasure::Open, std::nullopt, QString());
    dropped->status = GoalStatus::Dropped;
    dropped->statusDate = QDate(2023, 3, 1);
    dropped->statusReason = u"무릎 부상"_s;

    m_checkIns[1] = {checkIn(u"2023-W02"_s, u"2023-W02"_s, true, 2), checkIn(u"2023-W10"_s, u"2023-W10"_s, true, 1, 6),
        checkIn(u"2023-W30"_s, u"2023-W30"_s, true, 3, 8)};
    m_checkIns[2] = {checkIn(u"2023-W01"_s, u"2023-W01"_s, true), checkIn(u"2023-W02"_s, u"2023-W02"_s, true),
        checkIn(u"2023-W03"_s, u"2023-W03"_s, true), checkIn(u"2023-W04"_s, u"2023-W04"_s, true),
        checkIn(u"2023-W05"_s, u"2023-W05"_s, false),
        // A catch-up after a lapse: held in 2 of the 4 weeks.
        checkIn(u"2023-W20"_s, u"2023-W23"_s, true, 2, 4)};
}

void tst_ProgressSnapshot::rows_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("progress");
    QTest::addColumn<QString>("lastCheckIn"); // the start of the cell
    QTest::addColumn<QString>("confidence");

    const QDate june(2023, 6, 30); // 2023-W26
    const QDate december(2023, 12, 31); // 2023-W52
    QTest::newRow("count at the half year")
        << june << u"책 12권 읽기"_s << u"3권 of 12권 (25%)"_s << u"2023-W10 ("_s << u"6/10"_s;
    QTest::newRow("count at the year's end")
        << december << u"책 12권 읽기"_s << u"6권 of 12권 (50%)"_s << u"2023-W30 ("_s << u"8/10"_s;
    QTest::newRow("habit across a lapse")
        << june << u"영어 공부 매주 3시간"_s << u"held 6 of 26 weeks; streak 0, longest 4; habit score 19%"_s
        << u"2023-W23 ("_s << u"4/10"_s;
    QTest::newRow("done after the snapshot was not done yet")
        << june << u"조주기능사 \\| 자격증"_s << u"not yet"_s << u"none"_s << u"–"_s;
    QTest::newRow("done by the year's end")
        << december << u"조주기능사 \\| 자격증"_s << u"done on 2023-09-01"_s << u"none"_s << u"–"_s;
    QTest::newRow("dropped with its reason") << june << u"마라톤"_s << u"dropped: 무릎 부상"_s << u"none"_s << u"–"_s;
}

void tst_ProgressSnapshot::rows()
{
    QFETCH(QDate, date);
    QFETCH(QString, title);
    QFETCH(QString, progress);
    QFETCH(QString, lastCheckIn);
    QFETCH(QString, confidence);
    const QString markdown = progressSnapshotMarkdown(2023, m_goals, m_checkIns, date);
    const QStringList cells = rowOf(markdown, title);
    QCOMPARE(cells.size(), 5);
    QCOMPARE(cells[2], progress);
    QVERIFY2(cells[3].startsWith(lastCheckIn), qPrintable(cells[3]));
    QCOMPARE(cells[4], confidence);
}

void tst_ProgressSnapshot::header()
{
    const QString markdown = progressSnapshotMarkdown(2023, m_goals, m_checkIns, QDate(2023, 6, 30));
    QVERIFY2(markdown.startsWith(u"### Goals of 2023 on 2023-06-30 (2023-W26)\n\n"_s), qPrintable(markdown));
    // The dropped goal does not count; the certificate was not done yet in June; the weeks
    // with a check-in of any goal up to W26: W01–W05, W10, W20–W23.
    QVERIFY2(markdown.contains(u"0 of 3 goals done, check-ins in 10 of 26 weeks so far.\n"_s), qPrintable(markdown));
    QVERIFY(markdown.contains(u"|---|---|---|---|---|\n"_s));
    QCOMPARE(markdown.count(u"\n| "_s), 1 + 4); // the header row and one row per goal
}

void tst_ProgressSnapshot::noGoals()
{
    const QString markdown = progressSnapshotMarkdown(2024, {}, {}, QDate(2024, 6, 30));
    QVERIFY(markdown.contains(u"No goals were set for 2024."_s));
    QVERIFY(!markdown.contains(u'|'));
}

QTEST_GUILESS_MAIN(tst_ProgressSnapshot)
#include "tst_progresssnapshot.moc"
