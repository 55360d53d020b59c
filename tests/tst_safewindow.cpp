#include "appactions.h"
#include "appsettings.h"
#include "editor.h"
#include "guientry.h"
#include "io/entrydocument.h"
#include "mainwindow.h"
#include "storage/database.h"
#include "storage/diarylock.h"
#include "storage/draftfile.h"
#include "storage/entrystore.h"
#include "testpaths.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;

// The main window's part in never losing a word, through its widgets on the offscreen
// platform: the diary's lock and the read-only window, saving on focus loss and on quit,
// the draft written while typing and its recovery. Checked in the database and on disk.
class tst_SafeWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void secondInstanceIsReadOnly();
    void savesWhenEditorLosesFocus_data();
    void savesWhenEditorLosesFocus();
    void draftIsWrittenWhileTypingWithoutPause();
    void failedSaveKeepsWordsInDraft();
    void goingReadOnlyKeepsWordsInDraft_data();
    void goingReadOnlyKeepsWordsInDraft();
    void removedOpenEntryKeepsWordsInDraft();
    void offersDraftRecovery_data();
    void offersDraftRecovery();
    void savesOnQuit(); // last: it runs and ends the application's event loop

private:
    void showAndOpen(MainWindow &window);

    QTemporaryDir m_dir;
    QString m_path;
    int m_files = 0;
    qint64 m_first = 0;
    qint64 m_second = 0;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<EntryStore> m_store;
    std::unique_ptr<AppSettings> m_settings;
};

namespace {

const QString firstText = u"---\ntitle: 첫날\n---\n\n오늘은 "_s;

// Sends what a Korean input method sends while @p syllable is still being composed.
void compose(QWidget *editor, const QString &syllable)
{
    QInputMethodEvent preedit(syllable, {});
    QCoreApplication::sendEvent(editor, &preedit);
}

} // namespace

void tst_SafeWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_SafeWindow::init()
{
    m_path = m_dir.filePath(u"diary-%1.sqlite"_s.arg(++m_files));
    m_database = std::make_unique<Database>(m_path);
    QString error;
    QVERIFY2(m_database->open(&error), qPrintable(error));
    m_store = std::make_unique<EntryStore>(*m_database);
    Entry first = newEntry(QDate(2024, 3, 1), EntryKind::Daily, u"첫날"_s);
    applyText(first, firstText);
    QVERIFY2(m_store->insert(first, &error), qPrintable(error));
    Entry second = newEntry(QDate(2024, 3, 2), EntryKind::Daily, u"둘째 날"_s);
    QVERIFY2(m_store->insert(second, &error), qPrintable(error));
    m_first = first.id;
    m_second = second.id;
    m_settings = std::make_unique<AppSettings>();
}

void tst_SafeWindow::cleanup()
{
    m_settings.reset();
    m_store.reset();
    m_database.reset();
}

// An undo elsewhere (the goals window) removes the entry being written in: the editor empties
// and the unsaved words, with the composing syllable, go to the draft.
void tst_SafeWindow::removedOpenEntryKeepsWordsInDraft()
{
    MainWindow window(*m_store, *m_settings);
    showAndOpen(window);
    QTest::keyClicks(window.editor(), u"kept"_s);
    compose(window.editor(), u"한"_s);
    QString error;
    QVERIFY2(m_store->remove(m_first, &error), qPrintable(error));
    QCOMPARE(window.currentEntryId(), 0);
    QVERIFY(!window.editor()->isEnabled());
    QVERIFY(window.editor()->toPlainText().isEmpty());
    QVERIFY2(window.errorText().contains(DraftFile::pathFor(m_path).section(u'/', -1)), qPrintable(window.errorText()));
    const std::optional<Draft> draft = DraftFile(m_path).read(&error);
    QVERIFY2(draft, qPrintable(error));
    QVERIFY2(draft->text.endsWith(u"오늘은 kept한"_s), qPrintable(draft->text));
    // Removing another entry leaves the open one alone.
    QVERIFY(window.openEntry(m_second));
    Entry other = newEntry(QDate(2024, 1, 1), EntryKind::Daily, u"other"_s);
    QVERIFY2(m_store->insert(other, &error), qPrintable(error));
    QVERIFY2(m_store->remove(other.id, &error), qPrintable(error));
    QCOMPARE(window.currentEntryId(), m_second);
    QVERIFY(window.editor()->isEnabled());
}

