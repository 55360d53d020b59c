#include "editing/outlinepane.h"

#include "markdown/parser.h"

#include <QHeaderView>
#include <QPlainTextEdit>
#include <QTextDocument>

#include <algorithm>

OutlinePane::OutlinePane(QPlainTextEdit *editor, QWidget *parent)
    : QTreeWidget(parent)
    , m_editor(editor)
{
    setHeaderHidden(true);
    setColumnCount(1);
    setRootIsDecorated(false);
    setAccessibleName(tr("Outline"));
    m_timer.setSingleShot(true);
    m_timer.setInterval(300);
    // Hidden (the window's outline is off), it does no work while the user types; showing
    // it refreshes it (EditingSupport calls refresh()).
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!turnedOff())
            refresh();
    });
    connect(editor, &QPlainTextEdit::textChanged, &m_timer, qOverload<>(&QTimer::start));
    connect(editor, &QPlainTextEdit::cursorPositionChanged, this, &OutlinePane::highlightCurrent);
    connect(this, &QTreeWidget::itemClicked, this, &OutlinePane::jumpTo);
    connect(this, &QTreeWidget::itemActivated, this, &OutlinePane::jumpTo);
    refresh();
}

void OutlinePane::refresh()
{
    m_timer.stop();
    m_current = nullptr;
    clear();
    const Markdown::Document document = Markdown::parse(m_editor->document()->toPlainText());
    QList<QTreeWidgetItem *> parents; // the open item of each level above the current one
    QList<int> levels;
    for (const Markdown::HeadingInfo &heading : document.headings()) {
        while (!levels.isEmpty() && levels.last() >= heading.level) {
            levels.removeLast();
            parents.removeLast();
        }
        auto *item = parents.isEmpty() ? new QTreeWidgetItem(this) : new QTreeWidgetItem(parents.last());
        item->setText(0, heading.text.simplified());
        item->setData(0, OffsetRole, heading.range.start.offset);
        parents.append(item);
        levels.append(heading.level);
    }
    expandAll();
    highlightCurrent();
}

QTreeWidgetItem *OutlinePane::currentHeadingItem() const
{
    const qsizetype position = m_editor->textCursor().position();
    QTreeWidgetItem *current = nullptr;
    for (QTreeWidgetItemIterator it(const_cast<OutlinePane *>(this)); *it; ++it) {
        if ((*it)->data(0, OffsetRole).toLongLong() <= position)
            current = *it;
        else
            break;
    }
    return current;
}

void OutlinePane::highlightCurrent()
{
    if (turnedOff())
        return;
    QTreeWidgetItem *current = currentHeadingItem();
    // Only the heading left and the heading entered change: the caret moves with every key.
    const auto setBold = [](QTreeWidgetItem *item, bool bold) {
        QFont font = item->font(0);
        font.setBold(bold);
        item->setFont(0, font);
    };
    if (current != m_current) {
        if (m_current)
            setBold(m_current, false);
        if (current)
            setBold(current, true);
        m_current = current;
    }
    // Selected as well as bold: the selection is what a screen reader and the keyboard follow.
    if (current) {
        setCurrentItem(current);
        scrollToItem(current);
    } else {
        clearSelection();
    }
}

void OutlinePane::jumpTo(QTreeWidgetItem *item)
{
    if (!item)
        return;
    QTextCursor cursor = m_editor->textCursor();
    // The outline may be a pause behind the text, which can have become shorter.
    cursor.setPosition(std::min(item->data(0, OffsetRole).toInt(), m_editor->document()->characterCount() - 1));
    m_editor->setTextCursor(cursor);
    m_editor->centerCursor();
    m_editor->setFocus();
}
