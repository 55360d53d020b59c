#include "io/goalsfile.h"

#include "goals/goalstore.h"
#include "goals/taskitems.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

const char *const formatName = "hoego-goals";
constexpr int formatVersion = 1;

std::string utf8(const QString &text)
{
    return text.toStdString();
}

// The shortest decimal form that reads back as the same double.
std::string number(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest).toStdString();
}

/// A goal as read from the file, before it is stored.
struct FileGoal
{
    Goal goal;
    qint64 fileId = 0;
    qint64 carriedFromFileId = 0;
    QStringList aliases;
    QList<CheckIn> checkIns;
};

/// The reading's one failure: the file's 1-based line and what is wrong there.
struct BadValue
{
    int line;
    QString what;
};

int lineOf(const YAML::Node &node)
{
    return node.Mark().line + 1;
}

[[noreturn]] void fail(const YAML::Node &node, const QString &what)
{
    throw BadValue {lineOf(node), what};
}

QString scalar(const YAML::Node &node, const char *key)
{
    if (!node.IsScalar())
        fail(node, GoalsFile::tr("%1 must be a single value").arg(QLatin1StringView(key)));
    return QString::fromStdString(node.Scalar());
}

QString optionalText(const YAML::Node &map, const char *key)
{
    const YAML::Node node = map[key];
    return node ? scalar(node, key) : QString();
}

double numberValue(const YAML::Node &node, const char *key)
{
    bool ok = false;
    const double value = scalar(node, key).toDouble(&ok);
    if (!ok || !std::isfinite(value))
        fail(node, GoalsFile::tr("%1 must be a number").arg(QLatin1StringView(key)));
    return value;
}

qint64 idValue(const YAML::Node &node, const char *key)
{
    bool ok = false;
    const qint64 value = scalar(node, key).toLongLong(&ok);
    if (!ok || value <= 0)
        fail(node, GoalsFile::tr("%1 must be a positive whole number").arg(QLatin1StringView(key)));
    return value;
}

bool boolValue(const YAML::Node &node, const char *key)
{
    const QString text = scalar(node, key);
    if (text == u"true"_s)
        return true;
    if (text == u"false"_s)
        return false;
    fail(node, GoalsFile::tr("%1 must be true or false").arg(QLatin1StringView(key)));
}

IsoWeek weekValue(const YAML::Node &node, const char *key)
{
    const std::optional<IsoWeek> week = IsoWeek::fromString(scalar(node, key));
    if (!week)
        fail(node, GoalsFile::tr("%1 must be an ISO 8601 week such as 2024-W09").arg(QLatin1StringView(key)));
    return *week;
}

CheckIn readCheckIn(const YAML::Node &node)
{
    if (!node.IsMap())
        fail(node, GoalsFile::tr("a check-in must be a map of keys and values"));
    CheckIn checkIn;
    const YAML::Node week = node["week"];
    if (!week)
        fail(node, GoalsFile::tr("a check-in needs its week"));
    checkIn.firstWeek = weekValue(week, "week");
    checkIn.lastWeek = node["last_week"] ? weekValue(node["last_week"], "last_week") : checkIn.firstWeek;
    if (checkIn.lastWeek < checkIn.firstWeek)
        fail(node["last_week"], GoalsFile::tr("last_week comes before week"));
    if (const YAML::Node done = node["done"])
        checkIn.done = boolValue(done, "done");
    if (const YAML::Node amount = node["amount"])
        checkIn.amount = numberValue(amount, "amount");
    checkIn.note = optionalText(node, "note");
    if (const YAML::Node confidence = node["confidence"]) {
        const qint64 value = idValue(confidence, "confidence");
        if (value > 10)
            fail(confidence, GoalsFile::tr("confidence must be from 1 to 10"));
        checkIn.confidence = int(value);
    }
    return checkIn;
}

