#pragma once

#include "markdown/document.h"

#include <QStringView>

/// Markdown::parse(): CommonMark 0.31.2 (https://spec.commonmark.org/0.31.2/) with the
/// GitHub Flavored Markdown extensions (tables, task list items, strikethrough, extended
/// autolinks), YAML front matter, and the CJK-friendly emphasis amendment
/// (markdown-cjk-friendly, /work/shared/spec/cjk-friendly-specification.md).
///
/// It follows the spec's appendix "A parsing strategy": a block phase that feeds lines
/// into a tree of open containers, then an inline phase over each paragraph, heading and
/// table cell with a delimiter stack, "process emphasis" with openers-bottom limits, and a
/// bracket stack for links. Nothing recurses over nesting depth and every phase is linear
/// in the input (also on the spec repository's pathological inputs).
namespace Markdown {

enum class Dialect : quint8 {
    Gfm, ///< CommonMark + GFM tables, task items, `~~`, extended autolinks, YAML front matter
    CommonMark, ///< the CommonMark spec alone
};

struct Options
{
    Dialect dialect = Dialect::Gfm;
    /// The CJK-friendly amendment to the flanking rules (§6.2) for `*`, `_` and `~~`.
    bool cjkFriendly = true;
};

/// Parses @p text (any of LF, CRLF or CR line ends; U+0000 reads as U+FFFD). Node ranges
/// are UTF-16 offsets into @p text. Never fails: every input is some document.
Document parse(QStringView text, const Options &options = {});

} // namespace Markdown
