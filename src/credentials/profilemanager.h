#pragma once

#include "profile.h"
#include "tokenvault.h"

#include <qcoro/qcorotask.h>

namespace credentials {

/// The profile operations that touch both the keychain and the settings, in the order that leaves
/// nothing half-made: the token is stored before a new profile is saved, and removed before the
/// profile is. Shared by the wizard and the command line.
class ProfileManager
{
public:
    explicit ProfileManager(ProfileStore &store)
        : m_store(store)
    { }

    struct Outcome
    {
        VaultResult vault;
        Profile profile;
        bool ok() const { return vault.ok(); }
    };

    /// Stores @p token under a fresh id, then saves @p profile with that id.
    QCoro::Task<Outcome> add(Profile profile, common::Secret token);
    /// Replaces the stored token and records when.
    QCoro::Task<Outcome> setToken(Profile profile, common::Secret token);
    /// Removes the keychain entry, then (only if that worked) the profile and its data folder
    /// (the run history in it).
    QCoro::Task<Outcome> remove(Profile profile);

private:
    ProfileStore &m_store;
    TokenVault m_vault;
};

} // namespace credentials
