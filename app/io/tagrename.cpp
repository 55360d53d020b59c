#include "io/tagrename.h"

#include "diary/frontmatter.h"
#include "diary/inlinetags.h"
#include "io/entrydocument.h"
#include "io/frontmatterparser.h"
#include "storage/database.h"
#include "storage/entrystore.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("TagRename", text);
}

QStringList renamed(const QStringList &tags, const QString &from, const QString &to)
{
    QStringList result;
    for (const QString &tag : tags) {
        const QString name = InlineTags::sameTag(tag, from) ? to : tag;
        const bool seen = std::any_of(
            result.cbegin(), result.cend(), [&](const QString &kept) { return InlineTags::sameTag(kept, name); });
        if (!seen)
            result << name;
    }
    return result;
}

// The front matter's tag list rewritten, or @p text as it is when the list lacks @p from.
QString renameInFrontMatter(const QString &text, const QString &from, const QString &to)
{
    const FrontMatter frontMatter = parseFrontMatter(text);
    if (!frontMatter.tags)
        return text;
    const bool named = std::any_of(frontMatter.tags->cbegin(), frontMatter.tags->cend(),
        [&](const QString &tag) { return InlineTags::sameTag(tag, from); });
    if (!named)
        return text;

    // The key's lines: the `tags:` line (parseFrontMatter() prefers it to `tag:`) and the
    // lines that continue its value — indented ones, and `- item` lines of a block list.
    const FrontMatterSplit split = splitFrontMatter(text);
    static const QRegularExpression keyLine(uR"(^(tags?)[ \t]*:(.*)$)"_s, QRegularExpression::MultilineOption);
    QRegularExpressionMatch key;
    for (const QString &name : {u"tags"_s, u"tag"_s}) {
        QRegularExpressionMatchIterator it
            = keyLine.globalMatchView(QStringView(text).first(split.yamlEnd), split.yamlStart);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            if (match.captured(1) == name) {
                key = match;
                break;
            }
        }
        if (key.hasMatch())
            break;
    }
    if (!key.hasMatch())
        return text;
    const bool valueOnKeyLine = !key.captured(2).trimmed().isEmpty() && !key.captured(2).trimmed().startsWith(u'#');
    qsizetype end = key.capturedEnd(0);
    while (end < split.yamlEnd) {
        const qsizetype lineStart = end + 1;
        if (lineStart >= split.yamlEnd)
            break;
        const QChar first = text.at(lineStart);
        const bool continues = first == u' ' || first == u'\t' || (!valueOnKeyLine && first == u'-');
        if (!continues)
            break;
        const qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        end = lineEnd < 0 || lineEnd > split.yamlEnd ? split.yamlEnd : lineEnd;
    }
    QStringList scalars;
    for (const QString &tag : renamed(*frontMatter.tags, from, to))
        scalars << yamlScalar(tag);
    const QString line = key.captured(1) + u": ["_s + scalars.join(u", "_s) + u']';
    return text.left(key.capturedStart(0)) + line + text.mid(end);
}

bool writeText(
    EntryStore &store, Entry &entry, const QString &text, const QString &from, const QString &to, QString *error)
{
    applyText(entry, text);
    // Tags an entry kept from before its text said nothing about them are renamed in place.
    entry.tags = renamed(entry.tags, from, to);
    if (store.updateInTransaction(entry, error))
        return true;
    *error = translate("Entry %1 (%2): %3").arg(entry.id).arg(entry.date.toString(Qt::ISODate), *error);
    return false;
}

} // namespace

QString renameTagInText(const QString &text, const QString &from, const QString &to)
{
    QString result = text;
    const QList<InlineTag> tags = InlineTags::find(text);
    for (auto it = tags.crbegin(); it != tags.crend(); ++it) {
        if (InlineTags::sameTag(it->name, from))
            result.replace(it->start + 1, it->length - 1, to);
    }
    return renameInFrontMatter(result, from, to);
}

std::optional<TagRename> renameTag(EntryStore &store, const QString &from, const QString &to, QString *error)
{
    const QString name = to.trimmed().startsWith(u'#') ? to.trimmed().mid(1) : to.trimmed();
    if (!InlineTags::isValidName(name)) {
        *error = translate("'%1' cannot be a tag: a tag is letters, digits, '-' and '_', with at least one letter "
                           "and no spaces.")
                     .arg(to);
        return std::nullopt;
    }
    TagRename rename {from, name, {}};
    Transaction transaction(store.database().connection());
    for (const qint64 id : store.entriesWithTag(from)) {
        std::optional<Entry> entry = store.entry(id);
        if (!entry)
            continue;
        const QString before = entry->text;
        const QStringList tagsBefore = entry->tags;
        if (!writeText(store, *entry, renameTagInText(before, from, name), from, name, error))
            return std::nullopt;
        rename.changes.append({id, before, entry->text, tagsBefore});
    }
    if (!transaction.commit()) {
        *error = transaction.errorText();
        return std::nullopt;
    }
    if (!rename.changes.isEmpty())
        store.notifyReset();
    return rename;
}

bool undoTagRename(EntryStore &store, const TagRename &rename, QString *error)
{
    Transaction transaction(store.database().connection());
    QStringList skipped;
    for (const TagRename::Change &change : rename.changes) {
        std::optional<Entry> entry = store.entry(change.id);
        if (!entry)
            continue;
        if (entry->text != change.after) {
            skipped << entry->date.toString(Qt::ISODate);
            continue;
        }
        applyText(*entry, change.before);
        entry->tags = change.tagsBefore;
        if (!store.updateInTransaction(*entry, error))
            return false;
    }
    if (!transaction.commit()) {
        *error = transaction.errorText();
        return false;
    }
    store.notifyReset();
    if (!skipped.isEmpty()) {
        *error = translate("Entries edited since the rename were left as they are: %1.").arg(skipped.join(u", "_s));
        return false;
    }
    return true;
}
