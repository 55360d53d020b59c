#pragma once

#include <QObject>

class QMimeData;
class QPlainTextEdit;
class QTextCursor;

/// Gives a QPlainTextEdit the Markdown editing keys of MarkdownEditing (app/text/markdownediting.h):
/// Enter continues lists and quotes (a second Enter on an empty item ends them), Tab and
/// Shift+Tab indent and outdent list items, Ctrl+B / Ctrl+I / Ctrl+K wrap the selection in
/// `**…**`, `*…*`, `[…](url)`, and pasting a URL over a selection makes a link. Once it knows
/// the diary (setDiaryPath()), an image pasted (Ctrl+V) or an image file dropped is stored
/// beside the diary (DiaryImages) and linked as `![](/images/…)` where it was put.
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

    /// The diary file, beside which pasted and dropped images are stored; until it is set the
    /// editor handles images as it does by itself.
    void setDiaryPath(const QString &diaryPath) { m_diaryPath = diaryPath; }
    /// Stores the images of @p mime — image data, or the image files among its URLs — and
    /// inserts a `![](/images/…)` link for each at the cursor, one undo step. False when
    /// @p mime holds no image, the diary is not set or the editor is read-only; a failure to
    /// store is told in a message box (nothing is inserted) and also returns false.
    bool insertImages(const QMimeData *mime);
    /// What Ctrl+V does with @p mime beyond plain text: images stored and linked
    /// (insertImages()), or a URL pasted over a selection made a Markdown link around it.
    /// False when neither applies, for the editor to insert the text itself. Editor calls it
    /// for the context menu's Paste too (Editor::setMimeInserter()).
    bool insertMimeData(const QMimeData *mime);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool enter();
    bool indent(bool outdent);
    void wrap(int kind);
    bool dragEvent(QEvent *event);

    QPlainTextEdit *m_editor;
    QString m_diaryPath;
};
