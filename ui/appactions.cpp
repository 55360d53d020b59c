#include "appactions.h"

#include <KSyntaxHighlighting/Theme>

#include <QAction>
#include <QActionGroup>
#include <QIcon>
#include <QKeySequence>

using namespace Qt::StringLiterals;

AppActions::AppActions(QObject *parent)
    : QObject(parent)
    , m_newEntry(new QAction(QIcon::fromTheme(u"document-new"_s), tr("&New Entry"), this))
    , m_importFiles(new QAction(QIcon::fromTheme(u"document-import"_s), tr("&Import…"), this))
    , m_importFolder(new QAction(QIcon::fromTheme(u"folder-open"_s), tr("Import &Folder…"), this))
    , m_quit(new QAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit"), this))
    , m_languages(new QActionGroup(this))
    , m_focusMode(new QAction(tr("&Focus Mode"), this))
    , m_typewriterScrolling(new QAction(tr("&Typewriter Scrolling"), this))
    , m_editorFont(new QAction(QIcon::fromTheme(u"preferences-desktop-font"_s), tr("Editor &Font…"), this))
    , m_highlightingThemes(new QActionGroup(this))
{
    m_newEntry->setShortcut(QKeySequence::New);
    m_newEntry->setStatusTip(tr("Start an entry for today"));
    m_importFiles->setStatusTip(tr("Import Markdown files such as Jekyll posts"));
    m_importFolder->setStatusTip(tr("Import every Markdown file in a folder and its subfolders"));
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    m_focusMode->setCheckable(true);
    m_focusMode->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    m_focusMode->setStatusTip(tr("Fade every paragraph but the one you are writing"));
    m_typewriterScrolling->setCheckable(true);
    m_typewriterScrolling->setStatusTip(tr("Keep the line you are writing at the middle of the editor"));

    // Language names are written in their own language, so a user who cannot read the
    // current one still finds theirs.
    const QList<std::pair<QString, QString>> languages {
        {QString(), tr("System Language")},
        {u"ko"_s, u"한국어"_s},
        {u"en"_s, u"English"_s},
    };
    for (const auto &[code, name] : languages) {
        QAction *action = m_languages->addAction(name);
        action->setCheckable(true);
        action->setData(code);
    }
    m_languages->setExclusive(true);

    QAction *followPalette = m_highlightingThemes->addAction(tr("Follow the System Palette"));
    followPalette->setCheckable(true);
    followPalette->setData(QString());
    m_highlightingThemes->setExclusive(true);
}

void AppActions::setHighlightingThemes(const QList<KSyntaxHighlighting::Theme> &themes)
{
    for (const KSyntaxHighlighting::Theme &theme : themes) {
        QAction *action = m_highlightingThemes->addAction(theme.translatedName());
        action->setCheckable(true);
        action->setData(theme.name());
    }
}
