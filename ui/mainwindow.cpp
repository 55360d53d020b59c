#include "mainwindow.h"

#include "appactions.h"
#include "appsettings.h"
#include "editing/countlabel.h"
#include "editing/editingcontroller.h"
#include "editing/editingsupport.h"
#include "editing/findbar.h"
#include "editing/outlinepane.h"
#include "editing/previewpane.h"
#include "editing/readingspeeddialog.h"
#include "editing/sessionlabel.h"
#include "editing/syntaxrepository.h"
#include "editor.h"
#include "io/entrydocument.h"
#include "io/importer.h"
#include "models/timelinemodel.h"
#include "search/searchhit.h"
#include "search/searchpanel.h"
#include "search/searchsidebar.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/entrystore.h"
#include "storage/savedsearchstore.h"
#include "timelinedelegate.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QShowEvent>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// Below this many entries the whole timeline starts expanded; above, only the years and
// the newest year's months, so opening a large diary stays quick.
constexpr qsizetype expandAllLimit = 500;

} // namespace

MainWindow::MainWindow(EntryStore &store, AppSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_settings(settings)
    , m_actions(new AppActions(this))
    , m_model(new TimelineModel(store, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_timeline(new QTreeView(m_splitter))
    , m_banner(new QLabel)
    , m_kind(new QComboBox)
    , m_date(new QLabel)
    , m_editor(new Editor)
    , m_draft(store.database().path())
{
    m_timeline->setObjectName(u"timeline"_s);
    m_timeline->setModel(m_model);
    m_timeline->setItemDelegate(new TimelineDelegate(m_timeline));
    m_timeline->setHeaderHidden(true);
    m_timeline->setSelectionMode(QAbstractItemView::SingleSelection);
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeline->setTextElideMode(Qt::ElideRight);
    m_timeline->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *editorPane = new QWidget(m_splitter);
    auto *layout = new QVBoxLayout(editorPane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    m_banner->setObjectName(u"errorBanner"_s);
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setStyleSheet(u"QLabel { background: #fdecea; color: #8a1c14; border: 1px solid #e0a39c;"
                            " border-radius: 3px; padding: 6px; }"_s);
    m_banner->hide();
    layout->addWidget(m_banner);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(6, 4, 6, 0);
    auto *kindLabel = new QLabel(tr("&Kind:"));
    kindLabel->setBuddy(m_kind);
    m_kind->setObjectName(u"kind"_s);
    for (EntryKind kind : allEntryKinds())
        m_kind->addItem(entryKindText(kind), entryKindName(kind));
    header->addWidget(kindLabel);
    header->addWidget(m_kind);
    header->addStretch();
    m_date->setObjectName(u"entryDate"_s);
    header->addWidget(m_date);
    layout->addLayout(header);

    m_editor->setObjectName(u"editor"_s);
    layout->addWidget(m_editor, 1);
    // List keys, Ctrl+B/I/K, find and replace, counts, outline, preview and spelling (ui/editing).
    auto *editing = new EditingSupport(m_editor, [this] { m_editor->commitPreedit(); }, this);
    m_preview = editing->preview();
    // Pasted and dropped images are kept beside the diary, and the preview reads them there.
    editing->controller()->setDiaryPath(store.database().path());
    m_editor->setMimeInserter(
        [controller = editing->controller()](const QMimeData *mime) { return controller->insertMimeData(mime); });
    m_preview->setDiaryFile(store.database().path());
    layout->addWidget(editing->findBar());
    statusBar()->addPermanentWidget(editing->countLabel());
    editing->countLabel()->setReadingSpeed(settings.readingSpeed());
    connect(&settings, &AppSettings::readingSpeedChanged, editing->countLabel(), &CountLabel::setReadingSpeed);
    m_session = new SessionLabel(store.database());
    statusBar()->addPermanentWidget(m_session);

    // The search field and filters above the timeline, saved searches and tags below (ui/search).
    m_savedSearches = new SavedSearchStore(store.database(), this);
    m_search = new SearchPanel(store, *m_savedSearches, m_timeline);
    m_splitter->addWidget(m_search);
    m_splitter->addWidget(editorPane);
    m_splitter->addWidget(editing->outline());
    m_splitter->addWidget(editing->preview());
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({340, 700});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
    resize(1100, 720);

    createMenus();
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions({editing->showOutline(), editing->showPreview(), editing->checkSpelling()});
    view->addSeparator();
    view->addActions({m_actions->focusMode(), m_actions->typewriterScrolling()});
    m_actions->focusMode()->setChecked(settings.focusMode());
    m_actions->typewriterScrolling()->setChecked(settings.typewriterScrolling());
    m_editor->setFocusMode(settings.focusMode());
    m_editor->setTypewriterScrolling(settings.typewriterScrolling());
    m_editor->setFont(settings.editorFont());
    connect(&m_settings, &AppSettings::editorFontChanged, m_editor, &QWidget::setFont);
    m_editor->setHighlightingTheme(settings.highlightingTheme());
    m_preview->setHighlightingTheme(settings.highlightingTheme());
    connect(&m_settings, &AppSettings::highlightingThemeChanged, this, [this](const QString &name) {
        m_editor->setHighlightingTheme(name);
        m_preview->setHighlightingTheme(name);
    });
    connect(m_actions->focusMode(), &QAction::toggled, this, [this](bool on) {
        m_editor->setFocusMode(on);
        m_settings.setFocusMode(on);
    });
    connect(m_actions->typewriterScrolling(), &QAction::toggled, this, [this](bool on) {
        m_editor->setTypewriterScrolling(on);
        m_settings.setTypewriterScrolling(on);
    });

    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(autosaveDelay);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] { saveNow(false); });
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(draftInterval);
    connect(&m_draftTimer, &QTimer::timeout, this, &MainWindow::writeDraftInBackground);
    m_draftWriter.setMaxThreadCount(1);
    connect(m_editor, &Editor::focusLost, this, [this] { saveNow(true); });
    // A quit that closes no window first (the session ending, QCoreApplication::quit()).
    connect(qApp, &QCoreApplication::aboutToQuit, this, [this] { saveNow(true); });
    connect(m_editor, &QPlainTextEdit::textChanged, this, &MainWindow::onTextChanged);
    connect(m_search, &SearchPanel::entryChosen, this, &MainWindow::openSearchResult);
    connect(&m_store, &EntryStore::entryRemoved, this, [this](qint64 id) {
        if (id == currentEntryId())
            onOpenEntryRemoved();
    });
    // Read-only (another Hoego holds the lock): renaming would write the entries under it.
    m_search->sidebar()->setSaveHook([this] { return !m_readOnly && saveNow(true); });
    connect(m_search->sidebar(), &SearchSidebar::entriesRewritten, this, &MainWindow::rereadOpenEntry);
    connect(m_kind, &QComboBox::activated, this, &MainWindow::onKindActivated);
    connect(m_timeline->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) { onCurrentChanged(current); });
    // A reset (after an import) forgets the selection: select the open entry again.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        expandTimeline();
        selectInTimeline(currentEntryId());
    });

    expandTimeline();
    showEmpty();
}

