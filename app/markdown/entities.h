#pragma once

#include <QStringView>

namespace Markdown::Internal {

/// The text of the HTML5 named character reference @p name (without `&` and `;`), or a
/// null view when there is no such entity (CommonMark 0.31.2 §2.5).
QStringView lookupEntity(QStringView name);

} // namespace Markdown::Internal
