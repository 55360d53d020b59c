#include "goals/taskitems.h"

#include "diary/frontmatter.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// Columns of leading white space, a tab advancing to the next multiple of 4 (CommonMark §2.2).
int indentOf(QStringView line, qsizetype *end)
{
    int columns = 0;
    qsizetype i = 0;
    for (; i < line.size(); ++i) {
        if (line[i] == u' ')
            ++columns;
        else if (line[i] == u'\t')
            columns += 4 - columns % 4;
        else
            break;
    }
    *end = i;
    return columns;
}

bool isBlank(QStringView line)
{
    return line.trimmed().isEmpty();
}

struct Fence
{
    QChar character;
    qsizetype length = 0;
};

// A code fence opening at the start of @p rest: three or more ` or ~ (CommonMark §4.5).
std::optional<Fence> fenceAt(QStringView rest)
{
    if (rest.isEmpty() || (rest[0] != u'`' && rest[0] != u'~'))
        return std::nullopt;
    const QChar c = rest[0];
    qsizetype n = 0;
    while (n < rest.size() && rest[n] == c)
        ++n;
    if (n < 3)
        return std::nullopt;
    if (c == u'`' && rest.mid(n).contains(u'`'))
        return std::nullopt; // a backtick fence's info string has no backticks
    return Fence {c, n};
}

} // namespace

TaskText splitTaskText(QStringView text)
{
    static const QRegularExpression trailing(uR"(^(.*?)\s*[(（]([^()（）]*)[)）]\s*$)"_s);
    static const QRegularExpression amountPattern(uR"(^\s*(\d+(?:\.\d+)?)\s*([\p{L}%]+)?\s*(?:[,;·]\s*(.*?))?\s*$)"_s);
    TaskText result;
    const QString trimmed = text.trimmed().toString();
    const QRegularExpressionMatch match = trailing.match(trimmed);
    if (!match.hasMatch() || match.capturedView(1).trimmed().isEmpty()) {
        result.title = trimmed;
        return result;
    }
    result.title = match.captured(1).trimmed();
    const QString inner = match.captured(2).trimmed();
    const QRegularExpressionMatch amount = amountPattern.match(inner);
    if (amount.hasMatch()) {
        result.amount = amount.captured(1).toDouble();
        result.unit = amount.captured(2);
        result.note = amount.captured(3);
    } else {
        result.note = inner;
    }
    return result;
}

QList<TaskLine> readTaskItems(QStringView text)
{
    static const QRegularExpression listItem(uR"(^([-*+]|\d{1,9}[.)])( {1,4}|\t|$))"_s);
    static const QRegularExpression taskMarker(uR"(^\[([ xX])\][ \t]+(\S.*)$)"_s);

    QList<TaskLine> items;
    QList<int> contentIndents; // the open list items' content columns, innermost last
    std::optional<Fence> fence;
    int fenceIndent = 0;
    bool inParagraph = false;
    bool previousBlank = true;

    qsizetype lineStart = splitFrontMatter(text).bodyStart;
    while (lineStart <= text.size()) {
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        const QStringView fullLine = text.sliced(lineStart, lineEnd - lineStart);

        // Block quote markers: `>` with up to three spaces before and one after.
        qsizetype quoteEnd = 0;
        for (;;) {
            qsizetype spaces = 0;
            const int columns = indentOf(fullLine.mid(quoteEnd), &spaces);
            if (columns <= 3 && quoteEnd + spaces < fullLine.size() && fullLine[quoteEnd + spaces] == u'>') {
                quoteEnd += spaces + 1;
                if (quoteEnd < fullLine.size() && fullLine[quoteEnd] == u' ')
                    ++quoteEnd;
                continue;
            }
            break;
        }
        const QStringView line = fullLine.mid(quoteEnd);
        qsizetype restStart = 0;
        const int indent = indentOf(line, &restStart);
        const QStringView rest = line.mid(restStart);
        const bool blank = isBlank(line);

        if (blank) {
            // A blank line ends a paragraph; lists stay open (loose lists).
            inParagraph = false;
            previousBlank = true;
            lineStart = lineEnd + 1;
            continue;
        }

        // Lines left of the innermost open item's content close it (unless they continue a
        // paragraph lazily, which cannot start a code block or an item anyway).
        if (!fence) {
            while (!contentIndents.isEmpty() && indent < contentIndents.last()
                && (previousBlank || !inParagraph || listItem.matchView(rest).hasMatch()))
                contentIndents.removeLast();
        }
        const int base = contentIndents.isEmpty() ? 0 : contentIndents.last();

        if (fence) {
            const std::optional<Fence> closing = indent - fenceIndent <= 3 + base ? fenceAt(rest) : std::nullopt;
            if (closing && closing->character == fence->character && closing->length >= fence->length
                && rest.mid(closing->length).trimmed().isEmpty())
                fence.reset();
            lineStart = lineEnd + 1;
            previousBlank = false;
            continue;
        }
        if (indent >= base + 4 && !inParagraph) {
            previousBlank = false;
            lineStart = lineEnd + 1;
            continue;
        }
        if (const std::optional<Fence> opening = fenceAt(rest); opening && indent - base <= 3) {
            fence = opening;
            fenceIndent = 0;
            inParagraph = false;
            previousBlank = false;
            lineStart = lineEnd + 1;
            continue;
        }

        const QRegularExpressionMatch item = listItem.matchView(rest);
        if (item.hasMatch() && indent - base <= 3) {
            const qsizetype markerWidth = item.capturedLength(1);
            const qsizetype gap = item.capturedLength(2);
            const int contentIndent = indent + int(markerWidth) + int(gap == 0 || gap > 4 ? 1 : gap);
            contentIndents.append(contentIndent);
            const QStringView content = rest.mid(markerWidth + gap);
            const QRegularExpressionMatch task = taskMarker.matchView(content);
            if (task.hasMatch()) {
                const qsizetype contentOffset = lineStart + quoteEnd + restStart + markerWidth + gap;
                TaskLine taskLine;
                taskLine.checked = task.capturedView(1) != u" "_s;
                taskLine.text = task.captured(2).trimmed();
                const TaskText parts = splitTaskText(taskLine.text);
                taskLine.title = parts.title;
                taskLine.amount = parts.amount;
                taskLine.unit = parts.unit;
                taskLine.note = parts.note;
                taskLine.markerOffset = contentOffset;
                taskLine.textStart = contentOffset + task.capturedStart(2);
                taskLine.lineStart = lineStart;
                taskLine.lineEnd = lineEnd;
                taskLine.depth = int(contentIndents.size()) - 1;
                items << taskLine;
            }
            inParagraph = !content.trimmed().isEmpty();
        } else {
            // ATX headings and thematic breaks do not take lazy continuation lines.
            inParagraph = !rest.startsWith(u'#');
        }
        previousBlank = false;
        lineStart = lineEnd + 1;
    }
    return items;
}

QString goalKey(QStringView title)
{
    QString key = splitTaskText(title).title.normalized(QString::NormalizationForm_C);
    key.remove(u'*');
    key.remove(u'~');
    key.remove(u'`');
    return key.toCaseFolded().simplified();
}

QString formatAmount(double amount, const QString &unit)
{
    const QString number = QString::number(amount, 'g', 10);
    if (unit.isEmpty())
        return number;
    const QChar first = unit.front();
    const bool hangul = first.script() == QChar::Script_Hangul;
    if (hangul || unit.size() == 1 || first == u'%')
        return number + unit;
    return number + u' ' + unit;
}