MainWindow::~MainWindow()
{
    // The child widgets are destroyed after this body, moving the focus as they go: the
    // editor's focusLost() must not reach a window that is no longer one.
    disconnect(m_editor, nullptr, this, nullptr);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actions->newEntry());
    file->addSeparator();
    file->addAction(m_actions->importFiles());
    file->addAction(m_actions->importFolder());
    file->addSeparator();
    file->addAction(m_actions->quit());

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    connect(settings->addAction(tr("&Backup Folder…")), &QAction::triggered, this, &MainWindow::chooseBackupFolder);
    connect(settings->addAction(tr("&Reading Speed…")), &QAction::triggered, this, &MainWindow::chooseReadingSpeed);
    settings->addAction(m_actions->editorFont());
    QMenu *themes = settings->addMenu(tr("Highlighting &Theme"));
    m_actions->setHighlightingThemes(syntaxRepository().themes());
    const QList<QAction *> themeActions = m_actions->highlightingThemes()->actions();
    themes->addAction(themeActions.constFirst()); // follow the palette
    themes->addSeparator();
    themes->addActions(themeActions.mid(1));
    for (QAction *action : themeActions)
        action->setChecked(action->data().toString() == m_settings.highlightingTheme());
    if (!m_actions->highlightingThemes()->checkedAction()) // a theme no longer installed
        themeActions.constFirst()->setChecked(true);
    QMenu *language = settings->addMenu(tr("&Language"));
    const QString current = m_settings.language();
    for (QAction *action : m_actions->languages()->actions()) {
        language->addAction(action);
        action->setChecked(action->data().toString() == current);
    }

    connect(m_actions->newEntry(), &QAction::triggered, this, &MainWindow::createNewEntry);
    connect(m_actions->importFiles(), &QAction::triggered, this, &MainWindow::importFiles);
    connect(m_actions->importFolder(), &QAction::triggered, this, &MainWindow::importFolder);
    connect(m_actions->quit(), &QAction::triggered, this, &QWidget::close);
    connect(m_actions->languages(), &QActionGroup::triggered, this, &MainWindow::chooseLanguage);
    connect(m_actions->editorFont(), &QAction::triggered, this, &MainWindow::chooseEditorFont);
    connect(m_actions->highlightingThemes(), &QActionGroup::triggered, this,
        [this](QAction *action) { m_settings.setHighlightingTheme(action->data().toString()); });
}

