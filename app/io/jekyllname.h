#pragma once

#include <QDate>
#include <QSet>
#include <QString>

/// Jekyll's post file names, both ways.
///
/// Reading follows Jekyll's `Document::DATE_FILENAME_MATCHER` (`YYYY-MM-DD-slug.ext`) and
/// `Utils.titleize_slug`; writing makes `YYYY-MM-DD-slug.md` from a title the way Jekyll's
/// default `slugify` does, except that it keeps Hangul and other letters as they are.
namespace JekyllName {

/// What a post's file name says.
struct Parsed
{
    QDate date; ///< invalid when the name does not start with a valid `YYYY-MM-DD-`
    QString slug; ///< the name without date and extension (the whole base name when undated)
};

/// Reads @p fileName (a name or a path; only the last component counts).
Parsed parse(const QString &fileName);

/// Jekyll's titleize_slug: words split at `-`, each capitalised (first letter upper case,
/// the rest lower case, as Ruby's String#capitalize): `no-front-matter` → "No Front Matter".
QString titleize(const QString &slug);

/// A slug for @p title: NFC, lower case, every run of characters that are neither letters,
/// marks nor digits turned into one `-`, no `-` at either end. Hangul and other scripts are
/// kept. An empty result becomes "entry".
QString slugify(const QString &title);

/// `YYYY-MM-DD-slug.md` for an entry written on @p date titled @p title.
QString fileName(QDate date, const QString &title);

/// @p name itself when it is not in @p taken, else the first of `base-2.ext`, `base-3.ext`, …
/// that is not. The result is not added to @p taken.
QString unclashed(const QString &name, const QSet<QString> &taken);

} // namespace JekyllName
