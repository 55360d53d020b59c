#pragma once

#include "markdown/document.h"
#include "markdown/parser.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

/// Pieces shared by the block and inline phases (internal to hoego_markdown).
namespace Markdown::Internal {

/// Maps text handed to the inline parser back to the source: content offset
/// @c content corresponds to source offset @c source, linearly up to the next segment.
struct Segment
{
    qsizetype content = 0;
    qsizetype source = 0;
};

struct LinkReference
{
    QString destination;
    QString title;
};

using ReferenceMap = QHash<QString, LinkReference>;

inline bool isSpaceOrTab(QChar c)
{
    return c == u' ' || c == u'\t';
}

/// §4.7 link label matching: case-folded, internal whitespace collapsed, trimmed.
QString normalizeLabel(QStringView label);
/// Resolves backslash escapes (§2.4) and entity references (§2.5) in @p text.
QString unescapeString(QStringView text);
/// Appends the entity or numeric character reference at @p pos (an `&`) to @p out and
/// returns the position after it, or -1 when there is none.
qsizetype decodeEntity(QStringView text, qsizetype pos, QString &out);

/// §6.3 link destination at @p pos; returns the end or -1. @p destination gets it unescaped.
qsizetype scanLinkDestination(QStringView text, qsizetype pos, QString *destination);
/// §6.3 link title starting at @p pos (a quote or `(`); returns the end or -1.
qsizetype scanLinkTitle(QStringView text, qsizetype pos, QString *title);
/// §4.7 link label starting at @p pos (a `[`); returns the position after `]` or -1 and
/// the text between the brackets in @p label.
qsizetype scanLinkLabel(QStringView text, qsizetype pos, QStringView *label);
/// Skips spaces and tabs and at most one line ending.
qsizetype skipSpacesAndNewline(QStringView text, qsizetype pos);
/// §4.7 a link reference definition at @p pos; adds it to @p references (the first one of a
/// label wins) and returns the end (after its line ending) or -1.
qsizetype parseReferenceDefinition(QStringView text, qsizetype pos, ReferenceMap &references);

/// §6.6 raw HTML at @p pos (a `<`): returns the end or -1.
struct HtmlScanState
{
    bool noCommentEnd = false;
    bool noProcessingEnd = false;
    bool noCdataEnd = false;
    bool noDeclarationEnd = false;
};
qsizetype scanInlineHtml(QStringView text, qsizetype pos, HtmlScanState &state);
/// §6.6 open tag / closing tag at @p pos (a `<`): the end or -1.
qsizetype scanOpenTag(QStringView text, qsizetype pos);
qsizetype scanClosingTag(QStringView text, qsizetype pos);

/// Runs the inline phase over @p content (the raw text of a Paragraph, Heading or
/// TableCell @p block) and appends the inline nodes to it; ranges are mapped to the
/// source through @p segments.
void parseInlines(Document &document, NodeId block, QStringView content, const QList<Segment> &segments,
    const ReferenceMap &references, const Options &options);

} // namespace Markdown::Internal
