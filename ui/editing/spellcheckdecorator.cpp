#include "editing/spellcheckdecorator.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {

// Marks the extra selections this class adds, to tell them from the editor's own.
constexpr int SpellingProperty = QTextFormat::UserProperty + 0x5e11;

// How far the checked part of a line is widened to reach white space. A word cut beyond that
// (text without spaces) lies in the margin, off screen, where its underline is not seen.
constexpr qsizetype longestWord = 64;

// Where the checked part of @p line begins, at @p from or before it: at the line start or just
// after white space, so no word is cut.
qsizetype checkedFrom(const QString &line, qsizetype from)
{
    from = std::clamp<qsizetype>(from, 0, line.size());
    for (qsizetype n = 0; n < longestWord && from > 0 && !line.at(from - 1).isSpace(); ++n)
        --from;
    return from;
}

// Where the checked part of @p line ends, at @p to or after it: at white space or the line end.
qsizetype checkedTo(const QString &line, qsizetype to)
{
    to = std::clamp<qsizetype>(to, 0, line.size());
    for (qsizetype n = 0; n < longestWord && to < line.size() && !line.at(to).isSpace(); ++n)
        ++to;
    return to;
}

} // namespace

SpellCheckDecorator::SpellCheckDecorator(QPlainTextEdit *editor, std::shared_ptr<SpellChecker> checker, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_checker(std::move(checker))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(400);
    connect(&m_timer, &QTimer::timeout, this, &SpellCheckDecorator::refresh);
    connect(editor, &QPlainTextEdit::textChanged, &m_timer, qOverload<>(&QTimer::start));
    connect(editor->verticalScrollBar(), &QScrollBar::valueChanged, &m_timer, qOverload<>(&QTimer::start));
    // The editor may reset extra selections (current line) when the cursor moves: put ours back.
    connect(editor, &QPlainTextEdit::cursorPositionChanged, this, &SpellCheckDecorator::apply, Qt::QueuedConnection);
    connect(editor->document(), &QTextDocument::contentsChange, this, &SpellCheckDecorator::followEdit);
    m_revision = editor->document()->revision();
    editor->viewport()->installEventFilter(this);
    if (m_checker)
        m_timer.start();
}

void SpellCheckDecorator::setSpellChecker(std::shared_ptr<SpellChecker> checker)
{
    m_checker = std::move(checker);
    refresh();
}

void SpellCheckDecorator::loadInBackground()
{
    if (!m_painted) {
        m_loadWanted = true;
        return;
    }
    m_loadWanted = false;
    QThread *thread = QThread::create([self = QPointer(this)] {
        auto checker = std::make_shared<SpellChecker>();
        if (self) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, checker] {
                    if (self)
                        self->setSpellChecker(checker);
                },
                Qt::QueuedConnection);
        }
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

void SpellCheckDecorator::setEnabled(bool enabled)
{
    m_enabled = enabled;
    refresh();
}

void SpellCheckDecorator::refresh()
{
    m_timer.stop();
    m_misspellings.clear();
    if (!m_editor)
        return;
    if (m_enabled && m_checker) {
        QTextDocument *document = m_editor->document();
        const QString text = document->toPlainText();
        // Front matter and code fences need the whole text to be recognised.
        const QList<SpellChecker::Range> skipped = SpellChecker::skippedRanges(text);
        const int cursor = m_editor->textCursor().position();
        const QRect view = m_editor->viewport()->rect();
        const int firstVisible = m_editor->cursorForPosition(view.topLeft()).position();
        const int lastVisible = m_editor->cursorForPosition(view.bottomRight()).position();
        const QTextBlock last = document->findBlock(lastVisible);
        for (QTextBlock block = document->findBlock(firstVisible); block.isValid(); block = block.next()) {
            if (block.blockNumber() > last.blockNumber())
                break;
            const qsizetype start = block.position();
            const qsizetype end = start + block.length() - 1;
            bool inSkipped = false;
            for (const SpellChecker::Range &range : skipped)
                inSkipped = inSkipped || (range.start <= start && range.end >= end && end > start);
            if (inSkipped)
                continue;
            const QString line = block.text();
            const qsizetype from = checkedFrom(line, firstVisible - start - visibleMargin);
            const qsizetype to = checkedTo(line, lastVisible - start + visibleMargin);
            for (SpellChecker::Misspelling misspelling :
                m_checker->checkLine(QStringView(line).sliced(from, to - from))) {
                misspelling.start += start + from;
                // The word being typed is not judged before it is finished.
                if (cursor >= misspelling.start && cursor <= misspelling.start + misspelling.length)
                    continue;
                m_misspellings.append(misspelling);
            }
        }
    }
    apply();
}

