#include "goals/confidencedelegate.h"

#include "itempainting.h"
#include "models/goalsmodel.h"

#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

void ConfidenceDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    ItemPainting::drawBackground(painter, background);

    const QList<QPointF> trend = index.data(GoalsModel::ConfidenceTrendRole).value<QList<QPointF>>();
    const QColor ink = option.palette.color(
        option.state.testFlag(QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (trend.isEmpty()) {
        painter->setPen(option.palette.color(QPalette::PlaceholderText));
        painter->drawText(option.rect, Qt::AlignCenter, u"–"_s);
        painter->restore();
        return;
    }

    const QString last = QString::number(qRound(trend.constLast().y()));
    const int labelWidth = option.fontMetrics.horizontalAdvance(u"10"_s) + 4;
    const QRectF plot = QRectF(option.rect).adjusted(4, 4, -4 - labelWidth, -4);
    // Across: the weeks of the year, so a trend that began in summer starts mid-cell.
    const double weeks = index.model()->columnCount() - GoalsModel::FirstWeekColumn;
    const auto at = [&plot, weeks](const QPointF &point) {
        const double x = plot.left() + plot.width() * std::clamp((point.x() - 1) / std::max(1.0, weeks - 1), 0.0, 1.0);
        const double y = plot.bottom() - plot.height() * std::clamp((point.y() - 1) / 9.0, 0.0, 1.0);
        return QPointF(x, y);
    };

    // A faint mid line (5 of 10) to read the level against.
    QColor guide = ink;
    guide.setAlphaF(0.18);
    painter->setPen(QPen(guide, 1, Qt::DotLine));
    const double middle = at({1, 5.5}).y();
    painter->drawLine(QPointF(plot.left(), middle), QPointF(plot.right(), middle));

    const QColor line = option.palette.color(QPalette::Link);
    painter->setPen(QPen(line, 1.5));
    if (trend.size() > 1) {
        QPainterPath path(at(trend.constFirst()));
        for (qsizetype i = 1; i < trend.size(); ++i)
            path.lineTo(at(trend.at(i)));
        painter->drawPath(path);
    }
    painter->setBrush(line);
    painter->drawEllipse(at(trend.constLast()), 2.5, 2.5);

    painter->setPen(ink);
    painter->drawText(QRectF(plot.right() + 2, option.rect.top(), labelWidth, option.rect.height()),
        Qt::AlignVCenter | Qt::AlignRight, last);
    painter->restore();
}

QSize ConfidenceDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), 90));
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 10));
    return size;
}
