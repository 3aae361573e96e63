#include "scimjson.h"

namespace sandbox {

AttrPath AttrPath::parse(const QString &text)
{
    AttrPath path;
    QString rest = text.trimmed();
    if (rest.startsWith(QLatin1String("urn:"), Qt::CaseInsensitive)) {
        for (const QString &urn : {EnterpriseUrn, CoreUserUrn, CoreGroupUrn}) {
            if (rest.startsWith(urn + QLatin1Char(':'), Qt::CaseInsensitive)) {
                path.schema = urn == EnterpriseUrn ? urn : QString();
                rest = rest.mid(urn.size() + 1);
                break;
            }
        }
    }
    const qsizetype dot = rest.indexOf(QLatin1Char('.'));
    path.attribute = dot < 0 ? rest : rest.left(dot);
    path.subAttribute = dot < 0 ? QString() : rest.mid(dot + 1);
    return path;
}

QString AttrPath::toString() const
{
    QString text = schema.isEmpty() ? attribute : schema + QLatin1Char(':') + attribute;
    if (!subAttribute.isEmpty())
        text += QLatin1Char('.') + subAttribute;
    return text;
}

QString keyFor(const QJsonObject &object, const QString &name)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.key();
    }
    return name;
}

QJsonObject containerOf(const QJsonObject &resource, const AttrPath &path)
{
    if (path.schema.isEmpty())
        return resource;
    return resource.value(keyFor(resource, path.schema)).toObject();
}

bool isCaseExact(const AttrPath &path)
{
    static const QStringList exact {QStringLiteral("id"), QStringLiteral("externalId"),
                                    QStringLiteral("password")};
    if (path.attribute.compare(QLatin1String("members"), Qt::CaseInsensitive) == 0)
        return path.subAttribute.isEmpty()
            || path.subAttribute.compare(QLatin1String("value"), Qt::CaseInsensitive) == 0;
    return exact.contains(path.attribute, Qt::CaseInsensitive);
}

} // namespace sandbox
