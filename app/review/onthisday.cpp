#include "review/onthisday.h"

#include "markdown/frontmatter.h"
#include "markdown/parser.h"
#include "storage/entrystore.h"

using namespace Qt::StringLiterals;

QList<OnThisDayRange> onThisDayRanges(QDate reference, int span, int firstYear)
{
    QList<OnThisDayRange> ranges;
    if (!reference.isValid())
        return ranges;
    const bool leapDay = reference.month() == 2 && reference.day() == 29;
    const bool lastOfShortFebruary
        = reference.month() == 2 && reference.day() == 28 && !QDate::isLeapYear(reference.year());
    for (int year = reference.year() - 1; year >= firstYear; --year) {
        const QDate anchor = leapDay && !QDate::isLeapYear(year) ? QDate(year, 2, 28)
                                                                 : QDate(year, reference.month(), reference.day());
        OnThisDayRange range {year, anchor.addDays(-span), anchor.addDays(span)};
        if (lastOfShortFebruary && QDate::isLeapYear(year))
            range.to = std::max(range.to, QDate(year, 2, 29));
        ranges << range;
    }
    return ranges;
}

QString entryFirstLines(const QString &text, int lines)
{
    const Markdown::Document document = Markdown::parse(frontMatterBody(text));
    const QString plain = document.plainText(document.root());
    QStringList result;
    for (const QStringView line : QStringTokenizer(plain, u'\n')) {
        const QString trimmed = line.trimmed().toString();
        if (trimmed.isEmpty())
            continue;
        result << (trimmed.size() > 200 ? trimmed.left(199) + u'…' : trimmed);
        if (result.size() == lines)
            break;
    }
    return result.join(u'\n');
}

OnThisDayModel::OnThisDayModel(EntryStore &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_reference(QDate::currentDate())
{
    connect(&m_store, &EntryStore::entryInserted, this, &OnThisDayModel::reload);
    connect(&m_store, &EntryStore::entryUpdated, this, &OnThisDayModel::reload);
    connect(&m_store, &EntryStore::entryRemoved, this, &OnThisDayModel::reload);
    connect(&m_store, &EntryStore::entriesReset, this, &OnThisDayModel::reload);
    reload();
}

void OnThisDayModel::setReferenceDate(QDate date)
{
    if (date == m_reference || !date.isValid())
        return;
    m_reference = date;
    reload();
}

void OnThisDayModel::setSpan(int days)
{
    days = std::clamp(days, 0, 30);
    if (days == m_span)
        return;
    m_span = days;
    reload();
}

void OnThisDayModel::reload()
{
    const ReviewStore store(m_store.database());
    const QDate first = store.firstEntryDate();
    QList<Row> rows;
    if (first.isValid()) {
        // A window reaches at most `span` days into the year before its own.
        const QList<OnThisDayRange> ranges = onThisDayRanges(m_reference, m_span, first.year());
        QList<std::pair<QDate, QDate>> spans;
        for (const OnThisDayRange &range : ranges)
            spans.append({range.from, range.to});
        for (const ReviewEntry &entry : store.entriesInRanges(spans)) {
            Row row {entry, entryFirstLines(entry.text), 0};
            for (const OnThisDayRange &range : ranges) {
                if (range.from <= entry.date && entry.date <= range.to) {
                    row.yearsAgo = m_reference.year() - range.year;
                    break;
                }
            }
            row.entry.text.clear();
            rows << row;
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int OnThisDayModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant OnThisDayModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return u"%1 · %2"_s.arg(row.entry.date.year()).arg(row.entry.title);
    case Qt::ToolTipRole:
        return row.firstLines;
    case EntryIdRole:
        return row.entry.id;
    case DateRole:
        return row.entry.date;
    case KindRole:
        return entryKindName(row.entry.kind);
    case TitleRole:
        return row.entry.title;
    case FirstLinesRole:
        return row.firstLines;
    case YearsAgoRole:
        return row.yearsAgo;
    default:
        return {};
    }
}

QHash<int, QByteArray> OnThisDayModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(EntryIdRole, "entryId");
    names.insert(DateRole, "date");
    names.insert(KindRole, "kind");
    names.insert(TitleRole, "title");
    names.insert(FirstLinesRole, "firstLines");
    names.insert(YearsAgoRole, "yearsAgo");
    return names;
}

qint64 OnThisDayModel::entryId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).entry.id : 0;
}
