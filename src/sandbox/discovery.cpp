#include "discovery.h"

#include "scimjson.h"

#include <QJsonArray>

namespace sandbox {

namespace {

QJsonObject attribute(const char *name, const char *type, bool multiValued = false, bool required = false,
                      const char *mutability = "readWrite", bool caseExact = false,
                      const char *uniqueness = "none")
{
    return {{QStringLiteral("name"), QLatin1String(name)},
            {QStringLiteral("type"), QLatin1String(type)},
            {QStringLiteral("multiValued"), multiValued},
            {QStringLiteral("required"), required},
            {QStringLiteral("caseExact"), caseExact},
            {QStringLiteral("mutability"), QLatin1String(mutability)},
            {QStringLiteral("returned"), QLatin1String(QByteArray(name) == "password" ? "never" : "default")},
            {QStringLiteral("uniqueness"), QLatin1String(uniqueness)}};
}

QJsonObject complexAttribute(const char *name, bool multiValued, QJsonArray subAttributes)
{
    QJsonObject object = attribute(name, "complex", multiValued);
    object.insert(QStringLiteral("subAttributes"), subAttributes);
    return object;
}

QJsonObject schemaDocument(const QString &base, const QString &id, const char *name, QJsonArray attributes)
{
    return {{QStringLiteral("schemas"),
             QJsonArray {QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:Schema")}},
            {QStringLiteral("id"), id},
            {QStringLiteral("name"), QLatin1String(name)},
            {QStringLiteral("description"),
             QStringLiteral("%1 (SCIM Setup Console sandbox)").arg(QLatin1String(name))},
            {QStringLiteral("attributes"), attributes},
            {QStringLiteral("meta"),
             QJsonObject {{QStringLiteral("resourceType"), QStringLiteral("Schema")},
                          {QStringLiteral("location"), QString(base + QLatin1String("/Schemas/") + id)}}}};
}

QJsonArray multiValuedSubAttributes()
{
    return {attribute("value", "string"), attribute("display", "string"), attribute("type", "string"),
            attribute("primary", "boolean")};
}

QJsonObject resourceType(const QString &base, const char *name, const char *endpoint, const QString &schema,
                         const QJsonArray &extensions)
{
    return {{QStringLiteral("schemas"),
             QJsonArray {QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:ResourceType")}},
            {QStringLiteral("id"), QLatin1String(name)},
            {QStringLiteral("name"), QLatin1String(name)},
            {QStringLiteral("endpoint"), QLatin1String(endpoint)},
            {QStringLiteral("schema"), schema},
            {QStringLiteral("schemaExtensions"), extensions},
            {QStringLiteral("meta"),
             QJsonObject {{QStringLiteral("resourceType"), QStringLiteral("ResourceType")},
                          {QStringLiteral("location"),
                           QString(base + QLatin1String("/ResourceTypes/") + QLatin1String(name))}}}};
}

QJsonObject listOf(const QJsonArray &resources)
{
    return {{QStringLiteral("schemas"), QJsonArray {ListUrn}},
            {QStringLiteral("totalResults"), resources.size()},
            {QStringLiteral("startIndex"), 1},
            {QStringLiteral("itemsPerPage"), resources.size()},
            {QStringLiteral("Resources"), resources}};
}

QJsonArray allSchemas(const QString &base)
{
    const QJsonObject name
        = complexAttribute("name", false,
                           {attribute("formatted", "string"), attribute("familyName", "string"),
                            attribute("givenName", "string"), attribute("middleName", "string")});
    const QJsonArray user {attribute("userName", "string", false, true, "readWrite", false, "server"),
                           name,
                           attribute("displayName", "string"),
                           attribute("nickName", "string"),
                           attribute("title", "string"),
                           attribute("locale", "string"),
                           attribute("active", "boolean"),
                           attribute("password", "string", false, false, "writeOnly"),
                           complexAttribute("emails", true, multiValuedSubAttributes()),
                           complexAttribute("groups", true, multiValuedSubAttributes()),
                           complexAttribute("roles", true, multiValuedSubAttributes()),
                           attribute("externalId", "string", false, false, "readWrite", true)};
    const QJsonArray group {attribute("displayName", "string", false, true, "readWrite", false, "server"),
                            complexAttribute("members", true, multiValuedSubAttributes()),
                            attribute("externalId", "string", false, false, "readWrite", true)};
    const QJsonArray enterprise {
        attribute("employeeNumber", "string"),
        attribute("costCenter", "string"),
        attribute("organization", "string"),
        attribute("division", "string"),
        attribute("department", "string"),
        complexAttribute("manager", false,
                         {attribute("value", "string"), attribute("displayName", "string")})};
    return {schemaDocument(base, CoreUserUrn, "User", user),
            schemaDocument(base, CoreGroupUrn, "Group", group),
            schemaDocument(base, EnterpriseUrn, "EnterpriseUser", enterprise)};
}

QJsonArray allResourceTypes(const QString &base)
{
    const QJsonArray userExtensions {
        QJsonObject {{QStringLiteral("schema"), EnterpriseUrn}, {QStringLiteral("required"), false}}};
    return {resourceType(base, "User", "/Users", CoreUserUrn, userExtensions),
            resourceType(base, "Group", "/Groups", CoreGroupUrn, QJsonArray())};
}

QJsonObject findById(const QJsonArray &documents, const QString &id)
{
    for (const QJsonValue &document : documents) {
        if (document.toObject().value(QLatin1String("id")).toString().compare(id, Qt::CaseInsensitive) == 0)
            return document.toObject();
    }
    return {};
}

} // namespace

QJsonObject serviceProviderConfig(const QString &base)
{
    const auto supported = [](bool value) {
        return QJsonObject {{QStringLiteral("supported"), value}};
    };
    QJsonObject filter = supported(true);
    filter.insert(QStringLiteral("maxResults"), 200);
    QJsonObject bulk = supported(false);
    bulk.insert(QStringLiteral("maxOperations"), 0);
    bulk.insert(QStringLiteral("maxPayloadSize"), 0);
    return {
        {QStringLiteral("schemas"),
         QJsonArray {QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig")}},
        {QStringLiteral("documentationUri"), QStringLiteral("https://datatracker.ietf.org/doc/html/rfc7644")},
        {QStringLiteral("patch"), supported(true)},
        {QStringLiteral("bulk"), bulk},
        {QStringLiteral("filter"), filter},
        {QStringLiteral("changePassword"), supported(false)},
        {QStringLiteral("sort"), supported(false)},
        {QStringLiteral("etag"), supported(false)},
        {QStringLiteral("authenticationSchemes"),
         QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("oauthbearertoken")},
                                  {QStringLiteral("name"), QStringLiteral("OAuth Bearer Token")},
                                  {QStringLiteral("description"),
                                   QStringLiteral("A secret bearer token in the Authorization header")},
                                  {QStringLiteral("primary"), true}}}},
        {QStringLiteral("meta"),
         QJsonObject {
             {QStringLiteral("resourceType"), QStringLiteral("ServiceProviderConfig")},
             {QStringLiteral("location"), QString(base + QLatin1String("/ServiceProviderConfig"))}}}};
}

QJsonObject resourceTypes(const QString &base)
{
    return listOf(allResourceTypes(base));
}

QJsonObject schemas(const QString &base)
{
    return listOf(allSchemas(base));
}

QJsonObject schemaById(const QString &base, const QString &id)
{
    return findById(allSchemas(base), id);
}

QJsonObject resourceTypeById(const QString &base, const QString &id)
{
    return findById(allResourceTypes(base), id);
}

} // namespace sandbox
