#include "jsonhighlighter.h"

#include <QRegularExpression>

namespace app {

JsonHighlighter::JsonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    m_key.setForeground(QColor(0x7b, 0x1f, 0xa2));
    m_string.setForeground(QColor(0x1e, 0x7d, 0x32));
    m_number.setForeground(QColor(0x15, 0x65, 0xc0));
    m_literal.setForeground(QColor(0xc6, 0x28, 0x28));
    m_literal.setFontWeight(QFont::Bold);
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    // A string, optionally followed by a colon (then it is a member name); numbers; literals.
    static const QRegularExpression token(QStringLiteral(
        R"re(("(?:[^"\\]|\\.)*")(\s*:)?|(-?\b\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\b)|\b(true|false|null)\b)re"));
    for (auto it = token.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedStart(1) >= 0)
            setFormat(int(match.capturedStart(1)), int(match.capturedLength(1)),
                      match.capturedStart(2) >= 0 ? m_key : m_string);
        else if (match.capturedStart(3) >= 0)
            setFormat(int(match.capturedStart(3)), int(match.capturedLength(3)), m_number);
        else
            setFormat(int(match.capturedStart(4)), int(match.capturedLength(4)), m_literal);
    }
}

} // namespace app
