#include "resultsmodel.h"

#include "engine/run/outcome.h"

namespace app {

namespace {

using Outcome = engine::StepResult::Outcome;

/// Failed > warning > passed > skipped, for a group's own icon.
int severity(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Failed:
        return 3;
    case Outcome::Warning:
        return 2;
    case Outcome::Passed:
        return 1;
    case Outcome::Cancelled:
    case Outcome::Skipped:
        return 0;
    }
    return 0;
}

} // namespace

ResultsModel::ResultsModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

QIcon ResultsModel::icon(Outcome outcome)
{
    return QIcon(QStringLiteral(":/scim-console/icons/%1.svg").arg(engine::StepResult::outcomeName(outcome)));
}

void ResultsModel::setResult(const engine::RunResult &result)
{
    beginResetModel();
    m_result = result;
    m_users.clear();
    QStringList order;
    for (int i = 0; i < m_result.steps.size(); ++i) {
        const QString &user = m_result.steps.at(i).user;
        if (!order.contains(user))
            order.append(user);
    }
    if (order.size() > 1) {
        for (const QString &user : std::as_const(order)) {
            UserGroup group;
            group.user = user;
            group.outcome = Outcome::Skipped;
            for (int i = 0; i < m_result.steps.size(); ++i) {
                const engine::StepResult &step = m_result.steps.at(i);
                if (step.user != user)
                    continue;
                group.steps.append(i);
                group.durationMs += step.durationMs;
                if (severity(step.outcome) > severity(group.outcome))
                    group.outcome = step.outcome;
            }
            m_users.append(group);
        }
    }
    endResetModel();
}

QModelIndex ResultsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    // internalId 0: a top-level row; n > 0: a step under group n - 1.
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : quintptr(0));
}

QModelIndex ResultsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int ResultsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    if (!parent.isValid())
        return isGrouped() ? int(m_users.size()) : int(m_result.steps.size());
    if (isGrouped() && parent.internalId() == 0)
        return int(m_users.at(parent.row()).steps.size());
    return 0;
}

int ResultsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

int ResultsModel::stepIndexAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return -1;
    if (!isGrouped())
        return index.row();
    if (index.internalId() == 0)
        return -1;
    return m_users.at(int(index.internalId() - 1)).steps.at(index.row());
}

const engine::StepResult *ResultsModel::step(const QModelIndex &index) const
{
    const int i = stepIndexAt(index);
    return i < 0 ? nullptr : &m_result.steps.at(i);
}

QModelIndex ResultsModel::indexOfStep(int stepIndex) const
{
    if (stepIndex < 0 || stepIndex >= m_result.steps.size())
        return {};
    if (!isGrouped())
        return index(stepIndex, 0);
    for (int g = 0; g < m_users.size(); ++g) {
        const int row = int(m_users.at(g).steps.indexOf(stepIndex));
        if (row >= 0)
            return index(row, 0, index(g, 0));
    }
    return {};
}

QVariant ResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const engine::StepResult *s = step(index);
    const UserGroup *group = s ? nullptr : &m_users.at(index.row());
    const Outcome outcome = s ? s->outcome : group->outcome;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return s ? s->title : (group->user.isEmpty() ? tr("Run") : group->user);
        case OutcomeColumn:
            return engine::OutcomeLook::text(outcome);
        case DurationColumn:
            //: %1 is a duration in milliseconds
            return tr("%1 ms").arg(s ? s->durationMs : group->durationMs);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == TitleColumn)
            return icon(outcome);
        break;
    case Qt::ToolTipRole:
        if (s)
            return s->hint.isEmpty() ? s->detail : s->hint;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case OutcomeRole:
        return int(outcome);
    case StepIndexRole:
        return stepIndexAt(index);
    case StepIdRole:
        return s ? s->id : QString();
    }
    return {};
}

QVariant ResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Step");
    case OutcomeColumn:
        return tr("Outcome");
    case DurationColumn:
        return tr("Time");
    }
    return {};
}

ResultsFilter::ResultsFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void ResultsFilter::setProblemsOnly(bool problemsOnly)
{
    if (problemsOnly == m_problemsOnly)
        return;
    m_problemsOnly = problemsOnly;
    invalidateRowsFilter();
}

bool ResultsFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_problemsOnly)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(ResultsModel::StepIndexRole).toInt() < 0)
        return false; // a group: shown when one of its steps is
    const auto outcome = Outcome(index.data(ResultsModel::OutcomeRole).toInt());
    return outcome == Outcome::Failed || outcome == Outcome::Warning;
}

} // namespace app
