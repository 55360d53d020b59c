#pragma once

class EntryStore;
class MainWindow;

/// Adds the year review to @p window: a Review menu (Compare Years, On This Day), File →
/// Export Year as PDF… / as HTML… (before Quit), an "On this day" dock, and the wiring —
/// a quote from the compare view is inserted at the editor's cursor, and clicking an entry,
/// a heat-map day or an on-this-day row opens it in the window. Everything created is owned
/// by @p window.
void installYearReview(MainWindow &window, EntryStore &store);
