// bench_markdown: parse+render throughput of the Markdown engine beside md4c (the C library
// Qt's setMarkdown uses) on the same input in the same run, and the engine's time on the
// spec repository's kinds of pathological input at size n, 2n and 4n (linear: the ratios
// stay near 2). Prints one JSON object; times are the minimum of repeated runs, in CPU time.
//
//   bench_markdown [--runs N]
#include "markdown/htmlrenderer.h"
#include "markdown/parser.h"
#include "testpaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <md4c-html.h>

#include <malloc.h>

#include <algorithm>
#include <ctime>
#include <functional>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

// CPU time of this thread in seconds: on a shared machine wall time also counts the time
// other processes had the CPU, which made n and 2n runs incomparable.
double threadSeconds()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

double minimumSeconds(int runs, const std::function<void()> &work)
{
    double best = 1e9;
    for (int i = 0; i < runs; ++i) {
        const double start = threadSeconds();
        work();
        best = std::min(best, threadSeconds() - start);
    }
    return best;
}

qsizetype hoegoRender(const QString &text)
{
    return Markdown::renderHtml(Markdown::parse(text)).size();
}

void md4cOutput(const MD_CHAR *, MD_SIZE size, void *userdata)
{
    *static_cast<qsizetype *>(userdata) += size;
}

qsizetype md4cRender(const QByteArray &utf8)
{
    qsizetype size = 0;
    md_html(utf8.constData(), MD_SIZE(utf8.size()), md4cOutput, &size, MD_DIALECT_GITHUB, 0);
    return size;
}

QJsonObject throughput(const QString &text, int runs)
{
    const QByteArray utf8 = text.toUtf8();
    const double megabytes = double(utf8.size()) / 1e6;
    const double hoego = minimumSeconds(runs, [&] { hoegoRender(text); });
    const double md4c = minimumSeconds(runs, [&] { md4cRender(utf8); });
    return {{u"bytes"_s, utf8.size()}, {u"hoegoMBps"_s, megabytes / hoego}, {u"md4cMBps"_s, megabytes / md4c},
        {u"hoegoMs"_s, hoego * 1000}, {u"md4cMs"_s, md4c * 1000}};
}

QString repeated(const char *piece, int n)
{
    return QString::fromUtf8(piece).repeated(n);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int runs = 10;
    const QStringList args = app.arguments();
    const qsizetype runsAt = args.indexOf(u"--runs"_s);
    if (runsAt >= 0 && runsAt + 1 < args.size())
        runs = std::max(1, args.at(runsAt + 1).toInt());

    QString corpus;
    const QDir posts(corpusDir() + u"/jekyll/_posts"_s);
    for (const QString &name : posts.entryList({u"*.md"_s}, QDir::Files, QDir::Name)) {
        QFile file(posts.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            corpus += QString::fromUtf8(file.readAll()) + u'\n';
    }
    if (corpus.isEmpty()) {
        QTextStream(stderr) << "bench_markdown: no posts in " << posts.path() << '\n';
        return 1;
    }
    // A generated 1 MB document: the corpus bodies again and again.
    QString generated;
    const qsizetype corpusBytes = corpus.toUtf8().size();
    for (qsizetype bytes = 0; bytes < 1000000; bytes += corpusBytes)
        generated += corpus;

    QJsonObject result;
    QTextStream(stderr) << "corpus and generated document\n";
    result.insert(u"runs"_s, runs);
    result.insert(u"corpus"_s, throughput(corpus, runs * 20));
    result.insert(u"generated1MB"_s, throughput(generated, runs));

    // Pathological inputs (commonmark-spec test/pathological_tests.py kinds) at n and 2n.
    const QList<std::pair<QString, std::function<QString(int)>>> inputs = {
        {u"nested strong emphasis"_s,
            [](int n) -> QString { return repeated("*a **a ", n) + u"b"_s + repeated(" a** a*", n); }},
        {u"emphasis closers without openers"_s, [](int n) -> QString { return repeated("a_ ", n); }},
        {u"emphasis openers without closers"_s, [](int n) -> QString { return repeated("_a ", n); }},
        {u"link closers without openers"_s, [](int n) -> QString { return repeated("a]", n); }},
        {u"link openers without closers"_s, [](int n) -> QString { return repeated("[a", n); }},
        {u"mismatched openers and closers"_s, [](int n) -> QString { return repeated("*a_ ", n); }},
        {u"openers and closers multiple of 3"_s, [](int n) -> QString { return u"a**b"_s + repeated("c* ", n); }},
        {u"link openers and emphasis closers"_s, [](int n) -> QString { return repeated("[ a_", n); }},
        {u"[ (]( pattern"_s, [](int n) -> QString { return repeated("[ (](", n); }},
        {u"nested brackets"_s, [](int n) -> QString { return repeated("[", n) + u"a"_s + repeated("]", n); }},
        {u"nested block quotes"_s, [](int n) -> QString { return repeated("> ", n) + u"a\n"_s; }},
        {u"U+0000"_s, [](int n) -> QString { return QString(u"abc\u0000de\u0000"_s).repeated(n); }},
        {u"unclosed links A"_s, [](int n) -> QString { return repeated("[a](<b", n); }},
        {u"unclosed links B"_s, [](int n) -> QString { return repeated("[a](b", n); }},
        {u"unclosed comments"_s, [](int n) -> QString { return u"</"_s + repeated("<!--", n); }},
        {u"many references"_s,
            [](int n) -> QString {
                QString s;
                for (int i = 0; i < n; ++i)
                    s += u"[%1]: u\n"_s.arg(i);
                return s + u"\n"_s + repeated("[0] ", n);
            }},
        {u"Korean bold runs"_s, [](int n) -> QString { return repeated("**“가”**나 ", n); }},
    };
    // For the scaling runs, freed memory stays in the process: by default glibc returns large
    // blocks to the kernel and takes fresh pages (a page fault costs microseconds on a
    // virtual machine) once a document's arrays pass its thresholds, a step in the time per
    // byte at whichever size that happens, which hides whether the parser is linear.
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, std::numeric_limits<int>::max());
    QJsonArray pathological;
    const int n = 20000;
    for (const auto &[name, make] : inputs) {
        QTextStream(stderr) << name << '\n';
        const QString small = make(n);
        const QString large = make(2 * n);
        const QString larger = make(4 * n);
        const double t1 = minimumSeconds(5, [&] { hoegoRender(small); });
        const double t2 = minimumSeconds(5, [&] { hoegoRender(large); });
        const double t4 = minimumSeconds(5, [&] { hoegoRender(larger); });
        // 4n as well: a document whose node array outgrows glibc's largest heap block (32 MB)
        // gets fresh pages from the kernel on every run, a one-time step in the time per
        // byte that 2n -> 4n tells apart from growth that is not linear.
        pathological.append(QJsonObject {{u"input"_s, name}, {u"n"_s, n}, {u"msAtN"_s, t1 * 1000},
            {u"msAt2N"_s, t2 * 1000}, {u"ratio"_s, t2 / t1}, {u"msAt4N"_s, t4 * 1000}, {u"ratio4NTo2N"_s, t4 / t2}});
    }
    result.insert(u"pathological"_s, pathological);
    QTextStream(stdout) << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented));
    return 0;
}
