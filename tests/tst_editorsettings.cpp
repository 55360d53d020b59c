// The editor's View and Settings menu items on the main window: each drives the real editor
// and is remembered in AppSettings for the next window.
#include "appactions.h"
#include "appsettings.h"
#include "editing/previewpane.h"
#include "editing/syntaxrepository.h"
#include "editor.h"
#include "mainwindow.h"
#include "storage/database.h"
#include "storage/entrystore.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QFontDatabase>
#include <QFontDialog>
#include <QFontInfo>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

class tst_EditorSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void viewToggles_data();
    void viewToggles();
    void defaultFontRendersHangulAndLatin();
    void chosenFontAppliesLiveAndPersists();
    void themeChooser();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<EntryStore> m_store;
};

void tst_EditorSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const QString settingsFile
        = QSettings(QSettings::NativeFormat, QSettings::UserScope, u"hoego"_s, u"hoego"_s).fileName();
    QVERIFY2(settingsFile.contains(u"qttest"_s), qPrintable(settingsFile));
}

void tst_EditorSettings::init()
{
    QSettings(QSettings::NativeFormat, QSettings::UserScope, u"hoego"_s, u"hoego"_s).clear();
    m_database = std::make_unique<Database>(m_dir.filePath(u"diary.sqlite"_s));
    QString error;
    QVERIFY2(m_database->open(&error), qPrintable(error));
    m_store = std::make_unique<EntryStore>(*m_database);
}

void tst_EditorSettings::cleanup()
{
    m_store.reset();
    m_database.reset();
}

using ActionOf = QAction *(AppActions::*)() const;
using EditorState = bool (Editor::*)() const;
using SettingOf = bool (AppSettings::*)() const;

void tst_EditorSettings::viewToggles_data()
{
    QTest::addColumn<ActionOf>("action");
    QTest::addColumn<EditorState>("editorState");
    QTest::addColumn<SettingOf>("setting");
    QTest::newRow("focus mode") << &AppActions::focusMode << &Editor::focusMode << &AppSettings::focusMode;
    QTest::newRow("typewriter scrolling")
        << &AppActions::typewriterScrolling << &Editor::typewriterScrolling << &AppSettings::typewriterScrolling;
}

void tst_EditorSettings::viewToggles()
{
    QFETCH(ActionOf, action);
    QFETCH(EditorState, editorState);
    QFETCH(SettingOf, setting);

    {
        AppSettings settings;
        MainWindow window(*m_store, settings);
        QAction *toggle = (window.actions()->*action)();
        QVERIFY(toggle->isCheckable());
        QVERIFY(!toggle->isChecked());
        QVERIFY(!(window.editor()->*editorState)());
        toggle->trigger();
        QVERIFY((window.editor()->*editorState)());
        QVERIFY((settings.*setting)());
    }
    {
        AppSettings settings;
        QVERIFY((settings.*setting)());
        MainWindow window(*m_store, settings);
        QAction *toggle = (window.actions()->*action)();
        QVERIFY(toggle->isChecked());
        QVERIFY((window.editor()->*editorState)());
        toggle->trigger();
        QVERIFY(!(window.editor()->*editorState)());
        QVERIFY(!(settings.*setting)());
    }
}

// The Settings menu's action whose text is @p text (mnemonic aside).
static QAction *settingsAction(MainWindow &window, const QString &text)
{
    for (QAction *menu : window.menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction *action : menu->menu()->actions()) {
            if (action->text().remove(u'&') == text)
                return action;
        }
    }
    return nullptr;
}

void tst_EditorSettings::defaultFontRendersHangulAndLatin()
{
    AppSettings settings;
    MainWindow window(*m_store, settings);
    const QFont font = window.editor()->font();
    QCOMPARE(font.families().mid(0, 2), (QStringList {u"Noto Sans CJK KR"_s, u"Noto Serif CJK KR"_s}));
    QCOMPARE(font.pointSizeF(), AppSettings::defaultEditorPointSize);
    // The build environment has the Noto CJK fonts: the first family is the one used.
    QVERIFY(QFontDatabase::hasFamily(u"Noto Sans CJK KR"_s));
    QCOMPARE(QFontInfo(font).family(), u"Noto Sans CJK KR"_s);
    const QFontMetrics metrics(font);
    QVERIFY(metrics.inFont(u'한'));
    QVERIFY(metrics.inFont(u'g'));
}

