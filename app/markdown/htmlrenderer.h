#pragma once

#include "markdown/document.h"

#include <QString>

namespace Markdown {

/// Renders @p document to HTML the way the CommonMark reference implementation does
/// (cmark's HTML writer: `<p>`, `<pre><code class="language-…">`, tight lists without
/// `<p>`, URLs percent-encoded, raw HTML passed through as the spec requires), plus GFM
/// tables (`<table><thead>…`, `align` attributes), `<del>` and task boxes
/// (`<input type="checkbox" disabled="" />`). Front matter is not rendered.
/// The result is the HTML body fragment, lines ending in LF.
QString renderHtml(const Document &document);

} // namespace Markdown
