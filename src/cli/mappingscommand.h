#pragma once

#include "command.h"

#include <QCoreApplication>

namespace engine {
struct AttributeMapping;
}

namespace cli {

/// `scim-console mappings`: the attribute mapping a pilot replays — the IdP's default, a
/// profile's, or an imported Entra ID schema — printed without sending anything.
class MappingsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cli::MappingsCommand)

public:
    QString name() const override { return QStringLiteral("mappings"); }
    QString summary() const override;
    QCoro::Task<int> run(QStringList arguments, Output &output) override;

private:
    void print(const engine::AttributeMapping &mapping, bool json, Output &output) const;
};

} // namespace cli
