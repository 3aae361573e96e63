#include "jsonhighlighter.h"

#include "shell/legiblecolour.h"

#include <QEvent>
#include <QRegularExpression>
#include <QWidget>

namespace app {

JsonHighlighter::JsonHighlighter(QTextDocument *document, QWidget *view)
    : QSyntaxHighlighter(document)
    , m_view(view)
{
    m_literal.setFontWeight(QFont::Bold);
    if (m_view)
        m_view->installEventFilter(this);
    updateColours();
}

bool JsonHighlighter::eventFilter(QObject *watched, QEvent *event)
{
    // A new palette (a dark or high-contrast theme): colours legible on it, and the text again.
    if (watched == m_view && event->type() == QEvent::PaletteChange) {
        updateColours();
        rehighlight();
    }
    return QSyntaxHighlighter::eventFilter(watched, event);
}

void JsonHighlighter::updateColours()
{
    const QColor base = m_view ? m_view->palette().color(QPalette::Base) : QColor(Qt::white);
    m_key.setForeground(legibleOn(QColor(0x7b, 0x1f, 0xa2), base));
    m_string.setForeground(legibleOn(QColor(0x1e, 0x7d, 0x32), base));
    m_number.setForeground(legibleOn(QColor(0x15, 0x65, 0xc0), base));
    m_literal.setForeground(legibleOn(QColor(0xc6, 0x28, 0x28), base));
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
