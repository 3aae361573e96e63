#include "runtarget.h"

#include "credentials/profile.h"
#include "credentials/tokenvault.h"
#include "engine/run/outcome.h"
#include "engine/run/runhistory.h"
#include "engine/run/runresult.h"
#include "resultsmodel.h"
#include "resultswindow.h"
#include "scim/scimclient.h"
#include "wizardmodel.h"

#include <QCoreApplication>
#include <QListWidget>

namespace app {

QCoro::Task<RunTarget> RunTarget::load(const WizardModel &model, credentials::ProfileStore &store)
{
    RunTarget target;
    if (model.demo) {
        target.endpoint = scim::EndpointUrl::parse(model.demoEndpoint);
        target.token = model.demoToken;
        target.idp = model.request.idp.isEmpty() ? QStringLiteral("entra") : model.request.idp;
        target.groupName = QStringLiteral("SCIM Pilot");
        target.userDomain = QStringLiteral("example.com");
        target.ssoAttribute = QStringLiteral("email");
        co_return target;
    }
    const auto profile = store.findById(model.selectedProfileId);
    if (!profile) {
        target.error = QCoreApplication::translate("app::RunTarget", "Choose a stored profile first.");
        co_return target;
    }
    target.endpoint = scim::EndpointUrl::parse(profile->endpoint);
    target.idp = profile->idp;
    target.groupId = profile->groupId;
    target.groupName = profile->groupName;
    target.ssoAttribute = profile->ssoAttribute;
    target.userDomain = profile->contactEmail.section(QLatin1Char('@'), 1);
    if (target.userDomain.isEmpty())
        target.userDomain = QStringLiteral("example.com");
    if (!profile->caFile.isEmpty()) {
        const auto certificates = scim::ScimClient::loadCaFile(profile->caFile, &target.error);
        if (!certificates)
            co_return target;
        target.caCertificates = *certificates;
    }
    credentials::TokenVault vault;
    const credentials::VaultResult read = co_await vault.read(profile->id);
    if (!read.ok())
        target.error = read.explanation();
    target.token = read.secret;
    co_return target;
}

QListWidgetItem *showStep(QListWidget *list, const engine::StepResult &step)
{
    // Never by glyph alone: the icon has its colour and the word goes to assistive technology.
    const QString who = step.user.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(step.user);
    auto *item = new QListWidgetItem(
        ResultsModel::icon(step.outcome),
        QStringLiteral("%1%2  (%3 ms)").arg(step.title, who).arg(step.durationMs), list);
    item->setForeground(QColor(engine::OutcomeLook::colour(step.outcome)));
    item->setData(Qt::UserRole, step.id);
    item->setData(Qt::UserRole + 1, step.detail);
    item->setData(Qt::UserRole + 2, step.hint);
    item->setData(Qt::UserRole + 3, engine::StepResult::outcomeName(step.outcome));
    item->setData(Qt::AccessibleTextRole,
                  QStringLiteral("%1: %2").arg(engine::OutcomeLook::text(step.outcome), step.title));
    item->setData(Qt::ToolTipRole, engine::OutcomeLook::text(step.outcome));
    return item;
}

QString stepDetails(const QListWidgetItem *item)
{
    if (!item)
        return {};
    const QString detail = item->data(Qt::UserRole + 1).toString();
    const QString hint = item->data(Qt::UserRole + 2).toString();
    return hint.isEmpty() ? detail : detail + QStringLiteral("\n→ ") + hint;
}

void keepRun(const WizardModel &model, credentials::ProfileStore &store, const engine::RunResult &result)
{
    if (model.demo)
        return;
    const QString problem = engine::rememberRun(store, model.selectedProfileId, result);
    if (!problem.isEmpty())
        qWarning("%s", qPrintable(problem));
}

ResultsWindow *openResults(QWidget *parent, const WizardModel &model, const engine::RunResult &result)
{
    auto *window = new ResultsWindow(model.demo ? QString() : model.selectedProfileId, parent);
    window->showResult(result);
    window->show();
    return window;
}

} // namespace app
