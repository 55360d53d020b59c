#include "goals/taskitems.h"

#include "markdown/parser.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

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
    QString inner = match.captured(2).trimmed();
    static const QRegularExpression confidencePattern(
        uR"((?:^|[,;·])\s*((?:자신감|확신|confidence)\s*[:：]?\s*(10|[1-9])\s*(?:/\s*10)?)\s*(?=$|[,;·]))"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch confidence = confidencePattern.match(inner); confidence.hasMatch()) {
        result.confidence = confidence.captured(2).toInt();
        result.confidenceText = confidence.captured(1);
        inner.remove(confidence.capturedStart(), confidence.capturedLength());
        // A confidence that came first leaves the separator before the next part.
        static const QRegularExpression leadingSeparator(uR"(^[\s,;·]+)"_s);
        inner.remove(leadingSeparator);
        inner = inner.trimmed();
    }
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

static bool isLineEnding(QChar c)
{
    return c == u'\n' || c == u'\r';
}

QList<TaskLine> readTaskItems(QStringView text)
{
    // The engine decides what is a task item (not in code blocks, HTML or front matter);
    // the item's text is read from its source line, so an edit can replace it in place.
    const Markdown::Document document = Markdown::parse(text);
    QList<TaskLine> items;
    for (const Markdown::TaskItem &task : document.taskItems()) {
        const qsizetype marker = task.marker.start.offset;
        if (marker < 0 || marker + 3 > text.size())
            continue;
        TaskLine line;
        line.checked = task.checked;
        line.markerOffset = marker;
        // Lines end as the engine ends them (CommonMark §2.1): LF, CR or CR LF.
        line.lineStart = marker;
        while (line.lineStart > 0 && !isLineEnding(text[line.lineStart - 1]))
            --line.lineStart;
        line.lineEnd = marker;
        while (line.lineEnd < text.size() && !isLineEnding(text[line.lineEnd]))
            ++line.lineEnd;
        qsizetype start = marker + 3;
        while (start < line.lineEnd && (text[start] == u' ' || text[start] == u'\t'))
            ++start;
        line.textStart = start;
        line.text = text.sliced(start, line.lineEnd - start).trimmed().toString();
        if (line.text.isEmpty())
            continue; // nothing to match a goal with
        const TaskText parts = splitTaskText(line.text);
        line.title = parts.title;
        line.amount = parts.amount;
        line.unit = parts.unit;
        line.note = parts.note;
        line.confidence = parts.confidence;
        line.confidenceText = parts.confidenceText;
        for (Markdown::NodeId parent = document.node(task.item).parent; parent != Markdown::NoNode;
            parent = document.node(parent).parent) {
            if (document.node(parent).type == Markdown::NodeType::ListItem)
                ++line.depth;
        }
        items << line;
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
