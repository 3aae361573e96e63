#pragma once

#include "command.h"

#include <QCoreApplication>

namespace cli {

/// `scim-console cleanup TARGET`: finishes a pilot run's cleanup from its journal.
class CleanupCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cli::CleanupCommand)

public:
    QString name() const override { return QStringLiteral("cleanup"); }
    QString summary() const override;
    QCoro::Task<int> run(QStringList arguments, Output &output) override;
};

} // namespace cli
