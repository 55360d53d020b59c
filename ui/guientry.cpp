#include "guientry.h"

#include "appsettings.h"
#include "autobackup.h"
#include "cli/diaryoption.h"
#include "mainwindow.h"
#include "models/timelinemodel.h"
#include "screenshotviews.h"
#include "storage/backgroundcheck.h"
#include "storage/database.h"
#include "storage/diarylock.h"
#include "storage/entrystore.h"
#include "windowfeatures.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFont>
#include <QMessageBox>
#include <QPalette>
#include <QStatusBar>
#include <QTextStream>
#include <QTimer>
#include <QTreeView>
#include <QWidget>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

// How long a screenshot waits after showing the window: longer than every view's
// update pause (the counter waits 150 ms, the preview 300 ms).
constexpr auto settleTime = std::chrono::milliseconds(600);

// Hangul needs a font that has it; the system's font comes first for Latin text, then
// the Korean fonts of the common systems, so nothing falls back to boxes.
void useKoreanFontStack()
{
    QFont font = QApplication::font();
    QStringList families = font.families();
    if (families.isEmpty())
        families << font.family();
    families << u"Noto Sans CJK KR"_s << u"Noto Sans KR"_s << u"Source Han Sans KR"_s << u"NanumGothic"_s
             << u"Malgun Gothic"_s << u"Apple SD Gothic Neo"_s;
    font.setFamilies(families);
    QApplication::setFont(font);
}

// `hoego screenshot --dark`: the palette a dark desktop would give the window, for
// screenshots made without one. The editor's and the preview's highlighting follow it.
QPalette darkPalette()
{
    const QColor window(0x2d, 0x2f, 0x33);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe3, 0xe5, 0xe8);
    const QColor dimmed(0x8a, 0x8f, 0x96);
    QPalette palette(
        text, window, window.lighter(140), window.darker(160), window.darker(120), text, text, base, window);
    palette.setColor(QPalette::AlternateBase, base.lighter(115));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xb4));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x7a, 0xb7, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xb8, 0x9c, 0xff));
    palette.setColor(QPalette::PlaceholderText, dimmed);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, dimmed);
    return palette;
}

// Calls @p then once @p widget has painted for the first time, from the event loop after
// that paint (an event filter sees the paint event before the widget paints).
void afterFirstPaint(QWidget *widget, std::function<void()> then)
{
    class FirstPaint : public QObject
    {
    public:
        FirstPaint(QWidget *widget, std::function<void()> then)
            : QObject(widget)
            , m_then(std::move(then))
        { }
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (event->type() == QEvent::Paint) {
                watched->removeEventFilter(this);
                QTimer::singleShot(0, this, [this] {
                    m_then();
                    deleteLater();
                });
            }
            return false;
        }

    private:
        std::function<void()> m_then;
    };
    widget->installEventFilter(new FirstPaint(widget, std::move(then)));
}

// For tests/bench/hoego_bench, which times process start to first paint: once @p widget
// has painted, prints "painted" on stdout and quits.
void exitAfterFirstPaint(QWidget *widget)
{
    afterFirstPaint(widget, [] {
        std::fputs("painted\n", stdout);
        std::fflush(stdout);
        QCoreApplication::quit();
    });
}

} // namespace

QString readOnlyReason(const DiaryLock &lock, const QString &lockError)
{
    if (const qint64 pid = lock.holderPid()) {
        return QCoreApplication::translate("GuiEntry",
            "Read-only: another Hoego (process %1) has this diary open, so nothing can be changed or saved "
            "here. Write in the other window, or close it and open the diary again.")
            .arg(pid);
    }
    return QCoreApplication::translate("GuiEntry", "Read-only: %1").arg(lockError);
}

