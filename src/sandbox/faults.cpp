#include "faults.h"

#include <QCoreApplication>
#include <QStringList>

namespace sandbox {

std::optional<FaultRule> FaultRule::parse(const QString &spec, QString *error)
{
    const QStringList parts = spec.split(QLatin1Char(':'));
    const auto fail = [&] {
        //: %1 is the fault rule given on the command line; keep the examples as they are
        *error = QCoreApplication::translate("sandbox",
                                             "“%1” is not a fault rule; use METHOD:PATH:N:ACTION, e.g. "
                                             "POST:/Users:1:500, GET:/Users:2:drop, *:/Groups:0:hang or "
                                             "GET:/Users:1:429=2.")
                     .arg(spec);
        return std::nullopt;
    };
    if (parts.size() != 4 || parts.at(0).isEmpty() || !parts.at(1).startsWith(QLatin1Char('/')))
        return fail();
    FaultRule rule;
    rule.method = parts.at(0).toUpper().toLatin1();
    rule.pathPrefix = parts.at(1);
    bool ok = false;
    rule.nth = parts.at(2).toInt(&ok);
    if (!ok || rule.nth < 0)
        return fail();
    const QString action = parts.at(3).toLower();
    if (action == QLatin1String("drop")) {
        rule.action = Action::Drop;
    } else if (action == QLatin1String("hang")) {
        rule.action = Action::Hang;
    } else if (action.startsWith(QLatin1String("429"))) {
        rule.action = Action::Throttle;
        rule.status = 429;
        if (action.size() > 3) {
            if (action.at(3) != QLatin1Char('='))
                return fail();
            rule.retryAfterSeconds = action.mid(4).toInt(&ok);
            if (!ok || rule.retryAfterSeconds < 0)
                return fail();
        }
    } else {
        rule.status = action.toInt(&ok);
        if (!ok || rule.status < 100 || rule.status > 599)
            return fail();
    }
    return rule;
}

} // namespace sandbox
