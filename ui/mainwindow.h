#pragma once

#include "diary/entry.h"
#include "storage/draftfile.h"

#include <QMainWindow>
#include <QThreadPool>
#include <QTimer>

#include <optional>

class AppActions;
class AppSettings;
class Editor;
class EntryStore;
class PreviewPane;
class TimelineModel;
class QComboBox;
class QLabel;
class QSplitter;
class QTreeView;
class SavedSearchStore;
class SearchPanel;
class SessionLabel;

/// The diary's main window: the timeline (TimelineModel in a QTreeView) on the left, the
/// open entry in an Editor on the right, with its kind and date above it.
///
/// Use: construct over an open store and the settings, call restoreLayout() for the
/// user's last size and splitter (screenshots skip it), show().
///
/// Saving: the open entry's text goes through applyText() and EntryStore::update() about a
/// second after typing stops (autosaveDelay), when another entry is opened, and when the
/// window closes; the last two first commit what the input method is still composing.
/// A failed save shows its reason in a banner above the editor and keeps the text, so the
/// next save tries again; closing after a failed save asks before discarding. The editor
/// also saves when it loses focus and when the application quits (aboutToQuit).
///
/// Drafts: while the user types, the editor's text is also written to the diary's
/// DraftFile at most every draftInterval, whether or not typing pauses, and the draft is
/// removed after each successful save; offerDraftRecovery() offers a draft left by a
/// kill or a failed save.
///
/// Read-only: setReadOnly() (another Hoego holds the diary's lock) shows a banner and
/// makes the editor, the kind and the actions that write unavailable; nothing is saved.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// How long after the last edit the entry saves itself.
    static constexpr std::chrono::milliseconds autosaveDelay {1000};
    /// How often, at most, the draft is written while the user types.
    static constexpr std::chrono::milliseconds draftInterval {2000};

    MainWindow(EntryStore &store, AppSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Saves the open entry and opens entry @p id, selecting it in the timeline. Returns
    /// false (and keeps the open entry) when the save fails or @p id does not exist.
    bool openEntry(qint64 id);
    /// The open entry's id; 0 when none is open.
    qint64 currentEntryId() const;
    /// Commits any composing text and saves the open entry now if it changed. On failure
    /// shows the reason and returns false.
    bool save();
    /// True when the open entry has edits not yet saved.
    bool hasUnsavedChanges() const { return m_dirty; }
    /// The last save or open error shown, empty when the last save succeeded.
    QString errorText() const;

    /// Restores the size and splitter position the window had when it was last closed.
    void restoreLayout();

    /// Shows the diary read-only, with @p reason in a banner above the editor. For good.
    void setReadOnly(const QString &reason);
    bool isReadOnly() const { return m_readOnly; }
    /// When the diary's draft holds text newer than its entry's stored text, asks whether
    /// to recover it; recovered text is opened and saved, declined text removed. A damaged
    /// draft or one of a deleted entry is kept and reported in the banner.
    void offerDraftRecovery();
    /// The draft timer: started by the first edit after a save or draft, writes when it fires.
    const QTimer &draftTimer() const { return m_draftTimer; }

    AppActions *actions() const { return m_actions; }
    TimelineModel *timelineModel() const { return m_model; }
    QTreeView *timeline() const { return m_timeline; }
    Editor *editor() const { return m_editor; }
    QComboBox *kindBox() const { return m_kind; }
    /// The search field, filters, results, saved searches and tags above and below the timeline.
    SearchPanel *searchPanel() const { return m_search; }
    /// The autosave timer: started by each edit, saves when it fires.
    const QTimer &autosaveTimer() const { return m_saveTimer; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createMenus();
    void createNewEntry();
    void importFiles();
    void importFolder();
    void importPaths(const QStringList &paths);
    void chooseLanguage(QAction *action);
    void chooseBackupFolder();
    void chooseReadingSpeed();
    void chooseEditorFont();
    void writeDraft();
    void writeDraftInBackground();
    void onCurrentChanged(const QModelIndex &current);
    void onTextChanged();
    void onKindActivated(int row);
    void selectInTimeline(qint64 id);
    void expandTimeline();
    void showEntry(const Entry &entry);
    void openSearchResult(qint64 id, const QString &query);
    void rereadOpenEntry();
    void showEmpty();
    /// The entry open here was removed elsewhere (an undo in the goals window).
    void onOpenEntryRemoved();
    bool saveNow(bool commitComposition);
    void showError(const QString &message);
    void clearError();

    EntryStore &m_store;
    AppSettings &m_settings;
    AppActions *m_actions;
    TimelineModel *m_model;
    QSplitter *m_splitter;
    QTreeView *m_timeline;
    QLabel *m_banner;
    QComboBox *m_kind;
    QLabel *m_date;
    Editor *m_editor;
    SavedSearchStore *m_savedSearches;
    SearchPanel *m_search;
    PreviewPane *m_preview; // reads images relative to the open entry's file
    SessionLabel *m_session; // words written today: told of each save
    QTimer m_saveTimer;
    QTimer m_draftTimer;
    DraftFile m_draft;

    std::optional<Entry> m_entry; // the open entry as last stored
    bool m_dirty = false; // the editor holds text not yet stored
    bool m_loading = false; // the editor is being filled: not an edit
    bool m_selecting = false; // the timeline's selection is being set from here
    bool m_kindByHand = false; // the kind was chosen in the combo box for this entry
    bool m_readOnly = false; // another process holds the diary: nothing is written
    // The timer's drafts, written one at a time in order; last, so it is destroyed (and
    // waits for a write still running) before what the writes use.
    QThreadPool m_draftWriter;
};