void tst_SafeWindow::showAndOpen(MainWindow &window)
{
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openEntry(m_first));
    window.editor()->setFocus();
    window.editor()->moveCursor(QTextCursor::End);
    QTRY_VERIFY(window.editor()->hasFocus());
}

// A real Hoego holds the diary; a second window on it shows a banner naming that process,
// and nothing typed into it, no action and no close reaches the database or a draft.
void tst_SafeWindow::secondInstanceIsReadOnly()
{
    QProcess first;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
    first.setProcessEnvironment(environment);
    first.start(hoegoExecutable(), {u"--db"_s, m_path});
    QVERIFY2(first.waitForStarted(), qPrintable(first.errorString()));
    DiaryLock second(m_path);
    QTRY_COMPARE_WITH_TIMEOUT(second.holderPid(), first.processId(), 20000);
    QString lockError;
    QVERIFY(!second.lock(std::chrono::milliseconds(0), &lockError));

    {
        MainWindow window(*m_store, *m_settings);
        window.setReadOnly(readOnlyReason(second, lockError));
        showAndOpen(window);
        auto *banner = window.findChild<QLabel *>(u"readOnlyBanner"_s);
        QVERIFY(banner);
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QString::number(first.processId())), qPrintable(banner->text()));
        QVERIFY(window.isReadOnly());
        QVERIFY(window.editor()->isReadOnly());
        QVERIFY(!window.kindBox()->isEnabled());
        QVERIFY(!window.actions()->newEntry()->isEnabled());
        QVERIFY(!window.actions()->importFiles()->isEnabled());
        QVERIFY(!window.actions()->importFolder()->isEnabled());

        QTest::keyClicks(window.editor(), u"not here"_s);
        compose(window.editor(), u"한"_s);
        QCOMPARE(window.editor()->toPlainText(), m_store->entry(m_first)->text);
        QVERIFY(!window.hasUnsavedChanges());
        QVERIFY(!window.autosaveTimer().isActive());
        QVERIFY(!window.draftTimer().isActive());
        window.actions()->newEntry()->trigger();
        QCOMPARE(m_store->count(), 2);
        QVERIFY(window.close());
    }
    QCOMPARE(m_store->entry(m_first)->text, firstText);
    QVERIFY(!QFile::exists(DraftFile::pathFor(m_path)));

    // Once the first Hoego is gone (even killed), the diary's lock is free again.
    first.kill();
    QVERIFY(first.waitForFinished());
    QVERIFY2(second.lock(std::chrono::milliseconds(0), &lockError), qPrintable(lockError));
}

void tst_SafeWindow::savesWhenEditorLosesFocus_data()
{
    QTest::addColumn<QString>("composing");
    QTest::addColumn<bool>("toAnotherWindow"); // else to the timeline, in the same window

    QTest::newRow("timeline") << QString() << false;
    QTest::newRow("timeline, composing") << u"쓴"_s << false;
    QTest::newRow("another window") << QString() << true;
    QTest::newRow("another window, composing") << u"ㅎ"_s << true;
}

// Focus leaving the editor saves at once, the composing syllable committed first, without
// waiting for the autosave.
void tst_SafeWindow::savesWhenEditorLosesFocus()
{
    QFETCH(QString, composing);
    QFETCH(bool, toAnotherWindow);
    MainWindow window(*m_store, *m_settings);
    showAndOpen(window);
    QTest::keyClicks(window.editor(), u"focus"_s);
    if (!composing.isEmpty())
        compose(window.editor(), composing);
    QVERIFY(window.hasUnsavedChanges());

    QWidget other;
    if (toAnotherWindow) {
        other.show();
        other.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&other));
    } else {
        window.timeline()->setFocus();
    }
    QVERIFY(!window.editor()->hasFocus());
    QVERIFY(!window.hasUnsavedChanges());
    QVERIFY(!window.autosaveTimer().isActive());
    const QString text = m_store->entry(m_first)->text;
    QVERIFY2(text.endsWith(u"오늘은 focus"_s + composing), qPrintable(text));
    QVERIFY(window.editor()->preeditText().isEmpty());
}

