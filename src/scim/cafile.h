#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>

#include <optional>

namespace scim {

/// Reads the PEM certificates of a CA file (a bundle of a few hundred kilobytes at most); on
/// failure returns nullopt and a sentence naming the file and the problem in @p error.
std::optional<QList<QSslCertificate>> loadCaFile(const QString &path, QString *error);

} // namespace scim
