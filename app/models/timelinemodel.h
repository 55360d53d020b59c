#pragma once

#include "storage/entrystore.h"

#include <QAbstractItemModel>

/// The diary as a tree for the timeline: year → month → entry, newest first at every
/// level (entries by date, then id, as EntryStore::summaries() orders them).
///
/// Use: construct over an EntryStore and hand it to a view. The model loads the
/// summaries (no entry texts) once and then follows the store's signals: an inserted,
/// updated or removed entry becomes one insert, dataChanged/move or remove of that row
/// (plus its month and year rows when they appear or empty out); entriesReset()
/// reloads everything. Years and months exist only while they hold an entry.
///
/// One column. Every row answers Qt::DisplayRole (year "2023년" / month "12월" in the
/// UI language, the entry's title) and NodeTypeRole; the other roles are the entry's and
/// invalid on year and month rows, except YearRole and MonthRole.
class TimelineModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class NodeType {
        Year,
        Month,
        Entry,
    };
    Q_ENUM(NodeType)

    enum Role {
        NodeTypeRole = Qt::UserRole + 1, ///< NodeType, as int
        EntryIdRole, ///< qint64
        DateRole, ///< QDate, the author's local date
        DateTextRole, ///< QString, the date in the UI language ("2023년 12월 31일 (일)")
        KindRole, ///< QString, the kind's stable name (entryKindName: "yearly")
        KindTextRole, ///< QString, the kind in the UI language ("연간")
        TitleRole, ///< QString
        PreviewRole, ///< QString, the body's first line of prose
        YearRole, ///< int, on every row
        MonthRole, ///< int 1–12, on month and entry rows
    };
    Q_ENUM(Role)

    explicit TimelineModel(EntryStore &store, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The row of entry @p id, or an invalid index when the model does not hold it.
    QModelIndex indexForEntry(qint64 id) const;
    /// The entry id of @p index, or 0 for a year or month row.
    static qint64 entryId(const QModelIndex &index);
    /// The first (newest) entry's id, or 0 when the diary is empty.
    qint64 newestEntryId() const;
    /// Entries held, for status lines and tests.
    qsizetype entryCount() const { return m_rowOf.size(); }

    /// Reloads everything from the store (what entriesReset() does).
    void reload();

private:
    struct Month
    {
        int month = 0;
        QList<EntrySummary> entries;
    };
    struct Year
    {
        int year = 0;
        QList<Month> months;
    };

    void onInserted(qint64 id);
    void onUpdated(qint64 id);
    void onRemoved(qint64 id);
    std::optional<EntrySummary> summary(qint64 id) const;

    int yearRow(int year) const; ///< -1 when absent
    int monthRow(int yearRow, int month) const; ///< -1 when absent
    QModelIndex yearIndex(int yearRow) const;
    QModelIndex monthIndex(int yearRow, int monthRow) const;
    /// Makes sure the year and month rows of @p date exist (inserting them) and returns them.
    std::pair<int, int> ensureMonth(QDate date);
    /// Removes the month of @p date and then its year when they hold nothing any more.
    void dropEmpty(QDate date);
    /// Where @p summary belongs in @p entries, which must not hold it.
    static int insertionRow(const QList<EntrySummary> &entries, const EntrySummary &summary);

    EntryStore &m_store;
    QList<Year> m_years; // newest first
    QHash<qint64, QDate> m_rowOf; // entry id → its date: which year and month hold it
};

/// The name of @p kind in the UI language ("Yearly" / "연간").
QString entryKindText(EntryKind kind);
/// @p date as the timeline shows it, in the default QLocale's language
/// (Korean: "2023년 12월 31일 (일)"; English: "Sun, Dec 31, 2023").
QString timelineDateText(QDate date);
