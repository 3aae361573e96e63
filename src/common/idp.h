#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace common {

/// The identity providers the console speaks for. Their names ("entra", "okta") are what
/// profiles, requests, the command line and the JSON results store; everything else uses this.
enum class Idp { Entra, Okta };

QList<Idp> allIdps();
/// "entra" or "okta".
QString idpName(Idp idp);
/// The Idp named @p name, case-sensitively; nullopt for anything else (the empty name included).
std::optional<Idp> idpFromName(QStringView name);
/// As the admin knows it: "Microsoft Entra ID", "Okta".
QString idpDisplayName(Idp idp);

} // namespace common
