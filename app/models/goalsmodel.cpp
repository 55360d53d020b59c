#include "models/goalsmodel.h"

#include "goals/goalstore.h"
#include "goals/taskitems.h"
#include "goals/tickcommand.h"
#include "goals/weektext.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QPointF>
#include <QUndoStack>

using namespace Qt::StringLiterals;

GoalsModel::GoalsModel(GoalStore &goals, EntryStore &entries, QObject *parent)
    : QAbstractTableModel(parent)
    , m_goals(goals)
    , m_entries(entries)
    , m_template(defaultCheckInTemplate())
    , m_year(QDate::currentDate().year())
    , m_today(IsoWeek::fromDate(QDate::currentDate()))
{
    m_year = m_today.year;
    connect(&m_goals, &GoalStore::goalsChanged, this, [this](int year) {
        if (year == m_year)
            reload();
    });
    connect(&m_goals, &GoalStore::checkInsChanged, this, [this] {
        reloadCheckIns();
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, ProgressColumn), index(rowCount() - 1, columnCount() - 1));
    });
    reload();
}

void GoalsModel::setYear(int year)
{
    if (year == m_year)
        return;
    m_year = year;
    reload();
}

void GoalsModel::setToday(IsoWeek today)
{
    m_today = today;
    reload();
}

void GoalsModel::reload()
{
    beginResetModel();
    m_rows = m_goals.goals(m_year);
    reloadCheckIns();
    endResetModel();
}

void GoalsModel::reloadCheckIns()
{
    m_checkIns.clear();
    for (const CheckIn &checkIn : m_goals.checkInsOfYear(m_year))
        m_checkIns[checkIn.goalId] << checkIn;
    m_progress.clear();
    for (const Goal &goal : std::as_const(m_rows)) {
        QList<CheckIn> checkIns = m_checkIns.value(goal.id);
        if (goal.carriedFrom > 0)
            checkIns << m_goals.checkIns(goal.carriedFrom);
        m_progress << computeProgress(goal, checkIns, m_today);
    }
}

int GoalsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GoalsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstWeekColumn + IsoWeek::weeksInYear(m_year);
}

Goal GoalsModel::goal(int row) const
{
    return m_rows.value(row);
}

int GoalsModel::rowOf(qint64 id) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return int(row);
    }
    return -1;
}

GoalProgress GoalsModel::progress(int row) const
{
    return m_progress.value(row);
}

IsoWeek GoalsModel::weekOf(int column) const
{
    const int week = column - FirstWeekColumn + 1;
    if (week < 1 || week > IsoWeek::weeksInYear(m_year))
        return {};
    return {m_year, week};
}

int GoalsModel::columnOf(IsoWeek week) const
{
    if (week.year != m_year || !week.isValid())
        return -1;
    return FirstWeekColumn + week.week - 1;
}

const CheckIn *GoalsModel::checkInAt(int row, IsoWeek week) const
{
    const auto it = m_checkIns.constFind(m_rows.at(row).id);
    if (it == m_checkIns.cend())
        return nullptr;
    const CheckIn *found = nullptr;
    for (const CheckIn &checkIn : *it) {
        if (checkIn.covers(week) && (!found || (checkIn.done && !found->done)))
            found = &checkIn;
    }
    return found;
}

static QString progressText(const Goal &goal, const GoalProgress &progress)
{
    switch (goal.measure) {
    case GoalMeasure::Weekly:
        return u"%1 / %2"_s.arg(progress.doneWeeks).arg(progress.elapsedWeeks);
    case GoalMeasure::Count:
        if (goal.target)
            return u"%1 / %2 %3"_s.arg(progress.total).arg(*goal.target).arg(goal.unit).trimmed();
        return u"%1 %2"_s.arg(progress.total).arg(goal.unit).trimmed();
    case GoalMeasure::Once:
    case GoalMeasure::Open:
        break;
    }
    if (goal.status == GoalStatus::Dropped)
        return QCoreApplication::translate("GoalsModel", "dropped");
    return progress.done ? QCoreApplication::translate("GoalsModel", "done")
                         : QCoreApplication::translate("GoalsModel", "not yet");
}

