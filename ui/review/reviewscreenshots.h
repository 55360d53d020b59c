#pragma once

#include <QList>
#include <QString>

#include <memory>
#include <optional>

class EntryStore;
class QWidget;

/// The windows `hoego screenshot --view heatmap|compare` renders (screenshotviews.cpp).
/// Each returns a top-level widget that owns what it needs, or null with @p error set.

/// A year's heat map with its title and numbers; @p year defaults to this year.
std::unique_ptr<QWidget> createHeatMapWindow(EntryStore &store, std::optional<int> year, QString *error);
/// The compare view for @p years (two or three, oldest first); default: last year and this.
std::unique_ptr<QWidget> createCompareWindow(EntryStore &store, const QList<int> &years, QString *error);
