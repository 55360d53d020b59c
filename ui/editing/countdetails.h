#pragma once

#include "text/textstatistics.h"

#include <QFrame>

class QFormLayout;
class QLabel;

/// The popup the status bar's counter opens on a click: every figure of TextCounts, one a
/// row (characters with and without spaces, words, Hangul syllables, Latin words, UTF-8 and
/// CP949 bytes, what CP949 cannot encode, 원고지 pages, reading time), headed by what was
/// counted — the entry or the selection — and ending with the reading speeds used.
class CountDetails : public QFrame
{
    Q_OBJECT
public:
    explicit CountDetails(QWidget *parent = nullptr);

    void setCounts(const TextCounts &counts, bool selection, const ReadingSpeed &speed);
    /// The heading shown above the rows.
    QString title() const;
    /// The rows shown, label and value, in order.
    QList<std::pair<QString, QString>> rows() const;

private:
    QLabel *m_title;
    QFormLayout *m_form;
    QLabel *m_speed;
};
