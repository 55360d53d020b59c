#include "review/scrollsync.h"

#include <algorithm>

QString headingKey(const QString &heading)
{
    QString key;
    for (const QChar c : heading) {
        if (c.isLetter())
            key += c;
    }
    return key.toCaseFolded();
}

int syncedScrollValue(
    const QList<HeadingPosition> &from, const QList<HeadingPosition> &to, int value, int fromMax, int toMax)
{
    const auto proportional = [&] { return fromMax > 0 ? int(qint64(value) * toMax / fromMax) : 0; };
    qsizetype current = -1;
    for (qsizetype i = 0; i < from.size(); ++i) {
        if (from.at(i).y <= value)
            current = i;
    }
    if (current < 0)
        return std::clamp(proportional(), 0, std::max(0, toMax));
    const QString key = headingKey(from.at(current).text);
    qsizetype match = -1;
    if (!key.isEmpty()) {
        for (qsizetype i = 0; i < to.size(); ++i) {
            if (headingKey(to.at(i).text) == key) {
                match = i;
                break;
            }
        }
    }
    if (match < 0)
        return std::clamp(proportional(), 0, std::max(0, toMax));
    // The section's extent: to the next heading, or to the end of the scroll range.
    const int fromStart = from.at(current).y;
    const int fromEnd = current + 1 < from.size() ? from.at(current + 1).y : std::max(fromMax, fromStart);
    const int toStart = to.at(match).y;
    const int toEnd = match + 1 < to.size() ? to.at(match + 1).y : std::max(toMax, toStart);
    const double fraction = fromEnd > fromStart ? double(value - fromStart) / (fromEnd - fromStart) : 0.0;
    const int result = toStart + int(fraction * (toEnd - toStart));
    return std::clamp(result, 0, std::max(0, toMax));
}
