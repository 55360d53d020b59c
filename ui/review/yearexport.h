#pragma once

#include <QLocale>
#include <QString>

class EntryStore;
class GoalStore;

/// A year as one document (issue 6, "Export a year"): a title, the year's retrospective
/// rendered, its goals with their outcome, then every other entry of the calendar year in
/// date order (oldest first), each under its date and title.
///
/// Use: yearExportHtml() for the document, then writeYearHtml() for a single self-contained
/// HTML file (UTF-8, styles inline, no external resources) or writeYearPdf() for an A4 PDF
/// whose text uses a Korean font stack (Noto Sans CJK KR first), so Qt embeds the Hangul
/// glyphs it uses. Both return false with @p error set to a sentence on failure.
namespace YearExport {

/// "2022년 회고" (Korean @p locale) or "The year 2022": the document's title.
QString title(int year, const QLocale &locale);
/// The whole HTML document (`<!DOCTYPE html>` … `</html>`). @p goals may be null.
QString html(EntryStore &store, GoalStore *goals, int year, QDate today, const QLocale &locale);
bool writeHtml(const QString &html, const QString &path, QString *error);
/// Needs a QGuiApplication (the text is laid out with the platform's fonts).
bool writePdf(const QString &html, const QString &path, QString *error);

} // namespace YearExport
