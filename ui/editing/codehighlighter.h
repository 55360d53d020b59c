#pragma once

#include <KSyntaxHighlighting/AbstractHighlighter>

#include <QString>
#include <QStringView>

namespace KSyntaxHighlighting {
class Repository;
}

/// Highlights source code as HTML for QTextBrowser: each run KSyntaxHighlighting gives a
/// format becomes `<span style="color:#rrggbb; font-weight:bold; …">`, text HTML-escaped,
/// lines joined with LF (for a `<pre>`). KF6 SyntaxHighlighting has no public exporter to a
/// string, hence this small AbstractHighlighter.
class CodeHighlighter : private KSyntaxHighlighting::AbstractHighlighter
{
public:
    /// @p repository must outlive the highlighter.
    explicit CodeHighlighter(const KSyntaxHighlighting::Repository &repository);

    using AbstractHighlighter::setTheme;
    using AbstractHighlighter::theme;

    /// The definition for a code fence's language word (`cpp`, `Python`, `sh`, `json`…): a
    /// definition name, matched without case, else a file extension. Invalid when none.
    KSyntaxHighlighting::Definition definitionForLanguage(const QString &language) const;

    /// @p code (LF line ends) highlighted in @p language; escaped but unhighlighted when
    /// the language is unknown or empty.
    QString toHtml(QStringView code, const QString &language);

private:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;
    void appendPlain(int until);

    const KSyntaxHighlighting::Repository &m_repository;
    QString m_out;
    QStringView m_line;
    int m_written = 0; ///< UTF-16 units of m_line already in m_out
};
