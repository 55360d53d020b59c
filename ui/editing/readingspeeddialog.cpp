#include "editing/readingspeeddialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

#include <cmath>

ReadingSpeedDialog::ReadingSpeedDialog(const ReadingSpeed &speed, QWidget *parent)
    : QDialog(parent)
    , m_hangul(new QSpinBox)
    , m_english(new QSpinBox)
{
    setWindowTitle(tr("Reading Speed"));
    m_hangul->setRange(50, 5000);
    m_hangul->setSuffix(tr(" a minute"));
    m_hangul->setValue(int(std::lround(speed.hangulSyllablesPerMinute)));
    m_english->setRange(50, 2000);
    m_english->setSuffix(tr(" a minute"));
    m_english->setValue(int(std::lround(speed.englishWordsPerMinute)));

    auto *form = new QFormLayout(this);
    auto *about = new QLabel(tr("The reading time adds the minutes for the Hangul syllables and for the English "
                                "words. English: 238 words a minute, the average for non-fiction found by "
                                "Brysbaert (2019)."));
    about->setWordWrap(true);
    form->addRow(about);
    form->addRow(tr("&Hangul syllables:"), m_hangul);
    form->addRow(tr("&English words:"), m_english);
    auto *buttons
        = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        const ReadingSpeed defaults;
        m_hangul->setValue(int(defaults.hangulSyllablesPerMinute));
        m_english->setValue(int(defaults.englishWordsPerMinute));
    });
}

ReadingSpeed ReadingSpeedDialog::speed() const
{
    return {double(m_hangul->value()), double(m_english->value())};
}
