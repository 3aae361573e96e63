#pragma once

#include "engine/idp/pilotuser.h"
#include "engine/mapping/mapping.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>

namespace engine {

/// One mapping row's value as the IdP would send it for a person.
struct SentValue
{
    MappingRow row;
    QJsonValue value;
    bool sample = false; ///< an expression the console cannot evaluate: a sample value stands in
    QString note; ///< why the value is a sample, or that the run's marker stands in for it
};

/// What an IdP sends for a person from its mapping rows: the SCIM attributes, and row by row
/// where each value came from. The dialect adds its own framing (schemas, meta, password…).
struct UserBody
{
    enum class Moment { Create, Update };

    QJsonObject body;
    QList<SentValue> sent; ///< in the mapping's order; rows with no value are not sent
    QList<MappingRow> withoutValue; ///< rows whose source is empty for this person: not sent
    QList<SentValue> references; ///< sent after the user exists (the manager)
    QStringList problems; ///< rows that could not be used (a target that is not a path)

    /// The body for @p person from @p rows at @p moment (create-only rows and defaults apply
    /// only on create), leaving out the rows whose target is in @p leaveOut. A row targeting
    /// externalId sends @p marker, so that the service's object carries the run's marker.
    static UserBody build(const QList<MappingRow> &rows, const PilotUser &person, Moment moment,
                          const QStringList &leaveOut = {});

    /// What is sent for @p target (a sent row or a reference); nullptr when nothing.
    const SentValue *find(const QString &target) const;

    /// What @p mapping's create sends for a synthetic person, shown before any run (the mapping
    /// table of the wizard and of `scim-console mappings`).
    static UserBody preview(const AttributeMapping &mapping);

    /// The rows whose values differ between @p before and @p after (a mover's change).
    static QList<SentValue> changes(const UserBody &before, const UserBody &after);
};

/// The SCIM value of @p text for the target @p target: booleans for active and primary.
QJsonValue typedValue(const QString &target, const QString &text);

} // namespace engine
