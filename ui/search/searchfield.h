#pragma once

#include <QLineEdit>

/// The search field above the timeline: a QLineEdit that searches as the user types,
/// including the syllable the input method is still composing.
///
/// QLineEdit keeps the input method's preedit out of text() and has no accessor for it,
/// so the field keeps it from each QInputMethodEvent. queryText() is the text with the
/// preedit at the cursor, and queryChanged() fires whenever that changes: typing 학교
/// with a Korean input method searches ㅎ, 하, 학, 학ㄱ, 학교 as they appear.
///
/// Keys: Escape emits cancelled(); Up and Down emit stepped(-1 / +1) so the result list can
/// move while the focus stays here; Enter is QLineEdit::returnPressed().
class SearchField : public QLineEdit
{
    Q_OBJECT
public:
    explicit SearchField(QWidget *parent = nullptr);

    /// What the input method is composing; empty when nothing is.
    QString preeditText() const { return m_preedit; }
    /// text() with preeditText() inserted at the cursor.
    QString queryText() const;

Q_SIGNALS:
    void queryChanged(const QString &query);
    void cancelled();
    void stepped(int delta);

protected:
    void inputMethodEvent(QInputMethodEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void announce();

    QString m_preedit;
    QString m_announced;
};
