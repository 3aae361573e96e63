#include "engine/idp/pilotuser.h"

#include <QJsonArray>
#include <QRandomGenerator>

namespace engine {

namespace {

QString randomWord(int length)
{
    static const char alphabet[] = "abcdefghjkmnpqrstuvwxyz23456789";
    QString word;
    for (int i = 0; i < length; ++i)
        word.append(QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof(alphabet) - 1))]));
    return word;
}

} // namespace

bool PilotUser::carriesMarker(const QString &externalId, const QString &runId)
{
    const QString mark = marker(runId);
    return externalId == mark
        || (externalId.startsWith(mark + QLatin1Char(':')) && externalId.size() > mark.size() + 1);
}

PilotUser PilotUser::make(const QString &runId, const QString &domain, int n)
{
    PilotUser user;
    const QString tag = randomWord(8);
    user.userName = QStringLiteral("scim-pilot-%1@%2").arg(tag, domain);
    user.email = user.userName;
    user.givenName = QStringLiteral("SCIM Pilot");
    user.familyName = QStringLiteral("Test %1").arg(tag);
    user.displayName = QStringLiteral("SCIM Pilot Test User %1 (safe to delete)").arg(tag);
    user.externalId = marker(runId) + QLatin1Char(':') + QString::number(n);
    user.employeeNumber = QStringLiteral("SCIMTEST-%1").arg(tag);
    user.password = (randomWord(12) + QStringLiteral("-A9!") + randomWord(8)).toLatin1();
    return user;
}

QString userValue(const QJsonObject &user, const QString &path)
{
    if (path == QLatin1String("emails.work")) {
        const QJsonArray emails = user.value(QLatin1String("emails")).toArray();
        for (const QJsonValue &email : emails) {
            if (email.toObject().value(QLatin1String("type")).toString() == QLatin1String("work"))
                return email.toObject().value(QLatin1String("value")).toString();
        }
        return emails.isEmpty() ? QString()
                                : emails.at(0).toObject().value(QLatin1String("value")).toString();
    }
    if (path.startsWith(QLatin1String("enterprise."))) {
        return user.value(QLatin1String("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"))
            .toObject()
            .value(path.mid(11))
            .toString();
    }
    const qsizetype dot = path.indexOf(QLatin1Char('.'));
    if (dot < 0)
        return user.value(path).toVariant().toString();
    return user.value(path.left(dot)).toObject().value(path.mid(dot + 1)).toString();
}

} // namespace engine
