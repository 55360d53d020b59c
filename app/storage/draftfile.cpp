#include "storage/draftfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {

const QString formatName = u"hoego-draft"_s;
constexpr int formatVersion = 1;

} // namespace

DraftFile::DraftFile(const QString &databasePath)
    : m_path(pathFor(databasePath))
{ }

QString DraftFile::pathFor(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + u".draft"_s;
}

bool DraftFile::write(const Draft &draft, QString *error) const
{
    const QJsonObject object {
        {u"format"_s, formatName},
        {u"version"_s, formatVersion},
        {u"entry"_s, draft.entryId},
        {u"written"_s, draft.written.toUTC().toString(Qt::ISODateWithMs)},
        {u"text"_s, draft.text},
    };
    QSaveFile file(m_path);
    if (file.open(QIODevice::WriteOnly)) {
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
        if (file.commit())
            return true;
    }
    *error = QCoreApplication::translate("DraftFile", "The draft %1 could not be written: %2.")
                 .arg(QDir::toNativeSeparators(m_path), file.errorString());
    return false;
}

std::optional<Draft> DraftFile::read(QString *error) const
{
    QFile file(m_path);
    if (!file.exists())
        return std::nullopt;
    const QString name = QDir::toNativeSeparators(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("DraftFile", "The draft %1 could not be read: %2.")
                     .arg(name, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject object = document.object();
    Draft draft;
    draft.entryId = object.value(u"entry"_s).toInteger();
    draft.text = object.value(u"text"_s).toString();
    draft.written = QDateTime::fromString(object.value(u"written"_s).toString(), Qt::ISODateWithMs);
    if (parseError.error != QJsonParseError::NoError || object.value(u"format"_s).toString() != formatName
        || object.value(u"version"_s).toInt() != formatVersion || draft.entryId <= 0
        || !object.value(u"text"_s).isString() || !draft.written.isValid()) {
        *error = QCoreApplication::translate("DraftFile", "The draft %1 is damaged and cannot be recovered.").arg(name);
        return std::nullopt;
    }
    return draft;
}

bool DraftFile::remove() const
{
    return !QFile::exists(m_path) || QFile::remove(m_path);
}
