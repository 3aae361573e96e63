#pragma once

#include "common/secret.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace credentials {

/// A pasted secret token, cleaned: surrounding and wrapped whitespace removed, a pasted
/// "Bearer " prefix stripped; empty or control characters refused. What was removed from inside
/// the token is said, never done silently.
struct CleanToken
{
    Q_DECLARE_TR_FUNCTIONS(credentials::CleanToken)

public:
    common::Secret token;
    QString error; ///< a sentence when the paste cannot be a token
    /// A sentence when spaces or line breaks inside the paste were removed (a wrapped paste).
    QString notice;

    bool isValid() const { return error.isEmpty(); }
    static CleanToken fromPaste(QByteArrayView pasted);
};

/// What a JWT says about itself, decoded but not verified (only the service can verify it).
struct JwtClaims
{
    bool isJwt = false;
    std::optional<QDateTime> expiresAt; ///< exp
    std::optional<QDateTime> issuedAt; ///< iat
    QString issuer; ///< iss
    QString audience; ///< aud (several joined with ", ")

    static JwtClaims decode(QByteArrayView token);
};

} // namespace credentials
