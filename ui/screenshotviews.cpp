#include "screenshotviews.h"

#include "goals/goalswindow.h"
#include "mainwindow.h"
#include "models/timelinemodel.h"
#include "review/reviewscreenshots.h"
#include "windowfeatures.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<QWidget> mainView(const ScreenshotRequest &request, QString *error)
{
    auto window = std::make_unique<MainWindow>(request.store, request.settings);
    installWindowFeatures(*window, request.store, request.settings);
    const qint64 id = request.entryId ? request.entryId : window->timelineModel()->newestEntryId();
    if (id && !window->openEntry(id)) {
        *error = QCoreApplication::translate("Screenshot", "There is no entry %1 in the diary.").arg(id);
        return nullptr;
    }
    return window;
}

} // namespace

QList<ScreenshotView> screenshotViews()
{
    return {
        {u"main"_s, QCoreApplication::translate("Screenshot", "the main window: timeline and editor"), mainView},
        {u"goals"_s, QCoreApplication::translate("Screenshot", "the goals view: a year's goals × weeks"),
            [](const ScreenshotRequest &request, QString *error) {
                return createGoalsWindow(request.store, request.year, error);
            }},
        {u"heatmap"_s, QCoreApplication::translate("Screenshot", "a year's heat map (--year)"),
            [](const ScreenshotRequest &request, QString *error) {
                return createHeatMapWindow(request.store, request.year, error);
            }},
        {u"compare"_s, QCoreApplication::translate("Screenshot", "years side by side (--years 2022,2023)"),
            [](const ScreenshotRequest &request, QString *error) {
                return createCompareWindow(request.store, request.years, error);
            }},
    };
}
