#pragma once

#include <QString>
#include <QStringList>
#include <qcoro/qcorotask.h>

namespace cli {

class Output;

/// One sub-command of the contract. run() receives the arguments after the command name and
/// resolves to an exit code (exitcode.h).
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    virtual QCoro::Task<int> run(QStringList arguments, Output &output) = 0;
};

} // namespace cli
