#pragma once

#include "search/searchquery.h"

#include <QStyledItemDelegate>
#include <QTextLayout>

/// Paints a SearchModel row in three lines: the title, the date and kind, and up to two
/// lines of snippet — with every hit (SearchModel::TitleHighlightsRole, HighlightsRole)
/// marked exactly, range by range: searching 학교 in 학교에 marks two syllables.
///
/// A snippet whose first hit would fall outside the row is shown from shortly before the
/// hit, after '…'.
class SearchResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The background a hit is painted on (a light marker yellow, readable in both
    /// light and dark palettes since the hit's text is painted black on it).
    static QColor highlightColor();
    /// The formats marking @p ranges (UTF-16 [start, length]) in a QTextLayout.
    static QList<QTextLayout::FormatRange> highlightFormats(const QList<SearchRange> &ranges);
};
