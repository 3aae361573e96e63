#pragma once

#include "common/idp.h"
#include "engine/group/groupcsv.h"
#include "engine/idp/pilotdialect.h"
#include "engine/run/run.h"
#include "engine/run/runresult.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <qcoro/qcorotask.h>

#include <memory>

class QNetworkAccessManager;

namespace engine {

struct GroupOptions
{
    common::Idp idp = common::Idp::Entra; ///< whose matching request is sent
    QString groupId;
    QString groupName;
    QString ssoAttribute; ///< "email", "userName" or empty (not known)
    QList<GroupMember> members;
    int concurrency = 4;
};

/// `group-preview` and `group-confirm`: read-only checks of the real pilot group. Preview predicts
/// the IdP's first sync for each person (create, link to an existing account, or collide) and, for
/// Entra ID, how long that first cycle will take (RunResult::firstSync); confirm checks, after that
/// sync, that each person arrived, is active, carries the file's attributes and is in the group —
/// and names group members the file does not list. Only GET requests are ever sent; several at
/// once, and a 429 holds back all of them.
class GroupRun : public Run
{
    Q_OBJECT

public:
    enum class Kind { Preview, Confirm };

    GroupRun(QNetworkAccessManager *network, scim::Connection connection, Kind kind, GroupOptions options,
             QObject *parent = nullptr);
    ~GroupRun() override;

    static QString stepTitle(const QString &id);

protected:
    QCoro::Task<RunResult> execute() override;
    QString titleOf(const QString &id) const override { return stepTitle(id); }

private:
    using Outcome = StepResult::Outcome;

    /// Confirm: the group and its members, read once at the start; its reads.
    QCoro::Task<QList<scim::Response>> readGroup();
    QCoro::Task<> checkRow(QList<QList<StepResult>> *results, int index);
    QCoro::Task<QList<StepResult>> preview(GroupMember member);
    QCoro::Task<QList<StepResult>> confirm(GroupMember member);
    /// Confirm: the group's members that no row of the file matched.
    QCoro::Task<QList<StepResult>> notInFile();
    StepResult ssoAlignment(const GroupMember &member) const;
    StepResult activeStep(const GroupMember &member, const QJsonObject &account) const;
    StepResult attributesStep(const GroupMember &member, const QJsonObject &account) const;
    /// The accounts the IdP's own matching request finds for @p userName.
    QCoro::Task<QJsonArray> match(QString userName, StepResult *step, bool *ok);
    QCoro::Task<QJsonArray> search(QString attribute, QString value, StepResult *step, bool *ok);
    StepResult requestFailed(StepResult step, const scim::Response &response) const;
    QString groupLabel() const;

    Kind m_kind;
    GroupOptions m_options;
    std::unique_ptr<PilotDialect> m_dialect;
    PilotGroup m_group;
    QString m_groupProblem;
    QHash<QString, QString> m_groupMembers; ///< id → display, from the group read at the start
    QSet<QString> m_seenIds; ///< accounts matched to a row (confirm)
};

} // namespace engine
