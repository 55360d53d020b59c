#pragma once

#include <QColor>
#include <QFont>

class QPainter;
class QStyleOptionViewItem;

/// What the delegates that paint their own cells share: the style's cell background, and for
/// the timeline's and the search results' entry rows a title over smaller lines.
namespace ItemPainting {

/// Space in pixels between a row's edge and its text.
constexpr int padding = 4;

/// The font of the lines under the title: 90% of @p font's point size.
QFont smallerFont(const QFont &font);

/// The pens for text on a row: the title's colour and a dimmer one for the lines under it.
struct TextColors
{
    QColor text;
    QColor dim;
};

/// Draws the row's background as the style does (selection, hover, focus frame) without its
/// text, and returns the colours text on it takes. @p option is already initialised for
/// the index; its text is cleared.
TextColors drawBackground(QPainter *painter, QStyleOptionViewItem &option);

} // namespace ItemPainting
