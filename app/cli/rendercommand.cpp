#include "cli/commands.h"
#include "cli/diaryoption.h"
#include "markdown/htmlrenderer.h"
#include "markdown/parser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

// `hoego render [--dialect gfm|commonmark] [--cjk-friendly on|off] [FILE|-]`: the HTML body of
// a Markdown file (or stdin), UTF-8.
int runRenderCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "Render a Markdown file (or stdin) to HTML."));
    const QCommandLineOption dialectOption(u"dialect"_s,
        QCoreApplication::translate("CommandLine", "The Markdown dialect: gfm (default) or commonmark."), u"D"_s,
        u"gfm"_s);
    const QCommandLineOption cjkOption(u"cjk-friendly"_s,
        QCoreApplication::translate("CommandLine", "CJK-friendly emphasis: on (default) or off."), u"on|off"_s,
        u"on"_s);
    parser.addOptions({dialectOption, cjkOption});
    parser.addPositionalArgument(u"file"_s,
        QCoreApplication::translate("CommandLine", "The Markdown file; - or nothing reads stdin."), u"[FILE|-]"_s);
    int exitCode = 0;
    if (!parseCommandLine(parser, arguments, &exitCode))
        return exitCode;

    QTextStream err(stderr);
    Markdown::Options options;
    const QString dialect = parser.value(dialectOption);
    if (dialect == u"gfm") {
        options.dialect = Markdown::Dialect::Gfm;
    } else if (dialect == u"commonmark") {
        options.dialect = Markdown::Dialect::CommonMark;
    } else {
        err << QCoreApplication::translate("CommandLine", "--dialect takes gfm or commonmark, not '%1'.").arg(dialect)
            << '\n';
        return 2;
    }
    const QString cjk = parser.value(cjkOption);
    if (cjk == u"on") {
        options.cjkFriendly = true;
    } else if (cjk == u"off") {
        options.cjkFriendly = false;
    } else {
        err << QCoreApplication::translate("CommandLine", "--cjk-friendly takes on or off, not '%1'.").arg(cjk) << '\n';
        return 2;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        err << QCoreApplication::translate("CommandLine", "render takes one file, not '%1'.").arg(positional.join(u' '))
            << '\n';
        return 2;
    }

    const QString path = positional.value(0, u"-"_s);
    QFile file;
    const bool opened = path == u"-" ? file.open(stdin, QIODevice::ReadOnly)
                                     : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        err << QCoreApplication::translate("CommandLine", "Cannot read '%1': %2.").arg(path, file.errorString())
            << '\n';
        return 1;
    }
    QByteArray bytes = file.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QString text = QString::fromUtf8(bytes);
    text.replace(u"\r\n"_s, u"\n"_s);

    const QString html = Markdown::renderHtml(Markdown::parse(text, options));
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return 1;
    out.write(html.toUtf8());
    return 0;
}
