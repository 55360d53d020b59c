#pragma once

#include <QStyledItemDelegate>

/// Paints a TimelineModel row: an entry as three lines — its title; its date and kind;
/// the first line of its text — and a year in bold. Month rows are painted as usual.
class TimelineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    // An entry row's size depends only on the font: measured once per font, not per row
    // (expanding twenty years asks for thousands of rows' sizes).
    mutable QFont m_measuredFont;
    mutable QSize m_entrySize;
};
