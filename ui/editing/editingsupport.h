#pragma once

#include <QObject>

#include <functional>

class CountLabel;
class EditingController;
class FindBar;
class OutlinePane;
class PreviewPane;
class QAction;
class QPlainTextEdit;
class SpellCheckDecorator;

/// Everything ui/editing adds to the entry editor, made in one place so the window only places
/// the widgets:
///     auto *editing = new EditingSupport(editor, [editor] { editor->commitPreedit(); }, this);
///     layout->addWidget(editing->findBar());               // under the editor, hidden until Ctrl+F
///     statusBar()->addPermanentWidget(editing->countLabel());
///     splitter->addWidget(editing->outline());             // or a dock
///     splitter->addWidget(editing->preview());
///     viewMenu->addActions({editing->showOutline(), editing->showPreview(), editing->checkSpelling()});
/// The widgets are created without a parent; whoever places them owns them. The Korean
/// dictionary is loaded in the background, so spelling underlines appear a moment after start.
class EditingSupport : public QObject
{
    Q_OBJECT
public:
    /// @p commitPreedit commits the editor's composing text (Editor::commitPreedit); the find bar
    /// calls it before it searches or replaces.
    EditingSupport(QPlainTextEdit *editor, std::function<void()> commitPreedit, QObject *parent = nullptr);

    EditingController *controller() const { return m_controller; }
    CountLabel *countLabel() const { return m_countLabel; }
    FindBar *findBar() const { return m_findBar; }
    OutlinePane *outline() const { return m_outline; }
    PreviewPane *preview() const { return m_preview; }
    SpellCheckDecorator *spelling() const { return m_spelling; }

    /// Checkable actions that show or hide the outline and the preview (both hidden at first)
    /// and turn spell checking on and off (on at first).
    QAction *showOutline() const { return m_showOutline; }
    QAction *showPreview() const { return m_showPreview; }
    QAction *checkSpelling() const { return m_checkSpelling; }

private:
    EditingController *m_controller;
    CountLabel *m_countLabel;
    FindBar *m_findBar;
    OutlinePane *m_outline;
    PreviewPane *m_preview;
    SpellCheckDecorator *m_spelling;
    QAction *m_showOutline;
    QAction *m_showPreview;
    QAction *m_checkSpelling;
};
