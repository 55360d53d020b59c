#pragma once

#include <QStyledItemDelegate>

/// Paints a goal's progress as a bar (the style's progress bar) filled to
/// GoalsModel::ProgressRole (0..1) and labelled with GoalsModel::ProgressTextRole; a
/// weekly goal's habit score shows as a thin line under the bar. Use it on
/// GoalsModel::ProgressColumn.
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