void MainWindow::restoreLayout()
{
    const QByteArray geometry = m_settings.windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray splitter = m_settings.splitterState();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
}

qint64 MainWindow::currentEntryId() const
{
    return m_entry ? m_entry->id : 0;
}

QString MainWindow::errorText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

bool MainWindow::openEntry(qint64 id)
{
    if (m_entry && m_entry->id == id) {
        selectInTimeline(id);
        return true;
    }
    if (!saveNow(true)) {
        selectInTimeline(currentEntryId());
        return false;
    }
    const std::optional<Entry> entry = m_store.entry(id);
    if (!entry) {
        showError(tr("Entry %1 could not be read from the diary.").arg(id));
        selectInTimeline(currentEntryId());
        return false;
    }
    showEntry(*entry);
    selectInTimeline(id);
    return true;
}

void MainWindow::showEntry(const Entry &entry)
{
    m_entry = entry;
    m_dirty = false;
    m_kindByHand = false;
    m_saveTimer.stop();
    m_loading = true;
    m_editor->setEnabled(true);
    m_preview->setEntryFile(entry.sourcePath);
    m_editor->setText(entry.text);
    m_loading = false;
    m_kind->setEnabled(!m_readOnly);
    m_kind->setCurrentIndex(m_kind->findData(entryKindName(entry.kind)));
    m_date->setText(timelineDateText(entry.date));
    setWindowTitle(entry.title.isEmpty() ? tr("Untitled") : entry.title);
}

void MainWindow::openSearchResult(qint64 id, const QString &query)
{
    if (!openEntry(id))
        return;
    selectFirstHit(m_editor, query);
    m_editor->setFocus(Qt::OtherFocusReason);
}

// After tags were renamed in the entries' text, the editor shows the stored text again.
void MainWindow::rereadOpenEntry()
{
    if (!m_entry)
        return;
    if (const std::optional<Entry> reread = m_store.entry(m_entry->id))
        showEntry(*reread);
    else
        showEmpty();
}

void MainWindow::onOpenEntryRemoved()
{
    // Unsaved words stay in the draft beside the diary, which the next start points to.
    m_saveTimer.stop();
    m_editor->commitPreedit();
    const bool unsaved = m_dirty;
    if (unsaved)
        writeDraft();
    showEmpty();
    if (unsaved) {
        showError(tr("The open entry was removed. Its unsaved text is kept in %1.")
                .arg(QDir::toNativeSeparators(m_draft.path())));
    } else {
        statusBar()->showMessage(tr("The open entry was removed."), 4000);
    }
}

void MainWindow::showEmpty()
{
    m_entry.reset();
    m_dirty = false;
    m_loading = true;
    m_preview->setEntryFile(QString());
    m_editor->clear();
    m_loading = false;
    m_editor->setEnabled(false);
    m_editor->setPlaceholderText(tr("Choose an entry on the timeline, or start one with File → New Entry."));
    m_kind->setEnabled(false);
    m_date->clear();
    setWindowTitle(QString());
}

