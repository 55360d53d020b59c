#include "goals/goaldialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

GoalDialog::GoalDialog(const Goal &goal, QWidget *parent)
    : QDialog(parent)
    , m_goal(goal)
    , m_title(new QLineEdit(goal.title, this))
    , m_measure(new QComboBox(this))
    , m_target(new QDoubleSpinBox(this))
    , m_unit(new QLineEdit(goal.unit, this))
    , m_notes(new QPlainTextEdit(goal.notes, this))
{
    setWindowTitle(goal.id ? tr("Edit goal") : tr("New goal"));
    m_measure->addItem(tr("Once: done or not"), int(GoalMeasure::Once));
    m_measure->addItem(tr("Count: a total against a target"), int(GoalMeasure::Count));
    m_measure->addItem(tr("Weekly: a habit, week by week"), int(GoalMeasure::Weekly));
    m_measure->addItem(tr("Open: no number"), int(GoalMeasure::Open));
    m_measure->setCurrentIndex(m_measure->findData(int(goal.measure)));
    m_target->setRange(0, 100000);
    m_target->setDecimals(1);
    m_target->setSpecialValueText(tr("none"));
    m_target->setValue(goal.target.value_or(0));
    m_unit->setPlaceholderText(tr("books, 권, h, 시간"));
    m_notes->setPlaceholderText(tr("Why this goal?"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Measure:"), m_measure);
    form->addRow(tr("T&arget:"), m_target);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("&Why:"), m_notes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_measure, &QComboBox::currentIndexChanged, this, &GoalDialog::updateEnabled);
    connect(m_title, &QLineEdit::textChanged, this,
        [this, buttons] { buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_title->text().trimmed().isEmpty()); });
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!goal.title.trimmed().isEmpty());
    updateEnabled();
}

void GoalDialog::updateEnabled()
{
    const auto measure = GoalMeasure(m_measure->currentData().toInt());
    const bool numbered = measure == GoalMeasure::Count || measure == GoalMeasure::Weekly;
    m_target->setEnabled(numbered);
    m_unit->setEnabled(numbered);
}

Goal GoalDialog::goal() const
{
    Goal goal = m_goal;
    goal.title = m_title->text().normalized(QString::NormalizationForm_C).trimmed();
    goal.measure = GoalMeasure(m_measure->currentData().toInt());
    const bool numbered = goal.measure == GoalMeasure::Count || goal.measure == GoalMeasure::Weekly;
    goal.target = numbered && m_target->value() > 0 ? std::optional<double>(m_target->value()) : std::nullopt;
    goal.unit = numbered ? m_unit->text().trimmed() : QString();
    goal.notes = m_notes->toPlainText();
    return goal;
}
