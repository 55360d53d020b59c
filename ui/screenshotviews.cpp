#include "screenshotviews.h"

#include "editing/editingsupport.h"
#include "editing/outlinepane.h"
#include "editor.h"
#include "goals/goalswindow.h"
#include "mainwindow.h"
#include "models/timelinemodel.h"
#include "review/reviewscreenshots.h"
#include "windowfeatures.h"

#include <QAction>
#include <QCoreApplication>
#include <QMainWindow>
#include <QSplitter>

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

// The main window with the outline and the preview open beside the editor.
std::unique_ptr<QWidget> editorView(const ScreenshotRequest &request, QString *error)
{
    std::unique_ptr<QWidget> window = mainView(request, error);
    if (!window)
        return window;
    EditingSupport *editing = window->findChild<EditingSupport *>();
    editing->showOutline()->setChecked(true);
    editing->showPreview()->setChecked(true);
    // The caret in the entry's second section, so the outline shows its current heading.
    OutlinePane *outline = editing->outline();
    QTreeWidgetItemIterator heading(outline);
    if (*heading && *++heading) {
        QTextCursor cursor = static_cast<MainWindow *>(window.get())->editor()->textCursor();
        cursor.setPosition((*heading)->data(0, OutlinePane::OffsetRole).toInt());
        static_cast<MainWindow *>(window.get())->editor()->setTextCursor(cursor);
    }
    // Timeline, editor, outline and preview: the editor and the preview share most of the width.
    if (auto *splitter = qobject_cast<QSplitter *>(static_cast<QMainWindow *>(window.get())->centralWidget())) {
        const int width = request.size.width();
        splitter->setSizes({width * 20 / 100, width * 37 / 100, width * 12 / 100, width * 31 / 100});
    }
    return window;
}

} // namespace

QList<ScreenshotView> screenshotViews()
{
    return {
        {u"main"_s, QCoreApplication::translate("Screenshot", "the main window: timeline and editor"), mainView},
        {u"editor"_s,
            QCoreApplication::translate("Screenshot", "the main window with the outline and the preview open"),
            editorView},
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