QVariant GoalsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Goal &goal = m_rows.at(index.row());
    const GoalProgress &progress = m_progress.at(index.row());
    switch (role) {
    case GoalIdRole:
        return goal.id;
    case MeasureRole:
        return goalMeasureName(goal.measure);
    case StatusRole:
        return goalStatusName(goal.status);
    case ProgressRole:
        return progress.fraction;
    case ProgressTextRole:
        return progressText(goal, progress);
    case HabitScoreRole:
        return progress.habitScore;
    case ConfidenceTrendRole: {
        QList<QPointF> trend;
        for (const CheckIn &checkIn : m_checkIns.value(goal.id)) {
            if (checkIn.confidence && checkIn.lastWeek.year == m_year)
                trend << QPointF(checkIn.lastWeek.week, *checkIn.confidence);
        }
        return QVariant::fromValue(trend);
    }
    case SilenceTextRole:
        if (progress.lastAnyCheckIn && progress.silentWeeks > 0)
            return QCoreApplication::translate("GoalsModel", "no check-in since %1")
                .arg(progress.lastAnyCheckIn->toString());
        return QString();
    default:
        break;
    }

    if (index.column() == TitleColumn) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            return goal.title;
        case Qt::ToolTipRole:
            return goal.notes.isEmpty() ? goal.title : goal.title + u"\n\n"_s + goal.notes;
        case Qt::FontRole:
            if (goal.status != GoalStatus::Active) {
                QFont font;
                font.setStrikeOut(goal.status == GoalStatus::Dropped);
                font.setItalic(goal.status == GoalStatus::Done);
                return font;
            }
            return {};
        default:
            return {};
        }
    }
    if (index.column() == ConfidenceColumn) {
        if (role == Qt::DisplayRole && progress.lastConfidence)
            return u"%1/10"_s.arg(*progress.lastConfidence);
        if (role == Qt::ToolTipRole) {
            QStringList points;
            for (const CheckIn &checkIn : m_checkIns.value(goal.id)) {
                if (checkIn.confidence)
                    points << u"%1: %2/10"_s.arg(checkIn.lastWeek.toString()).arg(*checkIn.confidence);
            }
            return points.isEmpty()
                ? QCoreApplication::translate(
                      "GoalsModel", "No confidence yet: write (confidence 7/10) or (자신감 7/10) after a task item.")
                : points.join(u'\n');
        }
        return {};
    }
    if (index.column() == ProgressColumn) {
        if (role == Qt::DisplayRole)
            return progressText(goal, progress);
        if (role == Qt::ToolTipRole) {
            QString tip = progressText(goal, progress);
            if (goal.measure == GoalMeasure::Weekly) {
                tip += u'\n'
                    + QCoreApplication::translate("GoalsModel", "Streak %1 weeks, longest %2, habit score %3%")
                          .arg(progress.currentStreak)
                          .arg(progress.longestStreak)
                          .arg(qRound(progress.habitScore * 100));
            }
            const QString silence = data(index, SilenceTextRole).toString();
            if (!silence.isEmpty())
                tip += u'\n' + silence;
            return tip;
        }
        return {};
    }

    const IsoWeek week = weekOf(index.column());
    const CheckIn *checkIn = checkInAt(index.row(), week);
    switch (role) {
    case Qt::CheckStateRole:
        if (!checkIn)
            return Qt::Unchecked;
        return checkIn->done ? Qt::Checked : Qt::PartiallyChecked;
    case Qt::DisplayRole:
        if (checkIn && checkIn->amount)
            return QString::number(*checkIn->amount, 'g', 6);
        return {};
    case AmountRole:
        return checkIn && checkIn->amount ? QVariant(*checkIn->amount) : QVariant();
    case NoteRole:
        return checkIn ? checkIn->note : QString();
    case WeekRole:
        return week.toString();
    case CurrentWeekRole:
        return week == m_today;
    case Qt::BackgroundRole:
        if (week == m_today)
            return QBrush(QColor(255, 214, 102, 90));
        return {};
    case Qt::ToolTipRole: {
        QString tip = u"%1 (%2 – %3)"_s.arg(
            week.toString(), week.firstDay().toString(Qt::ISODate), week.lastDay().toString(Qt::ISODate));
        if (checkIn && !checkIn->note.isEmpty())
            tip += u'\n' + checkIn->note;
        if (checkIn && checkIn->weekCount() > 1)
            tip += u'\n'
                + QCoreApplication::translate("GoalsModel", "Catch-up for %1 – %2")
                      .arg(checkIn->firstWeek.toString(), checkIn->lastWeek.toString());
        return tip;
    }
    default:
        return {};
    }
}

