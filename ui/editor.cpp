#include "editor.h"

#include "editing/markdownhighlighter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Theme>

#include <QCoreApplication>
#include <QEvent>
#include <QFocusEvent>
#include <QGuiApplication>
#include <QInputMethod>
#include <QInputMethodEvent>

using namespace Qt::StringLiterals;

Editor::Editor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new MarkdownHighlighter(document()))
{
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setTabChangesFocus(false);
    m_highlighter->setDefinition(m_repository.definitionForName(u"Markdown"_s));
    applyTheme();
}

Editor::~Editor() = default;

void Editor::applyTheme()
{
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    m_highlighter->setTheme(m_repository.defaultTheme(
        dark ? KSyntaxHighlighting::Repository::DarkTheme : KSyntaxHighlighting::Repository::LightTheme));
    m_highlighter->rehighlight();
}

void Editor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

void Editor::inputMethodEvent(QInputMethodEvent *event)
{
    m_preedit = event->preeditString();
    QPlainTextEdit::inputMethodEvent(event);
}

void Editor::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    if (event->reason() != Qt::PopupFocusReason)
        Q_EMIT focusLost();
}

void Editor::commitPreedit()
{
    if (m_preedit.isEmpty())
        return;
    if (hasFocus())
        QGuiApplication::inputMethod()->commit();
    if (m_preedit.isEmpty())
        return;
    // Nothing answered: commit what the user sees, then make the input method forget it,
    // or its next key would continue the old syllable.
    QInputMethodEvent commit;
    commit.setCommitString(m_preedit);
    QCoreApplication::sendEvent(this, &commit);
    if (hasFocus())
        QGuiApplication::inputMethod()->reset();
}
