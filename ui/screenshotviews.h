#pragma once

#include <QList>
#include <QSize>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class AppSettings;
class EntryStore;
class QWidget;

/// What a screenshot view is made from: the open diary and the command line's choices.
struct ScreenshotRequest
{
    EntryStore &store;
    AppSettings &settings;
    qint64 entryId = 0; ///< --entry; 0 for the view's default (the newest entry)
    QSize size; ///< --size, in device-independent pixels
    std::optional<int> year; ///< --year, for the views that show one year (goals)
    QList<int> years; ///< --years 2022,2023, for the compare view; empty for its default
};

/// One `hoego screenshot --view NAME`: a top-level widget showing the diary. create()
/// returns null and sets @p error (a sentence) when the request cannot be met.
struct ScreenshotView
{
    QString name;
    QString description;
    std::function<std::unique_ptr<QWidget>(const ScreenshotRequest &request, QString *error)> create;
};

/// Every view `hoego screenshot` can render, `main` first. A new window adds one entry to
/// the list in screenshotviews.cpp.
QList<ScreenshotView> screenshotViews();
