#include "goals/goalstore.h"

#include "goals/taskitems.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString goalColumns = u"id, year, position, title, notes, measure, target, unit, status, status_date, "
                            "status_reason, carried_from"_s;
const QString checkInColumns
    = u"check_ins.id, goal_id, first_week, last_week, done, amount, note, confidence, entry_id"_s;

QString failure(const QSqlQuery &query)
{
    return QCoreApplication::translate("GoalStore", "The goals could not be written: %1").arg(query.lastError().text());
}

QString commitFailure(const Transaction &transaction)
{
    return QCoreApplication::translate("GoalStore", "The goals could not be written: %1").arg(transaction.errorText());
}

QVariant nullable(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

// A text column that is NOT NULL: a null QString would bind as NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QString::fromLatin1("") : text;
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

Goal readGoal(const QSqlQuery &query)
{
    Goal goal;
    goal.id = query.value(0).toLongLong();
    goal.year = query.value(1).toInt();
    goal.position = query.value(2).toInt();
    goal.title = query.value(3).toString();
    goal.notes = query.value(4).toString();
    goal.measure = goalMeasureFromName(query.value(5).toString()).value_or(GoalMeasure::Open);
    if (!query.isNull(6))
        goal.target = query.value(6).toDouble();
    goal.unit = query.value(7).toString();
    goal.status = goalStatusFromName(query.value(8).toString()).value_or(GoalStatus::Active);
    goal.statusDate = QDate::fromString(query.value(9).toString(), Qt::ISODate);
    goal.statusReason = query.value(10).toString();
    goal.carriedFrom = query.value(11).toLongLong();
    return goal;
}

CheckIn readCheckIn(const QSqlQuery &query)
{
    CheckIn checkIn;
    checkIn.id = query.value(0).toLongLong();
    checkIn.goalId = query.value(1).toLongLong();
    checkIn.firstWeek = IsoWeek::fromString(query.value(2).toString()).value_or(IsoWeek());
    checkIn.lastWeek = IsoWeek::fromString(query.value(3).toString()).value_or(checkIn.firstWeek);
    checkIn.done = query.value(4).toBool();
    if (!query.isNull(5))
        checkIn.amount = query.value(5).toDouble();
    checkIn.note = query.value(6).toString();
    if (!query.isNull(7))
        checkIn.confidence = query.value(7).toInt();
    checkIn.entryId = query.value(8).toLongLong();
    return checkIn;
}

bool sameCheckIn(const CheckIn &a, const CheckIn &b)
{
    return a.goalId == b.goalId && a.firstWeek == b.firstWeek && a.lastWeek == b.lastWeek && a.done == b.done
        && a.amount == b.amount && a.note == b.note && a.confidence == b.confidence;
}

} // namespace

GoalStore::GoalStore(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{ }

QList<Goal> GoalStore::goals(int year) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + goalColumns + u" FROM goals WHERE year = ? ORDER BY position, id"_s);
    query.addBindValue(year);
    QList<Goal> result;
    if (query.exec()) {
        while (query.next())
            result << readGoal(query);
    }
    return result;
}

std::optional<Goal> GoalStore::goal(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT "_s + goalColumns + u" FROM goals WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return readGoal(query);
}

QList<int> GoalStore::years() const
{
    QSqlQuery query(m_database.connection());
    QList<int> result;
    if (query.exec(u"SELECT DISTINCT year FROM goals ORDER BY year"_s)) {
        while (query.next())
            result << query.value(0).toInt();
    }
    return result;
}

