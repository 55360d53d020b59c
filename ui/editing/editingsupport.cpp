#include "editing/editingsupport.h"

#include "editing/countlabel.h"
#include "editing/editingcontroller.h"
#include "editing/findbar.h"
#include "editing/outlinepane.h"
#include "editing/previewpane.h"
#include "editing/spellcheckdecorator.h"

#include <QAction>
#include <QPlainTextEdit>

EditingSupport::EditingSupport(QPlainTextEdit *editor, std::function<void()> commitPreedit, QObject *parent)
    : QObject(parent)
    , m_controller(new EditingController(editor, this))
    , m_countLabel(new CountLabel(editor))
    , m_findBar(new FindBar(editor))
    , m_outline(new OutlinePane(editor))
    , m_preview(new PreviewPane(editor))
    , m_spelling(new SpellCheckDecorator(editor, nullptr, this))
    , m_showOutline(new QAction(tr("&Outline"), this))
    , m_showPreview(new QAction(tr("&Preview"), this))
    , m_checkSpelling(new QAction(tr("Check &Spelling"), this))
{
    m_findBar->setPreeditCommitter(std::move(commitPreedit));
    m_outline->hide();
    m_preview->hide();

    m_showOutline->setCheckable(true);
    m_showPreview->setCheckable(true);
    m_showPreview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_checkSpelling->setCheckable(true);
    m_checkSpelling->setChecked(true);
    connect(m_showOutline, &QAction::toggled, m_outline, [this](bool on) {
        m_outline->setVisible(on);
        if (on)
            m_outline->refresh();
    });
    connect(m_showPreview, &QAction::toggled, m_preview, [this](bool on) {
        m_preview->setVisible(on);
        if (on)
            m_preview->refresh();
    });
    connect(m_checkSpelling, &QAction::toggled, m_spelling, &SpellCheckDecorator::setEnabled);
    m_spelling->loadInBackground();
}
