// libFuzzer target: the importer's TextDecoder on any bytes. Checks the promises of
// textdecoder.h: decoded text has LF line ends, no BOM, is NFC; an Invalid result points at
// a byte inside the input that is indeed not valid UTF-8 from there.
#include "io/textdecoder.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const DecodedText decoded = TextDecoder::decode(bytes);
    if (decoded.ok()) {
        if (decoded.text.contains(u'\r') || decoded.text.startsWith(QChar(0xFEFF)))
            __builtin_trap();
        if (decoded.text != decoded.text.normalized(QString::NormalizationForm_C))
            __builtin_trap();
    }
    if (decoded.status == DecodedText::Status::Invalid
        && (decoded.invalidOffset < 0 || decoded.invalidOffset >= bytes.size() || decoded.error.isEmpty()))
        __builtin_trap();
    const qsizetype offset = TextDecoder::firstInvalidUtf8Offset(bytes);
    if (offset >= bytes.size())
        __builtin_trap();
    // QString::fromUtf8() drops one leading byte order mark (the seed corpus's BOM file).
    const QByteArray unmarked = bytes.startsWith("\xef\xbb\xbf") ? bytes.sliced(3) : bytes;
    if (offset < 0 && QString::fromUtf8(bytes).toUtf8() != unmarked)
        __builtin_trap(); // called valid, but does not survive a UTF-8 round trip
    return 0;
}
