// MarkdownEditing: Enter, Tab/Shift+Tab, Ctrl+B/I/K and URL paste as pure text edits.
#include "text/markdownediting.h"

#include <QTest>

using namespace Qt::StringLiterals;
using MarkdownEditing::TextEdit;

namespace {

// The text after applying @p edit to @p text, with `|` at the cursor or `[`…`]` around the selection.
QString applied(const QString &text, const std::optional<TextEdit> &edit)
{
    if (!edit)
        return u"(no edit)"_s;
    QString result = text;
    result.replace(edit->start, edit->end - edit->start, edit->text);
    if (edit->selectionStart == edit->selectionEnd)
        return result.insert(edit->selectionStart, u'|');
    result.insert(edit->selectionEnd, u'}');
    return result.insert(edit->selectionStart, u'{');
}

// Splits "ab|cd" into the text "abcd" and the cursor 2; "a{bc}d" into "abcd", 1 and 3.
void parseCursor(const QString &marked, QString *text, qsizetype *start, qsizetype *end)
{
    *text = marked;
    const qsizetype bar = text->indexOf(u'|');
    if (bar >= 0) {
        text->remove(bar, 1);
        *start = *end = bar;
        return;
    }
    *start = text->indexOf(u'{');
    text->remove(*start, 1);
    *end = text->indexOf(u'}');
    text->remove(*end, 1);
}

} // namespace

class tst_ListContinuation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void enter_data();
    void enter();
    void indent_data();
    void indent();
    void wrap_data();
    void wrap();
    void paste_data();
    void paste();
};

void tst_ListContinuation::enter_data()
{
    QTest::addColumn<QString>("line"); // `|` marks the cursor
    QTest::addColumn<QString>("expected");

    QTest::newRow("dash") << u"- 사과|"_s << u"- 사과\n- |"_s;
    QTest::newRow("star") << u"* apple|"_s << u"* apple\n* |"_s;
    QTest::newRow("plus") << u"+ apple|"_s << u"+ apple\n+ |"_s;
    QTest::newRow("ordered") << u"1. 첫째|"_s << u"1. 첫째\n2. |"_s;
    QTest::newRow("ordered 9 to 10") << u"9. nine|"_s << u"9. nine\n10. |"_s;
    QTest::newRow("ordered paren") << u"3) three|"_s << u"3) three\n4) |"_s;
    QTest::newRow("task unticked") << u"- [x] 운동|"_s << u"- [x] 운동\n- [ ] |"_s;
    QTest::newRow("task open") << u"- [ ] read|"_s << u"- [ ] read\n- [ ] |"_s;
    QTest::newRow("quote") << u"> 인용|"_s << u"> 인용\n> |"_s;
    QTest::newRow("nested quote") << u"> > deep|"_s << u"> > deep\n> > |"_s;
    QTest::newRow("list in quote") << u"> - item|"_s << u"> - item\n> - |"_s;
    QTest::newRow("indented item") << u"  - sub|"_s << u"  - sub\n  - |"_s;
    QTest::newRow("wide spacing kept") << u"1.  wide|"_s << u"1.  wide\n2.  |"_s;
    QTest::newRow("split in the middle") << u"- 오늘|하루"_s << u"- 오늘\n- |하루"_s;
    // A second Enter on an empty item ends the list.
    QTest::newRow("empty item ends") << u"- |"_s << u"|"_s;
    QTest::newRow("empty ordered ends") << u"2. |"_s << u"|"_s;
    QTest::newRow("empty task ends") << u"- [ ] |"_s << u"|"_s;
    QTest::newRow("empty quote ends") << u"> |"_s << u"|"_s;
    QTest::newRow("marker without space ends") << u"-|"_s << u"|"_s;
    // Plain lines, thematic breaks and a cursor inside the prefix: a plain Enter.
    QTest::newRow("plain") << u"text|"_s << u"(no edit)"_s;
    QTest::newRow("no space after dash") << u"-dash|"_s << u"(no edit)"_s;
    QTest::newRow("thematic break") << u"* * *|"_s << u"(no edit)"_s;
    QTest::newRow("cursor in prefix") << u"-| item"_s << u"(no edit)"_s;
    QTest::newRow("number too long") << u"1234567890. x|"_s << u"(no edit)"_s;
}

void tst_ListContinuation::enter()
{
    QFETCH(QString, line);
    QString text;
    qsizetype start = 0;
    qsizetype end = 0;
    parseCursor(line, &text, &start, &end);
    QTEST(applied(text, MarkdownEditing::continueList(text, start)), "expected");
}

