#include "io/diaryimages.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace DiaryImages {

namespace {
const QString folderName = u"images"_s;
} // namespace

QString folder(const QString &diaryPath)
{
    return QFileInfo(diaryPath).absoluteDir().filePath(folderName);
}

QString newFile(const QString &diaryPath, QDate day, const QString &suffix)
{
    const QDir year(QDir(folder(diaryPath)).filePath(QString::number(day.year())));
    // A number is taken whatever the file's type: 1.png and 1.jpg would read as the same image.
    for (int n = 1;; ++n) {
        const QString name = u"%1-%2"_s.arg(day.toString(Qt::ISODate)).arg(n);
        if (year.entryList({name + u".*"_s}, QDir::Files).isEmpty())
            return year.filePath(name + u'.' + suffix);
    }
}

QString link(const QString &diaryPath, const QString &file)
{
    return u'/' + folderName + u'/' + QDir(folder(diaryPath)).relativeFilePath(file);
}

void copyTo(const QString &diaryPath, const QString &directory, QStringList *written, QStringList *errors)
{
    const QDir source(folder(diaryPath));
    if (!source.exists())
        return;
    const QDir target(QDir(directory).filePath(folderName));
    QDirIterator it(source.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString from = it.next();
        const QString to = target.filePath(source.relativeFilePath(from));
        if (!QDir().mkpath(QFileInfo(to).path()) || (QFile::exists(to) && !QFile::remove(to))
            || !QFile::copy(from, to)) {
            *errors << QCoreApplication::translate("DiaryImages", "%1: the image could not be copied.").arg(to);
            continue;
        }
        *written << to;
    }
}

} // namespace DiaryImages
