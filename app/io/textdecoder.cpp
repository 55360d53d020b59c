#include "io/textdecoder.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/utf8.h>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

bool looksBinary(QByteArrayView bytes)
{
    if (bytes.contains('\0'))
        return true;
    // Signatures of the binary files most likely to be renamed or dropped into a posts folder.
    static const QByteArrayView signatures[] = {
        "\x89PNG\r\n\x1a\n",
        "\xff\xd8\xff",
        "GIF87a",
        "GIF89a",
        "%PDF-",
        "PK\x03\x04",
        "\x1f\x8b",
        "\x7f"
        "ELF",
        "SQLite format 3",
        "RIFF",
    };
    for (QByteArrayView signature : signatures) {
        if (bytes.startsWith(signature))
            return true;
    }
    return false;
}

// Strict CP949: ICU's windows-949 table with the STOP callback, so an unmapped or
// malformed byte fails the whole conversion instead of becoming U+FFFD.
std::optional<QString> decodeCp949(QByteArrayView bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open("windows-949", &status), ucnv_close);
    if (U_FAILURE(status))
        return std::nullopt;
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    if (U_FAILURE(status))
        return std::nullopt;
    // Every CP949 byte sequence yields at most one UTF-16 unit per byte.
    QString text(bytes.size(), Qt::Uninitialized);
    const int32_t length = ucnv_toUChars(converter.get(), reinterpret_cast<UChar *>(text.data()), int32_t(text.size()),
        bytes.data(), int32_t(bytes.size()), &status);
    if (U_FAILURE(status))
        return std::nullopt;
    text.truncate(length);
    // windows-949 also maps bytes no Korean text holds: 0x80 to a C1 control, 0xFF and the
    // user-defined rows to the Private Use Area. A file that needs them is not CP949 text.
    for (const QChar c : std::as_const(text)) {
        const char16_t u = c.unicode();
        if ((u >= 0x80 && u <= 0x9f) || (u >= 0xe000 && u <= 0xf8ff))
            return std::nullopt;
    }
    return text;
}

DecodedText invalid(qsizetype offset, const QString &what)
{
    DecodedText result;
    result.status = DecodedText::Status::Invalid;
    result.invalidOffset = offset;
    result.error = what;
    return result;
}

DecodedText decodedUnicode(
    QByteArrayView bytes, QStringConverter::Encoding encoding, const QString &name, qsizetype bomSize)
{
    if (encoding == QStringConverter::Utf8) {
        const qsizetype offset = TextDecoder::firstInvalidUtf8Offset(bytes.sliced(bomSize));
        if (offset >= 0) {
            return invalid(offset + bomSize,
                QCoreApplication::translate(
                    "TextDecoder", "The file starts with a UTF-8 byte order mark but byte %1 is not valid UTF-8.")
                    .arg(offset + bomSize));
        }
    }
    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes.sliced(bomSize));
    if (decoder.hasError()) {
        return invalid(-1,
            QCoreApplication::translate("TextDecoder", "The file starts with a %1 byte order mark but is not valid %1.")
                .arg(name));
    }
    DecodedText result;
    result.status = DecodedText::Status::Decoded;
    result.encoding = name;
    result.text = TextDecoder::normalized(std::move(text));
    return result;
}

} // namespace

qsizetype TextDecoder::firstInvalidUtf8Offset(QByteArrayView bytes)
{
    const auto *data = reinterpret_cast<const uint8_t *>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        if (data[i] < 0x80) { // ASCII, the common case
            ++i;
            continue;
        }
        const qsizetype start = i;
        UChar32 c = 0;
        // U8_NEXT rejects overlong forms, surrogates and code points above U+10FFFF.
        U8_NEXT(data, i, size, c);
        if (c < 0)
            return start;
    }
    return -1;
}

QString TextDecoder::normalized(QString text)
{
    // A byte order mark repeated after the first (a file saved twice by an editor that adds
    // one) would otherwise start the text.
    qsizetype marks = 0;
    while (marks < text.size() && text.at(marks) == QChar(0xFEFF))
        ++marks;
    text.remove(0, marks);
    if (text.contains(u'\r')) {
        text.replace(u"\r\n"_s, u"\n"_s);
        text.replace(u'\r', u'\n');
    }
    return text.normalized(QString::NormalizationForm_C);
}

DecodedText TextDecoder::decode(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return {};
    if (bytes.startsWith("\xef\xbb\xbf"))
        return decodedUnicode(bytes, QStringConverter::Utf8, u"UTF-8"_s, 3);
    if (bytes.startsWith("\xff\xfe"))
        return decodedUnicode(bytes, QStringConverter::Utf16LE, u"UTF-16LE"_s, 2);
    if (bytes.startsWith("\xfe\xff"))
        return decodedUnicode(bytes, QStringConverter::Utf16BE, u"UTF-16BE"_s, 2);

    if (looksBinary(bytes)) {
        DecodedText result;
        result.status = DecodedText::Status::NotText;
        result.error = QCoreApplication::translate("TextDecoder", "This is not a text file (it holds binary data).");
        return result;
    }

    const qsizetype offset = firstInvalidUtf8Offset(bytes);
    if (offset < 0)
        return decodedUnicode(bytes, QStringConverter::Utf8, u"UTF-8"_s, 0);

    if (std::optional<QString> text = decodeCp949(bytes)) {
        DecodedText result;
        result.status = DecodedText::Status::Converted;
        result.encoding = u"CP949"_s;
        result.text = normalized(std::move(*text));
        return result;
    }
    return invalid(offset,
        QCoreApplication::translate(
            "TextDecoder", "The file is neither UTF-8 nor CP949: byte %1 (counting from 0) is not valid UTF-8.")
            .arg(offset));
}
