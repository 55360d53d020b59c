#include "timelinedelegate.h"

#include "itempainting.h"

#include "models/timelinemodel.h"

#include <QPainter>

using namespace Qt::StringLiterals;

namespace {

using ItemPainting::padding;
using ItemPainting::smallerFont;

TimelineModel::NodeType nodeType(const QModelIndex &index)
{
    return TimelineModel::NodeType(index.data(TimelineModel::NodeTypeRole).toInt());
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
    const auto [text, dim] = ItemPainting::drawBackground(painter, opt);

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
    if (m_entrySize.isValid() && option.font == m_measuredFont)
        return m_entrySize;
    QFont title = option.font;
    title.setBold(true);
    const int height = QFontMetrics(title).height() + 2 * QFontMetrics(smallerFont(option.font)).height();
    m_measuredFont = option.font;
    m_entrySize = {QFontMetrics(option.font).averageCharWidth() * 24, height + 2 * padding};
    return m_entrySize;
}