void MainWindow::selectInTimeline(qint64 id)
{
    const QModelIndex index = m_model->indexForEntry(id);
    m_selecting = true;
    if (index.isValid()) {
        for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
            m_timeline->expand(parent);
        m_timeline->setCurrentIndex(index);
        m_timeline->scrollTo(index);
    } else {
        m_timeline->clearSelection();
    }
    m_selecting = false;
}

void MainWindow::expandTimeline()
{
    if (m_model->entryCount() <= expandAllLimit) {
        m_timeline->expandAll();
        return;
    }
    for (int year = 0; year < m_model->rowCount(); ++year)
        m_timeline->expand(m_model->index(year, 0));
    m_timeline->expandRecursively(m_model->index(0, 0));
}

void MainWindow::onCurrentChanged(const QModelIndex &current)
{
    if (m_selecting)
        return;
    const qint64 id = TimelineModel::entryId(current);
    if (id != 0 && id != currentEntryId())
        openEntry(id);
}

void MainWindow::onTextChanged()
{
    // The document reports format changes as changes too: the highlighter's later passes after
    // an entry is opened would otherwise mark it edited and save it unchanged.
    if (m_loading || !m_entry || m_readOnly || !m_editor->document()->isModified())
        return;
    m_dirty = true;
    m_saveTimer.start();
    // Not restarted by each key: a draft is written even while typing never pauses.
    if (!m_draftTimer.isActive())
        m_draftTimer.start();
}

void MainWindow::onKindActivated(int)
{
    if (!m_entry || m_readOnly)
        return;
    m_kindByHand = true;
    m_dirty = true;
    saveNow(false);
}

bool MainWindow::save()
{
    return saveNow(true);
}

// The autosave does not commit the composition: a user who pauses in the middle of a
// syllable would see it cut off. The syllable is saved with the next edit, or at the
// latest when the entry is switched or the window closes, which do commit it.
bool MainWindow::saveNow(bool commitComposition)
{
    if (!m_entry || m_readOnly)
        return true;
    if (commitComposition)
        m_editor->commitPreedit();
    m_saveTimer.stop();
    if (!m_dirty)
        return true;

    Entry entry = *m_entry;
    applyText(entry, m_editor->toPlainText());
    if (m_kindByHand)
        entry.kind = *entryKindFromName(m_kind->currentData().toString());
    entry.editedSinceImport = true;
    QString error;
    if (!m_store.update(entry, &error)) {
        showError(tr("The entry could not be saved: %1").arg(error));
        writeDraft(); // the words are kept beside the diary until a save succeeds
        return false;
    }
    m_session->recordSave(m_entry->text, entry.text);
    m_entry = entry;
    m_dirty = false;
    m_editor->document()->setModified(false);
    m_draftTimer.stop();
    m_draftWriter.waitForDone(); // a draft still being written would outlive the removal
    m_draft.remove();
    clearError();
    m_kind->setCurrentIndex(m_kind->findData(entryKindName(entry.kind)));
    m_date->setText(timelineDateText(entry.date));
    setWindowTitle(entry.title.isEmpty() ? tr("Untitled") : entry.title);
    statusBar()->showMessage(tr("Saved"), 2000);
    return true;
}

void MainWindow::createNewEntry()
{
    if (!saveNow(true))
        return;
    // A daily entry is named by its day until the user gives it a title.
    const QDate today = QDate::currentDate();
    Entry entry = newEntry(today, EntryKind::Daily, timelineDateText(today));
    QString error;
    if (!m_store.insert(entry, &error)) {
        showError(tr("The new entry could not be stored: %1").arg(error));
        return;
    }
    if (openEntry(entry.id)) {
        m_editor->moveCursor(QTextCursor::End);
        m_editor->setFocus();
    }
}

void MainWindow::importFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import Markdown Files"),
        QStandardPaths::writableLocation(QStandardPaths::HomeLocation),
        tr("Markdown files (*.md *.markdown);;All files (*)"));
    if (!files.isEmpty())
        importPaths(files);
}

