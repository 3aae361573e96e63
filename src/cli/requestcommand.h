#pragma once

#include "command.h"

#include <QCoreApplication>

namespace cli {

/// `scim-console request [--from FILE.json] [--text | --mailto | --json]`: the setup request for
/// the service provider, from a file or asked for on the terminal.
class RequestCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cli::RequestCommand)

public:
    QString name() const override { return QStringLiteral("request"); }
    QString summary() const override;
    QCoro::Task<int> run(QStringList arguments, Output &output) override;
};

} // namespace cli