void tst_ListContinuation::indent_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("outdent");
    QTest::addColumn<QString>("expected");

    QTest::newRow("bullet in") << u"- it|em"_s << false << u"  - it|em"_s;
    QTest::newRow("ordered in") << u"1. it|em"_s << false << u"   1. it|em"_s;
    QTest::newRow("task in") << u"- [ ] |"_s << false << u"  - [ ] |"_s;
    QTest::newRow("quoted in") << u"> - x|"_s << false << u">   - x|"_s;
    QTest::newRow("bullet out") << u"  - it|em"_s << true << u"- it|em"_s;
    QTest::newRow("out removes only what is there") << u" - x|"_s << true << u"- x|"_s;
    QTest::newRow("out four to two") << u"    - x|"_s << true << u"  - x|"_s;
    QTest::newRow("nothing to outdent") << u"- x|"_s << true << u"(no edit)"_s;
    QTest::newRow("not a list") << u"text|"_s << false << u"(no edit)"_s;
}

void tst_ListContinuation::indent()
{
    QFETCH(QString, line);
    QFETCH(bool, outdent);
    QString text;
    qsizetype start = 0;
    qsizetype end = 0;
    parseCursor(line, &text, &start, &end);
    QTEST(applied(text, MarkdownEditing::indentListItem(text, start, outdent)), "expected");
}

void tst_ListContinuation::wrap_data()
{
    QTest::addColumn<QString>("text"); // `{`…`}` marks the selection, `|` a cursor
    QTest::addColumn<MarkdownEditing::Wrap>("wrap");
    QTest::addColumn<QString>("expected");

    using MarkdownEditing::Wrap;
    QTest::newRow("bold") << u"정말 {중요한} 일"_s << Wrap::Strong << u"정말 **{중요한}** 일"_s;
    QTest::newRow("bold empty") << u"a|b"_s << Wrap::Strong << u"a**|**b"_s;
    QTest::newRow("bold toggles off outside") << u"**{word}**"_s << Wrap::Strong << u"{word}"_s;
    QTest::newRow("bold toggles off inside") << u"x {**word**} y"_s << Wrap::Strong << u"x {word} y"_s;
    QTest::newRow("italic") << u"{word}"_s << Wrap::Emphasis << u"*{word}*"_s;
    QTest::newRow("italic toggles off") << u"*{word}*"_s << Wrap::Emphasis << u"{word}"_s;
    // Inside bold, Ctrl+I adds emphasis rather than taking a star off the bold.
    QTest::newRow("italic inside bold") << u"**{word}**"_s << Wrap::Emphasis << u"***{word}***"_s;
    QTest::newRow("bold off around italic") << u"***{word}***"_s << Wrap::Strong << u"*{word}*"_s;
    QTest::newRow("italic off inside bold") << u"***{word}***"_s << Wrap::Emphasis << u"**{word}**"_s;
    QTest::newRow("link") << u"see {회고}"_s << Wrap::Link << u"see [회고]({url})"_s;
    QTest::newRow("link empty") << u"|"_s << Wrap::Link << u"[]({url})"_s;
    QTest::newRow("link from url") << u"{https://example.com}"_s << Wrap::Link << u"[|](https://example.com)"_s;
}

void tst_ListContinuation::wrap()
{
    QFETCH(QString, text);
    QFETCH(MarkdownEditing::Wrap, wrap);
    QString plain;
    qsizetype start = 0;
    qsizetype end = 0;
    parseCursor(text, &plain, &start, &end);
    QTEST(applied(plain, MarkdownEditing::wrapSelection(plain, start, end, wrap)), "expected");
}

void tst_ListContinuation::paste_data()
{
    QTest::addColumn<QString>("selected");
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<QString>("expected"); // empty: paste as usual

    QTest::newRow("url over text") << u"회고"_s << u"https://example.com/a?b=c"_s
                                   << u"[회고](https://example.com/a?b=c)"_s;
    QTest::newRow("url with spaces around") << u"docs"_s << u" https://qt.io \n"_s << u"[docs](https://qt.io)"_s;
    QTest::newRow("mailto") << u"me"_s << u"mailto:me@example.com"_s << u"[me](mailto:me@example.com)"_s;
    QTest::newRow("no selection") << QString() << u"https://example.com"_s << QString();
    QTest::newRow("not a url") << u"회고"_s << u"example dot com"_s << QString();
    QTest::newRow("relative path") << u"회고"_s << u"/tmp/x"_s << QString();
    QTest::newRow("url over url") << u"https://a.example"_s << u"https://b.example"_s << QString();
    QTest::newRow("multi-line selection") << u"a\nb"_s << u"https://example.com"_s << QString();
    QTest::newRow("text with url inside") << u"x"_s << u"see https://example.com"_s << QString();
}

void tst_ListContinuation::paste()
{
    QFETCH(QString, selected);
    QFETCH(QString, pasted);
    QTEST(MarkdownEditing::linkOnPaste(selected, pasted).value_or(QString()), "expected");
}

QTEST_GUILESS_MAIN(tst_ListContinuation)
#include "tst_listcontinuation.moc"
