#include "diary/entry.h"

using namespace Qt::StringLiterals;

QString entryKindName(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Daily:
        return u"daily"_s;
    case EntryKind::Weekly:
        return u"weekly"_s;
    case EntryKind::HalfYear:
        return u"halfyear"_s;
    case EntryKind::Yearly:
        return u"yearly"_s;
    case EntryKind::Note:
        return u"note"_s;
    }
    return u"daily"_s;
}

std::optional<EntryKind> entryKindFromName(QStringView name)
{
    for (EntryKind kind : allEntryKinds()) {
        if (name.compare(entryKindName(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QList<EntryKind> allEntryKinds()
{
    return {EntryKind::Daily, EntryKind::Weekly, EntryKind::HalfYear, EntryKind::Yearly, EntryKind::Note};
}
