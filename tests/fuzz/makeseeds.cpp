// hoego_fuzz_seeds SHARED OUT: writes a seed corpus for the fuzz targets into OUT, made
// from SHARED/corpus (every file as it is) and the Markdown of every example in
// SHARED/spec/*.json ("markdown" and "source" fields), one file each.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

int written = 0;

void writeSeed(const QString &folder, const QByteArray &bytes)
{
    QFile file(folder + u"/seed-"_s + QString::number(written++));
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
}

void collectExamples(const QJsonValue &value, const QString &folder)
{
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectExamples(item, folder);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if ((it.key() == u"markdown"_s || it.key() == u"source"_s) && it.value().isString())
                writeSeed(folder, it.value().toString().toUtf8());
            else
                collectExamples(it.value(), folder);
        }
    }
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 3) {
        std::fputs("usage: hoego_fuzz_seeds SHARED OUT\n", stderr);
        return 2;
    }
    const QString shared = QString::fromLocal8Bit(argv[1]);
    const QString out = QString::fromLocal8Bit(argv[2]);
    QDir().mkpath(out);
    QDirIterator corpus(shared + u"/corpus"_s, QDir::Files, QDirIterator::Subdirectories);
    while (corpus.hasNext()) {
        QFile file(corpus.next());
        if (file.open(QIODevice::ReadOnly))
            writeSeed(out, file.read(1 << 20));
    }
    QDirIterator spec(shared + u"/spec"_s, {u"*.json"_s}, QDir::Files);
    while (spec.hasNext()) {
        QFile file(spec.next());
        if (file.open(QIODevice::ReadOnly))
            collectExamples(QJsonDocument::fromJson(file.readAll()).object(), out);
    }
    std::printf("%d seeds in %s\n", written, argv[2]);
    return written > 0 ? 0 : 1;
}
