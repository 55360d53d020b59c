#include "goals/goalplanning.h"

#include "goals/goalstore.h"
#include "markdown/parser.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

QList<Goal> goalsFromList(QStringView markdown, int year)
{
    const Markdown::Document document = Markdown::parse(markdown);
    QList<Goal> result;
    Markdown::Walker walker(document);
    while (walker.next()) {
        if (!walker.entering())
            continue;
        const Markdown::Node &node = document.node(walker.node());
        if (node.type != Markdown::NodeType::ListItem || node.firstChild == Markdown::NoNode)
            continue;
        const Markdown::Node &first = document.node(node.firstChild);
        if (first.type != Markdown::NodeType::Paragraph)
            continue;
        const QString title = document.plainText(node.firstChild).simplified();
        if (title.isEmpty())
            continue;
        Goal goal;
        goal.year = year;
        goal.title = title.normalized(QString::NormalizationForm_C);
        suggestMeasure(goal);
        result << goal;
    }
    return result;
}

void suggestMeasure(Goal &goal)
{
    static const QRegularExpression weekly(
        uR"((매주|주\s*\d+\s*회|주간|일주일에|\bevery\s+week\b|\ba\s+week\b|\bper\s+week\b|\bweekly\b))"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression amount(uR"((\d+(?:\.\d+)?)\s*([\p{L}]+)?)"_s);
    static const QRegularExpression countUnit(
        uR"((\d+)\s*(권|개|편|회|번|km|킬로|books?|pages?|papers?|times|articles?|posts?)(?![\p{L}]))"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression open(uR"((찾기|찾아보기|알아보기|\bfind\s+out\b|\bfigure\s+out\b|\bexplore\b))"_s,
        QRegularExpression::CaseInsensitiveOption);

    const QString &title = goal.title;
    if (weekly.match(title).hasMatch()) {
        goal.measure = GoalMeasure::Weekly;
        const QRegularExpressionMatch number = amount.match(title);
        if (number.hasMatch()) {
            goal.target = number.captured(1).toDouble();
            goal.unit = number.captured(2);
        }
        return;
    }
    if (const QRegularExpressionMatch count = countUnit.match(title); count.hasMatch()) {
        goal.measure = GoalMeasure::Count;
        goal.target = count.captured(1).toDouble();
        goal.unit = count.captured(2);
        return;
    }
    goal.measure = open.match(title).hasMatch() ? GoalMeasure::Open : GoalMeasure::Once;
}

QList<Goal> carryOverCandidates(const GoalStore &store, int fromYear)
{
    QList<Goal> result;
    for (const Goal &goal : store.goals(fromYear)) {
        if (goal.status == GoalStatus::Active)
            result << goal;
    }
    return result;
}

QList<Goal> carryOver(GoalStore &store, const QList<qint64> &goalIds, int toYear, QString *error)
{
    QSet<qint64> already;
    for (const Goal &goal : store.goals(toYear)) {
        if (goal.carriedFrom > 0)
            already.insert(goal.carriedFrom);
    }
    QList<Goal> made;
    for (qint64 id : goalIds) {
        const std::optional<Goal> old = store.goal(id);
        if (!old) {
            *error = QCoreApplication::translate("GoalStore", "There is no goal %1.").arg(id);
            return made;
        }
        if (already.contains(id))
            continue;
        Goal goal;
        goal.year = toYear;
        goal.title = old->title;
        goal.notes = old->notes;
        goal.measure = old->measure;
        goal.target = old->target;
        goal.unit = old->unit;
        goal.carriedFrom = old->id;
        if (!store.addGoal(goal, error))
            return made;
        already.insert(id);
        made << goal;
    }
    return made;
}
