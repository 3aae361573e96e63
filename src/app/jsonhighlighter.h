#pragma once

#include <QPointer>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace app {

/// Colours JSON in a text document: member names, strings, numbers and the literals, each colour
/// made legible on the palette of @p view (the widget showing the document), kept so when it changes.
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit JsonHighlighter(QTextDocument *document, QWidget *view = nullptr);

protected:
    void highlightBlock(const QString &text) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateColours();

    QPointer<QWidget> m_view;
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_literal;
};

} // namespace app
