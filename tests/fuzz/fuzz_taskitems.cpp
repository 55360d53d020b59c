// libFuzzer target: the task-item reader behind goal check-ins, on any text. Checks that
// every offset it returns lies inside the text and in order, as editing relies on them.
#include "goals/taskitems.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    qsizetype previousLine = -1;
    for (const TaskLine &line : readTaskItems(text)) {
        if (line.lineStart < 0 || line.lineStart > line.markerOffset || line.markerOffset + 3 > line.lineEnd
            || line.lineEnd > text.size() || line.textStart > line.lineEnd || line.lineStart <= previousLine)
            __builtin_trap();
        if (text.at(line.markerOffset) != u'[')
            __builtin_trap();
        previousLine = line.lineStart;
        (void)goalKey(line.text);
    }
    const TaskText parts = splitTaskText(text);
    if (parts.amount && !parts.title.size() && !text.isEmpty() && parts.unit.isNull() && parts.note.isNull())
        (void)formatAmount(*parts.amount, parts.unit);
    return 0;
}
