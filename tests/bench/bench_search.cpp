// bench_search: search latency on a generated twenty-year diary. Prints one JSON object:
// per query type the full search (SearchStore::search: rank, fetch, snippet, highlights;
// 50 results) and the raw FTS5 MATCH of the same expression ordered by rank, each as the
// minimum and median of repeated runs in milliseconds.
//
//   bench_search [--runs N] [--keep FILE]
#include "search/searchstore.h"
#include "storage/database.h"
#include "storage/entrystore.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

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

// A vocabulary drawn from with Zipf's law (word r has weight 1/r), as words are in real text:
// the named words at every seventh rank among the first few hundred, made-up words (from
// @p pieces) around and after them, so a query word is common but not in every entry.
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

const QStringList syllables = {u"가"_s, u"나"_s, u"다"_s, u"라"_s, u"마"_s, u"바"_s, u"사"_s, u"아"_s, u"자"_s, u"차"_s,
    u"카"_s, u"타"_s, u"파"_s, u"하"_s, u"강"_s, u"농"_s, u"동"_s, u"롱"_s, u"문"_s, u"분"_s, u"선"_s, u"연"_s, u"정"_s,
    u"천"_s, u"컴"_s, u"통"_s, u"편"_s, u"학"_s, u"국"_s, u"민"_s, u"시"_s, u"울"_s, u"경"_s, u"제"_s, u"대"_s, u"중"_s,
    u"소"_s, u"미"_s, u"리"_s, u"지"_s, u"기"_s, u"비"_s, u"수"_s, u"우"_s, u"주"_s, u"추"_s, u"후"_s, u"회"_s, u"원"_s,
    u"운"_s};
const QStringList letters = {u"ka"_s, u"ro"_s, u"ment"_s, u"tion"_s, u"li"_s, u"ne"_s, u"st"_s, u"ar"_s, u"ve"_s,
    u"pro"_s, u"con"_s, u"ing"_s, u"er"_s, u"ta"_s, u"mo"_s, u"si"_s, u"de"_s, u"ly"_s};

QString sentence(QRandomGenerator &random, const Vocabulary &korean, const Vocabulary &latin)
{
    QString text;
    if (random.bounded(5) == 0) {
        const int words = 4 + random.bounded(8);
        for (int i = 0; i < words; ++i)
            text += latin.pick(random) + (i + 1 < words ? u" "_s : u". "_s);
        text[0] = text.at(0).toUpper();
        return text;
    }
    const int phrases = 2 + random.bounded(4);
    for (int i = 0; i < phrases; ++i) {
        if (random.bounded(6) == 0)
            text += latin.pick(random) + particles.at(random.bounded(6)) + u' ';
        else
            text += korean.pick(random) + particles.at(random.bounded(particles.size())) + u' ';
    }
    return text + predicates.at(random.bounded(predicates.size())) + u' ';
}

// A daily entry of 300–3,000 characters: front matter, paragraphs, now and then a task list.
QString document(QRandomGenerator &random, QDate date, const Vocabulary &korean, const Vocabulary &latin)
{
    const int length = 300 + random.bounded(2701);
    QString text = u"---\ntitle: %1\ndate: %2\n---\n"_s.arg(date.toString(u"M월 d일"_s), date.toString(Qt::ISODate));
    QString body;
    while (body.size() < length) {
        if (random.bounded(12) == 0)
            body += u"\n- [ ] "_s + korean.pick(random) + u"\n\n"_s;
        body += sentence(random, korean, latin);
        if (random.bounded(4) == 0)
            body += u"\n\n"_s;
    }
    return text + body.left(length).trimmed() + u'\n';
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

QJsonObject timings(const QList<double> &values)
{
    return {{u"minMs"_s, *std::min_element(values.begin(), values.end())}, {u"medianMs"_s, median(values)}};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList arguments = app.arguments();
    const int runs = std::max(3, arguments.value(arguments.indexOf(u"--runs"_s) + 1).toInt());
    const qsizetype keepAt = arguments.indexOf(u"--keep"_s);
    QTextStream err(stderr);

    QTemporaryDir dir;
    const QString path = keepAt > 0 ? arguments.value(keepAt + 1) : dir.filePath(u"bench.sqlite"_s);
    Database database(path);
    QString error;
    if (!database.open(&error)) {
        err << error << '\n';
        return 1;
    }
    EntryStore store(database);

    QElapsedTimer clock;
    clock.start();
    const QDate first(2006, 1, 1);
    const int days = 7300;
    qint64 characters = 0;
    if (store.count() == 0) {
        QRandomGenerator random(20061231);
        const Vocabulary korean(nouns, syllables, 5000, random);
        const Vocabulary latin(english, letters, 2000, random);
        Transaction transaction(database.connection());
        for (int day = 0; day < days; ++day) {
            Entry entry;
            entry.date = first.addDays(day);
            entry.title = entry.date.toString(u"M월 d일"_s);
            entry.text = document(random, entry.date, korean, latin);
            characters += entry.text.size();
            if (!store.insertInTransaction(entry, &error)) {
                err << error << '\n';
                return 1;
            }
        }
        if (!transaction.commit()) {
            err << "commit failed\n";
            return 1;
        }
    }
    const double generateSeconds = clock.elapsed() / 1000.0;

    const QList<std::pair<QString, QString>> queries = {
        {u"oneSyllable"_s, u"꿈"_s},
        {u"twoSyllable"_s, u"학교"_s},
        {u"threeSyllable"_s, u"도서관"_s},
        {u"english"_s, u"weekend"_s},
        {u"twoTerms"_s, u"회고 목표"_s},
        {u"initialConsonants"_s, u"ㅎㄱ"_s},
        {u"phrase"_s, u"\"학교에 갔다\""_s},
        {u"mixed"_s, u"라ㅁ"_s},
    };
    const SearchStore search(database);
    QJsonObject results;
    for (const auto &[name, text] : queries) {
        QList<double> full;
        QList<double> raw;
        QList<double> best; // the first result alone: ranking without 49 snippets
        qsizetype count = 0;
        const SearchQuery query = SearchQuery::parse(text);
        search.search(query, {}, 50, &error); // warm the page cache
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            const QList<SearchResult> found = search.search(SearchQuery::parse(text), {}, 50, &error);
            full << timer.nsecsElapsed() / 1e6;
            count = found.size();
            timer.restart();
            search.rankedIds(query.matchExpression(), 50, &error);
            raw << timer.nsecsElapsed() / 1e6;
            timer.restart();
            search.search(SearchQuery::parse(text), {}, 1, &error);
            best << timer.nsecsElapsed() / 1e6;
        }
        if (!error.isEmpty()) {
            err << name << ": " << error << '\n';
            return 1;
        }
        results.insert(name,
            QJsonObject {{u"query"_s, text}, {u"results"_s, count}, {u"search"_s, timings(full)},
                {u"firstResult"_s, timings(best)}, {u"rawFts5"_s, timings(raw)}});
    }

    const QJsonObject report {
        {u"entries"_s, store.count()},
        {u"characters"_s, characters},
        {u"generateAndIndexSeconds"_s, generateSeconds},
        {u"databaseBytes"_s, QFileInfo(path).size() + QFileInfo(path + u"-wal"_s).size()},
        {u"runs"_s, runs},
        {u"queries"_s, results},
    };
    QTextStream(stdout) << QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented));
    return 0;
}
