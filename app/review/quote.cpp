#include "review/quote.h"

#include <QStringList>

using namespace Qt::StringLiterals;

QString entryLink(qint64 entryId)
{
    return u"hoego://entry/%1"_s.arg(entryId);
}

QString quoteMarkdown(const QString &selection, int year, qint64 entryId, const QLocale &locale)
{
    QString text = selection;
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');
    text.replace(QChar::ParagraphSeparator, u'\n');
    text.replace(QChar::LineSeparator, u'\n');
    text = text.normalized(QString::NormalizationForm_C);

    QStringList lines;
    for (const QStringView line : QStringTokenizer(text, u'\n')) {
        qsizetype end = line.size();
        while (end > 0 && line.at(end - 1).isSpace())
            --end;
        lines << line.first(end).toString();
    }
    while (!lines.isEmpty() && lines.constFirst().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        return {};

    // The source is written in the diary's language, not through a translation catalogue,
    // so a quote reads the same in the text whatever translation happens to be loaded.
    const QString source
        = locale.language() == QLocale::Korean ? u"%1년 회고 중"_s.arg(year) : u"from the %1 retrospective"_s.arg(year);
    QString result;
    for (const QString &line : std::as_const(lines))
        result += line.isEmpty() ? u">\n"_s : u"> "_s + line + u'\n';
    result += u">\n> — ["_s + source + u"]("_s + entryLink(entryId) + u")\n"_s;
    return result;
}
