#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace engine {

/// A change to the IdP's set-up that a run found would make it work, for the front ends to act
/// on (the wizard's IdP guide shows the Tenant URL with the flag) without reading hint text.
enum class Advice {
    /// The service takes Entra ID's RFC-compliant requests only: append ?aadOptscim062020 to the
    /// Tenant URL (the entra-rfc dialect).
    EntraRfcFlag,
    /// The certificate comes from a CA this computer does not trust: give the console that CA's
    /// certificate (the profile's CA file) if the organisation runs its own.
    TrustCaFile,
    /// No group was named: add the group's name or id to test it.
    NameGroup,
};

/// The JSON name of @p advice ("entra-rfc-flag", "trust-ca-file", "name-group").
QString adviceName(Advice advice);
std::optional<Advice> adviceFromName(QStringView name);

} // namespace engine
