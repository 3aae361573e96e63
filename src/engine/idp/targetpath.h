#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace engine {

/// A SCIM target path as IdPs write them in their mappings, read so that a value can be put
/// into a resource and found in the service's answer:
///   title · name.givenName · emails[type eq "work"].value · emails.^[primary==true].value (Okta)
///   · urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department
class TargetPath
{
public:
    static TargetPath parse(const QString &text);

    bool isValid() const { return m_valid; }
    QString text() const { return m_text; }
    /// The extension schema URN, empty for a core attribute.
    QString schema() const { return m_schema; }
    /// The attribute itself: title, name, emails, department.
    QString attribute() const { return m_attribute; }
    /// The sub-attribute: givenName, value, locality; empty for a plain attribute.
    QString subAttribute() const { return m_sub; }
    /// The attribute as one dotted name without filter: name.givenName, emails.value,
    /// urn:…:User:department (how a service's error or /Schemas names it).
    QString plainName() const;

    /// Puts @p value there, creating the element of a filtered multi-valued attribute.
    void set(QJsonObject *resource, const QJsonValue &value) const;
    /// What the resource holds there (attribute names compared in any letter case); undefined
    /// when nothing.
    QJsonValue get(const QJsonObject &resource) const;

private:
    QString m_text;
    QString m_schema;
    QString m_attribute;
    QString m_filterKey; ///< type, primary
    QJsonValue m_filterValue; ///< "work", true
    QString m_sub;
    bool m_valid = false;
};

/// The member of @p object named @p key in any letter case; undefined when none.
QJsonValue valueInAnyCase(const QJsonObject &object, const QString &key);

} // namespace engine
