#pragma once

#include "command.h"

#include <QCoreApplication>

namespace cli {

/// `scim-console demo`: the embedded sandbox tenant and the console's checks against it, no
/// window, nothing stored.
class DemoCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cli::DemoCommand)

public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override;
    QCoro::Task<int> run(QStringList arguments, Output &output) override;
};

} // namespace cli
