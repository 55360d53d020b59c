#include "compareview.h"

#include "goals/goalstore.h"
#include "review/comparemodels.h"
#include "review/quote.h"
#include "review/reviewstore.h"
#include "review/scrollsync.h"
#include "review/yearnumbersloader.h"
#include "storage/database.h"
#include "storage/entrystore.h"
#include "yearcolumn.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTransposeProxyModel>

using namespace Qt::StringLiterals;

namespace {

// A month cell: its label over a bar as long as the month's share of the busiest month.
class MonthDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const QAbstractItemModel *model = index.model();
        qint64 most = 1;
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column)
                most = std::max(most, model->index(row, column).data(MonthStripModel::CharactersRole).toLongLong());
        }
        const qint64 amount = index.data(MonthStripModel::CharactersRole).toLongLong();
        const QRect bar = option.rect.adjusted(4, option.rect.height() - 6, -4, -2);
        painter->fillRect(bar, option.palette.color(QPalette::Midlight));
        QRect filled = bar;
        filled.setWidth(int(bar.width() * amount / most));
        painter->fillRect(filled, QColor(0x40, 0xc4, 0x63));
    }
};

// Goals then and now: a carried-over goal's two cells are joined by a line across the gap.
class GoalsDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem indented = option;
        const bool joined = index.data(GoalsThenAndNowModel::CarriedOverRole).toBool();
        if (index.column() == 1)
            indented.rect.adjust(24, 0, 0, 0);
        else
            indented.rect.adjust(0, 0, -24, 0);
        QStyledItemDelegate::paint(painter, indented, index);
        if (!joined)
            return;
        painter->save();
        painter->setPen(QPen(option.palette.color(QPalette::Highlight), 2));
        const int y = option.rect.center().y();
        if (index.column() == 0)
            painter->drawLine(option.rect.right() - 22, y, option.rect.right(), y);
        else
            painter->drawLine(option.rect.left(), y, option.rect.left() + 20, y);
        painter->restore();
    }
};

} // namespace

CompareView::CompareView(EntryStore &store, GoalStore *goals, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_goals(goals)
    , m_today(QDate::currentDate())
    , m_linkScrolling(new QCheckBox(QCoreApplication::translate("Review", "Scroll together"), this))
    , m_quote(new QPushButton(QCoreApplication::translate("Review", "Quote"), this))
    , m_columns(new QSplitter(Qt::Horizontal, this))
    , m_bottom(new QTabWidget(this))
    , m_monthModel(new MonthStripModel(this))
    , m_monthView(new QTableView(this))
    , m_goalsModel(nullptr)
    , m_goalsView(new QTableView(this))
    , m_loader(new YearNumbersLoader(store.database().path(), this))
{
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(QCoreApplication::translate("Review", "Years:"), this));
    for (int i = 0; i < 3; ++i) {
        auto *box = new QComboBox(this);
        box->setEditable(false);
        m_yearBoxes << box;
        top->addWidget(box);
        auto *column = new YearColumn(store, goals, m_columns);
        m_yearColumns << column;
        m_columns->addWidget(column);
        connect(column, &YearColumn::entryActivated, this, &CompareView::entryActivated);
        connect(column, &YearColumn::dayActivated, this, &CompareView::dayActivated);
        connect(column, &YearColumn::startRetrospectiveRequested, this, &CompareView::startRetrospectiveRequested);
        connect(column->browser()->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this, column](int value) { follow(column, value); });
        connect(column->browser(), &QTextBrowser::selectionChanged, this, &CompareView::updateQuoteButton);
    }
    top->addStretch(1);
    m_linkScrolling->setChecked(true);
    m_linkScrolling->setToolTip(
        QCoreApplication::translate("Review", "Scroll the retrospectives in step, heading by heading"));
    top->addWidget(m_linkScrolling);
    m_quote->setToolTip(QCoreApplication::translate(
        "Review", "Insert the text selected in an older year into the entry being edited, as a quote"));
    m_quote->setEnabled(false);
    top->addWidget(m_quote);

    auto *transposed = new QTransposeProxyModel(this);
    transposed->setSourceModel(m_monthModel);
    m_monthView->setModel(transposed);
    m_monthView->setItemDelegate(new MonthDelegate(m_monthView));
    m_monthView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_monthView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_monthView->verticalHeader()->setDefaultSectionSize(30);
    m_monthView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_monthView->setWordWrap(false);
    m_bottom->addTab(m_monthView, QCoreApplication::translate("Review", "Months"));
    if (m_goals) {
        m_goalsModel = new GoalsThenAndNowModel(*m_goals, m_today.year(), m_today, this);
        m_goalsView->setModel(m_goalsModel);
        m_goalsView->setItemDelegate(new GoalsDelegate(m_goalsView));
        m_goalsView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
        m_goalsView->verticalHeader()->hide();
        m_goalsView->setShowGrid(false);
        m_goalsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_bottom->addTab(m_goalsView, QCoreApplication::translate("Review", "Goals then and now"));
    } else {
        m_goalsView->hide();
    }
    m_bottom->setMaximumHeight(150);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_columns, 1);
    layout->addWidget(m_bottom);

    fillYearChoices();
    setYears({m_today.year() - 2, m_today.year() - 1, m_today.year()});
    for (QComboBox *box : std::as_const(m_yearBoxes))
        connect(box, &QComboBox::activated, this, &CompareView::applyYears);
    connect(m_linkScrolling, &QCheckBox::toggled, this, [this](bool linked) {
        if (linked)
            follow(m_yearColumns.constFirst(), m_yearColumns.constFirst()->browser()->verticalScrollBar()->value());
    });
    connect(m_quote, &QPushButton::clicked, this, &CompareView::quoteSelection);
    connect(m_loader, &YearNumbersLoader::counted, this, &CompareView::showNumbers);
    connect(&m_store, &EntryStore::entryInserted, this, &CompareView::numbersOutdated);
    connect(&m_store, &EntryStore::entryUpdated, this, &CompareView::numbersOutdated);
    connect(&m_store, &EntryStore::entryRemoved, this, &CompareView::numbersOutdated);
    connect(&m_store, &EntryStore::entriesReset, this, [this] {
        m_counted.clear();
        fillYearChoices();
        applyYears();
    });
    updateColumnVisibility();
}

