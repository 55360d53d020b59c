#pragma once

#include "review/reviewstore.h"

#include <QAbstractListModel>
#include <QDate>

class EntryStore;

/// One year's window of "on this day": the days of year @p year around the reference day.
struct OnThisDayRange
{
    int year = 0;
    QDate from;
    QDate to; ///< inclusive
};

/// The windows of every past year from @p firstYear to the year before @p reference: the
/// reference's month and day in that year ± @p span days. A 29 February reference falls on
/// 28 February in years without one; a 28 February reference in a year without a
/// 29 February also takes in the 29th of leap years, so a leap-day entry shows every year.
QList<OnThisDayRange> onThisDayRanges(QDate reference, int span, int firstYear);

/// The first @p lines lines of prose of an entry's @p text: its visible text (front matter
/// and Markdown markup left out), empty lines skipped, each line at most 200 characters.
QString entryFirstLines(const QString &text, int lines = 2);

/// "On this day": the entries written on the reference day's month and day (± span days)
/// in every past year, newest first (date, then id), for the on-this-day panel.
///
/// Use: construct over an EntryStore, then setReferenceDate() (default: today) and
/// setSpan() (default 0: the day itself). The model reloads on the store's signals. Rows
/// answer Qt::DisplayRole ("2023 · title") and the roles below.
class OnThisDayModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        EntryIdRole = Qt::UserRole + 1, ///< qint64
        DateRole, ///< QDate
        KindRole, ///< QString, entryKindName()
        TitleRole, ///< QString
        FirstLinesRole, ///< QString, entryFirstLines(): up to two lines joined by LF
        YearsAgoRole, ///< int, 1 for last year
    };
    Q_ENUM(Role)

    explicit OnThisDayModel(EntryStore &store, QObject *parent = nullptr);

    QDate referenceDate() const { return m_reference; }
    void setReferenceDate(QDate date);
    int span() const { return m_span; }
    /// Days either side of the reference day, 0..30.
    void setSpan(int days);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The entry id of @p row, 0 out of range.
    qint64 entryId(int row) const;

public Q_SLOTS:
    void reload();

private:
    struct Row
    {
        ReviewEntry entry;
        QString firstLines;
        int yearsAgo = 0;
    };

    EntryStore &m_store;
    QDate m_reference;
    int m_span = 0;
    QList<Row> m_rows;
};
