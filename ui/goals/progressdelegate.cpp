#include "goals/progressdelegate.h"

#include "itempainting.h"
#include "models/goalsmodel.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

using namespace Qt::StringLiterals;

void ProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // The cell's background and selection first, then the bar over it.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    ItemPainting::drawBackground(painter, background);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(3, 3, -3, -3);
    bar.minimum = 0;
    bar.maximum = 1000;
    bar.progress = qRound(std::clamp(index.data(GoalsModel::ProgressRole).toDouble(), 0.0, 1.0) * 1000);
    bar.text = index.data(GoalsModel::ProgressTextRole).toString();
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    bar.state = option.state | QStyle::State_Horizontal;
    bar.palette = option.palette;
    bar.fontMetrics = option.fontMetrics;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);

    if (index.data(GoalsModel::MeasureRole).toString() == u"weekly"_s) {
        const double score = std::clamp(index.data(GoalsModel::HabitScoreRole).toDouble(), 0.0, 1.0);
        const QRect line(bar.rect.left(), bar.rect.bottom() + 1, qRound(bar.rect.width() * score), 2);
        painter->fillRect(line, option.palette.color(QPalette::Link));
    }
}

QSize ProgressDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), option.fontMetrics.horizontalAdvance(u"000 / 000 권"_s) + 16));
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 10));
    return size;
}
