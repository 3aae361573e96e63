#pragma once

#include "command.h"

#include <QCoreApplication>

namespace cli {

/// `scim-console verify TARGET`: checks the endpoint and token before the identity provider is
/// touched.
class VerifyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cli::VerifyCommand)

public:
    QString name() const override { return QStringLiteral("verify"); }
    QString summary() const override;
    QCoro::Task<int> run(QStringList arguments, Output &output) override;
};

} // namespace cli
