#include "io/textdecoder.h"
#include "testpaths.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(DecodedText::Status)

class tst_TextDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decodesBytes_data();
    void decodesBytes();
    void decodesCorpusFiles_data();
    void decodesCorpusFiles();
    void findsFirstInvalidUtf8Byte_data();
    void findsFirstInvalidUtf8Byte();
};

static QByteArray utf16(const QString &text, bool littleEndian)
{
    QByteArray bytes = littleEndian ? QByteArray("\xff\xfe", 2) : QByteArray("\xfe\xff", 2);
    for (QChar c : text) {
        const char high = char(c.unicode() >> 8);
        const char low = char(c.unicode() & 0xff);
        bytes.append(littleEndian ? low : high);
        bytes.append(littleEndian ? high : low);
    }
    return bytes;
}

void tst_TextDecoder::decodesBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<DecodedText::Status>("status");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<qsizetype>("invalidOffset");

    using S = DecodedText::Status;
    const QString hangul = u"# 회고\n\n한 해를 돌아보며.\n"_s;
    QTest::newRow("empty") << QByteArray() << S::Empty << QString() << QString() << qsizetype(-1);
    QTest::newRow("ascii") << QByteArray("hello\n") << S::Decoded << u"hello\n"_s << u"UTF-8"_s << qsizetype(-1);
    QTest::newRow("utf-8") << hangul.toUtf8() << S::Decoded << hangul << u"UTF-8"_s << qsizetype(-1);
    QTest::newRow("utf-8 bom") << QByteArray("\xef\xbb\xbf") + hangul.toUtf8() << S::Decoded << hangul << u"UTF-8"_s
                               << qsizetype(-1);
    QTest::newRow("utf-16le bom") << utf16(hangul, true) << S::Decoded << hangul << u"UTF-16LE"_s << qsizetype(-1);
    QTest::newRow("utf-16be bom") << utf16(hangul, false) << S::Decoded << hangul << u"UTF-16BE"_s << qsizetype(-1);
    // Found by fuzz_textdecoder: a mark repeated after the BOM must not start the text.
    QTest::newRow("utf-16le bom twice") << QByteArray("\xff\xfe", 2) + utf16(hangul, true) << S::Decoded << hangul
                                        << u"UTF-16LE"_s << qsizetype(-1);
    QTest::newRow("utf-8 bom twice") << QByteArray("\xef\xbb\xbf\xef\xbb\xbf") + hangul.toUtf8() << S::Decoded << hangul
                                     << u"UTF-8"_s << qsizetype(-1);
    QTest::newRow("crlf") << QByteArray("a\r\nb\r\n") << S::Decoded << u"a\nb\n"_s << u"UTF-8"_s << qsizetype(-1);
    QTest::newRow("lone cr") << QByteArray("a\rb\r\rc") << S::Decoded << u"a\nb\n\nc"_s << u"UTF-8"_s << qsizetype(-1);
    QTest::newRow("utf-16 crlf") << utf16(u"가\r\n나"_s, true) << S::Decoded << u"가\n나"_s << u"UTF-16LE"_s
                                 << qsizetype(-1);
    // 회 decomposed into conjoining jamo (U+1112 U+116C) is recomposed.
    QTest::newRow("nfd") << QByteArray("\xe1\x84\x92\xe1\x85\xac") << S::Decoded << u"회"_s << u"UTF-8"_s
                         << qsizetype(-1);
    // 똠 (0x8C63) and 햏 (0xC164) exist only in CP949, not in EUC-KR.
    QTest::newRow("cp949") << QByteArray("\x8c\x63 \xc1\x64 \xc8\xb8\xb0\xed\n") << S::Converted << u"똠 햏 회고\n"_s
                           << u"CP949"_s << qsizetype(-1);
    QTest::newRow("cp949 crlf") << QByteArray("\xc8\xb8\xb0\xed\r\n") << S::Converted << u"회고\n"_s << u"CP949"_s
                                << qsizetype(-1);
    QTest::newRow("cp949 user-defined row")
        << QByteArray("a\xfe\xa1") << S::Invalid << QString() << QString() << qsizetype(1);
    QTest::newRow("0x80") << QByteArray("a\x80 b") << S::Invalid << QString() << QString() << qsizetype(1);
    QTest::newRow("lone 0xff") << QByteArray("abc\xff") << S::Invalid << QString() << QString() << qsizetype(3);
    QTest::newRow("broken bom utf-8") << QByteArray("\xef\xbb\xbf"
                                                    "ab\xc0\xaf")
                                      << S::Invalid << QString() << QString() << qsizetype(5);
    QTest::newRow("nul") << QByteArray("text\0more", 9) << S::NotText << QString() << QString() << qsizetype(-1);
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n"
                                       "abc")
                         << S::NotText << QString() << QString() << qsizetype(-1);
    QTest::newRow("pdf") << QByteArray("%PDF-1.7\n") << S::NotText << QString() << QString() << qsizetype(-1);
}

