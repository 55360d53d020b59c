#pragma once

#include <QWidget>

class EntryStore;
class OnThisDayModel;
class QLabel;
class QListView;
class QSpinBox;

/// The "on this day" panel: the entries written on today's month and day (± the span the
/// user picks) in every past year, newest first, each with its first lines.
///
/// Use: construct over the EntryStore and put it in a dock; connect entryActivated() to open
/// the entry (a click or Enter on a row).
class OnThisDayPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OnThisDayPanel(EntryStore &store, QWidget *parent = nullptr);

    OnThisDayModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    /// The day the panel looks back from (default: today).
    void setReferenceDate(QDate date);
    /// Days either side, 0..30.
    void setSpan(int days);

Q_SIGNALS:
    void entryActivated(qint64 id);

private:
    void updateHeading();

    OnThisDayModel *m_model;
    QLabel *m_heading;
    QSpinBox *m_span;
    QListView *m_view;
    QLabel *m_empty;
};