bool GoalsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (m_readOnly || !index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid)
        || role != Qt::CheckStateRole || index.column() < FirstWeekColumn)
        return false;
    const bool done = value.value<Qt::CheckState>() == Qt::Checked || value.toInt() == Qt::Checked;
    const Goal goal = m_rows.at(index.row());
    const IsoWeek week = weekOf(index.column());
    m_lastError.clear();
    if (m_openEntryEditor) {
        if (const std::optional<Entry> entry = weeklyEntryFor(m_entries, week)) {
            const QSet<QString> aliasKeys = goalAliasKeys(m_goals, goal);
            const auto edit
                = [&](const QString &text) { return setGoalTask(text, goal, aliasKeys, done, std::nullopt); };
            if (m_openEntryEditor(entry->id, edit))
                return true;
        }
    }
    auto *command = new TickCommand(m_entries, m_goals, goal.id, week, done);
    command->setEntryTemplate(m_template);
    command->reportErrorsTo(&m_lastError);
    if (m_undoStack) {
        m_undoStack->push(command); // runs redo(); drops the command when it failed
    } else {
        command->redo();
        delete command;
    }
    return m_lastError.isEmpty();
}

QVariant GoalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == TitleColumn)
        return role == Qt::DisplayRole ? QCoreApplication::translate("GoalsModel", "Goal") : QVariant();
    if (section == ProgressColumn)
        return role == Qt::DisplayRole ? QCoreApplication::translate("GoalsModel", "Progress") : QVariant();
    if (section == ConfidenceColumn) {
        if (role == Qt::DisplayRole)
            return QCoreApplication::translate("GoalsModel", "Confidence");
        if (role == Qt::ToolTipRole)
            return QCoreApplication::translate("GoalsModel", "How likely the goal is by December, 1–10, per check-in");
        return {};
    }
    const IsoWeek week = weekOf(section);
    switch (role) {
    case Qt::DisplayRole:
        return QString::number(week.week);
    case Qt::ToolTipRole:
        return u"%1 (%2 – %3)"_s.arg(
            week.toString(), week.firstDay().toString(Qt::ISODate), week.lastDay().toString(Qt::ISODate));
    case Qt::FontRole:
        if (week == m_today) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case WeekRole:
        return week.toString();
    case CurrentWeekRole:
        return week == m_today;
    default:
        return {};
    }
}

void GoalsModel::setReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly)
        return;
    m_readOnly = readOnly;
    if (rowCount() > 0 && columnCount() > FirstWeekColumn)
        Q_EMIT dataChanged(index(0, FirstWeekColumn), index(rowCount() - 1, columnCount() - 1));
}

Qt::ItemFlags GoalsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    if (index.column() >= FirstWeekColumn && !m_readOnly)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QHash<int, QByteArray> GoalsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(GoalIdRole, "goalId");
    names.insert(MeasureRole, "measure");
    names.insert(StatusRole, "status");
    names.insert(ProgressRole, "progress");
    names.insert(ProgressTextRole, "progressText");
    names.insert(HabitScoreRole, "habitScore");
    names.insert(WeekRole, "week");
    names.insert(CurrentWeekRole, "currentWeek");
    names.insert(AmountRole, "amount");
    names.insert(NoteRole, "note");
    names.insert(SilenceTextRole, "silenceText");
    names.insert(ConfidenceTrendRole, "confidenceTrend");
    return names;
}

YearSummary GoalsModel::summary() const
{
    QList<CheckIn> all;
    for (const QList<CheckIn> &list : m_checkIns)
        all << list;
    return summarizeYear(m_year, m_rows, all, m_today);
}

QString GoalsModel::summaryText() const
{
    const YearSummary s = summary();
    return QCoreApplication::translate("GoalsModel", "%1 of %2 goals done, check-ins in %3 of %4 weeks")
        .arg(s.doneGoals)
        .arg(s.goals)
        .arg(s.checkInWeeks)
        .arg(s.weeks);
}
