#include "golivepage.h"

#include "engine/idp/firstsync.h"
#include "runtarget.h"
#include "shell/scrollcontent.h"
#include "ui_golivepage.h"
#include "wizardmodel.h"

namespace app {

GoLivePage::GoLivePage(WizardModel &model, credentials::ProfileStore &store, QWidget *parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_store(store)
    , m_ui(std::make_unique<Ui::GoLivePage>())
{
    m_ui->setupUi(scrollContent(this));
    // Read-only, but with a caret: it shows where keyboard focus is, and the keys select and copy.
    m_ui->stepsBrowser->setTextInteractionFlags(m_ui->stepsBrowser->textInteractionFlags()
                                                | Qt::TextSelectableByKeyboard);
    setTitle(tr("Go live"));
    setSubTitle(tr("The pilot group first, then everyone."));
    setFinalPage(true);
    m_ui->peopleSpinBox->setGroupSeparatorShown(true);
    connect(m_ui->peopleSpinBox, &QSpinBox::valueChanged, this, &GoLivePage::updateFirstSync);
    connect(&m_model, &WizardModel::changed, this, &GoLivePage::takeInModel);
}

GoLivePage::~GoLivePage() = default;

void GoLivePage::initializePage()
{
    const RunDetails target = RunDetails::of(m_model, m_store);
    const bool okta = target.idp == common::Idp::Okta;
    m_okta = okta;
    m_ui->stepsBrowser->setHtml(
        //: %1 is the pilot group's name at the service, %2 the IdP, %3 its logs, %4 how it treats leavers
        tr("<ol>"
           "<li><b>Assign the pilot group “%1”</b> in %2 — a handful of real colleagues, not everyone.</li>"
           "<li><b>After the first provisioning cycle</b>, check each pilot user arrived, is active, has the "
           "right "
           "attributes and is in the group.</li>"
           "<li><b>Watch</b> %3 for failures, and ask the pilot users to sign in with SSO: the account SCIM "
           "created must "
           "be the one they land in.</li>"
           "<li><b>Leavers</b>: %4</li>"
           "<li>When the pilot looks right for a few days, <b>widen the assignment</b> to everyone who needs "
           "access.</li>"
           "</ol>")
            .arg(pilotGroupName(target).toHtmlEscaped(), common::idpDisplayName(target.idp),
                 okta ? tr("Okta's Tasks and System Log") : tr("Entra ID's provisioning logs"),
                 okta ? tr("Okta only deactivates users; it never deletes them.")
                      : tr("Entra ID first disables a user (active false), and deletes the account about 30 "
                           "days later.")));
    takeInModel();
}

void GoLivePage::takeInModel()
{
    if (m_model.pilotPeople > 0 && m_model.pilotPeople != m_knownPeople) {
        m_knownPeople = m_model.pilotPeople;
        m_ui->peopleSpinBox->setValue(m_knownPeople); // updates the estimate
    }
    updateFirstSync();
}

void GoLivePage::updateFirstSync()
{
    m_ui->peopleLabel->setVisible(!m_okta);
    m_ui->peopleSpinBox->setVisible(!m_okta);
    if (m_okta) {
        m_ui->firstSyncLabel->setText(engine::FirstSyncEstimate::oktaText());
        return;
    }
    const int people = m_ui->peopleSpinBox->value();
    if (people <= 0) {
        m_ui->firstSyncLabel->setText(
            tr("How long Entra ID's first provisioning cycle takes depends on how many "
               "people you assign: enter their number to see an estimate."));
        return;
    }
    // The people are assigned as one group: a user and a membership each, and the group.
    const engine::FirstSyncEstimate estimate
        = engine::estimateFirstSync(people, 1, people, m_model.latencyMs);
    //: %Ln is the number of people to assign, %1 the estimate ("about 24–192 minutes for the first cycle
    //: (…); … Later cycles run about every 40 minutes.")
    m_ui->firstSyncLabel->setText(tr("Your %Ln people: %1", nullptr, people).arg(estimate.summary()));
}

} // namespace app