// The draft timer is not restarted by each key, so a draft is written even while the user
// never pauses long enough for the autosave; it holds what was typed.
void tst_SafeWindow::draftIsWrittenWhileTypingWithoutPause()
{
    MainWindow window(*m_store, *m_settings);
    showAndOpen(window);
    QVERIFY(window.draftTimer().interval() <= 2000);
    QTest::keyClick(window.editor(), Qt::Key_A);
    QVERIFY(window.draftTimer().isActive());
    const int before = window.draftTimer().remainingTime();
    QTest::qWait(300);
    QTest::keyClick(window.editor(), Qt::Key_B);
    QVERIFY(window.autosaveTimer().remainingTime() > window.autosaveTimer().interval() - 200); // restarted
    QVERIFY(!window.draftTimer().isActive() || window.draftTimer().remainingTime() < before); // not restarted

    const DraftFile draftFile(m_path);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(draftFile.path()) || !window.hasUnsavedChanges(), 5000);
    if (window.hasUnsavedChanges()) {
        QString error;
        const std::optional<Draft> draft = draftFile.read(&error);
        QVERIFY2(draft, qPrintable(error));
        QCOMPARE(draft->entryId, m_first);
        QVERIFY(draft->text.startsWith(firstText + u"ab"_s));
        QCOMPARE(QFile::permissions(draftFile.path()) & 0x0077, QFileDevice::Permissions());
    }
    // Once the autosave has stored the text, the draft is gone.
    QTRY_VERIFY_WITH_TIMEOUT(!window.hasUnsavedChanges(), 5000);
    QVERIFY(!QFile::exists(draftFile.path()));
    QVERIFY(m_store->entry(m_first)->text.endsWith(u"오늘은 ab"_s));
}

// While another connection holds the database's write lock, saving fails: the banner says
// so and the words are in the draft; the next save that succeeds removes it.
void tst_SafeWindow::failedSaveKeepsWordsInDraft()
{
    MainWindow window(*m_store, *m_settings);
    showAndOpen(window);
    Database other(m_path);
    QString error;
    QVERIFY2(other.open(&error), qPrintable(error));
    QSqlQuery busy(other.connection());
    QVERIFY(busy.exec(u"PRAGMA busy_timeout = 0"_s));
    QVERIFY(QSqlQuery(m_database->connection()).exec(u"PRAGMA busy_timeout = 0"_s));
    QVERIFY(busy.exec(u"BEGIN IMMEDIATE"_s));

    QTest::keyClicks(window.editor(), u"kept"_s);
    QVERIFY(!window.save());
    QVERIFY(!window.errorText().isEmpty());
    const DraftFile draftFile(m_path);
    const std::optional<Draft> draft = draftFile.read(&error);
    QVERIFY2(draft, qPrintable(error));
    QVERIFY(draft->text.endsWith(u"오늘은 kept"_s));

    QVERIFY(busy.exec(u"ROLLBACK"_s));
    QVERIFY(window.save());
    QVERIFY(window.errorText().isEmpty());
    QVERIFY(!QFile::exists(draftFile.path()));
    QVERIFY(m_store->entry(m_first)->text.endsWith(u"오늘은 kept"_s));
}

void tst_SafeWindow::goingReadOnlyKeepsWordsInDraft_data()
{
    QTest::addColumn<QString>("composing");
    QTest::newRow("typed") << QString();
    QTest::newRow("typed, composing") << u"쓴"_s;
}

void tst_SafeWindow::goingReadOnlyKeepsWordsInDraft()
{
    QFETCH(QString, composing);
    MainWindow window(*m_store, *m_settings);
    showAndOpen(window);
    QTest::keyClicks(window.editor(), u"kept"_s);
    if (!composing.isEmpty())
        compose(window.editor(), composing);

    // As when the page check after the first paint finds damage.
    window.setReadOnly(u"damaged"_s);
    QVERIFY(window.editor()->isReadOnly());
    const QString expected = u"오늘은 kept"_s + composing;
    QVERIFY(window.editor()->toPlainText().endsWith(expected));
    QString error;
    const std::optional<Draft> draft = DraftFile(m_path).read(&error);
    QVERIFY2(draft, qPrintable(error));
    QVERIFY2(draft->text.endsWith(expected), qPrintable(draft->text));
    QCOMPARE(draft->entryId, m_first);
    QVERIFY(m_store->entry(m_first)->text.endsWith(u"오늘은 "_s));
    QVERIFY(window.close());
    QVERIFY(QFile::exists(DraftFile::pathFor(m_path)));
}

