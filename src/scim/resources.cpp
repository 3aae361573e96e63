#include "resources.h"

#include <QJsonArray>

namespace scim {

namespace {

void insertIfSet(QJsonObject &object, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

} // namespace

QString User::workEmail() const
{
    const Email *firstWork = nullptr;
    for (const Email &email : emails) {
        if (email.type.compare(QLatin1String("work"), Qt::CaseInsensitive) != 0)
            continue;
        if (email.primary)
            return email.value;
        if (!firstWork)
            firstWork = &email;
    }
    if (firstWork)
        return firstWork->value;
    return emails.isEmpty() ? QString() : emails.constFirst().value;
}

QJsonObject User::toJson() const
{
    QJsonArray schemas {QLatin1String(UserSchema)};
    QJsonObject object;
    insertIfSet(object, QStringLiteral("id"), id);
    insertIfSet(object, QStringLiteral("externalId"), externalId);
    object.insert(QStringLiteral("userName"), userName);
    insertIfSet(object, QStringLiteral("displayName"), displayName);
    insertIfSet(object, QStringLiteral("nickName"), nickName);
    insertIfSet(object, QStringLiteral("title"), title);
    insertIfSet(object, QStringLiteral("locale"), locale);
    QJsonObject name;
    insertIfSet(name, QStringLiteral("formatted"), formattedName);
    insertIfSet(name, QStringLiteral("givenName"), givenName);
    insertIfSet(name, QStringLiteral("familyName"), familyName);
    if (!name.isEmpty())
        object.insert(QStringLiteral("name"), name);
    if (!emails.isEmpty()) {
        QJsonArray list;
        for (const Email &email : emails) {
            QJsonObject entry {{QStringLiteral("value"), email.value},
                               {QStringLiteral("primary"), email.primary}};
            insertIfSet(entry, QStringLiteral("type"), email.type);
            list.append(entry);
        }
        object.insert(QStringLiteral("emails"), list);
    }
    if (active)
        object.insert(QStringLiteral("active"), *active);
    if (hasEnterpriseData()) {
        schemas.append(QLatin1String(EnterpriseUserSchema));
        QJsonObject enterprise;
        insertIfSet(enterprise, QStringLiteral("employeeNumber"), employeeNumber);
        insertIfSet(enterprise, QStringLiteral("department"), department);
        if (!managerId.isEmpty())
            enterprise.insert(QStringLiteral("manager"), QJsonObject {{QStringLiteral("value"), managerId}});
        object.insert(QLatin1String(EnterpriseUserSchema), enterprise);
    }
    object.insert(QStringLiteral("schemas"), schemas);
    return object;
}

User User::fromJson(const QJsonObject &object)
{
    User user;
    user.id = object.value(QLatin1String("id")).toString();
    user.externalId = object.value(QLatin1String("externalId")).toString();
    user.userName = object.value(QLatin1String("userName")).toString();
    user.displayName = object.value(QLatin1String("displayName")).toString();
    user.nickName = object.value(QLatin1String("nickName")).toString();
    user.title = object.value(QLatin1String("title")).toString();
    user.locale = object.value(QLatin1String("locale")).toString();
    const QJsonObject name = object.value(QLatin1String("name")).toObject();
    user.formattedName = name.value(QLatin1String("formatted")).toString();
    user.givenName = name.value(QLatin1String("givenName")).toString();
    user.familyName = name.value(QLatin1String("familyName")).toString();
    const QJsonArray emails = object.value(QLatin1String("emails")).toArray();
    for (const QJsonValue &entry : emails) {
        const QJsonObject email = entry.toObject();
        user.emails.append({email.value(QLatin1String("value")).toString(),
                            email.value(QLatin1String("type")).toString(),
                            email.value(QLatin1String("primary")).toBool()});
    }
    const QJsonValue active = object.value(QLatin1String("active"));
    if (active.isBool()) {
        user.active = active.toBool();
    } else if (active.isString()) {
        user.activeWasString = true;
        const QString text = active.toString().trimmed();
        if (text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            user.active = true;
        else if (text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            user.active = false;
    }
    const QJsonObject enterprise = object.value(QLatin1String(EnterpriseUserSchema)).toObject();
    user.employeeNumber = enterprise.value(QLatin1String("employeeNumber")).toString();
    user.department = enterprise.value(QLatin1String("department")).toString();
    const QJsonValue manager = enterprise.value(QLatin1String("manager"));
    user.managerId = manager.isObject() ? manager.toObject().value(QLatin1String("value")).toString()
                                        : manager.toString();
    return user;
}

QJsonObject Group::toJson() const
{
    QJsonObject object {{QStringLiteral("schemas"), QJsonArray {QLatin1String(GroupSchema)}},
                        {QStringLiteral("displayName"), displayName}};
    insertIfSet(object, QStringLiteral("id"), id);
    insertIfSet(object, QStringLiteral("externalId"), externalId);
    QJsonArray list;
    for (const Member &member : members) {
        QJsonObject entry {{QStringLiteral("value"), member.value}};
        insertIfSet(entry, QStringLiteral("display"), member.display);
        list.append(entry);
    }
    object.insert(QStringLiteral("members"), list);
    return object;
}

Group Group::fromJson(const QJsonObject &object)
{
    Group group;
    group.id = object.value(QLatin1String("id")).toString();
    group.externalId = object.value(QLatin1String("externalId")).toString();
    group.displayName = object.value(QLatin1String("displayName")).toString();
    group.membersPresent = object.contains(QLatin1String("members"));
    const QJsonArray members = object.value(QLatin1String("members")).toArray();
    for (const QJsonValue &entry : members) {
        const QJsonObject member = entry.toObject();
        group.members.append({member.value(QLatin1String("value")).toString(),
                              member.value(QLatin1String("display")).toString()});
    }
    return group;
}

} // namespace scim
