// libFuzzer target: the front matter parser (yaml-cpp underneath) and the fence splitter on
// any text, shaped as a front matter block half the time. Must never crash, hang or leak,
// whatever the YAML: errors, aliases, anchors, wrong types.
#include "io/frontmatterparser.h"
#include "markdown/frontmatter.h"

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    QString text = QString::fromUtf8(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    if (data[0] & 1)
        text = u"---\n"_s + text + u"\n---\nbody\n"_s;
    const FrontMatterSplit split = splitFrontMatter(text);
    if (split.bodyStart < 0 || split.bodyStart > text.size() || split.yamlStart > split.yamlEnd)
        __builtin_trap();
    const FrontMatter frontMatter = parseFrontMatter(text);
    if (frontMatter.present && !split.present)
        __builtin_trap(); // the parser found a block where the splitter found none
    (void)parseJekyllDate(text);
    return 0;
}