int runGui(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("GuiEntry", "Opens the diary in a window."));
    parser.addOption(diaryOption());
    int exitCode = 0;
    if (!parseCommandLine(parser, arguments, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty()) {
        QTextStream(stderr) << QCoreApplication::translate("GuiEntry", "Unknown command: %1")
                                   .arg(parser.positionalArguments().constFirst())
                            << '\n';
        return 2;
    }

    useKoreanFontStack();
    // HOEGO_EXIT_AFTER_FIRST_PAINT (benchmarks only): `diary` quits at the first paint of the
    // timeline; `empty` shows an empty window instead of the diary and quits at its first paint.
    const QByteArray exitAfterPaint = qgetenv("HOEGO_EXIT_AFTER_FIRST_PAINT");
    if (exitAfterPaint == "empty") {
        QWidget empty;
        empty.resize(1100, 720);
        exitAfterFirstPaint(&empty);
        empty.show();
        return QApplication::exec();
    }
    const QString path = parser.isSet(u"db"_s) ? parser.value(u"db"_s) : Database::defaultPath();
    if (path.isEmpty()) {
        QTextStream(stderr) << QCoreApplication::translate("CommandLine", "--db needs a file name.") << '\n';
        return 2;
    }
    // Held while the window is open; a second Hoego on the same diary shows it read-only.
    DiaryLock lock(path);
    QString lockError;
    const bool locked = lock.lock(std::chrono::milliseconds(0), &lockError);
    Database database(path);
    QString error;
    // Reading every page waits until the window has painted (BackgroundCheck below).
    if (!database.open(&error, DiaryPages::Defer)) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("GuiEntry", "Hoego"),
            QCoreApplication::translate("GuiEntry", "The diary could not be opened.") + u"\n\n"_s + error);
        return 1;
    }
    EntryStore store(database);
    AppSettings settings;
    MainWindow window(store, settings);
    installWindowFeatures(window, store, settings);
    window.restoreLayout();
    if (const qint64 newest = window.timelineModel()->newestEntryId())
        window.openEntry(newest);
    AutoBackup backups(database, settings);
    QObject::connect(&backups, &AutoBackup::failed, &window, [&window](const QString &error) {
        window.statusBar()->showMessage(error);
        QTextStream(stderr) << error << '\n';
    });
    if (!locked)
        window.setReadOnly(readOnlyReason(lock, lockError));
    // A damaged page found after the first paint makes the window read-only, saying so: nothing
    // more is written into the file, and the backups (whose own open checks every page) stop.
    BackgroundCheck check(path);
    QObject::connect(&check, &BackgroundCheck::damaged, &window, [&window](const QString &error) {
        window.setReadOnly(error);
        QTextStream(stderr) << error << '\n';
    });
    afterFirstPaint(window.timeline()->viewport(), [&check] { check.start(); });
    if (exitAfterPaint == "diary")
        exitAfterFirstPaint(window.timeline()->viewport());
    window.show();
    window.offerDraftRecovery();
    if (locked)
        backups.start(); // after a recovered draft was saved, so the backup holds it
    return QApplication::exec();
}

