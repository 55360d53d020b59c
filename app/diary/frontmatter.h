#pragma once

// The front matter split lives in hoego_markdown, which needs it to keep front matter out
// of the rendered body; the diary uses the same function.
#include "markdown/frontmatter.h"