void CompareView::setToday(QDate today)
{
    if (today != m_today)
        m_counted.clear();
    m_today = today;
    applyYears();
}

void CompareView::fillYearChoices()
{
    QList<int> years = ReviewStore(m_store.database()).years();
    if (m_goals)
        years += m_goals->years();
    years << m_today.year() << m_today.year() - 1 << m_today.year() - 2;
    std::sort(years.begin(), years.end());
    years.erase(std::unique(years.begin(), years.end()), years.end());
    for (QComboBox *box : std::as_const(m_yearBoxes)) {
        const int current = box->currentData().toInt();
        const QSignalBlocker blocker(box);
        box->clear();
        for (const int year : std::as_const(years))
            box->addItem(QString::number(year), year);
        if (current)
            box->setCurrentIndex(box->findData(current));
    }
}

void CompareView::setYears(const QList<int> &years)
{
    // Two years fill the first two columns; the third (shown when wide) takes the year before.
    QList<int> chosen = years;
    if (chosen.size() == 2)
        chosen.prepend(chosen.constFirst() - 1);
    if (chosen.size() < 3)
        return;
    bool added = false;
    for (int i = 0; i < 3; ++i) {
        if (m_yearBoxes.at(i)->findData(chosen.at(i)) < 0)
            added = true;
    }
    if (added) {
        for (QComboBox *box : std::as_const(m_yearBoxes)) {
            const QSignalBlocker blocker(box);
            for (const int year : std::as_const(chosen)) {
                if (box->findData(year) < 0)
                    box->addItem(QString::number(year), year);
            }
        }
    }
    // Boxes and columns run: [third (hidden when narrow), older, newer].
    for (int i = 0; i < 3; ++i) {
        const QSignalBlocker blocker(m_yearBoxes.at(i));
        m_yearBoxes.at(i)->setCurrentIndex(m_yearBoxes.at(i)->findData(chosen.at(i)));
    }
    applyYears();
}

QList<int> CompareView::years() const
{
    QList<int> result;
    for (int i = 0; i < columnCount(); ++i)
        result << column(i)->year();
    return result;
}

// Loading a column reads and renders its year's retrospective (about 15 ms for a long one)
// and asks for its numbers: done only for a view on screen, and once however many changes
// came before (the window builds its compare view hidden; setting the day, the size and the
// years each changes them). A hidden view catches up in showEvent(), before it paints.
void CompareView::applyYears()
{
    m_yearsStale = true;
    if (isVisible())
        loadYears();
}

void CompareView::showEvent(QShowEvent *event)
{
    if (m_yearsStale)
        loadYears();
    QWidget::showEvent(event);
}

