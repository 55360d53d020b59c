#include "timelinedelegate.h"

#include "models/timelinemodel.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace {

constexpr int padding = 4;

TimelineModel::NodeType nodeType(const QModelIndex &index)
{
    return TimelineModel::NodeType(index.data(TimelineModel::NodeTypeRole).toInt());
}

QFont smallerFont(const QFont &font)
{
    QFont smaller = font;
    if (font.pointSizeF() > 0)
        smaller.setPointSizeF(font.pointSizeF() * 0.9);
    return smaller;
}

} // namespace

void TimelineDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (nodeType(index) == TimelineModel::NodeType::Year)
        option->font.setBold(true);
}

void TimelineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (nodeType(index) != TimelineModel::NodeType::Entry) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group
        = opt.state.testFlag(QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(0.7f);

    const QRect area = opt.rect.adjusted(padding, padding, -padding, -padding);
    QFont title = opt.font;
    title.setBold(true);
    const QFont small = smallerFont(opt.font);
    const QFontMetrics titleMetrics(title);
    const QFontMetrics smallMetrics(small);

    painter->save();
    painter->setClipRect(opt.rect);
    int y = area.top();
    painter->setFont(title);
    painter->setPen(text);
    painter->drawText(QRect(area.left(), y, area.width(), titleMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
        titleMetrics.elidedText(index.data(TimelineModel::TitleRole).toString(), Qt::ElideRight, area.width()));
    y += titleMetrics.height();

    painter->setFont(small);
    painter->setPen(dim);
    const QString dateLine = index.data(TimelineModel::DateTextRole).toString() + u" · "_s
        + index.data(TimelineModel::KindTextRole).toString();
    painter->drawText(QRect(area.left(), y, area.width(), smallMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
        smallMetrics.elidedText(dateLine, Qt::ElideRight, area.width()));
    y += smallMetrics.height();

    const QString preview = index.data(TimelineModel::PreviewRole).toString();
    if (!preview.isEmpty()) {
        painter->drawText(QRect(area.left(), y, area.width(), smallMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
            smallMetrics.elidedText(preview, Qt::ElideRight, area.width()));
    }
    painter->restore();
}

QSize TimelineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (nodeType(index) != TimelineModel::NodeType::Entry)
        return QStyledItemDelegate::sizeHint(option, index);
    QFont title = option.font;
    title.setBold(true);
    const int height = QFontMetrics(title).height() + 2 * QFontMetrics(smallerFont(option.font)).height();
    return {QFontMetrics(option.font).averageCharWidth() * 24, height + 2 * padding};
}
