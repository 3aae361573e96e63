#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace scim {

inline constexpr auto PatchOpSchema = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

/// Builds a PatchOp message (RFC 7644 §3.5.2). The op spelling is a dialect's choice: Entra's
/// default sends `Add`/`Replace`/`Remove`, everyone else lower case.
class PatchOp
{
public:
    enum class Spelling { Lowercase, Capitalised };
    enum class Op { Add, Replace, Remove };

    explicit PatchOp(Spelling spelling = Spelling::Lowercase)
        : m_spelling(spelling)
    { }

    /// Adds one operation; an empty @p path makes it path-less, an undefined @p value omits it.
    PatchOp &operation(Op op, const QString &path, const QJsonValue &value = QJsonValue::Undefined);
    PatchOp &add(const QString &path, const QJsonValue &value) { return operation(Op::Add, path, value); }
    PatchOp &replace(const QString &path, const QJsonValue &value)
    {
        return operation(Op::Replace, path, value);
    }
    PatchOp &remove(const QString &path, const QJsonValue &value = QJsonValue::Undefined)
    {
        return operation(Op::Remove, path, value);
    }

    QJsonArray operations() const { return m_operations; }
    QJsonObject toJson() const;

    /// Member references for `members` values: `[{"value": id}, …]`; with @p nullRef each also
    /// carries `"$ref": null` as Entra sends it; with @p displays, `display` too (Okta).
    static QJsonArray memberValues(const QStringList &ids, bool nullRef = false,
                                   const QStringList &displays = {});
    /// `members[value eq "<id>"]`.
    static QString memberPath(const QString &id);

private:
    Spelling m_spelling;
    QJsonArray m_operations;
};

} // namespace scim
