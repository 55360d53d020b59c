#include "io/frontmatterparser.h"

#include "diary/frontmatter.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace {

// The YAML block starts on the document's second line (after the opening fence), and
// yaml-cpp counts lines from 0, so its line L is the document's 1-based line L + 2.
int documentLine(const YAML::Mark &mark)
{
    return mark.line + 2;
}

QString scalarText(const YAML::Node &node)
{
    return QString::fromStdString(node.Scalar());
}

// Jekyll's pluralized_array_from_hash: a list as it is, a string split on white space.
std::optional<QStringList> tagList(const YAML::Node &node, QStringList *warnings)
{
    if (node.IsNull())
        return std::nullopt;
    if (node.IsScalar())
        return scalarText(node).split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
    if (node.IsSequence()) {
        QStringList tags;
        bool warned = false;
        for (const YAML::Node &item : node) {
            if (item.IsScalar() && !item.Scalar().empty()) {
                tags << scalarText(item).trimmed();
            } else if ((item.IsSequence() || item.IsMap()) && !warned) {
                // Said once: a list of aliased lists would otherwise say it a billion times.
                *warnings << QCoreApplication::translate("FrontMatter",
                    "Line %1: a tag must be a single value; a list or map among the tags was "
                    "ignored.")
                                 .arg(documentLine(item.Mark()));
                warned = true;
            }
        }
        return tags;
    }
    *warnings << QCoreApplication::translate(
        "FrontMatter", "Line %1: tags must be a list or a space-separated string; they were ignored.")
                     .arg(documentLine(node.Mark()));
    return std::nullopt;
}

std::optional<QString> scalarValue(const YAML::Node &node, const char *key, QStringList *warnings)
{
    if (node.IsNull())
        return std::nullopt;
    if (!node.IsScalar()) {
        *warnings << QCoreApplication::translate("FrontMatter", "Line %1: %2 must be a single value; it was ignored.")
                         .arg(documentLine(node.Mark()))
                         .arg(QString::fromLatin1(key));
        return std::nullopt;
    }
    return scalarText(node);
}

bool matches(const QRegularExpression &pattern, const QString &title, const QStringList &tags)
{
    if (pattern.match(title).hasMatch())
        return true;
    for (const QString &tag : tags) {
        if (pattern.match(tag).hasMatch())
            return true;
    }
    return false;
}

} // namespace

std::optional<JekyllDate> parseJekyllDate(QStringView text)
{
    static const QRegularExpression pattern(uR"(^\s*(\d{4})-(\d{1,2})-(\d{1,2}))"
                                            uR"((?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?)"
                                            uR"((?:\s*(Z|[+-]\d{2}(?::?\d{2})?))?\s*$)"_s);
    const QRegularExpressionMatch match = pattern.matchView(text);
    if (!match.hasMatch())
        return std::nullopt;
    JekyllDate result;
    result.date = QDate(match.capturedView(1).toInt(), match.capturedView(2).toInt(), match.capturedView(3).toInt());
    if (!result.date.isValid())
        return std::nullopt;
    if (match.hasCaptured(4)) {
        const QTime time(match.capturedView(4).toInt(), match.capturedView(5).toInt(), match.capturedView(6).toInt());
        if (!time.isValid())
            return std::nullopt;
        result.time = time;
    }
    if (match.hasCaptured(8)) {
        const QStringView offset = match.capturedView(8);
        if (offset == u"Z") {
            result.utcOffsetSeconds = 0;
        } else {
            const int sign = offset.front() == u'-' ? -1 : 1;
            QString digits = offset.sliced(1).toString();
            digits.remove(u':');
            const int hours = digits.first(2).toInt();
            const int minutes = digits.size() >= 4 ? digits.sliced(2, 2).toInt() : 0;
            if (hours > 18 || minutes > 59)
                return std::nullopt;
            result.utcOffsetSeconds = sign * (hours * 3600 + minutes * 60);
        }
    }
    return result;
}