int runScreenshot(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("GuiEntry", "Renders a window offscreen and writes it as a PNG image."));
    parser.addOption(diaryOption());
    const QList<ScreenshotView> views = screenshotViews();
    QStringList names;
    for (const ScreenshotView &view : views)
        names << view.name;
    parser.addOption(QCommandLineOption(u"view"_s,
        QCoreApplication::translate("GuiEntry", "The window to render: %1 (default: main).").arg(names.join(u", "_s)),
        u"VIEW"_s, u"main"_s));
    parser.addOption(QCommandLineOption(u"entry"_s,
        QCoreApplication::translate("GuiEntry", "Open the entry with this id (default: the newest)."), u"ID"_s));
    parser.addOption(QCommandLineOption(u"size"_s,
        QCoreApplication::translate("GuiEntry", "The window's size in pixels (default: 1280x800)."), u"WxH"_s,
        u"1280x800"_s));
    parser.addOption(QCommandLineOption(
        u"year"_s, QCoreApplication::translate("GuiEntry", "The year to show (goals view)."), u"Y"_s));
    parser.addOption(QCommandLineOption(u"years"_s,
        QCoreApplication::translate("GuiEntry", "The years to compare, oldest first (compare view)."), u"Y1,Y2"_s));
    parser.addOption(QCommandLineOption(
        u"dark"_s, QCoreApplication::translate("GuiEntry", "Render with a dark palette, as on a dark desktop.")));
    parser.addPositionalArgument(u"OUT.png"_s, QCoreApplication::translate("GuiEntry", "The image file to write."));
    int exitCode = 0;
    if (!parseCommandLine(parser, arguments, &exitCode))
        return exitCode;

    QTextStream err(stderr);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        err << QCoreApplication::translate("GuiEntry", "Give exactly one output file, such as main.png.") << '\n';
        return 2;
    }
    const QString viewName = parser.value(u"view"_s);
    const auto view = std::find_if(
        views.cbegin(), views.cend(), [&](const ScreenshotView &candidate) { return candidate.name == viewName; });
    if (view == views.cend()) {
        err << QCoreApplication::translate("GuiEntry", "Unknown view \"%1\"; the views are: %2.")
                   .arg(viewName, names.join(u", "_s))
            << '\n';
        return 2;
    }
    const QStringList size = parser.value(u"size"_s).split(u'x');
    bool widthOk = false;
    bool heightOk = false;
    const int width = size.size() == 2 ? size.at(0).toInt(&widthOk) : 0;
    const int height = size.size() == 2 ? size.at(1).toInt(&heightOk) : 0;
    if (!widthOk || !heightOk || width < 200 || height < 150 || width > 8000 || height > 8000) {
        err << QCoreApplication::translate(
            "GuiEntry", "The size must be WIDTHxHEIGHT in pixels, from 200x150 to 8000x8000, such as 1280x800.")
            << '\n';
        return 2;
    }
    qint64 entryId = 0;
    if (parser.isSet(u"entry"_s)) {
        bool ok = false;
        entryId = parser.value(u"entry"_s).toLongLong(&ok);
        if (!ok || entryId <= 0) {
            err << QCoreApplication::translate(
                "GuiEntry", "The entry id must be a positive number, as `hoego list` shows it.")
                << '\n';
            return 2;
        }
    }

    useKoreanFontStack();
    if (parser.isSet(u"dark"_s))
        QApplication::setPalette(darkPalette());
    std::unique_ptr<Database> database = openDiary(parser);
    if (!database)
        return 1;
    EntryStore store(*database);
    AppSettings settings;
    QString error;
    const std::optional<int> year
        = parser.isSet(u"year"_s) ? std::optional<int>(parser.value(u"year"_s).toInt()) : std::nullopt;
    QList<int> years;
    for (const QString &text : parser.value(u"years"_s).split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        years << text.trimmed().toInt(&ok);
        if (!ok) {
            err << QCoreApplication::translate("GuiEntry", "--years takes years such as 2022,2023, not '%1'.")
                       .arg(parser.value(u"years"_s))
                << '\n';
            return 2;
        }
    }
    std::unique_ptr<QWidget> widget
        = view->create({store, settings, entryId, QSize(width, height), year, years}, &error);
    if (!widget) {
        err << error << '\n';
        return 1;
    }
    // Shown without a screen, so that layouts, fonts and highlighting settle as they
    // would on screen before the window is painted into the image. The wait lets the
    // views that update after a short pause in typing (the counter, the preview) catch up.
    widget->setAttribute(Qt::WA_DontShowOnScreen);
    widget->resize(width, height);
    widget->show();
    QEventLoop settle;
    QTimer::singleShot(settleTime, &settle, &QEventLoop::quit);
    settle.exec();
    const QString out = positional.constFirst();
    if (!widget->grab().save(out, "PNG")) {
        err << QCoreApplication::translate("GuiEntry", "Could not write the image to %1.").arg(out) << '\n';
        return 1;
    }
    QTextStream(stdout) << out << '\n';
    return 0;
}
