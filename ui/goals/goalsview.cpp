#include "goals/goalsview.h"

#include "goals/checkinsync.h"
#include "goals/confidencedelegate.h"
#include "goals/goaldialog.h"
#include "goals/goalplanning.h"
#include "goals/goalstore.h"
#include "goals/progressdelegate.h"
#include "models/goalsmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

GoalsView::GoalsView(GoalStore &goals, EntryStore &entries, CheckInSync &sync, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_goals(goals)
    , m_sync(sync)
    , m_model(new GoalsModel(goals, entries, this))
    , m_table(new QTableView(this))
    , m_year(new QSpinBox(this))
    , m_summary(new QLabel(this))
{
    m_model->setUndoStack(undoStack);
    m_year->setRange(1900, 9999);
    m_year->setValue(m_model->year());
    m_year->setPrefix(tr("Goals of "));
    m_year->setAccessibleName(tr("Year"));

    const auto button = [this](const QString &text, const QString &icon, auto slot) {
        auto *tool = new QToolButton(this);
        tool->setText(text);
        tool->setToolTip(text);
        tool->setIcon(QIcon::fromTheme(icon));
        tool->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        connect(tool, &QToolButton::clicked, this, slot);
        m_buttons.append(tool);
        return tool;
    };
    auto *top = new QHBoxLayout;
    top->addWidget(m_year);
    top->addWidget(button(tr("Add"), u"list-add"_s, [this] { addGoal(); }));
    top->addWidget(button(tr("Edit"), u"document-edit"_s, [this] { editGoal(); }));
    top->addWidget(button(tr("Drop"), u"list-remove"_s, [this] { dropGoal(); }));
    top->addWidget(button(tr("Up"), u"go-up"_s, [this] { moveGoal(-1); }));
    top->addWidget(button(tr("Down"), u"go-down"_s, [this] { moveGoal(1); }));
    top->addWidget(button(tr("Link item…"), u"insert-link"_s, [this] { linkTask(); }));
    top->addWidget(button(tr("Carry over…"), u"go-next"_s, [this] { carryOverFromLastYear(); }));
    top->addStretch();

    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(GoalsModel::ProgressColumn, new ProgressDelegate(m_table));
    m_table->setItemDelegateForColumn(GoalsModel::ConfidenceColumn, new ConfidenceDelegate(m_table));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setMinimumSectionSize(24);
    m_table->setWordWrap(false);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);

    const auto resize = [this] {
        m_table->setColumnWidth(GoalsModel::TitleColumn, 200);
        m_table->setColumnWidth(GoalsModel::ProgressColumn, 120);
        m_table->setColumnWidth(GoalsModel::ConfidenceColumn, 96);
        for (int column = GoalsModel::FirstWeekColumn; column < m_model->columnCount(); ++column)
            m_table->setColumnWidth(column, 30);
        updateSummary();
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, resize);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &GoalsView::updateSummary);
    connect(m_year, &QSpinBox::valueChanged, this, &GoalsView::setYear);
    resize();
    scrollToToday();
}

void GoalsView::setYear(int year)
{
    m_model->setYear(year);
    if (m_year->value() != year)
        m_year->setValue(year);
    scrollToToday();
}

void GoalsView::setReadOnly(bool readOnly)
{
    m_model->setReadOnly(readOnly);
    for (QToolButton *button : std::as_const(m_buttons))
        button->setEnabled(!readOnly);
}

int GoalsView::year() const
{
    return m_model->year();
}

void GoalsView::scrollToToday()
{
    const int column = m_model->columnOf(m_model->today());
    if (column >= 0 && m_model->rowCount() > 0)
        m_table->scrollTo(m_model->index(0, column), QAbstractItemView::PositionAtCenter);
}

void GoalsView::updateSummary()
{
    QString text = m_model->summaryText();
    const qsizetype unmatched = m_sync.unmatchedTasks(m_model->year()).size();
    if (unmatched > 0)
        text += u" · "_s + tr("%n task item(s) match no goal", nullptr, int(unmatched));
    if (!m_model->lastError().isEmpty())
        text += u" · "_s + m_model->lastError();
    m_summary->setText(text);
}

