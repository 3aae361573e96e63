#include "common/idp.h"

namespace common {

QList<Idp> allIdps()
{
    return {Idp::Entra, Idp::Okta};
}

QString idpName(Idp idp)
{
    switch (idp) {
    case Idp::Entra:
        return QStringLiteral("entra");
    case Idp::Okta:
        return QStringLiteral("okta");
    }
    return {};
}

std::optional<Idp> idpFromName(QStringView name)
{
    for (const Idp idp : allIdps()) {
        if (name == idpName(idp))
            return idp;
    }
    return std::nullopt;
}

QString idpDisplayName(Idp idp)
{
    // Product names: the same in every language.
    switch (idp) {
    case Idp::Entra:
        return QStringLiteral("Microsoft Entra ID");
    case Idp::Okta:
        return QStringLiteral("Okta");
    }
    return {};
}

} // namespace common
