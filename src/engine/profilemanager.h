#pragma once

#include "credentials/profile.h"
#include "credentials/tokenvault.h"

#include <qcoro/qcorotask.h>

namespace engine {

/// The profile operations that touch both the keychain and the settings, in the order that leaves
/// nothing half-made: the token is stored before a new profile is saved, and removed before the
/// profile is. Shared by the wizard and the command line.
class ProfileManager
{
public:
    explicit ProfileManager(credentials::ProfileStore &store)
        : m_store(store)
    { }

    struct Outcome
    {
        credentials::VaultResult vault;
        credentials::Profile profile;
        bool ok() const { return vault.ok(); }
    };

    /// Stores @p token under a fresh id, then saves @p profile with that id.
    QCoro::Task<Outcome> add(credentials::Profile profile, QByteArray token);
    /// Replaces the stored token and records when.
    QCoro::Task<Outcome> setToken(credentials::Profile profile, QByteArray token);
    /// Removes the keychain entry, then (only if that worked) the profile and its run history.
    QCoro::Task<Outcome> remove(credentials::Profile profile);

private:
    credentials::ProfileStore &m_store;
    credentials::TokenVault m_vault;
};

} // namespace engine
