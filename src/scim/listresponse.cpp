#include "listresponse.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace scim {

namespace {

/// Reads an integer member; records a problem when it is present but not a JSON integer.
bool readInteger(const QJsonObject &object, const char *key, int &out, QStringList &problems)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return false;
    const double number = value.toDouble();
    if (value.isDouble() && std::floor(number) == number
        && (number < double(std::numeric_limits<int>::min())
            || number > double(std::numeric_limits<int>::max()))) {
        problems.append(
            //: %1 is a JSON key such as totalResults, %2 its numeric value
            QCoreApplication::translate("scim", "“%1” is %2, far beyond any count a SCIM service can have.")
                .arg(QLatin1String(key), QString::number(number, 'g', 6)));
        return false;
    }
    if (!value.isDouble() || !std::isfinite(number) || std::floor(number) != number) {
        //: %1 is a JSON key such as totalResults, %2 the value found (a number or a quoted string)
        problems.append(QCoreApplication::translate("scim", "“%1” is not a JSON integer (it is %2).")
                            .arg(QLatin1String(key),
                                 value.isString() ? QStringLiteral("the string \"%1\"").arg(value.toString())
                                                  : QString::number(number)));
        return false;
    }
    out = int(number);
    return true;
}

} // namespace

ListResponse ListResponse::fromJson(const QJsonObject &object)
{
    ListResponse list;
    if (!object.value(QLatin1String("schemas")).toArray().contains(QLatin1String(ListResponseSchema)))
        list.problems.append(
            QCoreApplication::translate("scim", "The ListResponse schema is missing from “schemas”."));
    if (!readInteger(object, "totalResults", list.totalResults, list.problems)
        && !object.contains(QLatin1String("totalResults")))
        list.problems.append(QCoreApplication::translate("scim", "“totalResults” is missing."));
    list.hasStartIndex = readInteger(object, "startIndex", list.startIndex, list.problems);
    list.hasItemsPerPage = readInteger(object, "itemsPerPage", list.itemsPerPage, list.problems);
    if (list.hasStartIndex && list.startIndex < 1)
        list.problems.append(
            //: %1 is the startIndex value the service returned
            QCoreApplication::translate("scim", "“startIndex” is %1; SCIM paging starts at 1.")
                .arg(list.startIndex));
    const QJsonValue resources = object.value(QLatin1String("Resources"));
    if (resources.isArray()) {
        list.resources = resources.toArray();
    } else if (!resources.isUndefined() && !resources.isNull()) {
        list.problems.append(QCoreApplication::translate("scim", "“Resources” is not an array."));
    } else if (list.totalResults > 0) {
        list.problems.append(
            //: %1 is the totalResults value the service returned
            QCoreApplication::translate("scim", "“Resources” is missing although totalResults is %1.")
                .arg(list.totalResults));
    }
    if (list.resources.size() > list.totalResults && list.problems.isEmpty())
        list.problems.append(
            //: %1 is the number of entries in Resources, %2 the totalResults value
            QCoreApplication::translate("scim", "“Resources” holds %1 entries but totalResults says %2.")
                .arg(list.resources.size())
                .arg(list.totalResults));
    return list;
}

} // namespace scim