bool GoalStore::addGoal(Goal &goal, QString *error)
{
    Transaction transaction(m_database.connection());
    QSqlQuery next(m_database.connection());
    next.prepare(u"SELECT coalesce(max(position) + 1, 0) FROM goals WHERE year = ?"_s);
    next.addBindValue(goal.year);
    if (!next.exec() || !next.next()) {
        *error = failure(next);
        return false;
    }
    goal.position = next.value(0).toInt();
    next.finish();

    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO goals (year, position, title, notes, measure, target, unit, status, status_date, "
                  "status_reason, carried_from, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(goal.year);
    query.addBindValue(goal.position);
    query.addBindValue(notNull(goal.title));
    query.addBindValue(notNull(goal.notes));
    query.addBindValue(goalMeasureName(goal.measure));
    query.addBindValue(nullable(goal.target));
    query.addBindValue(notNull(goal.unit));
    query.addBindValue(goalStatusName(goal.status));
    query.addBindValue(goal.statusDate.isValid() ? QVariant(goal.statusDate.toString(Qt::ISODate))
                                                 : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(notNull(goal.statusReason));
    query.addBindValue(nullableId(goal.carriedFrom));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!query.exec()) {
        *error = failure(query);
        return false;
    }
    goal.id = query.lastInsertId().toLongLong();
    if (!transaction.commit()) {
        *error = commitFailure(transaction);
        return false;
    }
    Q_EMIT goalsChanged(goal.year);
    return true;
}

bool GoalStore::updateGoal(const Goal &goal, QString *error)
{
    const std::optional<Goal> old = this->goal(goal.id);
    QSqlQuery query(m_database.connection());
    query.prepare(u"UPDATE goals SET year = ?, title = ?, notes = ?, measure = ?, target = ?, unit = ?, status = ?, "
                  "status_date = ?, status_reason = ?, carried_from = ? WHERE id = ?"_s);
    query.addBindValue(goal.year);
    query.addBindValue(notNull(goal.title));
    query.addBindValue(notNull(goal.notes));
    query.addBindValue(goalMeasureName(goal.measure));
    query.addBindValue(nullable(goal.target));
    query.addBindValue(notNull(goal.unit));
    query.addBindValue(goalStatusName(goal.status));
    query.addBindValue(goal.statusDate.isValid() ? QVariant(goal.statusDate.toString(Qt::ISODate))
                                                 : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(notNull(goal.statusReason));
    query.addBindValue(nullableId(goal.carriedFrom));
    query.addBindValue(goal.id);
    if (!query.exec()) {
        *error = failure(query);
        return false;
    }
    if (query.numRowsAffected() != 1) {
        *error = QCoreApplication::translate("GoalStore", "There is no goal %1.").arg(goal.id);
        return false;
    }
    if (old && old->year != goal.year)
        Q_EMIT goalsChanged(old->year);
    Q_EMIT goalsChanged(goal.year);
    return true;
}

bool GoalStore::removeGoal(qint64 id, QString *error)
{
    const std::optional<Goal> old = goal(id);
    if (!old) {
        *error = QCoreApplication::translate("GoalStore", "There is no goal %1.").arg(id);
        return false;
    }
    Transaction transaction(m_database.connection());
    QSqlQuery query(m_database.connection());
    query.prepare(u"DELETE FROM goals WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec()) {
        *error = failure(query);
        return false;
    }
    QSqlQuery renumber(m_database.connection());
    renumber.prepare(u"UPDATE goals SET position = position - 1 WHERE year = ? AND position > ?"_s);
    renumber.addBindValue(old->year);
    renumber.addBindValue(old->position);
    if (!renumber.exec()) {
        *error = failure(renumber);
        return false;
    }
    if (!transaction.commit()) {
        *error = commitFailure(transaction);
        return false;
    }
    Q_EMIT goalsChanged(old->year);
    Q_EMIT checkInsChanged();
    return true;
}

bool GoalStore::moveGoal(qint64 id, int position, QString *error)
{
    const std::optional<Goal> moved = goal(id);
    if (!moved) {
        *error = QCoreApplication::translate("GoalStore", "There is no goal %1.").arg(id);
        return false;
    }
    QList<Goal> order = goals(moved->year);
    const qsizetype from
        = std::find_if(order.cbegin(), order.cend(), [id](const Goal &g) { return g.id == id; }) - order.cbegin();
    const qsizetype to = std::clamp<qsizetype>(position, 0, order.size() - 1);
    if (from == to)
        return true;
    order.move(from, to);
    Transaction transaction(m_database.connection());
    QSqlQuery query(m_database.connection());
    query.prepare(u"UPDATE goals SET position = ? WHERE id = ?"_s);
    for (qsizetype i = 0; i < order.size(); ++i) {
        query.addBindValue(int(i));
        query.addBindValue(order.at(i).id);
        if (!query.exec()) {
            *error = failure(query);
            return false;
        }
    }
    if (!transaction.commit()) {
        *error = commitFailure(transaction);
        return false;
    }
    Q_EMIT goalsChanged(moved->year);
    return true;
}

QHash<QString, qint64> GoalStore::aliases(int year) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT alias, goal_id FROM goal_aliases JOIN goals ON goals.id = goal_id WHERE year = ?"_s);
    query.addBindValue(year);
    QHash<QString, qint64> result;
    if (query.exec()) {
        while (query.next())
            result.insert(query.value(0).toString(), query.value(1).toLongLong());
    }
    return result;
}

bool GoalStore::addAlias(qint64 goalId, const QString &title, QString *error)
{
    const std::optional<Goal> target = goal(goalId);
    if (!target) {
        *error = QCoreApplication::translate("GoalStore", "There is no goal %1.").arg(goalId);
        return false;
    }
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT OR IGNORE INTO goal_aliases (goal_id, alias) VALUES (?, ?)"_s);
    query.addBindValue(goalId);
    query.addBindValue(goalKey(title));
    if (!query.exec()) {
        *error = failure(query);
        return false;
    }
    Q_EMIT goalsChanged(target->year);
    return true;
}

QList<CheckIn> GoalStore::checkIns(qint64 goalId) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + checkInColumns + u" FROM check_ins WHERE goal_id = ? ORDER BY first_week, id"_s);
    query.addBindValue(goalId);
    QList<CheckIn> result;
    if (query.exec()) {
        while (query.next())
            result << readCheckIn(query);
    }
    return result;
}

