#include "reviewintegration.h"

#include "appactions.h"
#include "compareview.h"
#include "editor.h"
#include "goals/goalstore.h"
#include "io/entrydocument.h"
#include "mainwindow.h"
#include "onthisdaypanel.h"
#include "review/reviewstore.h"
#include "storage/entrystore.h"
#include "yearexport.h"

#include <QAction>
#include <QCoreApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QInputDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace {

void exportYear(MainWindow &window, EntryStore &store, GoalStore *goals, bool pdf)
{
    bool ok = false;
    const int year = QInputDialog::getInt(&window,
        pdf ? QCoreApplication::translate("Review", "Export Year as PDF")
            : QCoreApplication::translate("Review", "Export Year as HTML"),
        QCoreApplication::translate("Review", "Year:"), QDate::currentDate().year(), 1, 9999, 1, &ok);
    if (!ok)
        return;
    const QString suffix = pdf ? u".pdf"_s : u".html"_s;
    const QString path = QFileDialog::getSaveFileName(&window,
        pdf ? QCoreApplication::translate("Review", "Export Year as PDF")
            : QCoreApplication::translate("Review", "Export Year as HTML"),
        QString::number(year) + suffix,
        pdf ? QCoreApplication::translate("Review", "PDF (*.pdf)")
            : QCoreApplication::translate("Review", "HTML (*.html)"));
    if (path.isEmpty())
        return;
    const QString html = YearExport::html(store, goals, year, QDate::currentDate(), window.locale());
    QString error;
    if (!(pdf ? YearExport::writePdf(html, path, &error) : YearExport::writeHtml(html, path, &error)))
        QMessageBox::warning(&window, QCoreApplication::translate("Review", "Export Year"), error);
}

// A yearly retrospective for @p year, dated the year's last day (today in the current
// year), stored and opened in the editor.
void startRetrospective(MainWindow &window, EntryStore &store, int year)
{
    if (window.isReadOnly() || !window.save())
        return;
    const QDate today = QDate::currentDate();
    const QDate date = year == today.year() ? today : QDate(year, 12, 31);
    Entry entry
        = newEntry(date, EntryKind::Yearly, QCoreApplication::translate("Review", "%1 Retrospective").arg(year));
    QString error;
    if (!store.insert(entry, &error)) {
        QMessageBox::warning(&window, QCoreApplication::translate("Review", "Start a Retrospective"), error);
        return;
    }
    if (window.openEntry(entry.id)) {
        window.editor()->moveCursor(QTextCursor::End);
        window.activateWindow();
        window.editor()->setFocus();
    }
}

// The compare view in a window of its own, wired to the main window: an entry or a day
// chosen there opens in the editor, a quote goes into the entry being edited, and a year
// without a retrospective can start one.
CompareView *newCompareWindow(MainWindow &window, EntryStore &store, GoalStore *goals)
{
    auto *compare = new CompareView(store, goals, &window);
    compare->setWindowFlag(Qt::Window);
    compare->setWindowTitle(QCoreApplication::translate("Review", "Years Side by Side"));
    compare->resize(1280, 860);
    QObject::connect(compare, &CompareView::entryActivated, &window, &MainWindow::openEntry);
    QObject::connect(compare, &CompareView::quoteRequested, &window, [&window](const QString &markdown) {
        if (!window.currentEntryId() || window.isReadOnly())
            return;
        QTextCursor cursor = window.editor()->textCursor();
        if (cursor.positionInBlock() > 0)
            cursor.insertText(u"\n\n"_s);
        cursor.insertText(markdown);
        window.editor()->setTextCursor(cursor);
        window.activateWindow();
    });
    QObject::connect(compare, &CompareView::dayActivated, &window, [&window, &store](QDate date) {
        const QList<ReviewEntry> entries = ReviewStore(store.database()).entriesBetween(date, date);
        if (!entries.isEmpty())
            window.openEntry(entries.constFirst().id);
    });
    QObject::connect(compare, &CompareView::startRetrospectiveRequested, &window,
        [&window, &store](int year) { startRetrospective(window, store, year); });
    return compare;
}

} // namespace

void installYearReview(MainWindow &window, EntryStore &store)
{
    auto *goals = new GoalStore(store.database(), &window);

    // The dock and the compare window are built empty and filled the first time they are
    // shown: the window's first paint waits for neither.
    auto *dock = new QDockWidget(QCoreApplication::translate("Review", "On This Day"), &window);
    dock->setObjectName(u"onThisDayDock"_s);
    window.addDockWidget(Qt::RightDockWidgetArea, dock);
    dock->hide();
    QObject::connect(dock, &QDockWidget::visibilityChanged, &window, [dock, &window, &store](bool visible) {
        if (!visible || dock->widget())
            return;
        auto *onThisDay = new OnThisDayPanel(store);
        dock->setWidget(onThisDay);
        QObject::connect(onThisDay, &OnThisDayPanel::entryActivated, &window, &MainWindow::openEntry);
    });

    QMenu *review = window.menuBar()->addMenu(QCoreApplication::translate("Review", "&Review"));
    QAction *compareAction = review->addAction(QCoreApplication::translate("Review", "&Compare Years"));
    compareAction->setObjectName(u"compareYears"_s);
    compareAction->setShortcut(QKeySequence(u"Ctrl+Shift+Y"_s));
    QObject::connect(compareAction, &QAction::triggered, &window, [&window, &store, goals] {
        auto *compare = window.findChild<CompareView *>();
        if (!compare)
            compare = newCompareWindow(window, store, goals);
        compare->show();
        compare->raise();
    });
    QAction *onThisDayAction = dock->toggleViewAction();
    onThisDayAction->setText(QCoreApplication::translate("Review", "&On This Day"));
    review->addAction(onThisDayAction);

    QAction *pdf = new QAction(QCoreApplication::translate("Review", "Export Year as &PDF…"), &window);
    QAction *html = new QAction(QCoreApplication::translate("Review", "Export Year as &HTML…"), &window);
    QObject::connect(
        pdf, &QAction::triggered, &window, [&window, &store, goals] { exportYear(window, store, goals, true); });
    QObject::connect(
        html, &QAction::triggered, &window, [&window, &store, goals] { exportYear(window, store, goals, false); });
    // In the File menu, before Quit when the menu has it.
    QAction *quit = window.actions() ? window.actions()->quit() : nullptr;
    for (QAction *menuAction : window.menuBar()->actions()) {
        QMenu *menu = menuAction->menu();
        if (menu && quit && menu->actions().contains(quit)) {
            menu->insertAction(quit, pdf);
            menu->insertAction(quit, html);
            menu->insertSeparator(quit);
            return;
        }
    }
    review->addSeparator();
    review->addAction(pdf);
    review->addAction(html);
}
