#include "output.h"

#include <cstdio>
#include <unistd.h>

namespace cli {

Output::Output()
    : m_out(stdout)
    , m_err(stderr)
    , m_terminal(isatty(STDOUT_FILENO) == 1)
    , m_colour(m_terminal && qEnvironmentVariableIsEmpty("NO_COLOR"))
{ }

void Output::out(const QString &text)
{
    m_out << text;
    m_out.flush();
}

void Output::err(const QString &text)
{
    m_err << text;
    m_err.flush();
}

} // namespace cli
