#pragma once

#include "command.h"

#include <QCoreApplication>

namespace cli {

/// `scim-console sandbox`: the embedded SCIM tenant on loopback until SIGINT/SIGTERM.
class SandboxCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cli::SandboxCommand)

public:
    QString name() const override { return QStringLiteral("sandbox"); }
    QString summary() const override;
    QCoro::Task<int> run(QStringList arguments, Output &output) override;
};

} // namespace cli
