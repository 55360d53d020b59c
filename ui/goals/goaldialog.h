#pragma once

#include "goals/goal.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;

/// Edits one goal's title, measure, target, unit and notes (why). Use: construct with the
/// goal, exec(), then read goal(): the fields it does not show (id, year, status,
/// position, carriedFrom) come back unchanged.
class GoalDialog : public QDialog
{
    Q_OBJECT
public:
    explicit GoalDialog(const Goal &goal, QWidget *parent = nullptr);

    Goal goal() const;

private:
    void updateEnabled();

    Goal m_goal;
    QLineEdit *m_title;
    QComboBox *m_measure;
    QDoubleSpinBox *m_target;
    QLineEdit *m_unit;
    QPlainTextEdit *m_notes;
};
