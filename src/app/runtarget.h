#pragma once

#include "scim/endpointurl.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <qcoro/qcorotask.h>

class QListWidget;
class QListWidgetItem;
class QWidget;

namespace credentials {
class ProfileStore;
}
namespace engine {
struct StepResult;
struct RunResult;
} // namespace engine

namespace app {

class WizardModel;

/// What a run page needs: the endpoint and, in memory for the run only, the token — from the
/// profile chosen on the profiles page (token read from the keychain), or from the demo sandbox.
struct RunTarget
{
    scim::EndpointUrl endpoint;
    QByteArray token;
    QList<QSslCertificate> caCertificates;
    QString idp;
    QString groupId;
    QString groupName;
    QString userDomain;
    QString ssoAttribute; ///< email, userName or empty
    QString error; ///< a sentence when there is no usable target

    bool isValid() const { return error.isEmpty(); }
    static QCoro::Task<RunTarget> load(const WizardModel &model, credentials::ProfileStore &store);
};

/// After a run of a stored profile: its last outcome on the profile, and the run in the profile's
/// history. Demo runs are not kept.
void keepRun(const WizardModel &model, credentials::ProfileStore &store, const engine::RunResult &result);
/// Opens @p result in a results window (with the profile's history beside it).
class ResultsWindow;
ResultsWindow *openResults(QWidget *parent, const WizardModel &model, const engine::RunResult &result);

/// Shows a step in a results list (symbol and title; detail and hint on selection).
QListWidgetItem *showStep(QListWidget *list, const engine::StepResult &step);
/// The detail and hint of the step behind @p item, for the detail label.
QString stepDetails(const QListWidgetItem *item);

} // namespace app