void MainWindow::importFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Import a Folder of Markdown Files"), QStandardPaths::writableLocation(QStandardPaths::HomeLocation));
    if (!folder.isEmpty())
        importPaths({folder});
}

void MainWindow::importPaths(const QStringList &paths)
{
    // The import may replace the open entry's text: store the user's edits first, and
    // show what the import left afterwards.
    if (!saveNow(true))
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Importer importer(m_store);
    const ImportReport report = importer.importPaths(paths);
    QApplication::restoreOverrideCursor();

    if (m_entry) {
        if (const std::optional<Entry> reread = m_store.entry(m_entry->id))
            showEntry(*reread);
        else
            showEmpty();
    } else if (const qint64 newest = m_model->newestEntryId()) {
        openEntry(newest);
    }

    QStringList lines;
    for (const ImportedFile &file : report.files) {
        if (file.outcome == ImportOutcome::Imported || file.outcome == ImportOutcome::Updated)
            continue;
        QString line = file.path + u": "_s + importOutcomeName(file.outcome);
        if (!file.reason.isEmpty())
            line += u": "_s + file.reason;
        lines << line;
    }
    QMessageBox box(report.hasFailures() ? QMessageBox::Warning : QMessageBox::Information, tr("Import"),
        tr("Imported %1, updated %2, skipped %3, failed %4.")
            .arg(report.count(ImportTally::Imported))
            .arg(report.count(ImportTally::Updated))
            .arg(report.count(ImportTally::Skipped))
            .arg(report.count(ImportTally::Failed)),
        QMessageBox::Ok, this);
    if (!lines.isEmpty()) {
        box.setInformativeText(tr("Some files need a look; the details list them."));
        box.setDetailedText(lines.join(u'\n'));
    }
    box.exec();
}

void MainWindow::chooseLanguage(QAction *action)
{
    const QString language = action->data().toString();
    if (language == m_settings.language())
        return;
    m_settings.setLanguage(language);
    QMessageBox::information(this, tr("Language"), tr("The new language takes effect when Hoego starts again."));
}

void MainWindow::chooseEditorFont()
{
    bool chosen = false;
    QFont font = QFontDialog::getFont(&chosen, m_settings.editorFont(), this, tr("Editor Font"));
    if (!chosen)
        return;
    // The chosen family first, the Korean stack after it: a Latin-only font still shows Hangul.
    QStringList families {font.family()};
    for (const QString &fallback : AppSettings::defaultEditorFamilies()) {
        if (!families.contains(fallback))
            families << fallback;
    }
    font.setFamilies(families);
    m_settings.setEditorFont(font);
}

void MainWindow::chooseBackupFolder()
{
    const QString current = m_settings.backupFolder().isEmpty() ? Backup::defaultFolder(m_store.database().path())
                                                                : m_settings.backupFolder();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the Daily Backups"), current);
    if (folder.isEmpty())
        return;
    // The default is stored as empty, so it follows the diary when the diary moves.
    const bool isDefault = QDir(folder) == QDir(Backup::defaultFolder(m_store.database().path()));
    m_settings.setBackupFolder(isDefault ? QString() : folder);
    statusBar()->showMessage(tr("Daily backups go to %1 from the next one on.").arg(QDir::toNativeSeparators(folder)));
}

