// The editor's View and Settings menu items on the main window: each drives the real editor
// and is remembered in AppSettings for the next window.
#include "appactions.h"
#include "appsettings.h"
#include "editor.h"
#include "mainwindow.h"
#include "storage/database.h"
#include "storage/entrystore.h"

#include <QAction>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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

QTEST_MAIN(tst_EditorSettings)
#include "tst_editorsettings.moc"
