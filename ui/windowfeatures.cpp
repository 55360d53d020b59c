#include "windowfeatures.h"

#include "goals/goalsintegration.h"
#include "mainwindow.h"
#include "review/reviewintegration.h"

void installWindowFeatures(MainWindow &window, EntryStore &store, AppSettings &settings)
{
    installYearReview(window, store);
    new GoalsIntegration(window, store, settings); // owned by the window
}
