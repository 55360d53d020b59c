// hoego-diarygen: writes the generated diary of DiaryGenerator as a Jekyll `_posts` folder,
// for trying the app or `hoego import` on twenty years of writing.
//
//   hoego-diarygen [--years N] [--last-year Y] [--seed S] OUT_DIR
#include "diarygenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Writes a deterministic diary of daily, weekly and yearly posts."_s);
    parser.addHelpOption();
    const QCommandLineOption years(
        u"years"_s, u"Calendar years to write (default 20)."_s, u"N"_s, QString::number(DiaryGenerator::defaultYears));
    const QCommandLineOption lastYear(u"last-year"_s, u"The last year written (default 2025)."_s, u"Y"_s,
        QString::number(DiaryGenerator::defaultLastYear));
    const QCommandLineOption seed(
        u"seed"_s, u"The random seed (default 20061231)."_s, u"S"_s, QString::number(DiaryGenerator::defaultSeed));
    parser.addOptions({years, lastYear, seed});
    parser.addPositionalArgument(u"OUT_DIR"_s, u"The folder that gets the _posts folder."_s);
    parser.process(app);

    QTextStream err(stderr);
    bool yearsOk = false;
    bool lastOk = false;
    bool seedOk = false;
    const int yearCount = parser.value(years).toInt(&yearsOk);
    const int last = parser.value(lastYear).toInt(&lastOk);
    const quint32 seedValue = parser.value(seed).toUInt(&seedOk);
    if (parser.positionalArguments().size() != 1 || !yearsOk || !lastOk || !seedOk || yearCount < 1 || yearCount > 200
        || last < 1900 || last > 9000) {
        err << "usage: hoego-diarygen [--years 1..200] [--last-year Y] [--seed S] OUT_DIR\n";
        return 2;
    }
    QString error;
    const GeneratedDiary diary
        = DiaryGenerator(seedValue, yearCount, last).write(parser.positionalArguments().constFirst(), &error);
    if (diary.postsDir.isEmpty()) {
        err << error << '\n';
        return 1;
    }
    err << diary.postsDir << ": " << diary.daily << " daily, " << diary.weekly << " weekly, " << diary.yearly
        << " yearly, " << diary.bytes << " bytes\n";
    return 0;
}
