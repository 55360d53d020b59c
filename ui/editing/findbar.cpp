#include "editing/findbar.h"

#include "text/textfinder.h"

#include <QAction>
#include <QCheckBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QInputMethod>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextDocumentFragment>
#include <QToolButton>

using namespace Qt::StringLiterals;

FindBar::FindBar(QPlainTextEdit *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_caseSensitive(new QCheckBox(tr("Match case"), this))
    , m_status(new QLabel(this))
{
    m_find->setPlaceholderText(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_replace->setPlaceholderText(tr("Replace with"));
    auto *previous = new QToolButton(this);
    previous->setText(tr("Previous"));
    auto *next = new QToolButton(this);
    next->setText(tr("Next"));
    auto *replace = new QToolButton(this);
    replace->setText(tr("Replace"));
    auto *replaceAllButton = new QToolButton(this);
    replaceAllButton->setText(tr("Replace All"));
    auto *close = new QToolButton(this);
    close->setText(tr("Close"));
    close->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_find, 2);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_replace, 2);
    layout->addWidget(replace);
    layout->addWidget(replaceAllButton);
    layout->addWidget(m_caseSensitive);
    layout->addWidget(m_status, 1);
    layout->addWidget(close);

    connect(previous, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(next, &QToolButton::clicked, this, [this] { findNext(false); });
    connect(replace, &QToolButton::clicked, this, &FindBar::replaceCurrent);
    connect(replaceAllButton, &QToolButton::clicked, this, &FindBar::replaceAll);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        m_editor->setFocus();
    });
    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(false); });
    connect(m_find, &QLineEdit::textEdited, this, &FindBar::updateStatus);
    connect(m_replace, &QLineEdit::returnPressed, this, &FindBar::replaceCurrent);
    m_find->installEventFilter(this);

    auto *findAction = new QAction(tr("Find and Replace"), editor);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findAction, &QAction::triggered, this, &FindBar::open);
    editor->addAction(findAction);
    hide();
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_find && event->type() == QEvent::InputMethod) {
        // Search what is being composed as well: 한 while 하 + ㄴ is still in the preedit.
        const auto *input = static_cast<QInputMethodEvent *>(event);
        m_findPreedit = input->commitString().isEmpty() ? input->preeditString() : QString();
        QMetaObject::invokeMethod(this, &FindBar::updateStatus, Qt::QueuedConnection);
    } else if (watched == m_find && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        hide();
        m_editor->setFocus();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void FindBar::commitEditorPreedit()
{
    if (m_commitPreedit)
        m_commitPreedit();
    else
        QGuiApplication::inputMethod()->commit();
}

QString FindBar::needle() const
{
    QString text = m_find->text();
    if (!m_findPreedit.isEmpty())
        text.insert(m_find->cursorPosition(), m_findPreedit);
    return text;
}

void FindBar::open()
{
    commitEditorPreedit();
    const QString selected = m_editor->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(u'\u2029'))
        m_find->setText(selected);
    show();
    m_find->setFocus();
    m_find->selectAll();
    updateStatus();
}

bool FindBar::findNext(bool backward)
{
    commitEditorPreedit();
    const QString wanted = needle();
    if (wanted.isEmpty())
        return false;
    const Qt::CaseSensitivity cs = m_caseSensitive->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
    QTextCursor cursor = m_editor->textCursor();
    const qsizetype from = backward ? cursor.selectionStart() : cursor.selectionEnd();
    const TextFinder::Match match
        = TextFinder::find(m_editor->document()->toPlainText(), wanted, from, backward, cs, true);
    updateStatus();
    if (match.length == 0)
        return false;
    cursor.setPosition(int(match.start));
    cursor.setPosition(int(match.start + match.length), QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
    m_editor->ensureCursorVisible();
    return true;
}

bool FindBar::replaceCurrent()
{
    commitEditorPreedit();
    const QString wanted = needle();
    if (wanted.isEmpty())
        return false;
    const Qt::CaseSensitivity cs = m_caseSensitive->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
    QTextCursor cursor = m_editor->textCursor();
    if (cursor.hasSelection()) {
        const QList<TextFinder::Match> inSelection = TextFinder::findAll(cursor.selection().toPlainText(), wanted, cs);
        if (inSelection.size() == 1 && inSelection.first().start == 0
            && inSelection.first().length == cursor.selectionEnd() - cursor.selectionStart()) {
            cursor.insertText(m_replace->text());
            m_editor->setTextCursor(cursor);
        }
    }
    return findNext(false);
}

int FindBar::replaceAll()
{
    commitEditorPreedit();
    const QString wanted = needle();
    if (wanted.isEmpty())
        return 0;
    const Qt::CaseSensitivity cs = m_caseSensitive->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
    const QList<TextFinder::Match> matches = TextFinder::findAll(m_editor->document()->toPlainText(), wanted, cs);
    QTextCursor cursor(m_editor->document());
    cursor.beginEditBlock();
    for (auto it = matches.crbegin(); it != matches.crend(); ++it) { // from the end: offsets stay valid
        cursor.setPosition(int(it->start));
        cursor.setPosition(int(it->start + it->length), QTextCursor::KeepAnchor);
        cursor.insertText(m_replace->text());
    }
    cursor.endEditBlock();
    m_status->setText(tr("%n replaced", nullptr, int(matches.size())));
    return int(matches.size());
}

void FindBar::updateStatus()
{
    const QString wanted = needle();
    if (wanted.isEmpty()) {
        m_status->clear();
        return;
    }
    const Qt::CaseSensitivity cs = m_caseSensitive->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
    const qsizetype found = TextFinder::findAll(m_editor->document()->toPlainText(), wanted, cs).size();
    m_status->setText(found == 0 ? tr("Not found") : tr("%n found", nullptr, int(found)));
}
