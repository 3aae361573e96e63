#include "vendor.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace request {

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        out.append(item.toString());
    return out;
}

} // namespace

Vendor Vendor::load(const QString &idOrPath, QString *error)
{
    const bool isPath = idOrPath.contains(QLatin1Char('/'));
    QFile file(isPath ? idOrPath : QStringLiteral(":/vendors/%1.json").arg(idOrPath));
    if (!file.open(QIODevice::ReadOnly)) {
        //: %1 is the vendor (service provider) description file's path
        *error = QCoreApplication::translate("request", "The vendor file %1 cannot be read.")
                     .arg(file.fileName());
        return {};
    }
    QJsonParseError parseError {};
    const QJsonObject json = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError || json.value(QLatin1String("id")).toString().isEmpty()
        || json.value(QLatin1String("supportEmail")).toString().isEmpty()) {
        *error
            //: %1 is the vendor (service provider) description file's path, %2 what is wrong with it
            = QCoreApplication::translate("request", "The vendor file %1 is not valid: %2.")
                  .arg(file.fileName(),
                       parseError.error != QJsonParseError::NoError
                           ? parseError.errorString()
                           : QCoreApplication::translate("request", "“id” and “supportEmail” are required"));
        return {};
    }
    Vendor vendor;
    vendor.id = json.value(QLatin1String("id")).toString();
    vendor.name = json.value(QLatin1String("name")).toString();
    vendor.supportName = json.value(QLatin1String("supportName")).toString();
    vendor.supportEmail = json.value(QLatin1String("supportEmail")).toString();
    vendor.supportedIdps = strings(json.value(QLatin1String("supportedIdps")));
    vendor.authModes = strings(json.value(QLatin1String("authModes")));
    if (vendor.authModes.isEmpty())
        vendor.authModes = {QStringLiteral("bearer")};
    vendor.defaultAuthMode = json.value(QLatin1String("defaultAuthMode")).toString();
    if (!vendor.authModes.contains(vendor.defaultAuthMode))
        vendor.defaultAuthMode = vendor.authModes.constFirst();
    vendor.oauthClientAuthentication = json.value(QLatin1String("oauthClientAuthentication")).toString();
    vendor.tenantLocationRelevant = json.value(QLatin1String("tenantLocationRelevant")).toBool();
    vendor.tenantLocations = strings(json.value(QLatin1String("tenantLocations")));
    vendor.expectedEndpointHosts = strings(json.value(QLatin1String("expectedEndpointHosts")));
    vendor.requestSubject = json.value(QLatin1String("requestSubject")).toString();
    vendor.requestIntro = json.value(QLatin1String("requestIntro")).toString();
    vendor.requestOutro = json.value(QLatin1String("requestOutro")).toString();
    const QJsonObject labels = json.value(QLatin1String("requestFields")).toObject();
    for (auto it = labels.constBegin(); it != labels.constEnd(); ++it)
        vendor.fieldLabels.insert(it.key(), it.value().toString());
    vendor.credentialsReminder = json.value(QLatin1String("credentialsReminder")).toString();
    const QJsonArray steps = json.value(QLatin1String("steps")).toArray();
    for (const QJsonValue &step : steps)
        vendor.steps.append({step.toObject().value(QLatin1String("title")).toString(),
                             step.toObject().value(QLatin1String("text")).toString()});
    vendor.scimAndSso = json.value(QLatin1String("scimAndSso")).toString();
    return vendor;
}

const Vendor &Vendor::defaultVendor()
{
    static const Vendor vendor = [] {
        QString error;
        return load(QStringLiteral("surecloud"), &error);
    }();
    return vendor;
}

bool Vendor::supportsAuthMode(const QString &mode) const
{
    return authModes.contains(mode.isEmpty() ? QStringLiteral("bearer") : mode);
}

bool Vendor::isExpectedHost(const QString &host) const
{
    const QString lower = host.toLower();
    for (const QString &pattern : expectedEndpointHosts) {
        if (pattern.startsWith(QLatin1String("*."))) {
            if (lower.endsWith(pattern.mid(1).toLower()))
                return true;
        } else if (lower == pattern.toLower()) {
            return true;
        }
    }
    return false;
}

} // namespace request
