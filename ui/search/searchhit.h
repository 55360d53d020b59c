#pragma once

#include <QString>

class QPlainTextEdit;

/// Selects the first hit of @p query (SearchQuery syntax) in @p editor's text and scrolls
/// it to the middle: the first in the body, else the first in the front matter (a title
/// hit). The text is NFC, as entries are stored, so the hits' offsets are the editor's.
/// Returns false, leaving the cursor at the body's start, when the text has no hit (an
/// empty query, or a match only a filter made).
bool selectFirstHit(QPlainTextEdit *editor, const QString &query);
