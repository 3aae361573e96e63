#include "credentials/profilemanager.h"

#include <QDir>

namespace credentials {

QCoro::Task<ProfileManager::Outcome> ProfileManager::add(Profile profile, common::Secret token)
{
    profile.id = ProfileStore::newId();
    // No co_await inside a braced initializer: GCC 12 miscompiles that.
    Outcome outcome;
    outcome.profile = profile;
    outcome.vault = co_await m_vault.store(profile.id, std::move(token));
    if (!outcome.ok())
        co_return outcome;
    outcome.profile.tokenStored = true;
    outcome.profile.tokenUpdatedAt = QDateTime::currentDateTimeUtc();
    outcome.profile = m_store.save(outcome.profile);
    co_return outcome;
}

QCoro::Task<ProfileManager::Outcome> ProfileManager::setToken(Profile profile, common::Secret token)
{
    Outcome outcome;
    outcome.profile = profile;
    outcome.vault = co_await m_vault.store(profile.id, std::move(token));
    if (!outcome.ok())
        co_return outcome;
    outcome.profile.tokenStored = true;
    outcome.profile.tokenUpdatedAt = QDateTime::currentDateTimeUtc();
    outcome.profile = m_store.save(outcome.profile);
    co_return outcome;
}

QCoro::Task<ProfileManager::Outcome> ProfileManager::remove(Profile profile)
{
    Outcome outcome;
    outcome.profile = profile;
    outcome.vault = co_await m_vault.remove(profile.id);
    if (!outcome.ok())
        co_return outcome;
    m_store.remove(profile.id);
    // Its kept runs go with it: nothing of a removed profile stays on disk.
    QDir(ProfileStore::dataFolder(profile.id)).removeRecursively();
    co_return outcome;
}

} // namespace credentials
