#include "yearexport.h"

#include "goals/goalstore.h"
#include "markdown/htmlrenderer.h"
#include "markdown/parser.h"
#include "review/comparemodels.h"
#include "review/reviewstore.h"
#include "storage/entrystore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFont>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace YearExport {

namespace {

QString rendered(const QString &markdown)
{
    return Markdown::renderHtml(Markdown::parse(markdown));
}

// Hangul must come from a font that has it; the families are tried in order.
const QStringList &fontFamilies()
{
    static const QStringList families = {u"Noto Sans CJK KR"_s, u"Noto Sans KR"_s, u"Source Han Sans KR"_s,
        u"NanumGothic"_s, u"Malgun Gothic"_s, u"Apple SD Gothic Neo"_s, u"sans-serif"_s};
    return families;
}

} // namespace

QString title(int year, const QLocale &locale)
{
    return locale.language() == QLocale::Korean ? u"%1년 회고"_s.arg(year) : u"The year %1"_s.arg(year);
}

QString html(EntryStore &store, GoalStore *goals, int year, QDate today, const QLocale &locale)
{
    const ReviewStore review(store.database());
    const qint64 retrospectiveId = review.retrospectiveId(year);
    const bool korean = locale.language() == QLocale::Korean;
    QString families;
    for (const QString &family : fontFamilies())
        families += (families.isEmpty() ? QString() : u", "_s) + u"'%1'"_s.arg(family);

    QString body;
    body += u"<h1>%1</h1>\n"_s.arg(title(year, locale).toHtmlEscaped());

    body += u"<h2>%1</h2>\n"_s.arg(korean ? u"회고"_s : u"Retrospective"_s);
    if (const std::optional<Entry> retrospective = retrospectiveId ? store.entry(retrospectiveId) : std::nullopt)
        body += u"<div class=\"retrospective\">\n"_s + rendered(retrospective->text) + u"</div>\n"_s;
    else
        body += u"<p><i>%1</i></p>\n"_s.arg(korean ? u"아직 회고가 없습니다."_s : u"No retrospective yet."_s);

    body += u"<h2>%1</h2>\n"_s.arg(korean ? u"목표"_s : u"Goals"_s);
    const QList<Goal> yearGoals = goals ? goals->goals(year) : QList<Goal>();
    if (yearGoals.isEmpty()) {
        body += u"<p><i>%1</i></p>\n"_s.arg(korean ? u"목표가 없습니다."_s : u"No goals."_s);
    } else {
        body += u"<ul>\n"_s;
        const IsoWeek week = IsoWeek::fromDate(today);
        for (const Goal &goal : yearGoals) {
            body += u"<li>%1 — <i>%2</i></li>\n"_s.arg(goal.title.toHtmlEscaped(),
                goalOutcomeText(goal, computeProgress(goal, goals->checkIns(goal.id), week)).toHtmlEscaped());
        }
        body += u"</ul>\n"_s;
    }

    body += u"<h2>%1</h2>\n"_s.arg(korean ? u"일기"_s : u"Entries"_s);
    for (const ReviewEntry &entry : review.entriesBetween(QDate(year, 1, 1), QDate(year, 12, 31))) {
        if (entry.id == retrospectiveId)
            continue;
        body += u"<div class=\"entry\">\n<h3>%1 · %2</h3>\n"_s.arg(
            locale.toString(entry.date, QLocale::LongFormat).toHtmlEscaped(), entry.title.toHtmlEscaped());
        body += rendered(entry.text) + u"</div>\n"_s;
    }

    return u"<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n<title>%2</title>\n"
           "<style>body { font-family: %3; max-width: 46em; margin: 2em auto; line-height: 1.6; } "
           "h3 { margin-top: 1.6em; } blockquote { color: #555; border-left: 3px solid #ccc; margin-left: 0; "
           "padding-left: 1em; }</style>\n</head>\n<body>\n%4</body>\n</html>\n"_s.arg(
               korean ? u"ko"_s : u"en"_s, title(year, locale).toHtmlEscaped(), families, body);
}

bool writeHtml(const QString &html, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(html.toUtf8()) < 0 || !file.commit()) {
        *error = QCoreApplication::translate("Review", "Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool writePdf(const QString &html, const QString &path, QString *error)
{
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly)) {
            *error = QCoreApplication::translate("Review", "Could not write %1: %2").arg(path, probe.errorString());
            return false;
        }
    }
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
    writer.setCreator(u"Hoego"_s);
    QTextDocument document;
    QFont font;
    font.setFamilies(fontFamilies());
    font.setPointSizeF(10.5);
    document.setDefaultFont(font);
    document.setHtml(html);
    writer.setTitle(document.metaInformation(QTextDocument::DocumentTitle));
    document.print(&writer);
    if (QFile(path).size() == 0) {
        *error = QCoreApplication::translate("Review", "Could not write the PDF %1.").arg(path);
        return false;
    }
    return true;
}

} // namespace YearExport