void MainWindow::chooseReadingSpeed()
{
    ReadingSpeedDialog dialog(m_settings.readingSpeed(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_settings.setReadingSpeed(dialog.speed());
}

void MainWindow::setReadOnly(const QString &reason)
{
    // Going read-only while words are unsaved (damage found after the window opened): they
    // go to the draft, with the composing syllable, which the next start offers back.
    if (m_dirty && !m_readOnly) {
        m_editor->commitPreedit();
        writeDraft();
    }
    m_readOnly = true;
    m_saveTimer.stop();
    m_draftTimer.stop();
    m_editor->setReadOnly(true);
    m_savedSearches->setReadOnly(true);
    m_kind->setEnabled(false);
    for (QAction *action : {m_actions->newEntry(), m_actions->importFiles(), m_actions->importFolder()})
        action->setEnabled(false);
    auto *banner = new QLabel(reason);
    banner->setObjectName(u"readOnlyBanner"_s);
    banner->setWordWrap(true);
    banner->setStyleSheet(u"QLabel { background: #fff4ce; color: #5c4400; border: 1px solid #e5c96b;"
                          " border-radius: 3px; padding: 6px; }"_s);
    static_cast<QVBoxLayout *>(m_banner->parentWidget()->layout())->insertWidget(0, banner);
}

// Now, on this thread: after a failed save the draft is the words' only copy.
void MainWindow::writeDraft()
{
    if (!m_entry || !m_dirty || m_readOnly)
        return;
    m_draftWriter.waitForDone(); // an older draft must not land after this one
    QString error;
    if (!m_draft.write({m_entry->id, m_editor->toPlainText(), QDateTime::currentDateTimeUtc()}, &error))
        statusBar()->showMessage(error, 10000);
}

// While typing: the JSON of a long entry and its fsync (tens of milliseconds for 1 MB) would
// stall the keystroke the timer fires after, so only the copy of the text is made here.
void MainWindow::writeDraftInBackground()
{
    if (!m_entry || !m_dirty || m_readOnly)
        return;
    const Draft draft {m_entry->id, m_editor->toPlainText(), QDateTime::currentDateTimeUtc()};
    m_draftWriter.start([this, draft] {
        QString error;
        if (!m_draft.write(draft, &error)) {
            QMetaObject::invokeMethod(
                this, [this, error] { statusBar()->showMessage(error, 10000); }, Qt::QueuedConnection);
        }
    });
}

void MainWindow::offerDraftRecovery()
{
    if (m_readOnly)
        return;
    QString error;
    const std::optional<Draft> draft = m_draft.read(&error);
    if (!draft) {
        if (!error.isEmpty())
            showError(error);
        return;
    }
    const std::optional<Entry> entry = m_store.entry(draft->entryId);
    if (!entry) {
        showError(tr("Unsaved text of an entry that no longer exists is kept in %1.")
                .arg(QDir::toNativeSeparators(m_draft.path())));
        return;
    }
    // A draft older than the stored text was saved after all (only its removal failed).
    if (entry->text == draft->text || draft->written < entry->updated) {
        m_draft.remove();
        return;
    }
    QMessageBox box(QMessageBox::Question, tr("Recover Unsaved Text"),
        tr("“%1” has text from %2 that was not saved, probably because Hoego was stopped before it could "
           "save. Recover it?")
            .arg(entry->title.isEmpty() ? tr("Untitled") : entry->title,
                QLocale().toString(draft->written.toLocalTime(), QLocale::ShortFormat)),
        QMessageBox::Yes | QMessageBox::Discard, this);
    box.button(QMessageBox::Yes)->setText(tr("&Recover"));
    box.setDefaultButton(QMessageBox::Yes);
    if (box.exec() != QMessageBox::Yes) {
        m_draft.remove();
        return;
    }
    if (!openEntry(draft->entryId))
        return;
    m_editor->setText(draft->text); // an edit: saved now, and again on failure
    m_dirty = true;
    saveNow(false);
}

void MainWindow::showError(const QString &message)
{
    m_banner->setText(message);
    m_banner->show();
}

void MainWindow::clearError()
{
    m_banner->clear();
    m_banner->hide();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // An entry selected before the window had its size was scrolled to the top of a view with
    // no height, hiding its year and month: scroll to it again now that the view has one.
    if (!event->spontaneous() && m_timeline->currentIndex().isValid()) {
        m_timeline->scrollToTop();
        m_timeline->scrollTo(m_timeline->currentIndex());
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!saveNow(true)) {
        const auto answer = QMessageBox::warning(this, tr("Unsaved Changes"),
            tr("%1\n\nClose anyway and lose the changes since the last save?").arg(errorText()),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            event->ignore();
            return;
        }
        m_draftWriter.waitForDone();
        m_draft.remove(); // the user chose to lose the changes: do not offer them again
    }
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setSplitterState(m_splitter->saveState());
    event->accept();
}
