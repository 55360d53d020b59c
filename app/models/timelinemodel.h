#pragma once

#include "storage/entrystore.h"

#include <QAbstractItemModel>

/// The diary as a tree for the timeline: year → month → entry, newest first at every
/// level (entries by date, then id, as EntryStore::summaries() orders them).
///
/// Use: construct over an EntryStore and hand it to a view. The model loads lazily, so a
/// diary of decades opens as fast as a young one:
/// - construction and reload() read the years and months with their entry counts only
///   (EntryStore::monthCounts()), no entry;
/// - a month's entries (summaries, no texts) are read when it is fetched: a view calls
///   fetchMore() for a month it expands (QTreeView does for every expanded month when it
///   lays out, expandAll() included), and indexForEntry() and newestEntryId() fetch the
///   month they need. Until then the month row has children (hasChildren(),
///   canFetchMore()) but no rows.
///
/// Then it follows the store's signals. An inserted, updated or removed entry in a fetched
/// month becomes one insert, dataChanged/move or remove of its row; in a month not fetched
/// yet it changes only the month's count. Month and year rows appear with their first entry
/// and go with their last; entriesReset() reloads. A fetched entry moving into a month not
/// fetched yet fetches that month first, so its row moves (and a view's selection with it).
/// Which month held an entry not fetched is not known, so its update or removal reads the
/// months' counts again.
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
    bool hasChildren(const QModelIndex &parent = {}) const override;
    /// True for a month whose entries are not read yet.
    bool canFetchMore(const QModelIndex &parent) const override;
    /// Reads a month's entries, all at once: a month holds a few dozen.
    void fetchMore(const QModelIndex &parent) override;

    /// The row of entry @p id, fetching its month first when needed (one query for the
    /// entry's date, one for the month); an invalid index when the diary does not hold it.
    QModelIndex indexForEntry(qint64 id);
    /// The entry id of @p index, or 0 for a year or month row.
    static qint64 entryId(const QModelIndex &index);
    /// The first (newest) entry's id, or 0 when the diary is empty. Fetches the newest month.
    qint64 newestEntryId();
    /// Entries in the diary, fetched or not, for status lines and tests.
    qsizetype entryCount() const;

    /// Reloads everything from the store (what entriesReset() does).
    void reload();

private:
    struct Month
    {
        int month = 0;
        bool fetched = false;
        qsizetype unfetched = 0; ///< entries in the store, until fetched
        QList<EntrySummary> entries; ///< once fetched
        qsizetype size() const { return fetched ? entries.size() : unfetched; }
    };
    struct Year
    {
        int year = 0;
        QList<Month> months;
    };

    void onInserted(qint64 id);
    void onUpdated(qint64 id);
    void onRemoved(qint64 id);

    int yearRow(int year) const; ///< -1 when absent
    int monthRow(int yearRow, int month) const; ///< -1 when absent
    QModelIndex yearIndex(int yearRow) const;
    QModelIndex monthIndex(int yearRow, int monthRow) const;
    /// The month of a month row.
    const Month &monthAt(const QModelIndex &index) const;
    /// Reads the month's entries and inserts their rows.
    void fetch(int yearRow, int monthRow);
    /// Inserts the year row of @p year when absent, then @p month's row; returns both rows.
    std::pair<int, int> insertMonth(int year, const Month &month);
    /// The year and month rows of @p date, inserting them (as a fetched, empty month) when absent.
    std::pair<int, int> ensureMonth(QDate date);
    /// Inserts @p summary's row into the fetched month.
    void insertRow(int yearRow, int monthRow, const EntrySummary &summary);
    /// Removes the month of @p date and then its year when they hold nothing any more.
    void dropEmpty(QDate date);
    /// Reads the months' counts again: the months not fetched take the store's counts, months
    /// the store no longer has go, months the model does not have yet come.
    void recount();
    /// Where @p summary belongs in @p entries, which must not hold it.
    static int insertionRow(const QList<EntrySummary> &entries, const EntrySummary &summary);

    EntryStore &m_store;
    QList<Year> m_years; // newest first
    QHash<qint64, QDate> m_dateOf; // fetched entry's id → its date: which year and month hold its row
};

/// The name of @p kind in the UI language ("Yearly" / "연간").
QString entryKindText(EntryKind kind);
/// @p date as the timeline shows it, in the default QLocale's language
/// (Korean: "2023년 12월 31일 (일)"; English: "Sun, Dec 31, 2023").
QString timelineDateText(QDate date);
