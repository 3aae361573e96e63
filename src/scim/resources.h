#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace scim {

inline constexpr auto UserSchema = "urn:ietf:params:scim:schemas:core:2.0:User";
inline constexpr auto GroupSchema = "urn:ietf:params:scim:schemas:core:2.0:Group";
inline constexpr auto EnterpriseUserSchema = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

struct Email
{
    QString value;
    QString type;
    bool primary = false;
};

/// A SCIM User (RFC 7643 §4.1) with the enterprise extension (§4.3).
struct User
{
    QString id;
    QString externalId;
    QString userName;
    QString displayName;
    QString nickName;
    QString title;
    QString locale;
    QString formattedName;
    QString givenName;
    QString familyName;
    QList<Email> emails;
    std::optional<bool> active;
    bool activeWasString = false; ///< the server answered "True"/"False" instead of a boolean
    QString employeeNumber;
    QString department;
    QString managerId;

    bool hasEnterpriseData() const
    {
        return !employeeNumber.isEmpty() || !department.isEmpty() || !managerId.isEmpty();
    }
    /// The primary (else first) work email, else the first email.
    QString workEmail() const;

    /// Core attributes, plus the enterprise extension and its schema when any of it is set.
    QJsonObject toJson() const;
    static User fromJson(const QJsonObject &object);
};

struct Member
{
    QString value;
    QString display;
};

/// A SCIM Group (RFC 7643 §4.2).
struct Group
{
    QString id;
    QString externalId;
    QString displayName;
    QList<Member> members;
    bool membersPresent = false; ///< whether the answer carried a members attribute at all

    QJsonObject toJson() const;
    static Group fromJson(const QJsonObject &object);
};

} // namespace scim
