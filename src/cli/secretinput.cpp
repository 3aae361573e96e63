#include "secretinput.h"

#include "output.h"

#include <QFile>

#include <cstdio>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace cli {

bool stdinIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

common::Secret readSecret(const QString &prompt, Output &output)
{
    if (!stdinIsTerminal()) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return {};
        return common::Secret(in.readAll());
    }
    output.err(prompt);
    termios saved {};
    const bool canHide = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (canHide) {
        termios hidden = saved;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
    }
    std::string line;
    for (int c = std::getchar(); c != EOF && c != '\n'; c = std::getchar())
        line.push_back(char(c));
    if (canHide)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    output.err(QStringLiteral("\n"));
    common::Secret secret(QByteArray(line.data(), qsizetype(line.size())));
    std::fill(line.begin(), line.end(), '\0');
    return secret;
}

bool readLine(const QString &prompt, Output &output, QString *line)
{
    output.err(prompt);
    std::string text;
    int c = std::getchar();
    if (c == EOF)
        return false;
    for (; c != EOF && c != '\n'; c = std::getchar())
        text.push_back(char(c));
    *line = QString::fromStdString(text);
    return true;
}

} // namespace cli