FileGoal readGoal(const YAML::Node &node)
{
    if (!node.IsMap())
        fail(node, GoalsFile::tr("a goal must be a map of keys and values"));
    FileGoal result;
    Goal &goal = result.goal;
    for (const char *key : {"id", "year", "title", "measure"}) {
        if (!node[key])
            fail(node, GoalsFile::tr("a goal needs its %1").arg(QLatin1StringView(key)));
    }
    result.fileId = idValue(node["id"], "id");
    const qint64 year = idValue(node["year"], "year");
    if (year > 9999)
        fail(node["year"], GoalsFile::tr("year must be from 1 to 9999"));
    goal.year = int(year);
    goal.title = scalar(node["title"], "title").normalized(QString::NormalizationForm_C);
    if (goal.title.trimmed().isEmpty())
        fail(node["title"], GoalsFile::tr("title must not be empty"));
    const std::optional<GoalMeasure> measure = goalMeasureFromName(scalar(node["measure"], "measure"));
    if (!measure)
        fail(node["measure"], GoalsFile::tr("measure must be once, count, weekly or open"));
    goal.measure = *measure;
    if (const YAML::Node target = node["target"])
        goal.target = numberValue(target, "target");
    goal.unit = optionalText(node, "unit");
    goal.notes = optionalText(node, "notes");
    if (const YAML::Node status = node["status"]) {
        const std::optional<GoalStatus> value = goalStatusFromName(scalar(status, "status"));
        if (!value)
            fail(status, GoalsFile::tr("status must be active, done or dropped"));
        goal.status = *value;
    }
    if (const YAML::Node date = node["status_date"]) {
        goal.statusDate = QDate::fromString(scalar(date, "status_date"), Qt::ISODate);
        if (!goal.statusDate.isValid())
            fail(date, GoalsFile::tr("status_date must be a date such as 2024-06-01"));
    }
    goal.statusReason = optionalText(node, "status_reason");
    if (const YAML::Node carried = node["carried_from"])
        result.carriedFromFileId = idValue(carried, "carried_from");
    if (const YAML::Node aliases = node["aliases"]) {
        if (!aliases.IsSequence())
            fail(aliases, GoalsFile::tr("aliases must be a list"));
        for (const YAML::Node &alias : aliases)
            result.aliases << scalar(alias, "an alias");
    }
    if (const YAML::Node checkIns = node["check_ins"]) {
        if (!checkIns.IsSequence())
            fail(checkIns, GoalsFile::tr("check_ins must be a list"));
        for (const YAML::Node &checkIn : checkIns)
            result.checkIns << readCheckIn(checkIn);
    }
    return result;
}

QList<FileGoal> readGoals(const YAML::Node &root)
{
    if (!root.IsMap())
        fail(root, GoalsFile::tr("the file must be a map with format, version and goals"));
    const YAML::Node format = root["format"];
    if (!format || scalar(format, "format") != QLatin1StringView(formatName))
        fail(format ? format : root, GoalsFile::tr("format must be %1").arg(QLatin1StringView(formatName)));
    const YAML::Node version = root["version"];
    if (!version || idValue(version, "version") != formatVersion)
        fail(version ? version : root,
            GoalsFile::tr("version must be %1; a newer Hoego wrote this file").arg(formatVersion));
    QList<FileGoal> goals;
    const YAML::Node list = root["goals"];
    if (!list)
        return goals;
    if (!list.IsSequence())
        fail(list, GoalsFile::tr("goals must be a list"));
    QSet<qint64> ids;
    for (const YAML::Node &node : list) {
        goals << readGoal(node);
        if (ids.contains(goals.constLast().fileId))
            fail(node["id"], GoalsFile::tr("the id %1 is used by two goals").arg(goals.constLast().fileId));
        ids.insert(goals.constLast().fileId);
    }
    for (qsizetype i = 0; i < goals.size(); ++i) {
        if (goals.at(i).carriedFromFileId && !ids.contains(goals.at(i).carriedFromFileId))
            fail(list[i]["carried_from"], GoalsFile::tr("carried_from names no goal of this file"));
    }
    return goals;
}

bool sameCheckIn(const CheckIn &a, const CheckIn &b)
{
    return a.firstWeek == b.firstWeek && a.lastWeek == b.lastWeek && a.done == b.done && a.amount == b.amount
        && a.note == b.note && a.confidence == b.confidence;
}

} // namespace

QString GoalsFile::relativePath()
{
    return u"_data/goals.yml"_s;
}

