#pragma once

#include "text/spellchecker.h"

#include <QObject>
#include <QPointer>
#include <QTextEdit>
#include <QTimer>

#include <memory>

class QMenu;
class QPlainTextEdit;

/// Spell checking in an editor: misspelled words (SpellChecker: Korean and English at once,
/// code, URLs and front matter skipped) get a red wavy underline as extra selections, so the
/// syntax highlighter's formats stay untouched; the context menu on one offers Hunspell's
/// suggestions and "Add to Dictionary".
///
/// Only the blocks on screen are checked, after a short pause in typing or scrolling, and never
/// the word the cursor is in while it is being typed. Of a block longer than the screen (a
/// one-line entry of half a megabyte) only the part on screen is checked, with visibleMargin
/// characters on each side, cut at white space. Usage:
///     auto *spelling = new SpellCheckDecorator(editor, std::make_shared<SpellChecker>(), editor);
/// Loading the Korean dictionary takes a few seconds: construct the SpellChecker off the GUI
/// thread (SpellCheckDecorator::loadInBackground) and hand it over with setSpellChecker().
class SpellCheckDecorator : public QObject
{
    Q_OBJECT
public:
    explicit SpellCheckDecorator(
        QPlainTextEdit *editor, std::shared_ptr<SpellChecker> checker = nullptr, QObject *parent = nullptr);

    void setSpellChecker(std::shared_ptr<SpellChecker> checker);
    /// Loads the system dictionaries in a thread, used when ready. The thread starts once
    /// the editor has painted (at once if it already has): loading takes a core for a second
    /// or more, which the window's first paint should not share.
    void loadInBackground();
    /// The dictionaries are loaded (given or loadInBackground() finished).
    bool hasSpellChecker() const { return bool(m_checker); }
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    /// UTF-16 code units checked before and after the visible part of a block.
    static constexpr int visibleMargin = 2000;

    /// Re-checks the visible blocks now instead of after the pause.
    void refresh();
    /// The misspellings underlined now (document positions).
    QList<SpellChecker::Misspelling> misspellings() const { return m_misspellings; }
    /// The misspelling at document position @p position, if any.
    std::optional<SpellChecker::Misspelling> misspellingAt(int position) const;
    /// Adds the spelling actions for document position @p position to the top of @p menu:
    /// suggestions (replace the word) and Add to Dictionary. Returns whether any were added.
    bool addSpellingActions(QMenu *menu, int position);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void apply();
    void followEdit(int position, int removed, int added);

    QPointer<QPlainTextEdit> m_editor;
    std::shared_ptr<SpellChecker> m_checker;
    QTimer m_timer;
    bool m_enabled = true;
    bool m_painted = false; ///< the editor has painted
    bool m_loadWanted = false; ///< loadInBackground() waits for the first paint
    QList<SpellChecker::Misspelling> m_misspellings;
    int m_revision = 0; ///< the document revision m_misspellings are positioned in
};
