#pragma once

// HTML comparison for the Markdown tests, after the normalisation the CommonMark spec
// runner applies (commonmark-spec test/normalize.py): whitespace around block-level tags
// and runs of whitespace outside <pre> collapsed, attributes sorted, `<x />` read as `<x>`,
// the basic character references written one way.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <algorithm>
#include <utility>

namespace MarkdownTest {

using namespace Qt::StringLiterals;

inline bool isBlockTag(QStringView name)
{
    static const QStringView tags[] = {u"article", u"header", u"aside", u"hgroup", u"blockquote", u"hr", u"iframe",
        u"body", u"li", u"map", u"button", u"object", u"canvas", u"ol", u"caption", u"output", u"col", u"p",
        u"colgroup", u"pre", u"dd", u"progress", u"div", u"section", u"dl", u"table", u"td", u"dt", u"tbody", u"embed",
        u"textarea", u"fieldset", u"tfoot", u"figcaption", u"th", u"figure", u"thead", u"footer", u"tr", u"form", u"ul",
        u"h1", u"h2", u"h3", u"h4", u"h5", u"h6", u"video", u"script", u"style"};
    for (QStringView t : tags) {
        if (t == name)
            return true;
    }
    return false;
}

inline QString unescapeBasic(QStringView text)
{
    QString s = text.toString();
    s.replace(u"&quot;"_s, u"\""_s);
    s.replace(u"&#x27;"_s, u"'"_s);
    s.replace(u"&#39;"_s, u"'"_s);
    s.replace(u"&lt;"_s, u"<"_s);
    s.replace(u"&gt;"_s, u">"_s);
    s.replace(u"&amp;"_s, u"&"_s);
    return s;
}

inline QString escapeBasic(QStringView text)
{
    QString s = text.toString();
    s.replace(u"&"_s, u"&amp;"_s);
    s.replace(u"<"_s, u"&lt;"_s);
    s.replace(u">"_s, u"&gt;"_s);
    s.replace(u"\""_s, u"&quot;"_s);
    return s;
}

inline QString normalizeHtml(QStringView html)
{
    QString out;
    bool inPre = false;
    enum class Last { None, StartTag, EndTag, Data } last = Last::None;
    QString lastTag;
    qsizetype i = 0;
    const qsizetype n = html.size();
    auto rstripOut = [&] {
        while (!out.isEmpty() && out.back().isSpace())
            out.chop(1);
    };
    while (i < n) {
        if (html[i] == u'<') {
            if (html.sliced(i).startsWith(u"<!--")) {
                qsizetype end = html.indexOf(u"-->", i + 4);
                end = end < 0 ? n : end + 3;
                out += html.sliced(i, end - i);
                i = end;
                last = Last::Data;
                continue;
            }
            qsizetype j = i + 1;
            const bool closing = j < n && html[j] == u'/';
            if (closing)
                ++j;
            qsizetype nameStart = j;
            while (j < n && (html[j].isLetterOrNumber() || html[j] == u'-'))
                ++j;
            if (j == nameStart) {
                out += escapeBasic(html.sliced(i, 1));
                ++i;
                last = Last::Data;
                continue;
            }
            const QString name = html.sliced(nameStart, j - nameStart).toString().toLower();
            // attributes
            QList<std::pair<QString, QString>> attributes;
            while (j < n && html[j] != u'>') {
                if (html[j].isSpace() || html[j] == u'/') {
                    ++j;
                    continue;
                }
                qsizetype k = j;
                while (k < n && !html[k].isSpace() && html[k] != u'=' && html[k] != u'>' && html[k] != u'/')
                    ++k;
                QString key = html.sliced(j, k - j).toString().toLower();
                QString value;
                bool hasValue = false;
                j = k;
                if (j < n && html[j] == u'=') {
                    hasValue = true;
                    ++j;
                    if (j < n && (html[j] == u'"' || html[j] == u'\'')) {
                        const QChar q = html[j];
                        qsizetype end = html.indexOf(q, j + 1);
                        if (end < 0)
                            end = n;
                        value = unescapeBasic(html.sliced(j + 1, end - j - 1));
                        j = std::min(n, end + 1);
                    } else {
                        qsizetype end = j;
                        while (end < n && !html[end].isSpace() && html[end] != u'>')
                            ++end;
                        value = unescapeBasic(html.sliced(j, end - j));
                        j = end;
                    }
                }
                if (key.isEmpty()) {
                    ++j;
                    continue;
                }
                attributes.append({key, hasValue ? value : QString()});
            }
            i = std::min(n, j + 1);
            std::sort(attributes.begin(), attributes.end());
            const bool block = isBlockTag(name);
            if (closing) {
                if (name == u"pre")
                    inPre = false;
                else if (block)
                    rstripOut();
                out += u"</" + name + u'>';
                last = Last::EndTag;
            } else {
                if (name == u"pre")
                    inPre = true;
                if (block)
                    rstripOut();
                out += u'<' + name;
                for (const auto &[key, value] : std::as_const(attributes)) {
                    out += u' ' + key;
                    if (!value.isNull())
                        out += u"=\"" + escapeBasic(value) + u'"';
                }
                out += u'>';
                last = Last::StartTag;
            }
            lastTag = name;
            continue;
        }
        qsizetype end = html.indexOf(u'<', i);
        if (end < 0)
            end = n;
        QString data = unescapeBasic(html.sliced(i, end - i));
        i = end;
        const bool afterTag = last == Last::StartTag || last == Last::EndTag;
        const bool afterBlockTag = afterTag && isBlockTag(lastTag);
        if (afterTag && lastTag == u"br") {
            while (data.startsWith(u'\n'))
                data.remove(0, 1);
        }
        if (!inPre) {
            QString collapsed;
            bool space = false;
            for (QChar c : std::as_const(data)) {
                if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f') {
                    if (!space)
                        collapsed += u' ';
                    space = true;
                } else {
                    collapsed += c;
                    space = false;
                }
            }
            data = collapsed;
        }
        if (afterBlockTag && !inPre) {
            if (last == Last::StartTag) {
                while (!data.isEmpty() && data.front().isSpace())
                    data.remove(0, 1);
            } else {
                data = data.trimmed();
            }
        }
        out += escapeBasic(data);
        last = Last::Data;
    }
    rstripOut();
    return out;
}

inline QJsonDocument readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll());
}

} // namespace MarkdownTest