QByteArray GoalsFile::write(const GoalStore &goals)
{
    YAML::Emitter out;
    out << YAML::Comment("Hoego's goals, with the check-ins not made by a weekly post's task item; importing this site "
                         "reads them back.");
    out << YAML::BeginMap;
    out << YAML::Key << "format" << YAML::Value << formatName;
    out << YAML::Key << "version" << YAML::Value << formatVersion;
    out << YAML::Key << "goals" << YAML::Value << YAML::BeginSeq;
    for (const int year : goals.years()) {
        for (const Goal &goal : goals.goals(year)) {
            out << YAML::BeginMap;
            out << YAML::Key << "id" << YAML::Value << goal.id;
            out << YAML::Key << "year" << YAML::Value << goal.year;
            out << YAML::Key << "title" << YAML::Value << YAML::DoubleQuoted << utf8(goal.title);
            out << YAML::Key << "measure" << YAML::Value << utf8(goalMeasureName(goal.measure));
            if (goal.target)
                out << YAML::Key << "target" << YAML::Value << number(*goal.target);
            if (!goal.unit.isEmpty())
                out << YAML::Key << "unit" << YAML::Value << YAML::DoubleQuoted << utf8(goal.unit);
            out << YAML::Key << "status" << YAML::Value << utf8(goalStatusName(goal.status));
            if (goal.statusDate.isValid())
                out << YAML::Key << "status_date" << YAML::Value << utf8(goal.statusDate.toString(Qt::ISODate));
            if (!goal.statusReason.isEmpty())
                out << YAML::Key << "status_reason" << YAML::Value << YAML::DoubleQuoted << utf8(goal.statusReason);
            if (!goal.notes.isEmpty())
                out << YAML::Key << "notes" << YAML::Value << YAML::DoubleQuoted << utf8(goal.notes);
            if (goal.carriedFrom)
                out << YAML::Key << "carried_from" << YAML::Value << goal.carriedFrom;
            QStringList aliases;
            const QHash<QString, qint64> all = goals.aliases(goal.year);
            for (auto it = all.cbegin(); it != all.cend(); ++it) {
                if (it.value() == goal.id && it.key() != goalKey(goal.title))
                    aliases << it.key();
            }
            aliases.sort();
            if (!aliases.isEmpty()) {
                out << YAML::Key << "aliases" << YAML::Value << YAML::BeginSeq;
                for (const QString &alias : std::as_const(aliases))
                    out << YAML::DoubleQuoted << utf8(alias);
                out << YAML::EndSeq;
            }
            QList<CheckIn> checkIns = goals.checkIns(goal.id);
            checkIns.removeIf([](const CheckIn &checkIn) { return checkIn.entryId != 0; });
            if (!checkIns.isEmpty()) {
                out << YAML::Key << "check_ins" << YAML::Value << YAML::BeginSeq;
                for (const CheckIn &checkIn : std::as_const(checkIns)) {
                    out << YAML::BeginMap;
                    out << YAML::Key << "week" << YAML::Value << utf8(checkIn.firstWeek.toString());
                    if (checkIn.lastWeek != checkIn.firstWeek)
                        out << YAML::Key << "last_week" << YAML::Value << utf8(checkIn.lastWeek.toString());
                    out << YAML::Key << "done" << YAML::Value << checkIn.done;
                    if (checkIn.amount)
                        out << YAML::Key << "amount" << YAML::Value << number(*checkIn.amount);
                    if (!checkIn.note.isEmpty())
                        out << YAML::Key << "note" << YAML::Value << YAML::DoubleQuoted << utf8(checkIn.note);
                    if (checkIn.confidence)
                        out << YAML::Key << "confidence" << YAML::Value << *checkIn.confidence;
                    out << YAML::EndMap;
                }
                out << YAML::EndSeq;
            }
            out << YAML::EndMap;
        }
    }
    out << YAML::EndSeq << YAML::EndMap;
    return QByteArray(out.c_str(), qsizetype(out.size())) + '\n';
}

bool GoalsFile::read(
    const QByteArray &bytes, const QString &fileName, GoalStore &goals, GoalsFileReport *report, QString *error)
{
    QList<FileGoal> fileGoals;
    try {
        fileGoals = readGoals(YAML::Load(bytes.toStdString()));
    } catch (const BadValue &bad) {
        *error = GoalsFile::tr("%1, line %2: %3.").arg(fileName).arg(bad.line).arg(bad.what);
        return false;
    } catch (const YAML::Exception &exception) {
        *error = GoalsFile::tr("%1, line %2: not valid YAML (%3).")
                     .arg(fileName)
                     .arg(exception.mark.line + 1)
                     .arg(QString::fromStdString(exception.msg));
        return false;
    }

    *report = {};
    QHash<qint64, qint64> storedIds; // the file's goal id → the diary's
    QList<qint64> added; // file ids of goals added now, whose carried_from is set afterwards
    for (FileGoal &fileGoal : fileGoals) {
        Goal &goal = fileGoal.goal;
        const QList<Goal> present = goals.goals(goal.year);
        const auto same = std::find_if(
            present.cbegin(), present.cend(), [&](const Goal &candidate) { return candidate.title == goal.title; });
        if (same != present.cend()) {
            goal.id = same->id;
            ++report->goalsPresent;
        } else {
            if (!goals.addGoal(goal, error))
                return false;
            ++report->goalsAdded;
            added << fileGoal.fileId;
        }
        storedIds.insert(fileGoal.fileId, goal.id);

        const QHash<QString, qint64> aliases = goals.aliases(goal.year);
        for (const QString &alias : std::as_const(fileGoal.aliases)) {
            if (aliases.value(goalKey(alias)) == goal.id)
                continue;
            if (!goals.addAlias(goal.id, alias, error))
                return false;
            ++report->aliasesAdded;
        }
        const QList<CheckIn> stored = goals.checkIns(goal.id);
        for (CheckIn &checkIn : fileGoal.checkIns) {
            const bool have = std::any_of(stored.cbegin(), stored.cend(),
                [&](const CheckIn &other) { return other.entryId == 0 && sameCheckIn(other, checkIn); });
            if (have)
                continue;
            checkIn.goalId = goal.id;
            if (!goals.addCheckIn(checkIn, error))
                return false;
            ++report->checkInsAdded;
        }
    }
    for (const FileGoal &fileGoal : std::as_const(fileGoals)) {
        if (!fileGoal.carriedFromFileId || !added.contains(fileGoal.fileId))
            continue;
        std::optional<Goal> goal = goals.goal(fileGoal.goal.id);
        if (!goal)
            continue;
        goal->carriedFrom = storedIds.value(fileGoal.carriedFromFileId);
        if (!goals.updateGoal(*goal, error))
            return false;
    }
    return true;
}
