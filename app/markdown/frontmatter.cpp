#include "markdown/frontmatter.h"

using namespace Qt::StringLiterals;

namespace {

// A fence line is the marker followed only by spaces or tabs, as Jekyll's regex allows.
bool isFenceLine(QStringView line, QStringView marker)
{
    return line.startsWith(marker) && line.mid(marker.size()).trimmed().isEmpty();
}

} // namespace

FrontMatterSplit splitFrontMatter(QStringView text)
{
    FrontMatterSplit split;
    qsizetype lineEnd = text.indexOf(u'\n');
    if (lineEnd < 0 || !isFenceLine(text.first(lineEnd), u"---"))
        return split;

    qsizetype pos = lineEnd + 1;
    int line = 1;
    while (pos <= text.size()) {
        qsizetype end = text.indexOf(u'\n', pos);
        const qsizetype next = end < 0 ? text.size() : end + 1;
        if (end < 0)
            end = text.size();
        const QStringView current = text.sliced(pos, end - pos);
        if (isFenceLine(current, u"---") || isFenceLine(current, u"...")) {
            split.present = true;
            split.yamlStart = lineEnd + 1;
            split.yamlEnd = pos;
            split.bodyStart = next;
            split.closingLine = line;
            return split;
        }
        if (next >= text.size())
            break;
        pos = next;
        ++line;
    }
    split.unclosed = true;
    return split;
}
