#pragma once

#include "engine/mapping/mapping.h"

#include <QByteArray>

#include <optional>

namespace engine {

/// Reads the mapping of a tenant's own Entra provisioning job: the synchronizationSchema that
/// Microsoft Graph returns for GET /beta/servicePrincipals/{id}/synchronization/jobs/{jobId}/schema.
struct EntraSchemaImport
{
    static constexpr qsizetype MaxBytes = 4 * 1024 * 1024; ///< larger files are refused
    static constexpr qsizetype MaxRows = 500; ///< user and group rows together

    /// The user and group mappings of the first synchronization rule that has an enabled mapping
    /// of User objects (rows of disabled objectMappings are left out); idp is Entra, origin is left
    /// for the caller. nullopt, with @p error naming the JSON path, when the file is unusable.
    static std::optional<AttributeMapping> parse(const QByteArray &json, MappingError *error);
};

} // namespace engine
