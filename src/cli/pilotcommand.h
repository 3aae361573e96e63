#pragma once

#include "command.h"

#include <QCoreApplication>

namespace cli {

/// `scim-console pilot TARGET`: replays a synthetic user's life as the chosen IdP dialect sends
/// it, then cleans up.
class PilotCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cli::PilotCommand)

public:
    QString name() const override { return QStringLiteral("pilot"); }
    QString summary() const override;
    QCoro::Task<int> run(QStringList arguments, Output &output) override;
};

} // namespace cli
