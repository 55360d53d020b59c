#include "itempainting.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionViewItem>

namespace ItemPainting {

QFont smallerFont(const QFont &font)
{
    QFont smaller = font;
    if (font.pointSizeF() > 0)
        smaller.setPointSizeF(font.pointSizeF() * 0.9);
    return smaller;
}

TextColors drawBackground(QPainter *painter, QStyleOptionViewItem &option)
{
    option.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &option, painter, widget);

    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group
        = option.state.testFlag(QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    TextColors colors;
    colors.text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    colors.dim = colors.text;
    colors.dim.setAlphaF(0.7f);
    return colors;
}

} // namespace ItemPainting