void tst_SafeWindow::offersDraftRecovery_data()
{
    QTest::addColumn<QString>("draftText"); // empty: a damaged draft file
    QTest::addColumn<int>("ageSeconds"); // how long before the entry's last save it was written; < 0: after
    QTest::addColumn<bool>("ofDeletedEntry");
    QTest::addColumn<int>("answer"); // QMessageBox button, or NoButton when no question is expected
    QTest::addColumn<QString>("storedAfter"); // empty: the entry keeps its text
    QTest::addColumn<bool>("draftKept");

    const QString newer = firstText + u"잃을 뻔한 말"_s;
    QTest::newRow("recovered") << newer << -60 << false << int(QMessageBox::Yes) << newer << false;
    QTest::newRow("declined") << newer << -60 << false << int(QMessageBox::Discard) << QString() << false;
    QTest::newRow("same as stored") << firstText << -60 << false << int(QMessageBox::NoButton) << QString() << false;
    QTest::newRow("older than stored") << newer << 60 << false << int(QMessageBox::NoButton) << QString() << false;
    QTest::newRow("damaged") << QString() << -60 << false << int(QMessageBox::NoButton) << QString() << true;
    QTest::newRow("of a deleted entry") << newer << -60 << true << int(QMessageBox::NoButton) << QString() << true;
}

void tst_SafeWindow::offersDraftRecovery()
{
    QFETCH(QString, draftText);
    QFETCH(int, ageSeconds);
    QFETCH(bool, ofDeletedEntry);
    QFETCH(int, answer);
    QFETCH(QString, storedAfter);
    QFETCH(bool, draftKept);

    const DraftFile draftFile(m_path);
    const Entry stored = *m_store->entry(m_first);
    QString error;
    if (draftText.isEmpty()) {
        QFile damaged(draftFile.path());
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("{\"format\": \"hoego-draft\", \"version\": 1, \"entry\": 1, \"te"); // cut off by a full disk
    } else {
        const qint64 id = ofDeletedEntry ? m_second + 100 : m_first;
        QVERIFY2(draftFile.write({id, draftText, stored.updated.addSecs(-ageSeconds)}, &error), qPrintable(error));
    }

    MainWindow window(*m_store, *m_settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    bool asked = false;
    QString question;
    QTimer::singleShot(0, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        asked = true;
        question = box->text();
        box->button(QMessageBox::StandardButton(answer == QMessageBox::NoButton ? QMessageBox::Discard : answer))
            ->click();
    });
    window.offerDraftRecovery();
    QTest::qWait(0);
    QCOMPARE(asked, answer != QMessageBox::NoButton);
    if (asked)
        QVERIFY2(question.contains(stored.title), qPrintable(question));
    QCOMPARE(m_store->entry(m_first)->text, storedAfter.isEmpty() ? stored.text : storedAfter);
    QCOMPARE(QFile::exists(draftFile.path()), draftKept);
    if (draftKept)
        QVERIFY(window.errorText().contains(draftFile.path()));
    if (!storedAfter.isEmpty()) {
        QCOMPARE(window.currentEntryId(), m_first);
        QCOMPARE(window.editor()->toPlainText(), storedAfter);
        QTRY_VERIFY_WITH_TIMEOUT(!window.hasUnsavedChanges(), 5000);
        QCOMPARE(m_store->entry(m_first)->text, storedAfter);
    }
}

// QCoreApplication::quit() with no window closed first (the session ending) still saves,
// the composing syllable included.
void tst_SafeWindow::savesOnQuit()
{
    MainWindow window(*m_store, *m_settings);
    showAndOpen(window);
    QTest::keyClicks(window.editor(), u"quit"_s);
    compose(window.editor(), u"다"_s);
    QVERIFY(window.hasUnsavedChanges());
    QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    QCOMPARE(QApplication::exec(), 0);
    QVERIFY(!window.hasUnsavedChanges());
    QVERIFY(m_store->entry(m_first)->text.endsWith(u"오늘은 quit다"_s));
}

QTEST_MAIN(tst_SafeWindow)
#include "tst_safewindow.moc"
