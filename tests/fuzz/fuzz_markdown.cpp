// libFuzzer target: the Markdown engine (parse, then render to HTML) on any bytes read as
// UTF-8, in both dialects; the first byte picks the options. Must never crash, hang or leak.
#include "markdown/htmlrenderer.h"
#include "markdown/parser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    Markdown::Options options;
    options.dialect = (data[0] & 1) ? Markdown::Dialect::CommonMark : Markdown::Dialect::Gfm;
    options.cjkFriendly = (data[0] & 2) != 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const Markdown::Document document = Markdown::parse(text, options);
    const QString html = Markdown::renderHtml(document);
    if (html.isNull() && !html.isEmpty())
        __builtin_trap();
    return 0;
}