void tst_TextDecoder::decodesBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(DecodedText::Status, status);
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    QFETCH(qsizetype, invalidOffset);

    const DecodedText decoded = TextDecoder::decode(bytes);
    QCOMPARE(decoded.status, status);
    QCOMPARE(decoded.text, text);
    QCOMPARE(decoded.encoding, encoding);
    QCOMPARE(decoded.invalidOffset, invalidOffset);
    QCOMPARE(decoded.ok(), status == DecodedText::Status::Decoded || status == DecodedText::Status::Converted);
    if (decoded.ok())
        QVERIFY(decoded.error.isEmpty());
    else if (status != DecodedText::Status::Empty)
        QVERIFY(!decoded.error.isEmpty());
    if (status == DecodedText::Status::Invalid)
        QVERIFY2(decoded.error.contains(QString::number(invalidOffset)), qPrintable(decoded.error));
}

void tst_TextDecoder::decodesCorpusFiles_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<DecodedText::Status>("status");
    QTest::addColumn<qsizetype>("invalidOffset");
    QTest::addColumn<QString>("contains");

    using S = DecodedText::Status;
    QTest::newRow("crlf") << u"2021-03-01-crlf.md"_s << S::Decoded << qsizetype(-1) << u"- 항목 하나\n- 항목 둘\n"_s;
    QTest::newRow("bom") << u"2021-03-02-bom.md"_s << S::Decoded << qsizetype(-1) << u"BOM으로 시작하는 파일"_s;
    QTest::newRow("nfd") << u"2021-03-03-nfd.md"_s << S::Decoded << qsizetype(-1) << u"맥에서 복사한 한글"_s;
    QTest::newRow("cp949") << u"2021-03-04-cp949.md"_s << S::Converted << qsizetype(-1) << u"똠방각하, 햏."_s;
    QTest::newRow("invalid") << u"2021-03-05-invalid-utf8.md"_s << S::Invalid << qsizetype(35) << QString();
    QTest::newRow("empty") << u"2021-03-09-empty.md"_s << S::Empty << qsizetype(-1) << QString();
    QTest::newRow("png") << u"2021-03-10-png-renamed.md"_s << S::NotText << qsizetype(-1) << QString();
    QTest::newRow("long line") << u"2021-03-11-long-line.md"_s << S::Decoded << qsizetype(-1)
                               << u"가나다라마바사 abc"_s;
}

void tst_TextDecoder::decodesCorpusFiles()
{
    QFETCH(QString, fileName);
    QFETCH(DecodedText::Status, status);
    QFETCH(qsizetype, invalidOffset);
    QFETCH(QString, contains);

    QFile file(corpusDir() + u"/edge/"_s + fileName);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const DecodedText decoded = TextDecoder::decode(file.readAll());
    QCOMPARE(decoded.status, status);
    QCOMPARE(decoded.invalidOffset, invalidOffset);
    if (decoded.ok()) {
        QVERIFY(decoded.text.contains(contains));
        QVERIFY(!decoded.text.contains(u'\r'));
        QVERIFY(!decoded.text.contains(QChar(0xfeff)));
        QVERIFY(decoded.text.startsWith(u"---\n"_s));
        QCOMPARE(decoded.text, decoded.text.normalized(QString::NormalizationForm_C));
    }
}

void tst_TextDecoder::findsFirstInvalidUtf8Byte_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qsizetype>("offset");

    QTest::newRow("valid") << QByteArray("a 회고 😊") << qsizetype(-1);
    QTest::newRow("continuation first") << QByteArray("ab\x80") << qsizetype(2);
    QTest::newRow("overlong slash") << QByteArray("a\xc0\xaf") << qsizetype(1);
    QTest::newRow("overlong three") << QByteArray("a\xe0\x80\xaf") << qsizetype(1);
    QTest::newRow("surrogate") << QByteArray("valid \xed\xa0\x80") << qsizetype(6);
    QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << qsizetype(0);
    QTest::newRow("truncated at end") << QByteArray("회\xea\xb3") << qsizetype(3);
    QTest::newRow("after valid hangul") << QByteArray("회고\xff") << qsizetype(6);
}

void tst_TextDecoder::findsFirstInvalidUtf8Byte()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qsizetype, offset);
    QCOMPARE(TextDecoder::firstInvalidUtf8Offset(bytes), offset);
}

QTEST_GUILESS_MAIN(tst_TextDecoder)
#include "tst_textdecoder.moc"
