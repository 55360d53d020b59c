#pragma once

#include <QObject>

class QPlainTextEdit;
class QTextCursor;

/// Gives a QPlainTextEdit the Markdown editing keys of MarkdownEditing (app/text/markdownediting.h):
/// Enter continues lists and quotes (a second Enter on an empty item ends them), Tab and
/// Shift+Tab indent and outdent list items, Ctrl+B / Ctrl+I / Ctrl+K wrap the selection in
/// `**…**`, `*…*`, `[…](url)`, and pasting a URL over a selection makes a link.
///
/// It works through an event filter, so the editor class needs no change:
///     new EditingController(editor, editor);
/// Each edit is one undo step. Keys pressed while an input method composes are left to it.
class EditingController : public QObject
{
    Q_OBJECT
public:
    explicit EditingController(QPlainTextEdit *editor, QObject *parent = nullptr);

    /// Wraps the editor's selection (as Ctrl+B / Ctrl+I / Ctrl+K do); for toolbar actions.
    void strong();
    void emphasis();
    void link();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool enter();
    bool indent(bool outdent);
    bool paste();
    void wrap(int kind);

    QPlainTextEdit *m_editor;
};
