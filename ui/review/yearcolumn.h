#pragma once

#include "review/scrollsync.h"
#include "review/yearsummary.h"

#include <QWidget>

class EntryStore;
class GoalStore;
class HeatMapWidget;
class QLabel;
class QTextBrowser;

/// One year's column of the compare view: the year's retrospective rendered (or "no
/// retrospective yet — start one"), its goals with their outcome, its numbers and its heat
/// map. CompareView makes one per chosen year, and brings the numbers when they are counted
/// (YearNumbersLoader); tests read it through the accessors.
class YearColumn : public QWidget
{
    Q_OBJECT
public:
    YearColumn(EntryStore &store, GoalStore *goals, QWidget *parent = nullptr);

    int year() const { return m_year; }
    /// Shows @p year as of @p today: the retrospective and the goals at once, the numbers
    /// and the heat map when setNumbers() brings them ("Counting…" and empty cells until
    /// then, in the same space). Numbers already shown stay when the year and day are the same.
    void setYear(int year, QDate today);
    /// Shows @p numbers when they are of this column's year; others (obsolete) are ignored.
    void setNumbers(const YearNumbers &numbers);
    /// Whether the numbers of the column's year are shown.
    bool hasNumbers() const { return m_numbers.year == m_year && m_year != 0; }

    /// The retrospective's entry id, 0 when the year has none.
    qint64 retrospectiveId() const { return m_retrospectiveId; }
    QTextBrowser *browser() const { return m_browser; }
    HeatMapWidget *heatMap() const { return m_heatMap; }
    /// The goals section and the numbers as plain text (what the user reads there).
    QString goalsText() const;
    QString numbersText() const;
    /// The numbers shown; of year 0 while counting.
    const YearNumbers &numbers() const { return m_numbers; }
    /// The headings of the rendered retrospective and their scroll positions.
    QList<HeadingPosition> headingPositions() const;

Q_SIGNALS:
    void entryActivated(qint64 id);
    void dayActivated(QDate date);
    void startRetrospectiveRequested(int year);

private:
    void showRetrospective();
    void showGoals();
    void openLink(const QUrl &url);

    EntryStore &m_store;
    GoalStore *m_goals;
    int m_year = 0;
    QDate m_today;
    qint64 m_retrospectiveId = 0;
    YearNumbers m_numbers;
    QLabel *m_title;
    QLabel *m_missing;
    QTextBrowser *m_browser;
    QLabel *m_goalsLabel;
    QLabel *m_numbersLabel;
    HeatMapWidget *m_heatMap;
};
