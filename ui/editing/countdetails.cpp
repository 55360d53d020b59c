#include "editing/countdetails.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

CountDetails::CountDetails(QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_title(new QLabel)
    , m_form(new QFormLayout)
    , m_speed(new QLabel)
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Counts"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_speed->setWordWrap(true);
    m_speed->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(m_form);
    layout->addWidget(m_speed);
}

void CountDetails::setCounts(const TextCounts &counts, bool selection, const ReadingSpeed &speed)
{
    const QLocale locale;
    m_title->setText(selection ? tr("Counts of the selection") : tr("Counts of the entry"));
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    for (const CountFigure &figure : TextStatistics::figures(counts, locale)) {
        auto *number = new QLabel(figure.value);
        number->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        number->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_form->addRow(figure.label, number);
    }
    m_speed->setText(tr("Reading time at %1 Hangul syllables and %2 English words a minute (Settings → Reading Speed).")
            .arg(locale.toString(speed.hangulSyllablesPerMinute), locale.toString(speed.englishWordsPerMinute)));
    adjustSize();
}

QString CountDetails::title() const
{
    return m_title->text();
}

QList<std::pair<QString, QString>> CountDetails::rows() const
{
    QList<std::pair<QString, QString>> result;
    for (int row = 0; row < m_form->rowCount(); ++row) {
        const auto *label = qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::LabelRole)->widget());
        const auto *value = qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::FieldRole)->widget());
        result.append({label->text(), value->text()});
    }
    return result;
}
