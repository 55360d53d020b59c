#include "heatmapwidget.h"

#include <QCoreApplication>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace {

// The preferred cell and the smallest one; between them the cells grow with the width.
constexpr int preferredStep = 15;
constexpr int smallestStep = 7;

// Five greens, from an empty day to the most written; the empty one is blended from the
// palette so it reads on light and dark themes.
QColor levelColor(int level, const QPalette &palette)
{
    static const QColor greens[]
        = {QColor(0x9b, 0xe9, 0xa8), QColor(0x40, 0xc4, 0x63), QColor(0x30, 0xa1, 0x4e), QColor(0x21, 0x6e, 0x39)};
    if (level <= 0) {
        const QColor base = palette.color(QPalette::Base);
        const QColor text = palette.color(QPalette::Text);
        return QColor::fromRgbF(base.redF() * 0.88f + text.redF() * 0.12f,
            base.greenF() * 0.88f + text.greenF() * 0.12f, base.blueF() * 0.88f + text.blueF() * 0.12f);
    }
    return greens[std::min(level, 4) - 1];
}

} // namespace

HeatMapWidget::HeatMapWidget(QWidget *parent)
    : QWidget(parent)
    , m_year(QDate::currentDate().year())
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void HeatMapWidget::setYear(int year)
{
    m_year = year;
    updateGeometry();
    update();
}

void HeatMapWidget::setDays(const QHash<QDate, DayActivity> &days)
{
    m_days = days;
    updateThresholds();
    update();
}

void HeatMapWidget::updateThresholds()
{
    QList<qsizetype> amounts;
    for (const DayActivity &day : std::as_const(m_days)) {
        if (day.entries > 0)
            amounts << std::max<qsizetype>(day.characters, 1);
    }
    std::sort(amounts.begin(), amounts.end());
    for (int i = 0; i < 3; ++i)
        m_thresholds[i] = amounts.isEmpty() ? 0 : amounts.at((amounts.size() - 1) * (i + 1) / 4);
}

int HeatMapWidget::level(QDate date) const
{
    const auto it = m_days.constFind(date);
    if (it == m_days.cend() || it->entries == 0)
        return 0;
    const qsizetype amount = std::max<qsizetype>(it->characters, 1);
    int result = 1;
    for (const qsizetype threshold : m_thresholds) {
        if (amount > threshold)
            ++result;
    }
    return std::min(result, 4);
}

int HeatMapWidget::step() const
{
    const int available = (width() - origin().x() - 4) / std::max(1, weekColumns());
    return std::clamp(available, smallestStep, preferredStep);
}

int HeatMapWidget::cellSize() const
{
    return step() - std::max(1, step() / 5);
}

QDate HeatMapWidget::firstMonday() const
{
    const QDate first(m_year, 1, 1);
    return first.addDays(1 - first.dayOfWeek());
}

int HeatMapWidget::weekColumns() const
{
    return int(firstMonday().daysTo(QDate(m_year, 12, 31)) / 7) + 1;
}

QPoint HeatMapWidget::origin() const
{
    const QFontMetrics metrics(font());
    int labelWidth = 0;
    for (const int day : {1, 3, 5})
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(locale().dayName(day, QLocale::ShortFormat)));
    return {labelWidth + 8, metrics.height() + 4};
}

QRect HeatMapWidget::cellRect(QDate date) const
{
    if (!date.isValid() || date.year() != m_year)
        return {};
    const int column = int(firstMonday().daysTo(date) / 7);
    const int row = date.dayOfWeek() - 1;
    const QPoint o = origin();
    const int s = step();
    return {o.x() + column * s, o.y() + row * s, cellSize(), cellSize()};
}

QDate HeatMapWidget::dateAt(QPoint position) const
{
    const QPoint o = origin();
    const QPoint p = position - o;
    const int s = step();
    if (p.x() < 0 || p.y() < 0 || p.x() % s >= cellSize() || p.y() % s >= cellSize())
        return {};
    const int column = p.x() / s;
    const int row = p.y() / s;
    if (row > 6 || column >= weekColumns())
        return {};
    const QDate date = firstMonday().addDays(qint64(column) * 7 + row);
    return date.year() == m_year ? date : QDate();
}

QSize HeatMapWidget::sizeHint() const
{
    const QPoint o = origin();
    return {o.x() + weekColumns() * preferredStep + 4, o.y() + 7 * preferredStep + 4};
}

QSize HeatMapWidget::minimumSizeHint() const
{
    const QPoint o = origin();
    return {o.x() + weekColumns() * smallestStep + 4, o.y() + 7 * smallestStep + 4};
}

bool HeatMapWidget::hasHeightForWidth() const
{
    return true;
}

int HeatMapWidget::heightForWidth(int width) const
{
    const int available = (width - origin().x() - 4) / std::max(1, weekColumns());
    return origin().y() + 7 * std::clamp(available, smallestStep, preferredStep) + 4;
}

void HeatMapWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    // The grid's measures once per paint: origin() measures the day names' text, which
    // for each of the year's cells would take most of the paint.
    const QPoint o = origin();
    const int s = step();
    const int size = cellSize();
    const QDate monday = firstMonday();
    const auto cell = [&](QDate date) {
        return QRect(o.x() + int(monday.daysTo(date) / 7) * s, o.y() + (date.dayOfWeek() - 1) * s, size, size);
    };
    const QFontMetrics metrics(font());
    painter.setPen(palette().color(QPalette::WindowText));
    for (int month = 1; month <= 12; ++month) {
        // The label sits over the first full week of the month, so it never sits over the
        // end of the month before.
        const QDate firstDay(m_year, month, 1);
        const int x = firstDay.dayOfWeek() == 1 ? cell(firstDay).x() : cell(firstDay).x() + s;
        painter.drawText(QPoint(x, metrics.ascent()), locale().standaloneMonthName(month, QLocale::ShortFormat));
    }
    for (const int day : {1, 3, 5}) {
        const int y = o.y() + (day - 1) * s + (size + metrics.ascent() - metrics.descent()) / 2;
        painter.drawText(QPoint(0, y), locale().dayName(day, QLocale::ShortFormat));
    }
    painter.setPen(Qt::NoPen);
    std::array<QColor, 5> colors;
    for (int level = 0; level < 5; ++level)
        colors[level] = levelColor(level, palette());
    for (QDate date(m_year, 1, 1); date.year() == m_year; date = date.addDays(1)) {
        painter.setBrush(colors[level(date)]);
        painter.drawRoundedRect(cell(date), 2, 2);
    }
}

void HeatMapWidget::mouseReleaseEvent(QMouseEvent *event)
{
    const QDate date = dateAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && date.isValid())
        Q_EMIT dayClicked(date);
    QWidget::mouseReleaseEvent(event);
}

bool HeatMapWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QDate date = dateAt(help->pos());
        if (!date.isValid()) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const DayActivity day = m_days.value(date);
        const QString text = day.entries == 0
            ? QCoreApplication::translate("HeatMap", "%1: nothing written")
                  .arg(locale().toString(date, QLocale::LongFormat))
            : QCoreApplication::translate("HeatMap", "%1: %n entries", nullptr, day.entries)
                    .arg(locale().toString(date, QLocale::LongFormat))
                + u", "_s + QCoreApplication::translate("HeatMap", "%n characters", nullptr, int(day.characters));
        QToolTip::showText(help->globalPos(), text, this, cellRect(date));
        return true;
    }
    return QWidget::event(event);
}