void CompareView::loadYears()
{
    m_yearsStale = false;
    const bool wide = width() >= thirdColumnWidth();
    QList<int> shown;
    QList<int> uncounted;
    for (int i = 0; i < 3; ++i) {
        const int year = m_yearBoxes.at(i)->currentData().toInt();
        if (i == 0 && !wide)
            continue; // hidden; updateColumnVisibility() loads it when the view widens
        YearColumn *column = m_yearColumns.at(i);
        column->setYear(year, m_today);
        if (m_counted.contains(year))
            column->setNumbers(m_counted.value(year));
        else if (!uncounted.contains(year))
            uncounted << year;
        shown << year;
    }
    m_monthModel->setLocale(locale());
    m_monthModel->setYears(shown);
    for (const int year : std::as_const(shown)) {
        if (m_counted.contains(year))
            m_monthModel->setDays(year, m_counted.value(year).days);
    }
    // Also when nothing is left to count: a request replaces (drops) one still running.
    m_loader->request(uncounted, m_today);
    if (m_goalsModel)
        m_goalsModel->setYear(m_yearBoxes.at(2)->currentData().toInt());
    updateQuoteButton();
}

void CompareView::showNumbers(YearNumbers numbers)
{
    if (m_goals)
        countGoals(numbers, m_goals->goals(numbers.year));
    m_counted.insert(numbers.year, numbers);
    for (YearColumn *column : std::as_const(m_yearColumns))
        column->setNumbers(numbers);
    m_monthModel->setDays(numbers.year, numbers.days);
}

// An entry was written or removed: every year is counted again, the shown ones at once (they
// keep their numbers until the new ones arrive), the others when shown.
void CompareView::numbersOutdated()
{
    m_counted.clear();
    if (isVisible())
        m_loader->request(years(), m_today);
    else
        m_yearsStale = true;
}

void CompareView::updateColumnVisibility()
{
    const bool wide = width() >= thirdColumnWidth();
    if (m_yearColumns.constFirst()->isVisibleTo(this) == wide && m_yearBoxes.constFirst()->isVisibleTo(this) == wide)
        return;
    m_yearColumns.constFirst()->setVisible(wide);
    m_yearBoxes.constFirst()->setVisible(wide);
    applyYears();
}

void CompareView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateColumnVisibility();
}

int CompareView::columnCount() const
{
    return width() >= thirdColumnWidth() ? 3 : 2;
}

YearColumn *CompareView::column(int index) const
{
    const int offset = 3 - columnCount();
    return index >= 0 && index < columnCount() ? m_yearColumns.at(index + offset) : nullptr;
}

bool CompareView::isScrollLinked() const
{
    return m_linkScrolling->isChecked();
}

void CompareView::setScrollLinked(bool linked)
{
    m_linkScrolling->setChecked(linked);
}

void CompareView::follow(YearColumn *leader, int value)
{
    if (m_following || !m_linkScrolling->isChecked())
        return;
    m_following = true;
    const QList<HeadingPosition> from = leader->headingPositions();
    const int fromMax = leader->browser()->verticalScrollBar()->maximum();
    for (YearColumn *column : std::as_const(m_yearColumns)) {
        if (column == leader || !column->browser()->isVisibleTo(this))
            continue;
        QScrollBar *bar = column->browser()->verticalScrollBar();
        bar->setValue(syncedScrollValue(from, column->headingPositions(), value, fromMax, bar->maximum()));
    }
    m_following = false;
}

YearColumn *CompareView::selectionColumn() const
{
    for (int i = 0; i < columnCount(); ++i) {
        YearColumn *candidate = column(i);
        if (candidate->browser()->textCursor().hasSelection())
            return candidate;
    }
    return nullptr;
}

QString CompareView::selectedQuote() const
{
    YearColumn *source = selectionColumn();
    if (!source || !source->retrospectiveId())
        return {};
    int newest = 0;
    for (int i = 0; i < columnCount(); ++i)
        newest = std::max(newest, column(i)->year());
    if (source->year() >= newest)
        return {};
    return quoteMarkdown(
        source->browser()->textCursor().selectedText(), source->year(), source->retrospectiveId(), locale());
}

void CompareView::quoteSelection()
{
    const QString quote = selectedQuote();
    if (!quote.isEmpty())
        Q_EMIT quoteRequested(quote);
}

void CompareView::updateQuoteButton()
{
    m_quote->setEnabled(!selectedQuote().isEmpty());
}
