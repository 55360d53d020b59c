#include "searchfield.h"

#include <QInputMethodEvent>
#include <QKeyEvent>

#include <algorithm>

SearchField::SearchField(QWidget *parent)
    : QLineEdit(parent)
{
    setClearButtonEnabled(true);
    setPlaceholderText(tr("Search the diary (Ctrl+Shift+F)"));
    connect(this, &QLineEdit::textChanged, this, &SearchField::announce);
}

QString SearchField::queryText() const
{
    if (m_preedit.isEmpty())
        return text();
    QString query = text();
    query.insert(std::clamp(cursorPosition(), 0, int(query.size())), m_preedit);
    return query;
}

void SearchField::inputMethodEvent(QInputMethodEvent *event)
{
    // The preedit is taken before QLineEdit commits, so the textChanged() the commit causes
    // already sees the new preedit and never searches the committed syllable twice.
    m_preedit = event->preeditString();
    QLineEdit::inputMethodEvent(event);
    announce();
}

void SearchField::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        Q_EMIT cancelled();
        return;
    case Qt::Key_Up:
        Q_EMIT stepped(-1);
        return;
    case Qt::Key_Down:
        Q_EMIT stepped(1);
        return;
    default:
        QLineEdit::keyPressEvent(event);
    }
}

void SearchField::focusOutEvent(QFocusEvent *event)
{
    // Leaving the field ends the composition: QLineEdit commits what was composed (or the
    // input method drops it), and either way it is no longer a preedit.
    m_preedit.clear();
    QLineEdit::focusOutEvent(event);
    announce();
}

void SearchField::announce()
{
    const QString query = queryText();
    if (query == m_announced)
        return;
    m_announced = query;
    Q_EMIT queryChanged(query);
}
