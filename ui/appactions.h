#pragma once

#include <QObject>

class QAction;
class QActionGroup;
namespace KSyntaxHighlighting {
class Theme;
}

/// Every QAction of the main window, made in one place with its text, shortcut and
/// icon, so menus, toolbars and tests share them. MainWindow puts them in menus and
/// connects their triggered() signals.
class AppActions : public QObject
{
    Q_OBJECT
public:
    explicit AppActions(QObject *parent = nullptr);

    QAction *newEntry() const { return m_newEntry; } ///< File → New Entry (Ctrl+N): today, daily
    QAction *importFiles() const { return m_importFiles; } ///< File → Import…: Markdown files
    QAction *importFolder() const { return m_importFolder; } ///< File → Import Folder…
    QAction *quit() const { return m_quit; } ///< File → Quit (Ctrl+Q)
    /// Settings → Language: checkable, exclusive; each action's data() is the language code
    /// AppSettings::language() takes (empty for the system's).
    QActionGroup *languages() const { return m_languages; }
    /// View → Focus Mode (checkable): fade every paragraph but the caret's.
    QAction *focusMode() const { return m_focusMode; }
    /// View → Typewriter Scrolling (checkable): keep the caret's line at the middle.
    QAction *typewriterScrolling() const { return m_typewriterScrolling; }
    /// Settings → Editor Font…: choose the editor's font and size.
    QAction *editorFont() const { return m_editorFont; }
    /// Settings → Highlighting Theme: checkable, exclusive; each action's data() is the theme
    /// name AppSettings::highlightingTheme() takes, the first one's empty: follow the palette.
    /// The themes are added by setHighlightingThemes().
    QActionGroup *highlightingThemes() const { return m_highlightingThemes; }
    /// Adds an action for each of @p themes (by translated name) after "Follow the System Palette".
    void setHighlightingThemes(const QList<KSyntaxHighlighting::Theme> &themes);

private:
    QAction *m_newEntry;
    QAction *m_importFiles;
    QAction *m_importFolder;
    QAction *m_quit;
    QActionGroup *m_languages;
    QAction *m_focusMode;
    QAction *m_typewriterScrolling;
    QAction *m_editorFont;
    QActionGroup *m_highlightingThemes;
};
