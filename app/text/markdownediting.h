#pragma once

#include <QString>

#include <optional>

/// The editing logic of a Markdown editor as pure functions: given text and a cursor or
/// selection, each returns the edit to apply (or nothing, when the key should do what it
/// usually does). The editor widget only applies the edit; the tests need no widget.
///
/// Offsets are UTF-16 code units into the string passed in (a line, for the per-line functions).
namespace MarkdownEditing {

/// Replace [start, end) by text; afterwards select [selectionStart, selectionEnd) (equal
/// values: a cursor). The selection is given in the text after the edit.
struct TextEdit
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString text;
    qsizetype selectionStart = 0;
    qsizetype selectionEnd = 0;
    friend bool operator==(const TextEdit &, const TextEdit &) = default;
};

/// The Markdown prefix of a line: block quote markers, then a list item's marker.
struct LinePrefix
{
    QString quote; ///< `> ` markers (with the spaces before and between them)
    QString indent; ///< spaces before the list marker
    QString marker; ///< `-`, `*`, `+`, `1.`, `3)` …; empty when the line is no list item
    QString spacing; ///< the spaces after the marker (at least one unless the line ends)
    QString task; ///< `[ ] ` or `[x] ` for task items, else empty
    qsizetype length = 0; ///< the whole prefix's length
    bool isListItem() const { return !marker.isEmpty(); }
};

/// Reads @p line's prefix (CommonMark §5.1–5.3: up to three spaces before `>`, ordered
/// markers of 1–9 digits followed by `.` or `)`, bullets `-`, `*`, `+` followed by a space,
/// tab or the line end; GFM task markers `[ ]`, `[x]`, `[X]`).
LinePrefix linePrefix(QStringView line);

/// Enter pressed in @p line at @p cursor. For a list item or quote line:
///  - the item has text: break the line at the cursor and start the next item with the same
///    prefix: bullets repeated, ordered numbers incremented (`9.` → `10.`), task boxes unticked;
///  - the item is empty (a second Enter): end the list: the prefix is removed, no new line.
/// nullopt when the line has no prefix or the cursor is inside the prefix (a plain Enter).
std::optional<TextEdit> continueList(QStringView line, qsizetype cursor);

/// Tab (@p outdent false) or Shift+Tab (@p outdent true) on a list item: indents by the width of
/// its marker and spacing (`- ` 2, `1. ` 3, so it nests under the item above) or removes up to
/// that many leading spaces. The cursor keeps its place in the text. nullopt for other lines or
/// an outdent with nothing to remove.
std::optional<TextEdit> indentListItem(QStringView line, qsizetype cursor, bool outdent);

enum class Wrap { Strong, Emphasis, Link };

/// Ctrl+B (Strong `**…**`), Ctrl+I (Emphasis `*…*`), Ctrl+K (Link `[…](url)`) on the selection
/// [selectionStart, selectionEnd) of @p text. Strong and Emphasis toggle: a selection already
/// wrapped (inside or just outside the selection) is unwrapped. With no selection the markers are
/// inserted with the cursor between them. Link selects `url` so it can be typed over; a selected
/// URL becomes the destination with the cursor in the empty link text.
TextEdit wrapSelection(QStringView text, qsizetype selectionStart, qsizetype selectionEnd, Wrap wrap);

/// Whether @p text is one absolute URL (http, https, ftp, mailto; no spaces).
bool isUrl(QStringView text);

/// Pasting @p pasted over the selected @p selectedText: when the pasted text is a URL and the
/// selection is one line of text that is not a URL itself, the Markdown link `[selected](url)`
/// to insert instead. nullopt: paste as usual.
std::optional<QString> linkOnPaste(QStringView selectedText, QStringView pasted);

} // namespace MarkdownEditing
