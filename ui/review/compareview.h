#pragma once

#include "review/yearsummary.h"

#include <QDate>
#include <QHash>
#include <QWidget>

class EntryStore;
class GoalStore;
class GoalsThenAndNowModel;
class MonthStripModel;
class QCheckBox;
class QComboBox;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class YearColumn;
class YearNumbersLoader;

/// Years side by side (issue 6, "Compare view"): two years' columns (a third when the view
/// is at least thirdColumnWidth() wide), each with the year's retrospective, goals, numbers
/// and heat map; under them a month strip ("March 2022" beside "March 2023") and "goals then
/// and now". The retrospectives scroll in step (syncedScrollValue(): by matching heading,
/// else proportionally) until the user unlinks them.
///
/// Quote: select text in an older year's retrospective and press Quote; quoteRequested()
/// carries the Markdown blockquote (quoteMarkdown()) for the MainWindow to insert into the
/// entry being edited.
///
/// The columns' numbers, heat maps and the month strip come from a YearNumbersLoader: the
/// view paints at once with the retrospectives and goals, and each year's numbers fill in
/// when counted (each year counted once, kept until the diary or the day changes; a year
/// switched away from while counting is never shown).
///
/// Use: construct over the stores (goals may be null; the entries' Database must be a file),
/// setYears() or keep the default (last year and this year, oldest left), connect the signals.
class CompareView : public QWidget
{
    Q_OBJECT
public:
    CompareView(EntryStore &store, GoalStore *goals, QWidget *parent = nullptr);

    /// The day numbers and goals are taken as of (default: today).
    void setToday(QDate today);
    /// The years of the first columns, oldest first is the usual order; two or three.
    void setYears(const QList<int> &years);
    QList<int> years() const;

    /// Visible columns, left to right.
    int columnCount() const;
    YearColumn *column(int index) const;
    MonthStripModel *monthStrip() const { return m_monthModel; }
    GoalsThenAndNowModel *goalsThenAndNow() const { return m_goalsModel; }

    bool isScrollLinked() const;
    void setScrollLinked(bool linked);

    /// The Markdown quote of the current selection in an older column, or empty when there is
    /// none (nothing selected, or the selection is in the newest column).
    QString selectedQuote() const;
    /// Emits quoteRequested() with selectedQuote() when there is one.
    void quoteSelection();

    static int thirdColumnWidth() { return 1500; }

Q_SIGNALS:
    void quoteRequested(const QString &markdown);
    void entryActivated(qint64 id);
    void dayActivated(QDate date);
    void startRetrospectiveRequested(int year);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void fillYearChoices();
    void applyYears();
    void loadYears();
    void showNumbers(YearNumbers numbers);
    void numbersOutdated();
    void updateColumnVisibility();
    void follow(YearColumn *leader, int value);
    void updateQuoteButton();
    YearColumn *selectionColumn() const;

    EntryStore &m_store;
    GoalStore *m_goals;
    QDate m_today;
    QList<QComboBox *> m_yearBoxes;
    QCheckBox *m_linkScrolling;
    QPushButton *m_quote;
    QSplitter *m_columns;
    QList<YearColumn *> m_yearColumns;
    QTabWidget *m_bottom;
    MonthStripModel *m_monthModel;
    QTableView *m_monthView;
    GoalsThenAndNowModel *m_goalsModel;
    QTableView *m_goalsView;
    YearNumbersLoader *m_loader;
    QHash<int, YearNumbers> m_counted; ///< years counted as of m_today since the diary last changed
    bool m_following = false;
    bool m_yearsStale = false; ///< the boxes or the diary changed since the columns were loaded
};
