#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

/// A task list item (GFM `- [x] text`) of an entry, as the goal check-ins read it.
///
/// Offsets are UTF-16 code units into the whole text given to readTaskItems() (front
/// matter included), so an edit can replace exactly the marker or the item's line.
struct TaskLine
{
    bool checked = false; ///< `[x]` or `[X]`
    QString text; ///< the item's text after the marker, trimmed, as written
    QString title; ///< text without its trailing parenthetical
    std::optional<double> amount; ///< the parenthetical's number, when it is an amount
    QString unit; ///< the amount's unit as written ("권", "books", "h"); may be empty
    QString note; ///< the parenthetical when it is not an amount, or what follows the amount
    std::optional<int> confidence; ///< 1..10 from a `자신감 7/10` / `confidence 7/10` part
    QString confidenceText; ///< that part as written, kept when the amount is rewritten
    qsizetype markerOffset = 0; ///< the `[` of the marker; the state is at markerOffset + 1
    qsizetype lineStart = 0; ///< first character of the item's line
    qsizetype lineEnd = 0; ///< the item's line ending (LF, CR or CR LF), or the text's end
    qsizetype textStart = 0; ///< first character of `text`
    int depth = 0; ///< 0 for a top-level item, 1 inside another list item, …
};

/// The parts of a task item's text: the title, and a trailing parenthetical that is an
/// amount (`(2권)`, `(2 books)`, `(3h)`, `(3시간)`, `(1.5 h)`, optionally followed by a
/// note after a comma: `(2권, 좋았다)`) or else a note (`(이번 주 2편, 누적 2/2)`).
/// Full-width parentheses count too. Neither amount nor note is part of the title; a text
/// that is only a parenthetical is all title.
///
/// A part of the parenthetical (parts are separated by `,`, `;` or `·`) reading
/// `자신감 N/10`, `확신 N/10` or `confidence N/10` (any case, `/10` and a colon optional,
/// N from 1 to 10) is the check-in's confidence that the goal is reached by December:
/// `(2권, 자신감 7/10)`, `(confidence 4/10)`. It is neither amount nor note.
struct TaskText
{
    QString title;
    std::optional<double> amount;
    QString unit;
    QString note;
    std::optional<int> confidence; ///< 1..10
    QString confidenceText; ///< the confidence part as written, empty when none
};
TaskText splitTaskText(QStringView text);

/// The task list items of @p text (a whole entry: front matter, then Markdown), in
/// document order, as the Markdown engine's tree has them (Markdown::Document::taskItems(),
/// GFM §5.3): items inside code blocks, HTML blocks or the front matter never count; items
/// may be nested (depth) and sit in block quotes. An item with no text is left out.
QList<TaskLine> readTaskItems(QStringView text);

/// The key two titles match on: NFC, case-folded, emphasis and code markers (`*`, `~`,
/// backticks) removed, white space simplified, and a trailing parenthetical dropped
/// (splitTaskText()). "주간 회고 쓰기", "주간 회고 쓰기 (3h)" and its NFD form share a key.
QString goalKey(QStringView title);

/// @p amount as written in a task item's parenthetical with @p unit: `2권`, `3h`,
/// `2 books`, `1.5시간` — no space before a Hangul unit or a one-letter one.
QString formatAmount(double amount, const QString &unit);
