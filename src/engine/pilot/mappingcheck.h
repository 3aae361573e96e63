#pragma once

#include "common/idp.h"
#include "engine/mapping/userbody.h"
#include "engine/run/runresult.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

#include <optional>

namespace engine {

/// What the service made of each mapped attribute: stored, changed, dropped or rejected, with
/// the row to fix in the IdP. The words of the `mapping-<target>` steps.
struct MappingCheck
{
    Q_DECLARE_TR_FUNCTIONS(engine::MappingCheck)

public:
    /// How a row's step is named in results: mapping-<target exactly as the mapping reads>.
    static QString stepId(const MappingRow &row) { return QStringLiteral("mapping-") + row.target; }
    static QString title(const MappingRow &row);

    /// The lower-cased attribute names a service's /Schemas answer advertises for users (core,
    /// sub-attributes dotted, extensions by URN); nullopt when it publishes none.
    static std::optional<QSet<QString>> advertised(const QJsonObject &schemasAnswer);

    /// Judges @p row's step: @p sent is what went out (nullopt: the person has no value),
    /// @p stored the user as the service answered a read of it.
    static StepResult judge(StepResult step, common::Idp idp, const MappingRow &row,
                            const std::optional<SentValue> &sent, bool rejected, const QJsonObject &stored,
                            const std::optional<QSet<QString>> &advertised);

    /// The change to make in @p idp so that the row stops failing: delete (Entra) or switch off
    /// (Okta) the row, or ask the service provider to store it.
    static QString fix(common::Idp idp, const MappingRow &row);

    /// The rows among @p candidates that a service's error text names (addresses names every
    /// addresses[…] row).
    static QList<MappingRow> namedIn(const QString &errorText, const QList<MappingRow> &candidates);
};

} // namespace engine
