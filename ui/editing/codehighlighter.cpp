#include "editing/codehighlighter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <QColor>

#include <algorithm>

using namespace Qt::StringLiterals;

CodeHighlighter::CodeHighlighter(const KSyntaxHighlighting::Repository &repository)
    : m_repository(repository)
{ }

KSyntaxHighlighting::Definition CodeHighlighter::definitionForLanguage(const QString &language) const
{
    if (language.isEmpty())
        return {};
    KSyntaxHighlighting::Definition definition = m_repository.definitionForName(language);
    if (!definition.isValid()) {
        // Fence words are often a name in another case ("python") or an extension ("py").
        const QList<KSyntaxHighlighting::Definition> all = m_repository.definitions();
        for (const KSyntaxHighlighting::Definition &candidate : all) {
            if (candidate.name().compare(language, Qt::CaseInsensitive) == 0)
                return candidate;
        }
        definition = m_repository.definitionForFileName(u"code."_s + language);
    }
    return definition;
}

QString CodeHighlighter::toHtml(QStringView code, const QString &language)
{
    const KSyntaxHighlighting::Definition definition = definitionForLanguage(language);
    if (!definition.isValid())
        return code.toString().toHtmlEscaped();
    setDefinition(definition);
    m_out.clear();
    KSyntaxHighlighting::State state;
    qsizetype start = 0;
    while (start < code.size()) {
        qsizetype end = code.indexOf(u'\n', start);
        if (end < 0)
            end = code.size();
        m_line = code.sliced(start, end - start);
        m_written = 0;
        state = highlightLine(m_line, state);
        appendPlain(int(m_line.size()));
        if (end < code.size())
            m_out += u'\n';
        start = end + 1;
    }
    m_line = {};
    return std::exchange(m_out, QString());
}

void CodeHighlighter::appendPlain(int until)
{
    if (until > m_written) {
        m_out += m_line.sliced(m_written, until - m_written).toString().toHtmlEscaped();
        m_written = until;
    }
}

void CodeHighlighter::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    length = std::min(length, int(m_line.size()) - offset);
    if (length <= 0 || offset < m_written)
        return;
    appendPlain(offset);
    const KSyntaxHighlighting::Theme current = theme();
    QString style;
    if (format.hasTextColor(current))
        style += u"color:"_s + format.textColor(current).name() + u';';
    if (format.hasBackgroundColor(current))
        style += u"background-color:"_s + format.backgroundColor(current).name() + u';';
    if (format.isBold(current))
        style += u"font-weight:bold;"_s;
    if (format.isItalic(current))
        style += u"font-style:italic;"_s;
    if (format.isUnderline(current))
        style += u"text-decoration:underline;"_s;
    const QString text = m_line.sliced(offset, length).toString().toHtmlEscaped();
    if (style.isEmpty())
        m_out += text;
    else
        m_out += u"<span style=\""_s + style + u"\">"_s + text + u"</span>"_s;
    m_written = offset + length;
}
