#include "appsettings.h"

#include "goals/weektext.h"

using namespace Qt::StringLiterals;

namespace {
const QString languageKey = u"ui/language"_s;
const QString geometryKey = u"mainwindow/geometry"_s;
const QString splitterKey = u"mainwindow/splitter"_s;
const QString backupFolderKey = u"backup/folder"_s;
const QString hangulSpeedKey = u"counts/hangulSyllablesPerMinute"_s;
const QString englishSpeedKey = u"counts/englishWordsPerMinute"_s;
const QString checkInTemplateKey = u"goals/checkInTemplate"_s;
const QString focusModeKey = u"editor/focusMode"_s;
const QString typewriterKey = u"editor/typewriterScrolling"_s;
const QString fontFamiliesKey = u"editor/fontFamilies"_s;
const QString fontSizeKey = u"editor/fontPointSize"_s;
const QString themeKey = u"editor/highlightingTheme"_s;
} // namespace

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
    , m_settings(QSettings::NativeFormat, QSettings::UserScope, u"hoego"_s, u"hoego"_s)
{ }

QString AppSettings::language() const
{
    const QString language = m_settings.value(languageKey).toString();
    return availableLanguages().contains(language) ? language : QString();
}

void AppSettings::setLanguage(const QString &language)
{
    const QString value = availableLanguages().contains(language) ? language : QString();
    if (value == this->language())
        return;
    m_settings.setValue(languageKey, value);
    Q_EMIT languageChanged(value);
}

QStringList AppSettings::availableLanguages()
{
    return {u"ko"_s, u"en"_s};
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(geometryKey).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    if (geometry == windowGeometry())
        return;
    m_settings.setValue(geometryKey, geometry);
    Q_EMIT windowGeometryChanged(geometry);
}

QByteArray AppSettings::splitterState() const
{
    return m_settings.value(splitterKey).toByteArray();
}

void AppSettings::setSplitterState(const QByteArray &state)
{
    if (state == splitterState())
        return;
    m_settings.setValue(splitterKey, state);
    Q_EMIT splitterStateChanged(state);
}

QString AppSettings::backupFolder() const
{
    return m_settings.value(backupFolderKey).toString();
}

void AppSettings::setBackupFolder(const QString &folder)
{
    if (folder == backupFolder())
        return;
    m_settings.setValue(backupFolderKey, folder);
    Q_EMIT backupFolderChanged(folder);
}

QString AppSettings::checkInTemplate() const
{
    const QString stored = m_settings.value(checkInTemplateKey).toString();
    return stored.trimmed().isEmpty() ? defaultCheckInTemplate() : stored;
}

void AppSettings::setCheckInTemplate(const QString &bodyTemplate)
{
    if (bodyTemplate == checkInTemplate())
        return;
    if (bodyTemplate.trimmed().isEmpty() || bodyTemplate == defaultCheckInTemplate())
        m_settings.remove(checkInTemplateKey);
    else
        m_settings.setValue(checkInTemplateKey, bodyTemplate);
    Q_EMIT checkInTemplateChanged(checkInTemplate());
}

bool AppSettings::focusMode() const
{
    return m_settings.value(focusModeKey, false).toBool();
}

void AppSettings::setFocusMode(bool on)
{
    if (on == focusMode())
        return;
    m_settings.setValue(focusModeKey, on);
    Q_EMIT focusModeChanged(on);
}

bool AppSettings::typewriterScrolling() const
{
    return m_settings.value(typewriterKey, false).toBool();
}

void AppSettings::setTypewriterScrolling(bool on)
{
    if (on == typewriterScrolling())
        return;
    m_settings.setValue(typewriterKey, on);
    Q_EMIT typewriterScrollingChanged(on);
}

QFont AppSettings::editorFont() const
{
    QStringList families = m_settings.value(fontFamiliesKey).toStringList();
    families.removeAll(QString());
    if (families.isEmpty())
        families = defaultEditorFamilies();
    const qreal size = m_settings.value(fontSizeKey, defaultEditorPointSize).toReal();
    QFont font;
    font.setStyleHint(QFont::SansSerif);
    font.setFamilies(families);
    font.setPointSizeF(size > 0 ? size : defaultEditorPointSize);
    return font;
}

void AppSettings::setEditorFont(const QFont &font)
{
    const QFont current = editorFont();
    if (font.families() == current.families() && font.pointSizeF() == current.pointSizeF())
        return;
    m_settings.setValue(fontFamiliesKey, font.families());
    m_settings.setValue(fontSizeKey, font.pointSizeF());
    Q_EMIT editorFontChanged(editorFont());
}

QString AppSettings::highlightingTheme() const
{
    return m_settings.value(themeKey).toString();
}

void AppSettings::setHighlightingTheme(const QString &name)
{
    if (name == highlightingTheme())
        return;
    m_settings.setValue(themeKey, name);
    Q_EMIT highlightingThemeChanged(name);
}

QStringList AppSettings::defaultEditorFamilies()
{
    return {u"Noto Sans CJK KR"_s, u"Noto Serif CJK KR"_s, u"Noto Sans KR"_s, u"Source Han Sans K"_s,
        u"Apple SD Gothic Neo"_s, u"Malgun Gothic"_s, u"NanumGothic"_s};
}

ReadingSpeed AppSettings::readingSpeed() const
{
    ReadingSpeed speed;
    // A speed that is not a positive number (edited by hand) keeps the default.
    const double hangul = m_settings.value(hangulSpeedKey).toDouble();
    const double english = m_settings.value(englishSpeedKey).toDouble();
    if (hangul > 0)
        speed.hangulSyllablesPerMinute = hangul;
    if (english > 0)
        speed.englishWordsPerMinute = english;
    return speed;
}

void AppSettings::setReadingSpeed(const ReadingSpeed &speed)
{
    const ReadingSpeed current = readingSpeed();
    if (speed.hangulSyllablesPerMinute == current.hangulSyllablesPerMinute
        && speed.englishWordsPerMinute == current.englishWordsPerMinute)
        return;
    m_settings.setValue(hangulSpeedKey, speed.hangulSyllablesPerMinute);
    m_settings.setValue(englishSpeedKey, speed.englishWordsPerMinute);
    Q_EMIT readingSpeedChanged(speed);
}
