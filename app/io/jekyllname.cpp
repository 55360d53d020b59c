#include "io/jekyllname.h"

#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace JekyllName {

Parsed parse(const QString &fileName)
{
    // Jekyll's DATE_FILENAME_MATCHER: %r!\A(?:.+/)*?(\d{2,4}-\d{1,2}-\d{1,2})-([^/]*)(\.[^.]+)\z!
    static const QRegularExpression dated(uR"(^(\d{2,4})-(\d{1,2})-(\d{1,2})-(.*)$)"_s);
    const QFileInfo info(fileName);
    const QString name = info.fileName();
    const qsizetype dot = name.lastIndexOf(u'.');
    const QString base = dot > 0 ? name.first(dot) : name;
    Parsed parsed;
    parsed.slug = base;
    const QRegularExpressionMatch match = dated.match(base);
    if (match.hasMatch()) {
        const QDate date(match.capturedView(1).toInt(), match.capturedView(2).toInt(), match.capturedView(3).toInt());
        if (date.isValid() && match.capturedView(1).size() == 4) {
            parsed.date = date;
            parsed.slug = match.captured(4);
        }
    }
    return parsed;
}

QString titleize(const QString &slug)
{
    QStringList words = slug.split(u'-', Qt::SkipEmptyParts);
    for (QString &word : words) {
        word = word.toLower();
        if (!word.isEmpty())
            word.replace(0, 1, word.first(1).toUpper());
    }
    return words.join(u' ');
}

QString slugify(const QString &title)
{
    const QString text = title.normalized(QString::NormalizationForm_C).toLower();
    QString slug;
    slug.reserve(text.size());
    bool pendingHyphen = false;
    for (const char32_t c : text.toUcs4()) {
        if (!QChar::isLetterOrNumber(c) && !QChar::isMark(c)) {
            pendingHyphen = true;
            continue;
        }
        if (pendingHyphen && !slug.isEmpty())
            slug += u'-';
        pendingHyphen = false;
        slug += QStringView(QChar::fromUcs4(c));
    }
    return slug.isEmpty() ? u"entry"_s : slug;
}

QString fileName(QDate date, const QString &title)
{
    return date.toString(u"yyyy-MM-dd-"_s) + slugify(title) + u".md"_s;
}

QString unclashed(const QString &name, const QSet<QString> &taken)
{
    if (!taken.contains(name))
        return name;
    const qsizetype dot = name.lastIndexOf(u'.');
    const QString base = dot > 0 ? name.first(dot) : name;
    const QString extension = dot > 0 ? name.sliced(dot) : QString();
    for (int n = 2;; ++n) {
        const QString candidate = base + u'-' + QString::number(n) + extension;
        if (!taken.contains(candidate))
            return candidate;
    }
}

} // namespace JekyllName
