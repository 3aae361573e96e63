#pragma once

#include "common/secret.h"

#include <QCoreApplication>
#include <QString>

namespace credentials {

/// What a keychain operation came to. Each state has a plain explanation and what to do.
struct VaultResult
{
    Q_DECLARE_TR_FUNCTIONS(credentials::VaultResult)

public:
    enum class State {
        Ok,
        NotFound, ///< no token stored under that key
        NoService, ///< no Secret Service, or no session bus at all
        Locked, ///< the keyring is locked, or there is no default keyring to write to
        AccessDenied, ///< the keychain refused this application
        TimedOut, ///< no answer in time (a password prompt may be waiting)
        TooLarge, ///< the platform's keychain cannot hold a secret this long
        Failed, ///< anything else the backend reported
    };

    State state = State::Failed;
    common::Secret secret; ///< read(): the token
    QString detail; ///< the backend's own message, for the curious

    bool ok() const { return state == State::Ok; }
    /// What happened and what to do, for the admin.
    QString explanation() const;
    static QString stateName(State state);
};

} // namespace credentials
