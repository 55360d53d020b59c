#pragma once

#include <QByteArray>
#include <QString>

/// The outcome of decoding a file's bytes with TextDecoder.
struct DecodedText
{
    enum class Status {
        Decoded, ///< UTF-8 or UTF-16 (with a BOM): read as is
        Converted, ///< legacy CP949 (a superset of EUC-KR), converted to Unicode
        Empty, ///< zero bytes: nothing to import, and not an error
        NotText, ///< a NUL byte or a known binary signature (PNG, JPEG, PDF, ZIP, …)
        Invalid, ///< neither UTF-8 nor CP949
    };

    Status status = Status::Empty;
    /// The text, NFC, with LF line ends and no BOM; empty unless Decoded or Converted.
    QString text;
    /// The encoding read: "UTF-8", "UTF-16LE", "UTF-16BE" or "CP949"; empty on failure.
    QString encoding;
    /// For Invalid: the 0-based byte offset of the first byte that is not valid UTF-8
    /// (counted from the start of the file, BOM included); -1 otherwise.
    qsizetype invalidOffset = -1;
    /// For NotText and Invalid: a sentence for the user saying what is wrong.
    QString error;

    bool ok() const { return status == Status::Decoded || status == Status::Converted; }
};

/// Turns the bytes of a text file into the text Hoego stores (DESIGN.md, "Text").
///
/// The rules, in order:
/// 1. no bytes → Empty;
/// 2. a byte order mark decides: EF BB BF → UTF-8, FF FE → UTF-16LE, FE FF → UTF-16BE
///    (each strict: a malformed sequence after the BOM makes the file Invalid);
/// 3. a NUL byte or a binary signature → NotText;
/// 4. strict UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF);
/// 5. strict CP949 through ICU's `windows-949` converter, stopping at the first unmapped
///    or malformed byte (Qt's "EUC-KR" codec silently drops the CP949-only syllables
///    such as 똠 and 햏) → Converted; a byte that ICU maps only to a C1 control or to the
///    Private Use Area (0x80, 0xFF, the user-defined rows) counts as not CP949;
/// 6. otherwise Invalid, with the offset of the first invalid UTF-8 byte.
///
/// Decoded text is normalised to NFC (QString::NormalizationForm_C), CRLF and lone CR
/// become LF, and the BOM is dropped.
class TextDecoder
{
public:
    static DecodedText decode(const QByteArray &bytes);

    /// The 0-based offset of the first byte of @p bytes that does not begin or continue a
    /// well-formed UTF-8 sequence (RFC 3629), or -1 when all of it is valid UTF-8.
    static qsizetype firstInvalidUtf8Offset(QByteArrayView bytes);

    /// @p text with CRLF and lone CR turned into LF, then normalised to NFC.
    static QString normalized(QString text);
};
