#pragma once

#include "text/textstatistics.h"

#include <QDialog>

class QSpinBox;

/// Settings → Reading Speed…: the speeds the reading time is counted at, Hangul syllables and
/// English words a minute, with a button back to the defaults (500 and 238).
class ReadingSpeedDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReadingSpeedDialog(const ReadingSpeed &speed, QWidget *parent = nullptr);

    ReadingSpeed speed() const;

private:
    QSpinBox *m_hangul;
    QSpinBox *m_english;
};
