#pragma once

#include <QString>
#include <QTextStream>

namespace cli {

/// Terminal output for the commands: results on stdout, messages on stderr. Colour only when
/// stdout is a terminal and NO_COLOR is unset.
class Output
{
public:
    Output();

    void out(const QString &text);
    void err(const QString &text);

    bool isTerminal() const { return m_terminal; }
    bool useColour() const { return m_colour; }

private:
    QTextStream m_out;
    QTextStream m_err;
    bool m_terminal = false;
    bool m_colour = false;
};

} // namespace cli
