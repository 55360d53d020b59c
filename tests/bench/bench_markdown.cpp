// bench_markdown: parse+render throughput of the Markdown engine beside md4c (the C library
// Qt's setMarkdown uses) on the same input in the same run, and the engine's time on the
// spec repository's kinds of pathological input at size n and 2n (linear: the ratio stays
// near 2). Prints one JSON object; times are the minimum of repeated runs.
//
//   bench_markdown [--runs N]
#include "markdown/htmlrenderer.h"
#include "markdown/parser.h"
#include "testpaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <md4c-html.h>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

double minimumSeconds(int runs, const std::function<void()> &work)
{
    double best = 1e9;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        best = std::min(best, double(timer.nsecsElapsed()) / 1e9);
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
    // A generated 1 MB document: the corpus bodies again and again.
    QString generated;
    while (generated.toUtf8().size() < 1000000)
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
    QJsonArray pathological;
    const int n = 20000;
    for (const auto &[name, make] : inputs) {
        QTextStream(stderr) << name << '\n';
        const QString small = make(n);
        const QString large = make(2 * n);
        const double t1 = minimumSeconds(3, [&] { hoegoRender(small); });
        const double t2 = minimumSeconds(3, [&] { hoegoRender(large); });
        pathological.append(QJsonObject {
            {u"input"_s, name}, {u"n"_s, n}, {u"msAtN"_s, t1 * 1000}, {u"msAt2N"_s, t2 * 1000}, {u"ratio"_s, t2 / t1}});
    }
    result.insert(u"pathological"_s, pathological);
    QTextStream(stdout) << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented));
    return 0;
}
