#include "onthisdaypanel.h"

#include "review/onthisday.h"

#include <QApplication>
#include <QBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QSpinBox>
#include <QStyledItemDelegate>

using namespace Qt::StringLiterals;

namespace {

// A row: "2023 · title" in bold with how long ago, then the entry's first lines dimmed.
class OnThisDayDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem base = option;
        initStyleOption(&base, index);
        base.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &base, painter, widget);

        const QRect rect = option.rect.adjusted(8, 4, -8, -4);
        const bool selected = option.state & QStyle::State_Selected;
        const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
        QFont bold = option.font;
        bold.setBold(true);
        const QFontMetrics boldMetrics(bold);
        const int years = index.data(OnThisDayModel::YearsAgoRole).toInt();
        const QString ago = QCoreApplication::translate("OnThisDay", "%n year(s) ago", nullptr, years);
        painter->save();
        painter->setFont(bold);
        painter->setPen(option.palette.color(textRole));
        const QString title = index.data(Qt::DisplayRole).toString();
        painter->drawText(rect.x(), rect.y() + boldMetrics.ascent(),
            boldMetrics.elidedText(
                title, Qt::ElideRight, rect.width() - option.fontMetrics.horizontalAdvance(ago) - 8));
        painter->setFont(option.font);
        QColor dim = option.palette.color(textRole);
        dim.setAlphaF(0.65f);
        painter->setPen(dim);
        painter->drawText(rect, Qt::AlignRight | Qt::AlignTop, ago);
        const QStringList lines = index.data(OnThisDayModel::FirstLinesRole).toString().split(u'\n');
        int y = rect.y() + boldMetrics.height() + option.fontMetrics.ascent() + 2;
        for (const QString &line : lines) {
            painter->drawText(rect.x(), y, option.fontMetrics.elidedText(line, Qt::ElideRight, rect.width()));
            y += option.fontMetrics.height();
        }
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        QFont bold = option.font;
        bold.setBold(true);
        return {200, QFontMetrics(bold).height() + 2 * option.fontMetrics.height() + 12};
    }
};

} // namespace

OnThisDayPanel::OnThisDayPanel(EntryStore &store, QWidget *parent)
    : QWidget(parent)
    , m_model(new OnThisDayModel(store, this))
    , m_heading(new QLabel(this))
    , m_span(new QSpinBox(this))
    , m_view(new QListView(this))
    , m_empty(new QLabel(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_span->setRange(0, 30);
    m_span->setPrefix(QCoreApplication::translate("OnThisDay", "± "));
    m_span->setSuffix(QCoreApplication::translate("OnThisDay", " days"));
    m_span->setToolTip(QCoreApplication::translate("OnThisDay", "Also show the days around this day"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new OnThisDayDelegate(m_view));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformItemSizes(true);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setText(QCoreApplication::translate("OnThisDay", "Nothing was written on this day in earlier years."));

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_span);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);

    connect(m_span, &QSpinBox::valueChanged, m_model, &OnThisDayModel::setSpan);
    connect(m_view, &QListView::activated, this,
        [this](const QModelIndex &index) { Q_EMIT entryActivated(m_model->entryId(index.row())); });
    connect(m_view, &QListView::clicked, this,
        [this](const QModelIndex &index) { Q_EMIT entryActivated(m_model->entryId(index.row())); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &OnThisDayPanel::updateHeading);
    updateHeading();
}

void OnThisDayPanel::setReferenceDate(QDate date)
{
    m_model->setReferenceDate(date);
    updateHeading();
}

void OnThisDayPanel::setSpan(int days)
{
    m_span->setValue(days);
}

void OnThisDayPanel::updateHeading()
{
    const QString day = locale().toString(
        m_model->referenceDate(), locale().language() == QLocale::Korean ? u"M월 d일"_s : u"MMMM d"_s);
    m_heading->setText(QCoreApplication::translate("OnThisDay", "On this day, %1").arg(day));
    const bool empty = m_model->rowCount() == 0;
    m_view->setVisible(!empty);
    m_empty->setVisible(empty);
}
