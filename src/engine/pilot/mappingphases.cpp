// The pilot's attribute-mapping phases: the create body from the IdP's mapping, the attributes
// a service refuses (named by its error, else found by halving), the manager as a follow-up
// PATCH, and one verdict per mapped attribute.
#include "engine/idp/targetpath.h"
#include "engine/pilot/mappingcheck.h"
#include "engine/pilot/pilotrun.h"
#include "engine/pilot/pilotverdicts_p.h"
#include "engine/run/diagnosis.h"
#include "scim/resourcepath.h"

#include <QJsonDocument>
#include <qcoro/qcorosignal.h>

namespace engine {

namespace {

/// What a refused create says about itself: the SCIM error's words, else the start of the body.
QString errorText(const scim::Response &response)
{
    const QJsonObject error = response.object();
    const QString words = error.value(QLatin1String("detail")).toString() + QLatin1Char(' ')
        + error.value(QLatin1String("scimType")).toString();
    // Only a SCIM error's own words: an HTML error page (<title>400 Bad Request</title>) names
    // no attribute.
    return words.trimmed();
}

bool isRequired(const MappingRow &row)
{
    return row.matchingPrecedence > 0
        || row.target.compare(QLatin1String("externalId"), Qt::CaseInsensitive) == 0;
}

QStringList targetsOf(const QList<MappingRow> &rows)
{
    QStringList targets;
    for (const MappingRow &row : rows)
        targets.append(row.target);
    return targets;
}

} // namespace

QCoro::Task<> PilotRun::readSchemas()
{
    // The console's own look at what the service says it stores, to compare with what it does:
    // once a run, when the first person reaches the mapping check; the others wait for it.
    if (m_schemasState == SchemasState::Read)
        co_return;
    if (m_schemasState == SchemasState::Reading) {
        co_await qCoro(this, &PilotRun::schemasRead);
        co_return;
    }
    m_schemasState = SchemasState::Reading;
    const scim::Response schemas
        = co_await client().get(QStringLiteral("Schemas"), {}, scim::RequestOptions());
    if (schemas.isSuccess())
        m_advertised = MappingCheck::advertised(schemas.object());
    m_schemas = schemas;
    m_schemasState = SchemasState::Read;
    Q_EMIT schemasRead();
}

QJsonObject PilotRun::createBody(const PilotUser &person, const QStringList &leaveOut) const
{
    const UserBody mapped = UserBody::build(m_mapping.user, person, UserBody::Moment::Create, leaveOut);
    QJsonObject body = m_dialect->createBody(mapped.body, person);
    if (!body.contains(QLatin1String("externalId"))) // the run's marker, mapped or not
        body.insert(QStringLiteral("externalId"), person.externalId);
    return body;
}

std::pair<QString, QString> PilotRun::matchOf(const Life &life) const
{
    const QList<MappingRow> matching = m_mapping.matchingRows();
    for (const MappingRow &row : matching) {
        if (const SentValue *sent = life.body.find(row.target); sent && sent->value.isString())
            return {row.target, sent->value.toString()};
    }
    return {QStringLiteral("userName"), life.user.userName};
}

QCoro::Task<scim::Response> PilotRun::withoutRejected(Life *life, scim::Response refused, StepResult *step)
{
    QList<MappingRow> candidates;
    for (const SentValue &sent : std::as_const(life->body.sent)) {
        if (!isRequired(sent.row))
            candidates.append(sent.row);
    }
    QStringList leaveOut;
    scim::Response last = refused;
    for (int round = 0; round < 8 && last.status == 400 && !isCancelled(); ++round) {
        QList<MappingRow> left;
        for (const MappingRow &row : std::as_const(candidates)) {
            if (!leaveOut.contains(row.target))
                left.append(row);
        }
        QList<MappingRow> named = MappingCheck::namedIn(errorText(last), left);
        if (named.isEmpty()) {
            named = co_await rejectedAmong(left, leaveOut, step);
            life->foundByHalving = life->foundByHalving || !named.isEmpty();
        }
        if (named.isEmpty())
            break; // not an attribute the service refuses: the create fails as it is
        leaveOut += targetsOf(named);
        last = co_await m_dialect->create(client(), createBody(life->user, leaveOut));
        step->record(last);
    }
    if (last.isSuccess()) {
        life->rejected = leaveOut;
        life->body = UserBody::build(m_mapping.user, life->user, UserBody::Moment::Create, leaveOut);
    }
    co_return last;
}

QCoro::Task<std::optional<bool>> PilotRun::accepts(QList<MappingRow> keep, QList<MappingRow> candidates,
                                                   QStringList leaveOut, StepResult *step)
{
    for (const MappingRow &row : std::as_const(candidates)) {
        if (!keep.contains(row))
            leaveOut.append(row.target);
    }
    --m_probesLeft;
    // A fresh person per try, journaled like every pilot object and removed by the cleanup.
    PilotUser probe = PilotUser::make(runId(), m_options.userDomain, 900 + ++m_nextProbe);
    client().addSecret(probe.password);
    const bool journaled = co_await m_journal.intendToCreate(probe.userName);
    if (!journaled)
        co_return std::nullopt;
    const scim::Response answer = co_await m_dialect->create(client(), createBody(probe, leaveOut));
    step->record(answer);
    const QString id = answer.object().value(QLatin1String("id")).toString();
    if (answer.isSuccess() && scim::checkId(id) == scim::IdProblem::None)
        m_journal.created(probe.userName, id);
    else if (!answer.maybeSent || answer.status == 400)
        m_journal.removedUser({probe.userName, {}});
    if (answer.isSuccess())
        co_return true;
    if (answer.status == 400)
        co_return false;
    co_return std::nullopt; // not a refusal of attributes: the search stops
}

QCoro::Task<QList<MappingRow>> PilotRun::rejectedAmong(QList<MappingRow> candidates, QStringList leaveOut,
                                                       StepResult *step)
{
    // Each attribute is refused on its own: the service takes a set exactly when it holds none
    // of the refused ones. The bare minimum first — refused too, it is not about attributes.
    if (candidates.isEmpty() || m_probesLeft <= 0 || isCancelled())
        co_return {};
    const QList<MappingRow> none;
    if (co_await accepts(none, candidates, leaveOut, step) != std::optional<bool>(true))
        co_return {};
    QList<QList<MappingRow>> open {candidates};
    QList<MappingRow> rejected;
    while (!open.isEmpty() && m_probesLeft > 0 && !isCancelled()) {
        const QList<MappingRow> set = open.takeFirst();
        const std::optional<bool> taken = co_await accepts(set, candidates, leaveOut, step);
        if (!taken)
            co_return {};
        if (*taken)
            continue;
        if (set.size() == 1) {
            rejected.append(set);
            continue;
        }
        open.append(set.mid(0, set.size() / 2));
        open.append(set.mid(set.size() / 2));
    }
    co_return rejected;
}

QCoro::Task<bool> PilotRun::manager(Life *life)
{
    QList<SentValue> references = life->body.references;
    if (references.isEmpty())
        co_return true;
    // The manager is a person of its own: the IdP provisions it, then points the user at it.
    PilotUser boss = PilotUser::make(runId(), m_options.userDomain,
                                     500 + life->user.externalId.section(QLatin1Char(':'), -1).toInt());
    client().addSecret(boss.password);
    const QString who = life->user.userName;
    const scim::Response match = co_await m_dialect->findByUserName(client(), boss.userName);
    StepResult looked = newStep("create-manager", who);
    looked.record(match);
    looked = PilotVerdicts::matchBeforeCreate(looked, match, boss, *m_dialect);
    if (looked.outcome == Outcome::Failed || isCancelled()) {
        co_return add(life, looked)
            && add(life,
                   newStep("set-manager", who)
                       .set(Outcome::Skipped, tr("Not run: the manager could not be created.")));
    }
    const bool journaled = co_await m_journal.intendToCreate(boss.userName);
    if (!journaled)
        co_return stop(life, m_journal.error());
    const scim::Response answer = co_await m_dialect->create(client(), createBody(boss, life->rejected));
    boss.id = answer.object().value(QLatin1String("id")).toString();
    if (answer.isSuccess() && scim::checkId(boss.id) == scim::IdProblem::None)
        m_journal.created(boss.userName, boss.id);
    else if (!answer.maybeSent)
        m_journal.removedUser({boss.userName, {}});
    StepResult created
        //: %1 is the test manager's userName, %2 its id at the service
        = judged("create-manager", who, {answer}, tr("Created %1 (%2)").arg(boss.userName, boss.id));
    created.exchanges = looked.exchanges + created.exchanges;
    if (created.outcome == Outcome::Passed && scim::checkId(boss.id) != scim::IdProblem::None)
        created.set(Outcome::Failed, tr("The manager was created without an id that names one user."));
    if (created.outcome == Outcome::Failed) // the manager row stays unchecked; the rest goes on
        co_return add(life, created)
            && add(life,
                   newStep("set-manager", who)
                       .set(Outcome::Skipped, tr("Not run: the manager could not be created.")));
    if (!add(life, created))
        co_return false;

    const std::optional<StepResult> guard = co_await guarded(life, "set-manager");
    if (!guard)
        co_return false;
    QList<scim::Response> answers;
    for (SentValue &reference : references) {
        reference.value = boss.id;
        // Built before the co_await: GCC 12 miscompiles braced initialisers inside one.
        const AttributeChange change {reference.row.target, reference.value};
        answers += co_await m_dialect->setReference(client(), life->user, change);
        if (!answers.constLast().isSuccess() || isCancelled())
            break;
    }
    //: %1 is the test manager's id at the service
    StepResult set = judged("set-manager", who, answers, tr("Manager set to %1").arg(boss.id));
    set.exchanges = guard->exchanges + set.exchanges;
    if (set.outcome == Outcome::Failed && !answers.isEmpty() && answers.constLast().status == 400) {
        for (const SentValue &reference : std::as_const(references))
            life->rejected.append(reference.row.target); // the mapping step names the row to fix
    }
    if (set.outcome != Outcome::Passed || isCancelled())
        co_return add(life, set);
    const scim::Response read
        = co_await client().get(scim::userPath(life->user.id), {}, scim::RequestOptions());
    noteRead(life->user, read);
    const StepResult readBack = judged("set-manager", who, {read}, tr("Read back"));
    set.record(read);
    if (readBack.outcome != Outcome::Passed) {
        set.set(readBack.outcome, readBack.detail, readBack.hint);
    } else {
        life->stored = read.object();
        life->body.references = references; // judged only once set and read back
    }
    co_return add(life, set);
}

QCoro::Task<bool> PilotRun::mappingCheck(Life *life)
{
    co_await readSchemas();
    const QList<MappingRow> rows = m_mapping.enabledUserRows();
    for (const MappingRow &row : rows) {
        StepResult step = newStep(MappingCheck::stepId(row), life->user.userName);
        std::optional<scim::Response> schemas;
        if (m_schemas) { // the console's /Schemas read, shown once
            schemas = m_schemas;
            step.record(*m_schemas);
            m_schemas.reset();
        }
        // A refused row was left out of the create the service took: its value is the one the
        // IdP's own create carried.
        const UserBody full = life->rejected.contains(row.target)
            ? UserBody::build(m_mapping.user, life->user, UserBody::Moment::Create)
            : UserBody();
        const SentValue *found = full.find(row.target) ? full.find(row.target) : life->body.find(row.target);
        const std::optional<SentValue> sent = found ? std::optional<SentValue>(*found) : std::nullopt;
        if (life->stored.isEmpty()
            || (row.reference && (!sent || sent->value.isUndefined())
                && !life->rejected.contains(row.target))) {
            if (!add(life,
                     step.set(Outcome::Skipped,
                              life->stored.isEmpty() ? tr("Not checked: the user could not be read back.")
                                                     : tr("Not checked: the manager could not be set."))))
                co_return false;
            continue;
        }
        StepResult judged
            = MappingCheck::judge(step, m_dialect->idp(), row, sent, life->rejected.contains(row.target),
                                  life->stored, m_advertised);
        if (judged.outcome == Outcome::Failed && life->foundByHalving)
            judged.detail += QLatin1Char(' ')
                + tr("(Found by creating test users with halves of the attributes: the service's error named "
                     "none.)");
        if (schemas && !schemas->isSuccess() && schemas->status != 404 && schemas->status != 501
            && judged.outcome == Outcome::Passed)
            judged.set(Outcome::Warning,
                       judged.detail
                           + QLatin1Char(' ')
                           //: %1 is why the service's /Schemas could not be read
                           + tr("The service's /Schemas could not be read (%1), so what it advertises is not "
                                "compared.")
                                 .arg(Diagnosis::of(*schemas).detail));
        if (!add(life, judged))
            co_return false;
    }
    co_return true;
}

} // namespace engine
