#pragma once

#include "command.h"
#include "common/secret.h"

#include <QCoreApplication>

namespace cli {

/// `scim-console profile add | edit | list | rename | set-token | remove`.
class ProfileCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cli::ProfileCommand)

public:
    QString name() const override { return QStringLiteral("profile"); }
    QString summary() const override;
    QCoro::Task<int> run(QStringList arguments, Output &output) override;

private:
    QCoro::Task<int> add(QStringList arguments, Output &output);
    QCoro::Task<int> edit(QStringList arguments, Output &output);
    int list(const QStringList &arguments, Output &output);
    int rename(const QStringList &arguments, Output &output);
    QCoro::Task<int> setToken(QStringList arguments, Output &output);
    QCoro::Task<int> remove(QStringList arguments, Output &output);
    /// The secret of @p mode from its environment variable or standard input, cleaned; false
    /// after saying what is wrong with it.
    static bool readModeSecret(const QString &mode, Output &output, common::Secret &secret);
};

} // namespace cli
