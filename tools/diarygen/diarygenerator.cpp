#include "diarygenerator.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// The search benchmark's query words (issue 7: 꿈, 학교, 도서관, weekend, 회고 목표, ㅎㄱ,
// "학교에 갔다") are among the named words, so each is common but not in every entry.
const QStringList nouns = {u"학교"_s, u"회사"_s, u"회고"_s, u"목표"_s, u"도서관"_s, u"친구"_s, u"가족"_s, u"커피"_s,
    u"점심"_s, u"저녁"_s, u"운동"_s, u"산책"_s, u"공원"_s, u"한강"_s, u"여행"_s, u"계획"_s, u"일기"_s, u"책"_s, u"꿈"_s,
    u"비"_s, u"눈"_s, u"바다"_s, u"하늘"_s, u"음악"_s, u"영화"_s, u"회의"_s, u"프로젝트"_s, u"마감"_s, u"주말"_s,
    u"아침"_s, u"라면"_s, u"김치찌개"_s, u"행복"_s, u"가치"_s, u"습관"_s, u"건강"_s, u"한국어"_s, u"영어"_s, u"공부"_s,
    u"시험"_s, u"선생님"_s, u"동료"_s, u"부모님"_s, u"고양이"_s, u"강아지"_s, u"지하철"_s, u"버스"_s, u"집"_s, u"방"_s,
    u"마음"_s, u"생각"_s, u"하루"_s, u"시간"_s, u"돈"_s, u"감사"_s};
const QStringList particles = {u"은"_s, u"는"_s, u"이"_s, u"가"_s, u"을"_s, u"를"_s, u"에"_s, u"에서"_s, u"으로"_s,
    u"와"_s, u"도"_s, u"만"_s, u"의"_s, QString(), QString()};
const QStringList predicates = {u"갔다."_s, u"했다."_s, u"좋았다."_s, u"힘들었다."_s, u"먹었다."_s, u"읽었다."_s,
    u"만났다."_s, u"생각했다."_s, u"정리했다."_s, u"시작했다."_s, u"끝냈다."_s, u"웃었다."_s, u"걸었다."_s,
    u"배웠다."_s, u"느꼈다."_s, u"기억한다."_s};
const QStringList english = {u"weekend"_s, u"meeting"_s, u"deadline"_s, u"review"_s, u"Qt6"_s, u"CMake"_s, u"coffee"_s,
    u"running"_s, u"project"_s, u"sprint"_s, u"release"_s, u"bug"_s, u"family"_s, u"travel"_s, u"reading"_s,
    u"podcast"_s, u"morning"_s, u"focus"_s, u"habit"_s, u"goal"_s, u"today"_s, u"walked"_s, u"the"_s, u"and"_s,
    u"with"_s, u"was"_s, u"really"_s, u"good"_s, u"tired"_s, u"happy"_s};
// Pieces of the made-up words that fill the vocabulary around the named ones.
const QStringList syllables = {u"가"_s, u"나"_s, u"다"_s, u"라"_s, u"마"_s, u"바"_s, u"사"_s, u"아"_s, u"자"_s, u"차"_s,
    u"카"_s, u"타"_s, u"파"_s, u"하"_s, u"강"_s, u"농"_s, u"동"_s, u"롱"_s, u"문"_s, u"분"_s, u"선"_s, u"연"_s, u"정"_s,
    u"천"_s, u"컴"_s, u"통"_s, u"편"_s, u"학"_s, u"국"_s, u"민"_s, u"시"_s, u"울"_s, u"경"_s, u"제"_s, u"대"_s, u"중"_s,
    u"소"_s, u"미"_s, u"리"_s, u"지"_s, u"기"_s, u"비"_s, u"수"_s, u"우"_s, u"주"_s, u"추"_s, u"후"_s, u"회"_s, u"원"_s,
    u"운"_s};
const QStringList letters = {u"ka"_s, u"ro"_s, u"ment"_s, u"tion"_s, u"li"_s, u"ne"_s, u"st"_s, u"ar"_s, u"ve"_s,
    u"pro"_s, u"con"_s, u"ing"_s, u"er"_s, u"ta"_s, u"mo"_s, u"si"_s, u"de"_s, u"ly"_s};
const QStringList codeLines = {u"for (const auto &entry : entries)"_s, u"    total += entry.size();"_s,
    u"if (!file.open(QIODevice::ReadOnly))"_s, u"    return false;"_s, u"git commit -m \"fix the build\""_s,
    u"cmake --build build --target hoego"_s, u"print(sum(x * x for x in range(10)))"_s,
    u"SELECT date, title FROM entries ORDER BY date DESC;"_s};

