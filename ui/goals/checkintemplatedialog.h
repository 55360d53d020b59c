#pragma once

#include <QDialog>

class QPlainTextEdit;

/// Edits the body template of new weekly check-ins (AppSettings::checkInTemplate()): a
/// plain-text field, the placeholders it understands, and a button that restores the
/// default. Use: construct with the current template, exec(), then read bodyTemplate().
class CheckInTemplateDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CheckInTemplateDialog(const QString &bodyTemplate, QWidget *parent = nullptr);

    QString bodyTemplate() const;
    QPlainTextEdit *editor() const { return m_text; }

private:
    QPlainTextEdit *m_text;
};