void GoalsView::showError(const QString &error)
{
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Goals"), error);
}

qint64 GoalsView::currentGoalId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->goal(current.row()).id : 0;
}

void GoalsView::addGoal()
{
    Goal goal;
    goal.year = m_model->year();
    goal.measure = GoalMeasure::Weekly;
    GoalDialog dialog(goal, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    goal = dialog.goal();
    QString error;
    if (!m_goals.addGoal(goal, &error))
        showError(error);
}

void GoalsView::editGoal()
{
    const std::optional<Goal> goal = m_goals.goal(currentGoalId());
    if (!goal)
        return;
    GoalDialog dialog(*goal, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!m_goals.updateGoal(dialog.goal(), &error))
        showError(error);
}

void GoalsView::dropGoal()
{
    std::optional<Goal> goal = m_goals.goal(currentGoalId());
    if (!goal)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Drop goal"), tr("Why drop “%1”?").arg(goal->title), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    goal->status = GoalStatus::Dropped;
    goal->statusDate = QDate::currentDate();
    goal->statusReason = reason;
    QString error;
    if (!m_goals.updateGoal(*goal, &error))
        showError(error);
}

void GoalsView::moveGoal(int delta)
{
    const QModelIndex current = m_table->currentIndex();
    const qint64 id = currentGoalId();
    if (!id)
        return;
    QString error;
    if (!m_goals.moveGoal(id, current.row() + delta, &error)) {
        showError(error);
        return;
    }
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, current.column()));
}

void GoalsView::linkTask()
{
    const QList<UnmatchedTask> tasks = m_sync.unmatchedTasks(m_model->year());
    if (tasks.isEmpty() || m_model->rowCount() == 0) {
        QMessageBox::information(this, tr("Link task item"), tr("Every task item of the year matches a goal."));
        return;
    }
    QStringList titles;
    for (const UnmatchedTask &task : tasks) {
        const QString label = u"%1 (%2)"_s.arg(task.title, task.week.toString());
        if (!titles.contains(label))
            titles << label;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Link task item"), tr("Task item:"), titles, 0, false, &ok);
    if (!ok)
        return;
    QString itemTitle;
    for (const UnmatchedTask &task : tasks) {
        if (u"%1 (%2)"_s.arg(task.title, task.week.toString()) == chosen)
            itemTitle = task.title;
    }
    QStringList goals;
    for (int row = 0; row < m_model->rowCount(); ++row)
        goals << m_model->goal(row).title;
    const QString goal = QInputDialog::getItem(
        this, tr("Link task item"), tr("“%1” means the goal:").arg(itemTitle), goals, 0, false, &ok);
    if (!ok)
        return;
    QString error;
    if (!m_goals.addAlias(m_model->goal(int(goals.indexOf(goal))).id, itemTitle, &error))
        showError(error);
}

int GoalsView::makeGoalsFromList(const QString &markdown)
{
    int added = 0;
    for (Goal goal : goalsFromList(markdown, m_model->year())) {
        QString error;
        if (!m_goals.addGoal(goal, &error)) {
            showError(error);
            break;
        }
        ++added;
    }
    return added;
}

int GoalsView::carryOverFromLastYear(bool ask)
{
    const int year = m_model->year();
    const QList<Goal> candidates = carryOverCandidates(m_goals, year - 1);
    if (candidates.isEmpty()) {
        if (ask)
            QMessageBox::information(this, tr("Carry over"), tr("%1 has no unfinished goals.").arg(year - 1));
        return 0;
    }
    QStringList titles;
    QList<qint64> ids;
    for (const Goal &goal : candidates) {
        titles << u"• "_s + goal.title;
        ids << goal.id;
    }
    if (ask
        && QMessageBox::question(this, tr("Carry over"),
               tr("Carry these unfinished goals of %1 into %2?\n\n%3").arg(year - 1).arg(year).arg(titles.join(u'\n')))
            != QMessageBox::Yes)
        return 0;
    QString error;
    const QList<Goal> made = carryOver(m_goals, ids, year, &error);
    showError(error);
    return int(made.size());
}
