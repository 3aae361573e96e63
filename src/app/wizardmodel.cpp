#include "wizardmodel.h"

#include "engine/run/runresult.h"

#include <QCoreApplication>
#include <QMetaEnum>
#include <QSettings>

#include <algorithm>

namespace app {

WizardModel::WizardModel(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                             QCoreApplication::organizationName(), QStringLiteral("wizard")))
{
    load();
}

WizardModel::WizardModel(const QString &settingsFile, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
{
    load();
}

WizardModel::~WizardModel() = default;

void WizardModel::load()
{
    const auto paths = QMetaEnum::fromType<Path>();
    bool ok = false;
    const int value = paths.keyToValue(
        m_settings->value(QStringLiteral("progress/path")).toString().toLatin1().constData(), &ok);
    path = ok ? Path(value) : Path::None;
    lastPageId = m_settings->value(QStringLiteral("progress/page"), -1).toInt();
    requestSent = m_settings->value(QStringLiteral("progress/requestSent"), false).toBool();
    request.idp = m_settings->value(QStringLiteral("request/idp")).toString();
    request.tenantLocation = m_settings->value(QStringLiteral("request/tenantLocation")).toString();
    request.tenantName = m_settings->value(QStringLiteral("request/tenantName")).toString();
    request.tenantSubdomain = m_settings->value(QStringLiteral("request/tenantSubdomain")).toString();
    request.contactName = m_settings->value(QStringLiteral("request/contactName")).toString();
    request.contactEmail = m_settings->value(QStringLiteral("request/contactEmail")).toString();
}

void WizardModel::save() const
{
    if (demo)
        return; // the demo leaves no trace
    m_settings->setValue(QStringLiteral("progress/path"),
                         QString::fromLatin1(QMetaEnum::fromType<Path>().valueToKey(int(path))));
    m_settings->setValue(QStringLiteral("progress/page"), lastPageId);
    m_settings->setValue(QStringLiteral("progress/requestSent"), requestSent);
    m_settings->setValue(QStringLiteral("request/idp"), request.idp);
    m_settings->setValue(QStringLiteral("request/tenantLocation"), request.tenantLocation);
    m_settings->setValue(QStringLiteral("request/tenantName"), request.tenantName);
    m_settings->setValue(QStringLiteral("request/tenantSubdomain"), request.tenantSubdomain);
    m_settings->setValue(QStringLiteral("request/contactName"), request.contactName);
    m_settings->setValue(QStringLiteral("request/contactEmail"), request.contactEmail);
    m_settings->sync();
}

void WizardModel::clear()
{
    m_settings->clear();
    m_settings->sync();
    path = Path::None;
    request = {};
    requestSent = false;
    lastPageId = -1;
}

void WizardModel::noteRun(const engine::RunResult &result)
{
    if (result.kind == QLatin1String("group-preview")) {
        // One row-valid step per person in the file, whichever IdP the preview was for.
        pilotPeople = int(
            std::count_if(result.steps.cbegin(), result.steps.cend(), [](const engine::StepResult &step) {
                return step.id == QLatin1String("row-valid");
            }));
    }
    if (const std::optional<double> median = result.medianAnswerMs())
        latencyMs = median;
    Q_EMIT changed();
}

int WizardModel::stage() const
{
    if (path == Path::ReceivedCredentials || path == Path::StoredProfile)
        return 2;
    return requestSent ? 1 : 0;
}

} // namespace app