// Titles, measures and units of the goals a year picks ten of. Units are Hangul, which
// the task items write right after the number: `(2권)`.
const QList<GeneratedGoal> goalPool = {
    {u"주간 회고 쓰기"_s, u"weekly"_s, 1, QString()},
    {u"테니스 주 3회"_s, u"weekly"_s, 3, u"회"_s},
    {u"영어 공부 매주 3시간"_s, u"weekly"_s, 3, u"시간"_s},
    {u"책 24권 읽기"_s, u"count"_s, 24, u"권"_s},
    {u"논문 24편 읽기"_s, u"count"_s, 24, u"편"_s},
    {u"한강 자전거 30회"_s, u"count"_s, 30, u"회"_s},
    {u"일찍 일어나기 주 5회"_s, u"weekly"_s, 5, u"회"_s},
    {u"명상하기 주 3회"_s, u"weekly"_s, 3, u"회"_s},
    {u"가족과 저녁 먹기 주 2회"_s, u"weekly"_s, 2, u"회"_s},
    {u"새로운 사람 만나기"_s, u"open"_s, 0, QString()},
    {u"피아노 연습 매주 2시간"_s, u"weekly"_s, 2, u"시간"_s},
    {u"바리스타 자격증 따기"_s, u"once"_s, 0, QString()},
    {u"Run a half marathon"_s, u"once"_s, 0, QString()},
    {u"Learn Rust"_s, u"once"_s, 0, QString()},
    {u"블로그 글 12편 쓰기"_s, u"count"_s, 12, u"편"_s},
    {u"코딩 테스트 준비 매주 3시간"_s, u"weekly"_s, 3, u"시간"_s},
    {u"내 꿈이 무엇인지 찾기"_s, u"open"_s, 0, QString()},
    {u"Save 10% of income"_s, u"open"_s, 0, QString()},
};

// A vocabulary drawn from with Zipf's law (word r has weight 1/r), as words are in real text:
// the named words at every seventh rank among the first few hundred, made-up words (from
// @p pieces) around and after them.
class Vocabulary
{
public:
    Vocabulary(const QStringList &named, const QStringList &pieces, int size, QRandomGenerator &random)
    {
        qsizetype next = 0;
        double total = 0;
        for (int rank = 0; rank < size; ++rank) {
            if (rank % 7 == 3 && next < named.size()) {
                m_words << named.at(next++);
            } else {
                QString word;
                const int length = 2 + random.bounded(2);
                for (int i = 0; i < length; ++i)
                    word += pieces.at(random.bounded(pieces.size()));
                m_words << word;
            }
            total += 1.0 / (rank + 1);
            m_cumulative << total;
        }
    }
    QString pick(QRandomGenerator &random) const
    {
        const double x = random.generateDouble() * m_cumulative.last();
        const auto at = std::lower_bound(m_cumulative.begin(), m_cumulative.end(), x);
        return m_words.at(std::min<qsizetype>(at - m_cumulative.begin(), m_words.size() - 1));
    }

private:
    QStringList m_words;
    QList<double> m_cumulative;
};

// The text of one generation: a random sequence and the vocabularies drawn from it.
class Writer
{
public:
    explicit Writer(quint32 seed)
        : m_random(seed)
        , m_korean(nouns, syllables, 5000, m_random)
        , m_latin(english, letters, 2000, m_random)
    { }

    QRandomGenerator &random() { return m_random; }
    int bounded(int n) { return m_random.bounded(n); }
    QString noun() { return m_korean.pick(m_random); }

    QString sentence()
    {
        QString text;
        if (bounded(5) == 0) {
            const int words = 4 + bounded(8);
            for (int i = 0; i < words; ++i)
                text += m_latin.pick(m_random) + (i + 1 < words ? u" "_s : u". "_s);
            text[0] = text.at(0).toUpper();
            return text;
        }
        const int phrases = 2 + bounded(4);
        for (int i = 0; i < phrases; ++i) {
            const int style = bounded(14);
            if (style == 0) {
                text += m_latin.pick(m_random) + particles.at(bounded(6)) + u' ';
            } else if (style == 1) {
                // CJK-friendly bold: the closing ** sits between a quote mark and a particle.
                text += u"**“"_s + noun() + u"”**"_s + particles.at(bounded(6)) + u' ';
            } else if (style == 2) {
                text += u"**"_s + noun() + u"**"_s + particles.at(bounded(particles.size())) + u' ';
            } else {
                text += noun() + particles.at(bounded(particles.size())) + u' ';
            }
        }
        return text + predicates.at(bounded(predicates.size())) + u' ';
    }