FrontMatter parseFrontMatter(QStringView text)
{
    FrontMatter result;
    const FrontMatterSplit split = splitFrontMatter(text);
    if (split.unclosed) {
        result.warnings << QCoreApplication::translate("FrontMatter",
            "Line 1 opens a front matter block that is never closed with ---; the whole "
            "file was kept as the body.");
        return result;
    }
    if (!split.present)
        return result;
    result.present = true;

    YAML::Node document;
    try {
        document = YAML::Load(text.sliced(split.yamlStart, split.yamlEnd - split.yamlStart).toString().toStdString());
    } catch (const YAML::Exception &exception) {
        result.warnings << QCoreApplication::translate(
            "FrontMatter", "Line %1: the front matter is not valid YAML (%2); the text was kept as it is.")
                               .arg(documentLine(exception.mark))
                               .arg(QString::fromStdString(exception.msg));
        return result;
    }
    // Read through a const node: yaml-cpp's non-const operator[] may add the key it looks up.
    const YAML::Node &root = document;
    if (root.IsNull())
        return result; // an empty block, as Jekyll allows
    if (!root.IsMap()) {
        result.warnings << QCoreApplication::translate(
            "FrontMatter", "Line 2: the front matter is not a list of keys and values; it was ignored.");
        return result;
    }

    try {
        if (const YAML::Node title = root["title"])
            result.title = scalarValue(title, "title", &result.warnings);
        if (const YAML::Node layout = root["layout"])
            result.layout = scalarValue(layout, "layout", &result.warnings);
        if (const YAML::Node date = root["date"]) {
            if (const std::optional<QString> value = scalarValue(date, "date", &result.warnings)) {
                result.date = parseJekyllDate(*value);
                if (!result.date) {
                    result.warnings << QCoreApplication::translate(
                        "FrontMatter", "Line %1: the date '%2' is not YYYY-MM-DD [HH:MM:SS] [+HHMM]; it was ignored.")
                                           .arg(documentLine(date.Mark()))
                                           .arg(*value);
                }
            }
        }
        if (const YAML::Node tags = root["tags"])
            result.tags = tagList(tags, &result.warnings);
        else if (const YAML::Node tag = root["tag"])
            result.tags = tagList(tag, &result.warnings);
        if (const YAML::Node kind = root["kind"]) {
            if (const std::optional<QString> value = scalarValue(kind, "kind", &result.warnings)) {
                result.kind = entryKindFromName(value->trimmed());
                if (!result.kind) {
                    result.warnings << QCoreApplication::translate("FrontMatter",
                        "Line %1: the kind '%2' is not daily, weekly, halfyear, yearly or "
                        "note; the kind was guessed from the title and tags.")
                                           .arg(documentLine(kind.Mark()))
                                           .arg(*value);
                }
            }
        }
    } catch (const YAML::Exception &exception) {
        result.warnings << QCoreApplication::translate(
            "FrontMatter", "Line %1: the front matter could not be read (%2).")
                               .arg(documentLine(exception.mark))
                               .arg(QString::fromStdString(exception.msg));
    }
    return result;
}

EntryKind detectKind(const QString &title, const QStringList &tags)
{
    using Options = QRegularExpression::PatternOptions;
    constexpr Options caseless = QRegularExpression::CaseInsensitiveOption;
    // English words match whole words; ASCII \b also sees a boundary before a Hangul
    // particle ("weekly를"). Hangul words match inside a word, since particles stick to them,
    // except the bare 반기, which would also match the verb 반기다.
    static const QRegularExpression weekly(uR"(\bweekly\b|주간)"_s, caseless);
    static const QRegularExpression halfYear(
        uR"(\bhalf[- ]?year(?:ly)?\b|상반기|하반기|(?:^|[^가-힣])반기(?:$|[^가-힣]|회고))"_s, caseless);
    static const QRegularExpression yearly(uR"(\byearly\b|연간|\d+\s*년\s*회고|\byear in review\b)"_s, caseless);
    if (matches(weekly, title, tags))
        return EntryKind::Weekly;
    if (matches(halfYear, title, tags))
        return EntryKind::HalfYear;
    if (matches(yearly, title, tags))
        return EntryKind::Yearly;
    return EntryKind::Daily;
}
