#include "engine/idp/advice.h"

namespace engine {

QString adviceName(Advice advice)
{
    switch (advice) {
    case Advice::EntraRfcFlag:
        return QStringLiteral("entra-rfc-flag");
    case Advice::TrustCaFile:
        return QStringLiteral("trust-ca-file");
    case Advice::NameGroup:
        return QStringLiteral("name-group");
    }
    return {};
}

std::optional<Advice> adviceFromName(QStringView name)
{
    for (const Advice advice : {Advice::EntraRfcFlag, Advice::TrustCaFile, Advice::NameGroup}) {
        if (name == adviceName(advice))
            return advice;
    }
    return std::nullopt;
}

} // namespace engine
