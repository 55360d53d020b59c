#pragma once

#include "text/textstatistics.h"

#include <QByteArray>
#include <QFont>
#include <QObject>
#include <QSettings>
#include <QString>

/// The user's preferences, stored with QSettings (on Linux `~/.config/hoego/hoego.conf`).
///
/// Use: one instance for the application's life (guientry.cpp makes it); read with the
/// getters, change with the setters, and follow changes through the `…Changed` signals,
/// each emitted only when the value really changed. main.cpp reads language() before any
/// window exists, to pick the translation.
class AppSettings : public QObject
{
    Q_OBJECT
public:
    explicit AppSettings(QObject *parent = nullptr);

    /// The UI language: empty for the system's, else a language code from
    /// availableLanguages(). Takes effect the next time Hoego starts.
    QString language() const;
    void setLanguage(const QString &language);
    /// The languages Hoego is translated into: `ko`, `en`.
    static QStringList availableLanguages();

    /// The main window's geometry (QWidget::saveGeometry()); empty before the first close.
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    /// The main window's splitter between timeline and editor (QSplitter::saveState()).
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);

    /// The folder the daily backups go to; empty for the default, `backups/` beside the
    /// diary (Backup::defaultFolder()). Used from the next backup on.
    QString backupFolder() const;
    void setBackupFolder(const QString &folder);

    /// The speeds the status bar's reading time is counted at; ReadingSpeed's defaults (500
    /// Hangul syllables and 238 English words a minute) until the user changes them.
    ReadingSpeed readingSpeed() const;
    void setReadingSpeed(const ReadingSpeed &speed);

    /// The body of a new weekly check-in, with the placeholders of expandCheckInTemplate()
    /// (`{goals}`, `{year}`, `{week}`, `{weeks}`, `{monday}`, `{sunday}`);
    /// defaultCheckInTemplate() until the user changes it. Setting the default (or an
    /// empty text) forgets the user's template.
    QString checkInTemplate() const;
    void setCheckInTemplate(const QString &bodyTemplate);

    /// View → Focus Mode and View → Typewriter Scrolling (Editor); both off by default.
    bool focusMode() const;
    void setFocusMode(bool on);
    bool typewriterScrolling() const;
    void setTypewriterScrolling(bool on);

    /// The editor's font: the families in order of preference (Qt takes each character from
    /// the first family that has it) and the size in points. By default
    /// defaultEditorFamilies() at defaultEditorPointSize.
    QFont editorFont() const;
    void setEditorFont(const QFont &font);
    /// A stack that renders Hangul and Latin well: Noto Sans CJK KR, then Noto Serif CJK KR,
    /// then the Korean fonts of other systems; a sans-serif style hint does the rest.
    static QStringList defaultEditorFamilies();
    static constexpr qreal defaultEditorPointSize = 12;

    /// The KSyntaxHighlighting theme (Theme::name()) of the editor and the preview's code;
    /// empty, the default, for the palette's light or dark theme.
    QString highlightingTheme() const;
    void setHighlightingTheme(const QString &name);

Q_SIGNALS:
    void languageChanged(const QString &language);
    void windowGeometryChanged(const QByteArray &geometry);
    void splitterStateChanged(const QByteArray &state);
    void backupFolderChanged(const QString &folder);
    void readingSpeedChanged(const ReadingSpeed &speed);
    void checkInTemplateChanged(const QString &bodyTemplate);
    void focusModeChanged(bool on);
    void typewriterScrollingChanged(bool on);
    void editorFontChanged(const QFont &font);
    void highlightingThemeChanged(const QString &name);

private:
    QSettings m_settings;
};
