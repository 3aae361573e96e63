#pragma once

#include "command.h"
#include "engine/group/grouprun.h"

#include <QCoreApplication>

namespace cli {

/// `scim-console group-preview|group-confirm TARGET --users FILE.csv`: read-only checks of the real
/// pilot group, before the IdP's first cycle and after it.
class GroupCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cli::GroupCommand)

public:
    explicit GroupCommand(engine::GroupRun::Kind kind)
        : m_kind(kind)
    { }

    QString name() const override;
    QString summary() const override;
    QCoro::Task<int> run(QStringList arguments, Output &output) override;

private:
    engine::GroupRun::Kind m_kind;
};

} // namespace cli