    QString paragraph()
    {
        QString text;
        const int sentences = 2 + bounded(4);
        for (int i = 0; i < sentences; ++i)
            text += sentence();
        return text.trimmed() + u"\n\n"_s;
    }

    // One Markdown block of at most a few hundred characters, mostly paragraphs.
    QString block()
    {
        switch (bounded(16)) {
        case 0:
            return u"## "_s + noun() + u' ' + noun() + u"\n\n"_s;
        case 1:
            return u"### "_s + m_latin.pick(m_random) + u' ' + m_latin.pick(m_random) + u"\n\n"_s;
        case 2:
        case 3: {
            QString list;
            const int items = 2 + bounded(4);
            for (int i = 0; i < items; ++i)
                list += u"- "_s + sentence().trimmed() + u'\n';
            return list + u'\n';
        }
        case 4:
            return u"- [ ] "_s + noun() + u' ' + predicates.at(bounded(predicates.size())) + u"\n- [x] "_s + noun()
                + u"\n\n"_s;
        case 5:
            return u"> "_s + sentence().trimmed() + u"\n\n"_s;
        case 6: {
            QString code = u"```"_s + (bounded(2) ? u"cpp"_s : QString()) + u'\n';
            const int lines = 1 + bounded(4);
            for (int i = 0; i < lines; ++i)
                code += codeLines.at(bounded(codeLines.size())) + u'\n';
            return code + u"```\n\n"_s;
        }
        default:
            return paragraph();
        }
    }

    // Blocks until the body holds at least @p minimum characters, never more than @p maximum.
    QString body(qsizetype minimum, qsizetype maximum)
    {
        QString text;
        while (text.size() < minimum) {
            QString next = block();
            if (text.size() + next.size() > maximum)
                next = sentence();
            if (text.size() + next.size() > maximum)
                break;
            text += next;
        }
        return text;
    }

private:
    QRandomGenerator m_random;
    Vocabulary m_korean;
    Vocabulary m_latin;
};

QString frontMatter(const QString &title, QDate date, const QString &time, const QString &tags)
{
    return u"---\nlayout: post\ntitle: \"%1\"\ndate: %2 %3 +0900\ntags: [%4]\n---\n\n"_s.arg(
        title, date.toString(Qt::ISODate), time, tags);
}

QString dailyEntry(Writer &writer, QDate date)
{
    const QString title = date.toString(u"yyyy년 M월 d일"_s) + u" — "_s + writer.noun();
    const int length = 300 + writer.bounded(2701);
    return frontMatter(title, date, u"23:%1:00"_s.arg(writer.bounded(60), 2, 10, QChar(u'0')), u"일기"_s)
        + writer.body(length, 3000);
}

// Every ISO week's Sunday (Qt's weekNumber() is ISO 8601) with its week-year and number.
struct IsoSunday
{
    QDate date;
    int year = 0;
    int week = 0;
};

QList<IsoSunday> isoSundays(int firstYear, int lastYear)
{
    QList<IsoSunday> sundays;
    QDate date(firstYear, 1, 1);
    date = date.addDays(7 - date.dayOfWeek());
    for (; date.year() <= lastYear + 1; date = date.addDays(7)) {
        int year = 0;
        const int week = date.weekNumber(&year);
        if (year >= firstYear && year <= lastYear)
            sundays << IsoSunday {date, year, week};
    }
    return sundays;
}

QString weeklyEntry(Writer &writer, const IsoSunday &sunday, const QList<GeneratedGoal> &goals)
{
    QString text = frontMatter(
        u"주간 회고 - %1년 %2주차"_s.arg(sunday.year).arg(sunday.week), sunday.date, u"22:10:00"_s, u"weekly, 회고"_s);
    text += u"## Keep\n- "_s + writer.sentence().trimmed() + u"\n- "_s + writer.sentence().trimmed() + u"\n\n"_s;
    text += u"## Problem\n- "_s + writer.sentence().trimmed() + u"\n\n## Try\n- "_s + writer.sentence().trimmed()
        + u"\n\n## 목표 체크\n"_s;
    for (qsizetype i = 0; i < goals.size(); ++i) {
        const GeneratedGoal &goal = goals.at(i);
        bool done = false;
        QString amount;
        if (goal.measure == u"weekly"_s) {
            done = writer.bounded(10) < 7;
        } else if (goal.measure == u"count"_s) {
            done = writer.bounded(2) == 0;
            if (done)
                amount = u" (%1%2)"_s.arg(1 + writer.bounded(2)).arg(goal.unit);
        } else if (goal.measure == u"once"_s) {
            done = sunday.week == 20 + int(i); // done once, in a different week for each goal
        } else {
            done = writer.bounded(8) == 0;
        }
        text += (done ? u"- [x] "_s : u"- [ ] "_s) + goal.title + amount + u'\n';
    }
    return text;
}

