#include "searchresultdelegate.h"

#include "itempainting.h"

#include "models/searchmodel.h"
#include "models/timelinemodel.h"

#include <QPainter>
#include <QTextLine>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

using ItemPainting::padding;
using ItemPainting::smallerFont;
constexpr int snippetLines = 2;

// Drops text before the first hit until what is left before it takes at most half a line,
// so the hit is on screen; the ranges move with the text.
QString bringHitIntoView(const QString &text, QList<SearchRange> &ranges, const QFontMetrics &metrics, int width)
{
    if (ranges.isEmpty())
        return text;
    const qsizetype first = ranges.first().start;
    qsizetype cut = 0;
    while (cut < first && metrics.horizontalAdvance(text.mid(cut, first - cut)) > width / 2)
        ++cut;
    if (cut < text.size() && text.at(cut).isLowSurrogate())
        --cut;
    if (cut <= 1)
        return text;
    const QString ellipsis = u"…"_s;
    for (SearchRange &range : ranges)
        range.start += ellipsis.size() - cut;
    return ellipsis + text.mid(cut);
}

// Lays out @p text in @p width at most @p maxLines lines, with @p ranges marked; returns the height used.
int drawText(QPainter *painter, const QString &text, const QList<SearchRange> &ranges, const QFont &font,
    const QPointF &at, int width, int maxLines)
{
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(maxLines > 1 ? QTextOption::WrapAtWordBoundaryOrAnywhere : QTextOption::NoWrap);
    layout.setTextOption(option);
    layout.setFormats(SearchResultDelegate::highlightFormats(ranges));
    layout.beginLayout();
    qreal y = 0;
    int lines = 0;
    while (lines < maxLines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
        ++lines;
    }
    layout.endLayout();
    layout.draw(painter, at);
    return int(std::ceil(y));
}

} // namespace

QColor SearchResultDelegate::highlightColor()
{
    return QColor(0xff, 0xe0, 0x66);
}

QList<QTextLayout::FormatRange> SearchResultDelegate::highlightFormats(const QList<SearchRange> &ranges)
{
    QTextCharFormat format;
    format.setBackground(highlightColor());
    format.setForeground(Qt::black);
    QList<QTextLayout::FormatRange> formats;
    for (const SearchRange &range : ranges)
        formats.append({int(range.start), int(range.length), format});
    return formats;
}

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const auto [text, dim] = ItemPainting::drawBackground(painter, opt);

    const QRect area = opt.rect.adjusted(padding, padding, -padding, -padding);
    QFont title = opt.font;
    title.setBold(true);
    const QFont small = smallerFont(opt.font);
    const QFontMetrics smallMetrics(small);

    painter->save();
    painter->setClipRect(opt.rect);
    painter->setPen(text);
    QString titleText = index.data(SearchModel::TitleRole).toString();
    QList<SearchRange> titleRanges = index.data(SearchModel::TitleHighlightsRole).value<QList<SearchRange>>();
    if (titleText.isEmpty()) {
        titleText = tr("Untitled");
        titleRanges.clear();
    }
    int y = area.top();
    y += drawText(painter, titleText, titleRanges, title, QPointF(area.left(), y), area.width(), 1);

    painter->setPen(dim);
    const QString dateLine = timelineDateText(index.data(SearchModel::DateRole).toDate()) + u" · "_s
        + entryKindText(entryKindFromName(index.data(SearchModel::KindRole).toString()).value_or(EntryKind::Daily));
    y += drawText(painter, smallMetrics.elidedText(dateLine, Qt::ElideRight, area.width()), {}, small,
        QPointF(area.left(), y), area.width(), 1);

    QList<SearchRange> ranges = index.data(SearchModel::HighlightsRole).value<QList<SearchRange>>();
    const QString snippet
        = bringHitIntoView(index.data(SearchModel::SnippetRole).toString(), ranges, smallMetrics, area.width());
    painter->setPen(text);
    drawText(painter, snippet, ranges, small, QPointF(area.left(), y), area.width(), snippetLines);
    painter->restore();
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    QFont title = option.font;
    title.setBold(true);
    const int small = QFontMetrics(smallerFont(option.font)).lineSpacing();
    const int height = QFontMetrics(title).lineSpacing() + (1 + snippetLines) * small;
    return {QFontMetrics(option.font).averageCharWidth() * 24, height + 2 * padding};
}
