#include "patchop.h"

#include "filter.h"

namespace scim {

PatchOp &PatchOp::operation(Op op, const QString &path, const QJsonValue &value)
{
    static const char *const lower[] = {"add", "replace", "remove"};
    static const char *const capitalised[] = {"Add", "Replace", "Remove"};
    const auto index = static_cast<int>(op);
    QJsonObject operation {
        {QStringLiteral("op"),
         QLatin1String(m_spelling == Spelling::Capitalised ? capitalised[index] : lower[index])}};
    if (!path.isEmpty())
        operation.insert(QStringLiteral("path"), path);
    if (!value.isUndefined())
        operation.insert(QStringLiteral("value"), value);
    m_operations.append(operation);
    return *this;
}

QJsonObject PatchOp::toJson() const
{
    return {{QStringLiteral("schemas"), QJsonArray {QLatin1String(PatchOpSchema)}},
            {QStringLiteral("Operations"), m_operations}};
}

QJsonArray PatchOp::memberValues(const QStringList &ids, bool nullRef, const QStringList &displays)
{
    QJsonArray values;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        QJsonObject member;
        if (nullRef)
            member.insert(QStringLiteral("$ref"), QJsonValue::Null);
        member.insert(QStringLiteral("value"), ids.at(i));
        if (i < displays.size())
            member.insert(QStringLiteral("display"), displays.at(i));
        values.append(member);
    }
    return values;
}

QString PatchOp::memberPath(const QString &id)
{
    return QStringLiteral("members[value eq %1]").arg(filter::quote(id));
}

} // namespace scim