QString yearlyEntry(Writer &writer, int year, const QList<GeneratedGoal> &goals, const QList<GeneratedGoal> &next)
{
    QString text = frontMatter(u"%1년 회고"_s.arg(year), QDate(year, 12, 31), u"21:00:00"_s, u"회고, yearly"_s);
    text += u"# %1년 회고\n\n"_s.arg(year) + writer.paragraph();
    for (int month = 1; month <= 12; ++month)
        text += u"## %1월\n\n"_s.arg(month) + writer.body(1550, 1950);
    text += u"## 올해의 목표 돌아보기\n\n"_s;
    for (const GeneratedGoal &goal : goals)
        text += u"- "_s + goal.title + u": "_s + writer.sentence().trimmed() + u'\n';
    text += u"\n## %1년의 목표\n\n"_s.arg(year + 1);
    for (const GeneratedGoal &goal : next)
        text += u"- "_s + goal.title + u'\n';
    return text;
}

bool writeFile(const QString &path, const QString &text, qint64 *bytes, QString *error)
{
    // A plain write, not QSaveFile: test data needs no atomic replace, and 8,000 fsyncs are slow.
    QFile file(path);
    const QByteArray utf8 = text.toUtf8();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(utf8) != utf8.size()) {
        *error = u"Could not write %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    *bytes += utf8.size();
    return true;
}

} // namespace

DiaryGenerator::DiaryGenerator(quint32 seed, int years, int lastYear)
    : m_seed(seed)
    , m_years(std::max(1, years))
    , m_lastYear(lastYear)
{ }

QList<GeneratedGoal> DiaryGenerator::goalsOf(int year) const
{
    QRandomGenerator random(m_seed ^ quint32(year * 7919));
    QList<GeneratedGoal> pool = goalPool;
    // The first goal is every year's habit of writing the weekly check-in; nine others vary.
    for (qsizetype i = pool.size() - 1; i > 1; --i)
        pool.swapItemsAt(i, 1 + random.bounded(int(i)));
    return pool.mid(0, 10);
}

GeneratedDiary DiaryGenerator::write(const QString &dir, QString *error) const
{
    GeneratedDiary diary;
    const QString posts = QDir(dir).absoluteFilePath(u"_posts"_s);
    if (!QDir().mkpath(posts)) {
        *error = u"Could not make the folder %1."_s.arg(posts);
        return diary;
    }
    Writer writer(m_seed);
    const auto path = [&](QDate date, const QString &slug) {
        return posts + u'/' + date.toString(Qt::ISODate) + u'-' + slug + u".md"_s;
    };
    for (QDate date(firstYear(), 1, 1); date.year() <= m_lastYear; date = date.addDays(1)) {
        if (!writeFile(path(date, u"day"_s), dailyEntry(writer, date), &diary.bytes, error))
            return diary;
        ++diary.daily;
    }
    for (const IsoSunday &sunday : isoSundays(firstYear(), m_lastYear)) {
        const QString slug = u"weekly-%1"_s.arg(sunday.week, 2, 10, QChar(u'0'));
        if (!writeFile(path(sunday.date, slug), weeklyEntry(writer, sunday, goalsOf(sunday.year)), &diary.bytes, error))
            return diary;
        ++diary.weekly;
    }
    for (int year = firstYear(); year <= m_lastYear; ++year) {
        const QString text = yearlyEntry(writer, year, goalsOf(year), goalsOf(year + 1));
        if (!writeFile(path(QDate(year, 12, 31), u"%1-retrospective"_s.arg(year)), text, &diary.bytes, error))
            return diary;
        ++diary.yearly;
    }
    diary.postsDir = posts;
    return diary;
}

QString DiaryGenerator::longEntry(QDate date, qsizetype utf8Bytes) const
{
    Writer writer(m_seed ^ 0x10000000u);
    QString text = frontMatter(u"A long entry of %1 bytes"_s.arg(utf8Bytes), date, u"12:00:00"_s, u"일기"_s);
    qsizetype bytes = text.toUtf8().size();
    while (bytes < utf8Bytes) {
        const QString block = writer.block();
        bytes += block.toUtf8().size();
        text += block;
    }
    return text;
}
