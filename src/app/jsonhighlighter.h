#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace app {

/// Colours JSON in a text document: member names, strings, numbers and the literals.
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit JsonHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_literal;
};

} // namespace app
