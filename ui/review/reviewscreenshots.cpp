#include "reviewscreenshots.h"

#include "compareview.h"
#include "goals/goalstore.h"
#include "heatmapwidget.h"
#include "review/reviewstore.h"
#include "storage/entrystore.h"

#include <QBoxLayout>
#include <QCoreApplication>
#include <QLabel>

using namespace Qt::StringLiterals;

std::unique_ptr<QWidget> createHeatMapWindow(EntryStore &store, std::optional<int> year, QString *error)
{
    const int shown = year.value_or(QDate::currentDate().year());
    if (shown < 1 || shown > 9999) {
        *error = QCoreApplication::translate("Screenshot", "The year must be a year such as 2023.");
        return nullptr;
    }
    auto window = std::make_unique<QWidget>();
    window->setWindowTitle(QCoreApplication::translate("Review", "%1 in the diary").arg(shown));
    const YearNumbers numbers = computeYearNumbers(ReviewStore(store.database()), nullptr, shown, QDate::currentDate());
    auto *title = new QLabel(window.get());
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.4);
    title->setFont(font);
    title->setText(QString::number(shown));
    auto *summary = new QLabel(window.get());
    summary->setText(QCoreApplication::translate("Review", "%n days written", nullptr, numbers.daysWritten) + u" · "_s
        + QCoreApplication::translate("Review", "%n characters", nullptr, int(numbers.characters)) + u" · "_s
        + QCoreApplication::translate("Review", "longest run %n days", nullptr, numbers.longestDailyStreak));
    auto *map = new HeatMapWidget(window.get());
    map->setYear(shown);
    map->setDays(numbers.days);
    auto *layout = new QVBoxLayout(window.get());
    layout->addWidget(title);
    layout->addWidget(summary);
    layout->addWidget(map);
    layout->addStretch(1);
    return window;
}

std::unique_ptr<QWidget> createCompareWindow(EntryStore &store, const QList<int> &years, QString *error)
{
    if (!years.isEmpty() && (years.size() < 2 || years.size() > 3)) {
        *error = QCoreApplication::translate("Screenshot", "Give two or three years, such as --years 2022,2023.");
        return nullptr;
    }
    auto window = std::make_unique<QWidget>();
    auto *goals = new GoalStore(store.database(), window.get());
    auto *view = new CompareView(store, goals, window.get());
    if (!years.isEmpty())
        view->setYears(years);
    auto *layout = new QVBoxLayout(window.get());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
    return window;
}