QList<CheckIn> GoalStore::checkInsOfYear(int year) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + checkInColumns
        + u" FROM check_ins JOIN goals ON goals.id = goal_id WHERE goals.year = ? ORDER BY first_week, check_ins.id"_s);
    query.addBindValue(year);
    QList<CheckIn> result;
    if (query.exec()) {
        while (query.next())
            result << readCheckIn(query);
    }
    return result;
}

QList<CheckIn> GoalStore::checkInsOfEntry(qint64 entryId) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + checkInColumns + u" FROM check_ins WHERE entry_id = ? ORDER BY goal_id, id"_s);
    query.addBindValue(entryId);
    QList<CheckIn> result;
    if (query.exec()) {
        while (query.next())
            result << readCheckIn(query);
    }
    return result;
}

bool GoalStore::insertCheckIn(CheckIn &checkIn, QString *error)
{
    if (!checkIn.firstWeek.isValid() || !checkIn.lastWeek.isValid() || checkIn.lastWeek < checkIn.firstWeek) {
        *error = QCoreApplication::translate("GoalStore", "A check-in needs a valid week or span of weeks.");
        return false;
    }
    if (checkIn.confidence && (*checkIn.confidence < 1 || *checkIn.confidence > 10)) {
        *error = QCoreApplication::translate("GoalStore", "Confidence runs from 1 to 10, not %1.")
                     .arg(*checkIn.confidence);
        return false;
    }
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO check_ins (goal_id, first_week, last_week, done, amount, note, confidence, entry_id) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(checkIn.goalId);
    query.addBindValue(checkIn.firstWeek.toString());
    query.addBindValue(checkIn.lastWeek.toString());
    query.addBindValue(checkIn.done);
    query.addBindValue(nullable(checkIn.amount));
    query.addBindValue(notNull(checkIn.note));
    query.addBindValue(checkIn.confidence ? QVariant(*checkIn.confidence) : QVariant(QMetaType::fromType<int>()));
    query.addBindValue(nullableId(checkIn.entryId));
    if (!query.exec()) {
        *error = failure(query);
        return false;
    }
    checkIn.id = query.lastInsertId().toLongLong();
    return true;
}

bool GoalStore::replaceEntryCheckIns(qint64 entryId, const QList<CheckIn> &checkIns, QString *error)
{
    const QList<CheckIn> old = checkInsOfEntry(entryId);
    QList<CheckIn> sortedNew = checkIns;
    std::stable_sort(
        sortedNew.begin(), sortedNew.end(), [](const CheckIn &a, const CheckIn &b) { return a.goalId < b.goalId; });
    if (old.size() == sortedNew.size() && std::equal(old.cbegin(), old.cend(), sortedNew.cbegin(), sameCheckIn))
        return true;

    Transaction transaction(m_database.connection());
    QSqlQuery remove(m_database.connection());
    remove.prepare(u"DELETE FROM check_ins WHERE entry_id = ?"_s);
    remove.addBindValue(entryId);
    if (!remove.exec()) {
        *error = failure(remove);
        return false;
    }
    for (CheckIn checkIn : std::as_const(sortedNew)) {
        checkIn.entryId = entryId;
        if (!insertCheckIn(checkIn, error))
            return false;
    }
    if (!transaction.commit()) {
        *error = commitFailure(transaction);
        return false;
    }
    Q_EMIT checkInsChanged();
    return true;
}

bool GoalStore::addCheckIn(CheckIn &checkIn, QString *error)
{
    if (!insertCheckIn(checkIn, error))
        return false;
    Q_EMIT checkInsChanged();
    return true;
}

bool GoalStore::removeCheckIn(qint64 id, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"DELETE FROM check_ins WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec()) {
        *error = failure(query);
        return false;
    }
    Q_EMIT checkInsChanged();
    return true;
}
