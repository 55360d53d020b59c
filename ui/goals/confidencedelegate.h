#pragma once

#include <QStyledItemDelegate>

/// Paints a goal's confidence trend as a sparkline: GoalsModel::ConfidenceTrendRole's
/// points (ISO week of the year across, confidence 1–10 up), the latest one dotted and
/// its value (`7`) at the right. A cell without points shows a dash. Use it on
/// GoalsModel::ConfidenceColumn.
class ConfidenceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
