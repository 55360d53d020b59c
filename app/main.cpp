// hoego: the GUI by default, or a command-line subcommand (see README.md).
#include "appsettings.h"
#include "cli/commandline.h"
#include "editing/syntaxrepository.h"
#include "guientry.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

void installTranslator(QCoreApplication &app)
{
    // The language chosen in the settings, else the system's; QLocale() then formats
    // dates and month names in it too.
    const QString language = AppSettings().language();
    if (!language.isEmpty())
        QLocale::setDefault(QLocale(language));
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), u"hoego"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(translator);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(u"hoego"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(HOEGO_VERSION));
    const QString command = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();

    if (isCliCommand(command)) {
        QCoreApplication app(argc, argv);
        installTranslator(app);
        return runCliCommand(app.arguments().mid(1));
    }
    if (command == u"screenshot"_s && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    // Highlighting definitions load on a second core while Qt starts and the diary opens.
    preloadSyntaxRepository();
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(u"Hoego"_s);
    QApplication::setDesktopFileName(u"hoego"_s);
    installTranslator(app);
    if (command == u"screenshot"_s)
        return runScreenshot(app.arguments().mid(1));
    return runGui(app.arguments()); // the program name first: QCommandLineParser skips it
}
