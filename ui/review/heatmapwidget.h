#pragma once

#include "review/yearsummary.h"

#include <QLocale>
#include <QWidget>

/// A calendar heat map of one year, drawn with QPainter like a contributions graph: one
/// cell a day, a column per week, Monday-first rows (Monday at the top), the month names
/// above in the widget's locale (QWidget::locale()), the cells coloured by how much was
/// written that day in five steps (none, then the quartiles of the year's writing days).
///
/// Use: setYear() and setDays() (YearNumbers::days); connect dayClicked() to open the day's
/// entries. Hovering a cell shows the date, the entries and the characters written. The
/// cells grow with the widget's width, from 7 to 15 pixels a week.
class HeatMapWidget : public QWidget
{
    Q_OBJECT
public:
    explicit HeatMapWidget(QWidget *parent = nullptr);

    int year() const { return m_year; }
    void setYear(int year);
    void setDays(const QHash<QDate, DayActivity> &days);

    /// The cell of @p date (widget coordinates); empty for a date outside the year.
    QRect cellRect(QDate date) const;
    /// The day whose cell holds @p position; invalid between cells or outside the year.
    QDate dateAt(QPoint position) const;
    /// 0 (nothing written) to 4 (the top quarter of the year's writing days).
    int level(QDate date) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;

Q_SIGNALS:
    void dayClicked(QDate date);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    QDate firstMonday() const;
    int step() const; ///< cell plus gap, from the width
    int cellSize() const;
    int weekColumns() const;
    QPoint origin() const;
    void updateThresholds();

    int m_year = 0;
    QHash<QDate, DayActivity> m_days;
    std::array<qsizetype, 3> m_thresholds {}; ///< characters at the 25th, 50th and 75th percentile
};
