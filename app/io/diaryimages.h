#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

/// Images pasted or dropped into entries, kept in a folder beside the diary file:
/// `<diary folder>/images/YYYY/YYYY-MM-DD-N.EXT`, N counting from 1 for each day.
///
/// Entries link them by a site-root path, `/images/YYYY/YYYY-MM-DD-N.EXT`: `hoego export DIR`
/// copies the folder to `DIR/images`, where a Jekyll site serves that path, and the preview
/// reads the path from the diary's folder (or, for a post imported from a site's `_posts`,
/// from that site), so the links hold before and after a round trip.
namespace DiaryImages {

/// `<folder of @p diaryPath>/images`.
QString folder(const QString &diaryPath);
/// The path a new image of @p day is stored at: `folder()/YYYY/YYYY-MM-DD-N.<suffix>` with
/// the first N no file has, whatever its suffix. The year's folder is not created.
QString newFile(const QString &diaryPath, QDate day, const QString &suffix);
/// The link an entry uses for @p file, a file inside folder(): `/images/…`.
QString link(const QString &diaryPath, const QString &file);
/// Copies every file of folder() (when there is one) to `@p directory/images`, replacing files
/// of the same name. Appends the paths written to @p written and a sentence per failure to
/// @p errors.
void copyTo(const QString &diaryPath, const QString &directory, QStringList *written, QStringList *errors);

} // namespace DiaryImages
