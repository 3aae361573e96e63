#include "profilemanager.h"

#include "runhistory.h"

#include <QDir>

namespace engine {

QCoro::Task<ProfileManager::Outcome> ProfileManager::add(credentials::Profile profile, QByteArray token)
{
    profile.id = credentials::ProfileStore::newId();
    // No co_await inside a braced initializer: GCC 12 miscompiles that.
    Outcome outcome;
    outcome.profile = profile;
    outcome.vault = co_await m_vault.store(profile.id, token);
    if (!outcome.ok())
        co_return outcome;
    outcome.profile.tokenStored = true;
    outcome.profile.tokenUpdatedAt = QDateTime::currentDateTimeUtc();
    outcome.profile = m_store.save(outcome.profile);
    co_return outcome;
}

QCoro::Task<ProfileManager::Outcome> ProfileManager::setToken(credentials::Profile profile, QByteArray token)
{
    Outcome outcome;
    outcome.profile = profile;
    outcome.vault = co_await m_vault.store(profile.id, token);
    if (!outcome.ok())
        co_return outcome;
    outcome.profile.tokenStored = true;
    outcome.profile.tokenUpdatedAt = QDateTime::currentDateTimeUtc();
    outcome.profile = m_store.save(outcome.profile);
    co_return outcome;
}

QCoro::Task<ProfileManager::Outcome> ProfileManager::remove(credentials::Profile profile)
{
    Outcome outcome;
    outcome.profile = profile;
    outcome.vault = co_await m_vault.remove(profile.id);
    if (!outcome.ok())
        co_return outcome;
    m_store.remove(profile.id);
    // Its kept runs go with it: nothing of a removed profile stays on disk.
    QDir(RunHistory(profile.id).folder()).removeRecursively();
    co_return outcome;
}

} // namespace engine
