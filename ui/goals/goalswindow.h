#pragma once

#include <QWidget>

#include <memory>
#include <optional>

class EntryStore;

/// A top-level window holding a GoalsView over @p store's diary, with its own GoalStore,
/// CheckInSync and undo stack: what `hoego screenshot --view goals [--year Y]` renders.
/// The year is @p year, else the newest year that has goals, else the current ISO year.
/// Never fails today; @p error is for the screenshot interface.
std::unique_ptr<QWidget> createGoalsWindow(EntryStore &store, std::optional<int> year, QString *error);
