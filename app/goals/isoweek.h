#pragma once

#include <QDate>
#include <QString>

#include <compare>
#include <optional>

/// One ISO 8601 week: Monday to Sunday, numbered within its week-year (ISO 8601-1:2019,
/// 5.2.4.3). A week-year has 52 or 53 weeks and starts on the Monday of the week that
/// holds 4 January, so it can begin in late December or end in early January:
/// 2025-12-29 is in 2026-W01 and 2021-01-03 is in 2020-W53.
///
/// Use: IsoWeek::fromDate() for the week of a day, firstDay()/lastDay() for its span,
/// toString()/fromString() for the `2023-W33` form stored in the diary and taken by the
/// command line, next()/previous() and serial() to walk and count across year ends.
/// A default-constructed week is invalid.
struct IsoWeek
{
    int year = 0; ///< the ISO week-year, which differs from the calendar year near 1 January
    int week = 0; ///< 1..52 or 1..53

    /// The week holding @p date; invalid for an invalid date.
    static IsoWeek fromDate(QDate date);
    /// Parses `YYYY-Www` (the extended form, `2023-W05`) or `YYYYWww` (the basic form);
    /// nullopt for anything else or a week the year does not have (`2023-W53`).
    static std::optional<IsoWeek> fromString(QStringView text);
    /// 52 or 53: years whose 1 January is a Thursday, and leap years whose 1 January is a
    /// Wednesday, have 53 weeks (2020, 2026, 2032).
    static int weeksInYear(int year);
    /// The week with the given serial() number.
    static IsoWeek fromSerial(qint64 serial);

    bool isValid() const { return week >= 1 && week <= weeksInYear(year); }
    /// The Monday of the week.
    QDate firstDay() const;
    /// The Sunday of the week.
    QDate lastDay() const;
    /// `2023-W05`: the year, `-W` and two digits; empty for an invalid week.
    QString toString() const;
    IsoWeek next() const;
    IsoWeek previous() const;
    /// Weeks since an arbitrary fixed Monday: consecutive weeks have consecutive serials,
    /// across year ends, so `b.serial() - a.serial()` counts the weeks from a to b.
    qint64 serial() const;
    /// Whether @p date falls in this week.
    bool contains(QDate date) const { return fromDate(date) == *this; }

    friend bool operator==(const IsoWeek &, const IsoWeek &) = default;
    friend std::strong_ordering operator<=>(const IsoWeek &, const IsoWeek &) = default;
};

/// For QHash and QSet.
inline size_t qHash(const IsoWeek &week, size_t seed = 0)
{
    return ::qHash(week.year * 100 + week.week, seed);
}
