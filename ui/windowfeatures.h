#pragma once

class AppSettings;
class EntryStore;
class MainWindow;

/// Adds what the main window offers beyond the timeline and the editor: the year review
/// (ui/review) and the goal tracker (ui/goals), with their menus. The app and its
/// screenshots call this, so a screenshot shows the window the user gets. Everything
/// created is owned by @p window.
void installWindowFeatures(MainWindow &window, EntryStore &store, AppSettings &settings);
