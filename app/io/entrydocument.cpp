#include "io/entrydocument.h"

#include "diary/inlinetags.h"
#include "io/frontmatterparser.h"
#include "io/textdecoder.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

QStringList deriveFromText(Entry &entry, const QString &text)
{
    entry.text = text;
    const FrontMatter frontMatter = parseFrontMatter(text);
    if (frontMatter.title && !frontMatter.title->trimmed().isEmpty())
        entry.title = frontMatter.title->trimmed();
    if (frontMatter.date) {
        entry.date = frontMatter.date->date;
        entry.utcOffsetSeconds = frontMatter.date->utcOffsetSeconds;
    }
    if (frontMatter.tags)
        entry.tags = *frontMatter.tags;
    if (frontMatter.kind) {
        entry.kind = *frontMatter.kind;
    } else if (const EntryKind detected = detectKind(entry.title, entry.tags); detected != EntryKind::Daily) {
        entry.kind = detected;
    }
    InlineTags::deriveBodyFields(entry);
    return frontMatter.warnings;
}

void applyText(Entry &entry, const QString &text)
{
    const QString normalized = TextDecoder::normalized(text);
    const bool changed = normalized != entry.text;
    deriveFromText(entry, normalized);
    if (changed && !entry.sourcePath.isEmpty())
        entry.editedSinceImport = true;
}

QString yamlScalar(const QString &value)
{
    // Plain when it starts with a letter or digit, holds nothing YAML gives a meaning to,
    // and does not read as a number, boolean or null.
    static const QRegularExpression plain(uR"(^[\p{L}\p{N}][^:#\n\r\t"'\\\[\]{},&*!|>%@`]*(?<! )$)"_s);
    static const QRegularExpression special(
        uR"(^(?:[-+]?[\d._]+(?:[eE][-+]?\d+)?|0x[\da-fA-F]+|true|false|yes|no|on|off|null|y|n)$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (plain.match(value).hasMatch() && !special.match(value).hasMatch())
        return value;
    QString escaped = value;
    escaped.replace(u'\\', u"\\\\"_s);
    escaped.replace(u'"', u"\\\""_s);
    escaped.replace(u'\n', u"\\n"_s);
    escaped.replace(u'\t', u"\\t"_s);
    return u'"' + escaped + u'"';
}

QString frontMatterBlock(const Entry &entry)
{
    QString block = u"---\n"_s;
    if (!entry.title.isEmpty())
        block += u"title: "_s + yamlScalar(entry.title) + u'\n';
    block += u"date: "_s + entry.date.toString(Qt::ISODate) + u'\n';
    block += u"kind: "_s + entryKindName(entry.kind) + u'\n';
    if (!entry.tags.isEmpty()) {
        QStringList tags;
        for (const QString &tag : entry.tags)
            tags << yamlScalar(tag);
        block += u"tags: ["_s + tags.join(u", "_s) + u"]\n"_s;
    }
    block += u"---\n"_s;
    return block;
}

Entry newEntry(QDate date, EntryKind kind, const QString &title)
{
    Entry entry;
    entry.date = date;
    entry.kind = kind;
    entry.title = title.normalized(QString::NormalizationForm_C).trimmed();
    entry.text = frontMatterBlock(entry) + u'\n';
    return entry;
}