// The misspellings found before an edit move with the text after it; those it touched are
// dropped until the next check. Otherwise the underlines, put back on every caret move, would
// land on other words, or past the end of a shorter text (another entry opened).
void SpellCheckDecorator::followEdit(int position, int removed, int added)
{
    // Formats applied by the highlighter report a change too, with the revision unchanged.
    if (m_editor->document()->revision() == m_revision)
        return;
    m_revision = m_editor->document()->revision();
    const qsizetype delta = qsizetype(added) - removed;
    QList<SpellChecker::Misspelling> kept;
    for (SpellChecker::Misspelling misspelling : std::as_const(m_misspellings)) {
        if (misspelling.start + misspelling.length <= position) {
            kept.append(misspelling);
        } else if (misspelling.start >= position + removed) {
            misspelling.start += delta;
            kept.append(misspelling);
        }
    }
    m_misspellings = kept;
}

void SpellCheckDecorator::apply()
{
    if (!m_editor)
        return;
    QList<QTextEdit::ExtraSelection> selections;
    for (const QTextEdit::ExtraSelection &selection : m_editor->extraSelections()) {
        if (!selection.format.hasProperty(SpellingProperty))
            selections.append(selection);
    }
    for (const SpellChecker::Misspelling &misspelling : std::as_const(m_misspellings)) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_editor->document());
        selection.cursor.setPosition(int(misspelling.start));
        selection.cursor.setPosition(int(misspelling.start + misspelling.length), QTextCursor::KeepAnchor);
        selection.format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
        selection.format.setUnderlineColor(Qt::red);
        selection.format.setProperty(SpellingProperty, true);
        selections.append(selection);
    }
    m_editor->setExtraSelections(selections);
}

std::optional<SpellChecker::Misspelling> SpellCheckDecorator::misspellingAt(int position) const
{
    for (const SpellChecker::Misspelling &misspelling : m_misspellings) {
        if (position >= misspelling.start && position <= misspelling.start + misspelling.length)
            return misspelling;
    }
    return std::nullopt;
}

bool SpellCheckDecorator::addSpellingActions(QMenu *menu, int position)
{
    const auto misspelling = misspellingAt(position);
    if (!misspelling || !m_checker)
        return false;
    QAction *first = menu->actions().value(0);
    const QStringList suggestions = m_checker->suggestions(misspelling->word).mid(0, 7);
    QList<QAction *> added;
    for (const QString &suggestion : suggestions) {
        auto *action = new QAction(suggestion, menu);
        QFont font = action->font();
        font.setBold(true);
        action->setFont(font);
        connect(action, &QAction::triggered, this, [this, m = *misspelling, suggestion] {
            QTextCursor cursor(m_editor->document());
            cursor.setPosition(int(m.start));
            cursor.setPosition(int(m.start + m.length), QTextCursor::KeepAnchor);
            if (cursor.selectedText() == m.word)
                cursor.insertText(suggestion);
        });
        added.append(action);
    }
    if (suggestions.isEmpty()) {
        auto *none = new QAction(tr("No Suggestions"), menu);
        none->setEnabled(false);
        added.append(none);
    }
    auto *add = new QAction(tr("Add \"%1\" to Dictionary").arg(misspelling->word), menu);
    connect(add, &QAction::triggered, this, [this, word = misspelling->word] {
        QString error;
        if (!m_checker->addToPersonalDictionary(word, &error))
            m_editor->setToolTip(error);
        refresh();
    });
    added.append(add);
    menu->insertActions(first, added);
    menu->insertSeparator(first);
    return true;
}

bool SpellCheckDecorator::eventFilter(QObject *watched, QEvent *event)
{
    // The type first: while the editor is being destroyed its viewport still sends events here,
    // and the editor may then be called no more.
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        if (m_loadWanted) // after this paint has reached the screen
            QMetaObject::invokeMethod(this, &SpellCheckDecorator::loadInBackground, Qt::QueuedConnection);
    }
    if (event->type() == QEvent::ContextMenu && m_editor && watched == m_editor->viewport()) {
        const auto *contextEvent = static_cast<QContextMenuEvent *>(event);
        const int position = m_editor->cursorForPosition(contextEvent->pos()).position();
        if (!misspellingAt(position))
            return false;
        std::unique_ptr<QMenu> menu(m_editor->createStandardContextMenu(contextEvent->pos()));
        addSpellingActions(menu.get(), position);
        menu->exec(contextEvent->globalPos());
        return true;
    }
    return QObject::eventFilter(watched, event);
}
