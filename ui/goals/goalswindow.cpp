#include "goals/goalswindow.h"

#include "goals/checkinsync.h"
#include "goals/goalstore.h"
#include "goals/goalsview.h"
#include "storage/entrystore.h"

#include <QUndoStack>
#include <QVBoxLayout>

std::unique_ptr<QWidget> createGoalsWindow(EntryStore &store, std::optional<int> year, QString *error)
{
    Q_UNUSED(error);
    auto window = std::make_unique<QWidget>();
    window->setWindowTitle(QWidget::tr("Goals"));
    // The stores and the sync live as long as the window: they are its children.
    auto *goals = new GoalStore(store.database(), window.get());
    auto *sync = new CheckInSync(store, *goals, window.get());
    auto *undo = new QUndoStack(window.get());
    auto *view = new GoalsView(*goals, store, *sync, undo, window.get());
    const QList<int> years = goals->years();
    if (year)
        view->setYear(*year);
    else if (!years.isEmpty())
        view->setYear(years.last());
    auto *layout = new QVBoxLayout(window.get());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
    return window;
}
