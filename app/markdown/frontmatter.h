#pragma once

#include <QStringView>

/// Where a document's YAML front matter is: Jekyll's rule, a first line `---` and a
/// later line `---` (or YAML's `...`), trailing spaces allowed on both.
///
/// Offsets are UTF-16 code units into the text given to splitFrontMatter(). The block
/// runs from 0 to bodyStart and includes both fence lines and the closing line's LF.
struct FrontMatterSplit
{
    bool present = false; ///< a complete block was found
    bool unclosed = false; ///< the text opens a block that never closes; all of it is body
    qsizetype yamlStart = 0; ///< first character after the opening fence line
    qsizetype yamlEnd = 0; ///< first character of the closing fence line
    qsizetype bodyStart = 0; ///< first character of the body (0 without a block)
    int closingLine = 0; ///< 0-based line number of the closing fence (when present)
};

/// Finds the front matter block at the very start of @p text (LF line ends; no BOM).
FrontMatterSplit splitFrontMatter(QStringView text);

/// The body of @p text: everything after its front matter block.
inline QStringView frontMatterBody(QStringView text)
{
    return text.mid(splitFrontMatter(text).bodyStart);
}
