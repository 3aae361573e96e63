#pragma once

#include "common/idp.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace engine {

/// One row of an IdP's attribute mapping: where a value comes from and which SCIM attribute it
/// goes to, as the IdP's mapping page shows it.
struct MappingRow
{
    enum class Type { Direct, Constant, Expression };
    enum class Apply { Always, CreateOnly };

    Type type = Type::Direct;
    /// Direct: the source attribute's name (e.g. jobTitle). Constant: the value. Expression: its
    /// text (e.g. Join(" ", [givenName], [surname])).
    QString source;
    /// The SCIM target path exactly as the IdP names it, e.g. title,
    /// addresses[type eq "work"].locality, emails.^[primary==true].value.
    QString target;
    Apply apply = Apply::Always;
    int matchingPrecedence = 0; ///< 1, 2, … for matching attributes; 0 when not used to match
    QString defaultValue; ///< Entra's "default value if null", applied on create only
    bool enabled = true; ///< an Okta row switched off; Entra rows are deleted instead
    /// Sent after the user exists, as a reference to another person (Entra's manager).
    bool reference = false;

    /// How the IdP's mapping page lists the source: the attribute, "quoted" constant, or the
    /// expression.
    QString sourceLabel() const;
    bool operator==(const MappingRow &other) const = default;
};

/// A whole mapping: the user rows and group rows one integration sends, and where it came from.
struct AttributeMapping
{
    common::Idp idp = common::Idp::Entra;
    QString origin; ///< "default" or the imported file's path
    QList<MappingRow> user;
    QList<MappingRow> group;

    /// The integration's default mapping (resources/idp/<idp>.json).
    static AttributeMapping defaults(common::Idp idp);
    /// The user rows that are sent (enabled), in the order the IdP lists them.
    QList<MappingRow> enabledUserRows() const;
    /// The matching attributes by precedence (Entra: userName first).
    QList<MappingRow> matchingRows() const;
    /// Switches the user row for @p target on or off (Okta's attribute list); false if none.
    bool setEnabled(const QString &target, bool enabled);
    /// Makes @p target the only matching attribute (Okta's unique identifier); false if no row.
    bool setUniqueIdentifier(const QString &target);
};

/// A mapping file the console cannot use, with the JSON path of what is wrong.
struct MappingError
{
    QString jsonPath; ///< e.g. $.user[3].target
    QString message; ///< what is wrong, a whole clause that names jsonPath ("$.user[3].target is empty")
    QString toString() const;

    /// The error at @p path: @p sentence names the path as %1, then @p args (strings) in order.
    template<typename... Args>
    static MappingError at(const QString &path, const QString &sentence, const Args &...args)
    {
        return {path, sentence.arg(path, args...)};
    }
};

/// Reads the console's own mapping file format (resources/idp/*.json, docs/ARCHITECTURE.md).
struct MappingFile
{
    static std::optional<AttributeMapping> parse(const QByteArray &json, MappingError *error);
    static QByteArray serialise(const AttributeMapping &mapping);
    /// Reads @p path (at most 4 MiB, a regular file): the console's own format, or Entra ID's
    /// synchronization schema as Microsoft Graph returns it. The mapping's origin is the path.
    static std::optional<AttributeMapping> load(const QString &path, MappingError *error);

    /// The mapping a profile remembers (an import, Okta's switched rows): nullopt, with an empty
    /// @p error, when it remembers none.
    static std::optional<AttributeMapping> saved(const QString &profileId, MappingError *error);
    /// Remembers @p mapping for the profile (its data folder, private to the user).
    static bool save(const QString &profileId, const AttributeMapping &mapping, QString *error);
    static void forget(const QString &profileId);
    /// The mapping a run uses: the profile's remembered one, else the default for @p idp.
    static std::optional<AttributeMapping> effective(const QString &profileId, common::Idp idp,
                                                     MappingError *error);
};

} // namespace engine
