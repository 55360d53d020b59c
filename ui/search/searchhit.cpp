#include "searchhit.h"

#include "diary/frontmatter.h"
#include "search/searchquery.h"

#include <QPlainTextEdit>

#include <algorithm>

bool selectFirstHit(QPlainTextEdit *editor, const QString &query)
{
    const QString text = editor->toPlainText();
    const qsizetype bodyStart = splitFrontMatter(text).bodyStart;
    const QList<SearchRange> hits = SearchQuery::parse(query).hits(text);
    auto hit
        = std::find_if(hits.cbegin(), hits.cend(), [&](const SearchRange &range) { return range.start >= bodyStart; });
    if (hit == hits.cend())
        hit = hits.cbegin();
    QTextCursor cursor(editor->document());
    if (hit == hits.cend()) {
        cursor.setPosition(int(bodyStart));
        editor->setTextCursor(cursor);
        editor->centerCursor();
        return false;
    }
    cursor.setPosition(int(hit->start));
    cursor.setPosition(int(hit->start + hit->length), QTextCursor::KeepAnchor);
    editor->setTextCursor(cursor);
    editor->centerCursor();
    return true;
}
