#include "goals/checkintemplatedialog.h"

#include "goals/weektext.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

CheckInTemplateDialog::CheckInTemplateDialog(const QString &bodyTemplate, QWidget *parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Check-in Template"));
    auto *intro = new QLabel(tr("New weekly check-ins start with this text, after their front matter. "
                                "Placeholders:<br><code>{goals}</code> a task item per active goal, "
                                "<code>{year}</code> and <code>{week}</code> the ISO week-year and week number, "
                                "<code>{weeks}</code> the week as 2023-W05 (a span for a catch-up), "
                                "<code>{monday}</code> and <code>{sunday}</code> the first and last day. "
                                "After a task item, <code>(confidence 7/10)</code> or <code>(자신감 7/10)</code> "
                                "records how likely the goal is by December."),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    m_text->setObjectName(QStringLiteral("checkInTemplate"));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlainText(bodyTemplate);
    m_text->setMinimumSize(520, 320);

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
        [this] { m_text->setPlainText(defaultCheckInTemplate()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
}

QString CheckInTemplateDialog::bodyTemplate() const
{
    return m_text->toPlainText();
}
