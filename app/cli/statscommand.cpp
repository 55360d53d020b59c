#include "cli/commands.h"
#include "cli/diaryoption.h"
#include "text/textstatistics.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <QTextStream>

using namespace Qt::StringLiterals;

// `hoego stats [FILE|-] [--json]`: the counts of a Markdown file (or standard input) as the
// status bar shows them; see TextStatistics for what is counted.
int runStatsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("CommandLine",
        "Count the characters, words and manuscript pages of the text a reader sees in a Markdown file."));
    parser.addPositionalArgument(u"file"_s,
        QCoreApplication::translate("CommandLine", "The Markdown file (UTF-8); - or nothing reads standard input."),
        u"[FILE|-]"_s);
    const QCommandLineOption jsonOption(u"json"_s, QCoreApplication::translate("CommandLine", "Print a JSON object."));
    parser.addOption(jsonOption);
    int exitCode = 0;
    if (!parseCommandLine(parser, arguments, &exitCode))
        return exitCode;

    QTextStream err(stderr);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        err << QCoreApplication::translate("CommandLine", "stats takes one file, not %1.").arg(positional.size())
            << '\n';
        return 2;
    }
    const QString path = positional.value(0, u"-"_s);
    QFile file;
    const bool opened = path == u"-"_s ? file.open(stdin, QIODevice::ReadOnly)
                                       : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        err << QCoreApplication::translate("CommandLine", "Could not read %1: %2").arg(path, file.errorString())
            << '\n';
        return 1;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(file.readAll());
    if (decoder.hasError()) {
        err << QCoreApplication::translate("CommandLine", "%1 is not UTF-8 text.").arg(path) << '\n';
        return 1;
    }

    const TextCounts counts = TextStatistics::countMarkdown(text);
    QTextStream out(stdout);
    if (parser.isSet(jsonOption)) {
        const QJsonObject object {
            {u"characters"_s, counts.characters},
            {u"charactersNoSpaces"_s, counts.charactersNoSpaces},
            {u"words"_s, counts.words},
            {u"hangulSyllables"_s, counts.hangulSyllables},
            {u"latinWords"_s, counts.latinWords},
            {u"utf8Bytes"_s, counts.utf8Bytes},
            {u"cp949Bytes"_s, counts.cp949Bytes},
            {u"cp949Unencodable"_s, counts.cp949Unencodable},
            {u"manuscriptPages"_s, counts.manuscriptPages},
            {u"readingMinutes"_s, counts.readingMinutes},
        };
        out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return 0;
    }
    for (const CountFigure &figure : TextStatistics::figures(counts, QLocale::c()))
        out << figure.label << '\t' << figure.value << '\n';
    return 0;
}
