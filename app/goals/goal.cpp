#include "goals/goal.h"

using namespace Qt::StringLiterals;

QString goalMeasureName(GoalMeasure measure)
{
    switch (measure) {
    case GoalMeasure::Once:
        return u"once"_s;
    case GoalMeasure::Count:
        return u"count"_s;
    case GoalMeasure::Weekly:
        return u"weekly"_s;
    case GoalMeasure::Open:
        return u"open"_s;
    }
    return {};
}

std::optional<GoalMeasure> goalMeasureFromName(QStringView name)
{
    for (GoalMeasure measure : {GoalMeasure::Once, GoalMeasure::Count, GoalMeasure::Weekly, GoalMeasure::Open}) {
        if (name.compare(goalMeasureName(measure), Qt::CaseInsensitive) == 0)
            return measure;
    }
    return std::nullopt;
}

QString goalStatusName(GoalStatus status)
{
    switch (status) {
    case GoalStatus::Active:
        return u"active"_s;
    case GoalStatus::Done:
        return u"done"_s;
    case GoalStatus::Dropped:
        return u"dropped"_s;
    }
    return {};
}

std::optional<GoalStatus> goalStatusFromName(QStringView name)
{
    for (GoalStatus status : {GoalStatus::Active, GoalStatus::Done, GoalStatus::Dropped}) {
        if (name.compare(goalStatusName(status), Qt::CaseInsensitive) == 0)
            return status;
    }
    return std::nullopt;
}
