#include "goals/isoweek.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// The Monday of week 1: the Monday on or before 4 January.
QDate firstMonday(int year)
{
    const QDate fourth(year, 1, 4);
    return fourth.addDays(1 - fourth.dayOfWeek());
}

} // namespace

IsoWeek IsoWeek::fromDate(QDate date)
{
    if (!date.isValid())
        return {};
    int year = 0;
    const int week = date.weekNumber(&year);
    return {year, week};
}

std::optional<IsoWeek> IsoWeek::fromString(QStringView text)
{
    static const QRegularExpression pattern(uR"(^(\d{4})-?W(\d{2})$)"_s);
    const QRegularExpressionMatch match = pattern.matchView(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const IsoWeek week {match.capturedView(1).toInt(), match.capturedView(2).toInt()};
    if (!week.isValid())
        return std::nullopt;
    return week;
}

int IsoWeek::weeksInYear(int year)
{
    // 28 December always lies in the year's last week.
    return QDate(year, 12, 28).weekNumber();
}

QDate IsoWeek::firstDay() const
{
    if (!isValid())
        return {};
    return firstMonday(year).addDays(qint64(week - 1) * 7);
}

QDate IsoWeek::lastDay() const
{
    const QDate monday = firstDay();
    return monday.isValid() ? monday.addDays(6) : QDate();
}

QString IsoWeek::toString() const
{
    if (!isValid())
        return {};
    return u"%1-W%2"_s.arg(year, 4, 10, QLatin1Char('0')).arg(week, 2, 10, QLatin1Char('0'));
}

IsoWeek IsoWeek::next() const
{
    if (week >= weeksInYear(year))
        return {year + 1, 1};
    return {year, week + 1};
}

IsoWeek IsoWeek::previous() const
{
    if (week <= 1)
        return {year - 1, weeksInYear(year - 1)};
    return {year, week - 1};
}

qint64 IsoWeek::serial() const
{
    // 1970-01-05 was a Monday.
    static const QDate epoch(1970, 1, 5);
    return epoch.daysTo(firstDay()) / 7;
}

IsoWeek IsoWeek::fromSerial(qint64 serial)
{
    return fromDate(QDate(1970, 1, 5).addDays(serial * 7));
}
