#include "editing/editingcontroller.h"

#include "io/diaryimages.h"
#include "text/markdownediting.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDropEvent>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QKeyEvent>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QTextBlock>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

// Applies @p edit, given in the coordinates of a text starting at document position @p origin,
// as one undo step, and selects what it says.
void apply(QPlainTextEdit *editor, qsizetype origin, const MarkdownEditing::TextEdit &edit)
{
    QTextCursor cursor = editor->textCursor();
    cursor.beginEditBlock();
    cursor.setPosition(int(origin + edit.start));
    cursor.setPosition(int(origin + edit.end), QTextCursor::KeepAnchor);
    cursor.insertText(edit.text);
    cursor.endEditBlock();
    cursor.setPosition(int(origin + edit.selectionStart));
    cursor.setPosition(int(origin + edit.selectionEnd), QTextCursor::KeepAnchor);
    editor->setTextCursor(cursor);
}

// The local image files among @p mime's URLs.
QStringList imageFiles(const QMimeData *mime)
{
    QStringList files;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && !QImageReader::imageFormat(url.toLocalFile()).isEmpty())
            files << url.toLocalFile();
    }
    return files;
}

bool isComposing(const QPlainTextEdit *editor)
{
    const QTextLayout *layout = editor->textCursor().block().layout();
    return layout && !layout->preeditAreaText().isEmpty();
}

} // namespace

EditingController::EditingController(QPlainTextEdit *editor, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
{
    editor->installEventFilter(this);
    editor->viewport()->installEventFilter(this); // drags and drops arrive at the viewport
}

bool EditingController::dragEvent(QEvent *event)
{
    if (m_diaryPath.isEmpty() || m_editor->isReadOnly())
        return false;
    auto *drop = static_cast<QDropEvent *>(event);
    if (imageFiles(drop->mimeData()).isEmpty())
        return false;
    if (event->type() == QEvent::Drop) {
        m_editor->setTextCursor(m_editor->cursorForPosition(drop->position().toPoint()));
        insertImages(drop->mimeData());
    }
    drop->acceptProposedAction();
    return true;
}

bool EditingController::insertImages(const QMimeData *mime)
{
    if (!mime || m_diaryPath.isEmpty() || m_editor->isReadOnly())
        return false;
    const QStringList files = imageFiles(mime);
    if (files.isEmpty() && !mime->hasImage())
        return false;
    const QDate today = QDate::currentDate();
    QStringList links;
    QString error;
    const auto store = [&](const QString &target, const std::function<bool()> &write) {
        if (!QDir().mkpath(QFileInfo(target).path()) || !write()) {
            error = tr("The image could not be stored in %1.").arg(QDir::toNativeSeparators(target));
            return false;
        }
        links << u"![](%1)"_s.arg(DiaryImages::link(m_diaryPath, target));
        return true;
    };
    if (!files.isEmpty()) {
        for (const QString &file : files) {
            QString suffix = QFileInfo(file).suffix().toLower();
            if (suffix.isEmpty())
                suffix = QString::fromLatin1(QImageReader::imageFormat(file));
            const QString target = DiaryImages::newFile(m_diaryPath, today, suffix);
            if (!store(target, [&] { return QFile::copy(file, target); }))
                break;
        }
    } else {
        const QImage image = qvariant_cast<QImage>(mime->imageData());
        const QString target = DiaryImages::newFile(m_diaryPath, today, u"png"_s);
        store(target, [&] { return !image.isNull() && image.save(target, "PNG"); });
    }
    if (!error.isEmpty()) {
        QMessageBox::warning(m_editor, tr("Image Not Stored"), error);
        return false;
    }
    const QString text = links.join(u'\n');
    const QTextCursor cursor = m_editor->textCursor();
    const qsizetype start = cursor.selectionStart();
    apply(m_editor, start, {0, cursor.selectionEnd() - start, text, text.size(), text.size()});
    return true;
}

bool EditingController::eventFilter(QObject *watched, QEvent *event)
{
    // The type first: while the editor is being destroyed it and its viewport still send events
    // here, and the editor may then be called no more.
    const QEvent::Type type = event->type();
    if (type == QEvent::DragEnter || type == QEvent::DragMove || type == QEvent::Drop) {
        if (watched == m_editor->viewport())
            return dragEvent(event);
        return QObject::eventFilter(watched, event);
    }
    if (type != QEvent::KeyPress || watched != m_editor || m_editor->isReadOnly())
        return QObject::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (isComposing(m_editor))
        return false;
    const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
    if (key->matches(QKeySequence::Paste))
        return insertMimeData(QApplication::clipboard()->mimeData());
    if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && modifiers == Qt::NoModifier)
        return enter();
    if (key->key() == Qt::Key_Tab && modifiers == Qt::NoModifier)
        return indent(false);
    if (key->key() == Qt::Key_Backtab || (key->key() == Qt::Key_Tab && modifiers == Qt::ShiftModifier))
        return indent(true);
    if (modifiers == Qt::ControlModifier) {
        switch (key->key()) {
        case Qt::Key_B:
            strong();
            return true;
        case Qt::Key_I:
            emphasis();
            return true;
        case Qt::Key_K:
            link();
            return true;
        default:
            break;
        }
    }
    return false;
}

bool EditingController::enter()
{
    const QTextCursor cursor = m_editor->textCursor();
    if (cursor.hasSelection())
        return false;
    const QTextBlock block = cursor.block();
    const auto edit = MarkdownEditing::continueList(block.text(), cursor.positionInBlock());
    if (!edit)
        return false;
    apply(m_editor, block.position(), *edit);
    m_editor->ensureCursorVisible();
    return true;
}

bool EditingController::indent(bool outdent)
{
    const QTextCursor cursor = m_editor->textCursor();
    if (cursor.hasSelection() && cursor.document()->findBlock(cursor.selectionStart()) != cursor.block())
        return false;
    const QTextBlock block = cursor.block();
    const auto edit = MarkdownEditing::indentListItem(block.text(), cursor.positionInBlock(), outdent);
    if (!edit)
        return outdent && MarkdownEditing::linePrefix(block.text()).isListItem(); // nothing to outdent
    apply(m_editor, block.position(), *edit);
    return true;
}

bool EditingController::insertMimeData(const QMimeData *mime)
{
    const QTextCursor cursor = m_editor->textCursor();
    if (m_editor->isReadOnly())
        return false;
    if (insertImages(mime))
        return true;
    if (!cursor.hasSelection() || !mime || !mime->hasText())
        return false;
    const QString selected = cursor.selectedText();
    const auto link = MarkdownEditing::linkOnPaste(selected, mime->text());
    if (!link)
        return false;
    const qsizetype start = cursor.selectionStart();
    apply(m_editor, start, {0, selected.size(), *link, link->size(), link->size()});
    return true;
}

void EditingController::strong()
{
    wrap(int(MarkdownEditing::Wrap::Strong));
}

void EditingController::emphasis()
{
    wrap(int(MarkdownEditing::Wrap::Emphasis));
}

void EditingController::link()
{
    wrap(int(MarkdownEditing::Wrap::Link));
}

void EditingController::wrap(int kind)
{
    const QTextCursor cursor = m_editor->textCursor();
    // Positions in toPlainText() are document positions (a block break is one character).
    const QString text = m_editor->document()->toPlainText();
    const auto edit = MarkdownEditing::wrapSelection(
        text, cursor.selectionStart(), cursor.selectionEnd(), MarkdownEditing::Wrap(kind));
    apply(m_editor, 0, edit);
}