void tst_EditorSettings::chosenFontAppliesLiveAndPersists()
{
    QFont chosen(u"DejaVu Serif"_s);
    chosen.setPointSizeF(15);
    {
        AppSettings settings;
        MainWindow window(*m_store, settings);
        QAction *editorFont = settingsAction(window, u"Editor Font…"_s);
        QVERIFY(editorFont);
        bool answered = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QFontDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->currentFont().family(), u"Noto Sans CJK KR"_s);
            dialog->setCurrentFont(chosen);
            dialog->accept();
            answered = true;
        });
        editorFont->trigger();
        QVERIFY(answered);
        const QFont font = window.editor()->font();
        QCOMPARE(font.family(), u"DejaVu Serif"_s);
        QCOMPARE(font.pointSizeF(), 15.0);
        // The Korean stack stays behind the chosen family, for Hangul.
        QCOMPARE(font.families().mid(1, 2), (QStringList {u"Noto Sans CJK KR"_s, u"Noto Serif CJK KR"_s}));
    }
    AppSettings settings;
    MainWindow window(*m_store, settings);
    QCOMPARE(window.editor()->font().family(), u"DejaVu Serif"_s);
    QCOMPARE(window.editor()->font().pointSizeF(), 15.0);
}

void tst_EditorSettings::themeChooser()
{
    const QString code = u"```cpp\nint main() { return 0; }\n```\n"_s;
    const QColor paletteBase = QApplication::palette().color(QPalette::Active, QPalette::Base);
    KSyntaxHighlighting::Theme dark;
    {
        AppSettings settings;
        MainWindow window(*m_store, settings);
        QActionGroup *themes = window.actions()->highlightingThemes();
        const QList<KSyntaxHighlighting::Theme> all = syntaxRepository().themes();
        QVERIFY(all.size() > 5);
        QCOMPARE(themes->actions().size(), all.size() + 1);
        // The default follows the palette, as before there was a choice.
        QVERIFY(themes->checkedAction());
        QCOMPARE(themes->checkedAction()->data().toString(), QString());
        QCOMPARE(window.editor()->palette().color(QPalette::Active, QPalette::Base), paletteBase);

        dark = syntaxRepository().theme(u"Breeze Dark"_s);
        QVERIFY(dark.isValid());
        QAction *breezeDark = nullptr;
        for (QAction *action : themes->actions()) {
            if (action->data().toString() == dark.name())
                breezeDark = action;
        }
        QVERIFY(breezeDark);
        breezeDark->trigger();
        QCOMPARE(settings.highlightingTheme(), dark.name());
        QCOMPARE(window.editor()->highlightingTheme(), dark.name());
        QCOMPARE(window.editor()->palette().color(QPalette::Active, QPalette::Base),
            QColor(dark.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
        auto *preview = window.findChild<PreviewPane *>();
        QVERIFY(preview);
        window.editor()->setPlainText(code);
        preview->refresh();
        QVERIFY(preview->renderedHtml().contains(
            QColor(dark.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)).name()));
    }
    AppSettings settings;
    MainWindow window(*m_store, settings);
    QCOMPARE(window.actions()->highlightingThemes()->checkedAction()->data().toString(), dark.name());
    QCOMPARE(window.editor()->palette().color(QPalette::Active, QPalette::Base),
        QColor(dark.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
    // Back to the palette's.
    window.actions()->highlightingThemes()->actions().constFirst()->trigger();
    QCOMPARE(settings.highlightingTheme(), QString());
    QCOMPARE(window.editor()->palette().color(QPalette::Active, QPalette::Base), paletteBase);
    auto *preview = window.findChild<PreviewPane *>();
    window.editor()->setPlainText(code);
    preview->refresh();
    QVERIFY(!preview->renderedHtml().contains(
        QColor(dark.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)).name()));
}

QTEST_MAIN(tst_EditorSettings)
#include "tst_editorsettings.moc"
