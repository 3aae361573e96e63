#include "engine/idp/pilotuser.h"

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

/// Every source attribute of the person. Telephone numbers are from Ofcom's ranges kept for
/// drama (020 7946 0xxx, 07700 900xxx): they reach nobody.
void fillSources(PilotUser *user, const QString &tag)
{
    const QList<std::pair<const char *, QString>> entra {
        {"userPrincipalName", user->userName},
        {"mail", user->email},
        {"mailNickname", user->externalId},
        {"displayName", user->displayName},
        {"givenName", user->givenName},
        {"surname", user->familyName},
        {"jobTitle", QStringLiteral("SCIM Pilot Tester")},
        {"preferredLanguage", QStringLiteral("en-GB")},
        {"physicalDeliveryOfficeName", QStringLiteral("Pilot Office %1").arg(tag)},
        {"streetAddress", QStringLiteral("1 Example Street")},
        {"city", QStringLiteral("Testville")},
        {"state", QStringLiteral("Example County")},
        {"postalCode", QStringLiteral("EX1 2MP")},
        {"country", QStringLiteral("GB")},
        {"telephoneNumber", QStringLiteral("+44 20 7946 0000")},
        {"mobile", QStringLiteral("+44 7700 900000")},
        {"facsimileTelephoneNumber", QStringLiteral("+44 20 7946 0001")},
        {"employeeId", user->employeeNumber},
        {"department", QStringLiteral("SCIM console test")},
        {"companyName", QStringLiteral("SCIM Pilot Test Ltd")},
        {"employeeType", QStringLiteral("Synthetic")},
        {"userType", QStringLiteral("Member")},
        {"objectId",
         QStringLiteral("00000000-5c1b-4000-8000-%1").arg(tag.leftJustified(12, QLatin1Char('0')))},
        {"IsSoftDeleted", QStringLiteral("False")},
        {"accountEnabled", QStringLiteral("True")},
        {"appRoleAssignments", QStringLiteral("User")},
        {"extensionAttribute1", QStringLiteral("scim-pilot")},
    };
    const QList<std::pair<const char *, QString>> okta {
        {"user.login", user->userName},
        {"user.email", user->email},
        {"user.firstName", user->givenName},
        {"user.lastName", user->familyName},
        {"user.displayName", user->displayName},
        {"user.locale", QStringLiteral("en-US")},
        {"user.middleName", QStringLiteral("Quinn")},
        {"user.honorificPrefix", QStringLiteral("Dr.")},
        {"user.honorificSuffix", QStringLiteral("PhD")},
        {"user.secondEmail", QStringLiteral("second-") + user->email},
        {"user.primaryPhone", QStringLiteral("+44 20 7946 0002")},
        {"user.title", QStringLiteral("SCIM Pilot Tester")},
        {"user.nickName", QStringLiteral("pilot-%1").arg(tag)},
        {"user.preferredLanguage", QStringLiteral("en-GB")},
        {"user.timezone", QStringLiteral("Europe/London")},
        {"user.userType", QStringLiteral("Employee")},
        {"user.employeeNumber", user->employeeNumber},
        {"user.department", QStringLiteral("SCIM console test")},
        {"user.organization", QStringLiteral("SCIM Pilot Test Ltd")},
        {"user.costCenter", QStringLiteral("CC-0000")},
        {"user.division", QStringLiteral("Pilots")},
    };
    for (const auto &[name, value] : entra)
        user->sources.insert(QLatin1String(name), value);
    for (const auto &[name, value] : okta)
        user->sources.insert(QLatin1String(name), value);
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
    fillSources(&user, tag);
    return user;
}

void PilotUser::setSource(const QString &name, const QString &value)
{
    sources.insert(name, value);
    if (name == QLatin1String("mail") || name == QLatin1String("user.email"))
        email = value;
    else if (name == QLatin1String("surname") || name == QLatin1String("user.lastName"))
        familyName = value;
    else if (name == QLatin1String("givenName") || name == QLatin1String("user.firstName"))
        givenName = value;
    else if (name == QLatin1String("displayName") || name == QLatin1String("user.displayName"))
        displayName = value;
    else if (name == QLatin1String("employeeId") || name == QLatin1String("user.employeeNumber"))
        employeeNumber = value;
    // The IdP's name for the same person moves with it in the other IdP's names too.
    static const QList<std::pair<const char *, const char *>> twins {{"mail", "user.email"},
                                                                     {"surname", "user.lastName"},
                                                                     {"givenName", "user.firstName"},
                                                                     {"displayName", "user.displayName"},
                                                                     {"employeeId", "user.employeeNumber"}};
    for (const auto &[entra, okta] : twins) {
        if (name == QLatin1String(entra))
            sources.insert(QLatin1String(okta), value);
        else if (name == QLatin1String(okta))
            sources.insert(QLatin1String(entra), value);
    }
}

} // namespace engine
