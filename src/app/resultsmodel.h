#pragma once

#include "engine/run/runresult.h"

#include <QAbstractItemModel>
#include <QIcon>
#include <QSortFilterProxyModel>

namespace app {

/// A finished run as a tree: its steps, grouped under their user when a run covers several
/// users. Columns: step (with its status icon), outcome, time.
class ResultsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, OutcomeColumn, DurationColumn, ColumnCount };
    enum Role {
        OutcomeRole = Qt::UserRole + 1, ///< int(engine::StepResult::Outcome), worst of the group's
        StepIndexRole, ///< index into result().steps; -1 on a user group
        StepIdRole,
    };

    explicit ResultsModel(QObject *parent = nullptr);

    void setResult(const engine::RunResult &result);
    const engine::RunResult &result() const { return m_result; }
    bool isGrouped() const { return !m_users.isEmpty(); }
    /// The step behind @p index, nullptr on a group row or an invalid index.
    const engine::StepResult *step(const QModelIndex &index) const;
    /// The index of result().steps[@p stepIndex] in column 0.
    QModelIndex indexOfStep(int stepIndex) const;

    static QIcon icon(engine::StepResult::Outcome outcome);
    static QString outcomeText(engine::StepResult::Outcome outcome);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct UserGroup
    {
        QString user;
        QList<int> steps;
        engine::StepResult::Outcome outcome = engine::StepResult::Outcome::Passed;
        qint64 durationMs = 0;
    };

    int stepIndexAt(const QModelIndex &index) const;

    engine::RunResult m_result;
    QList<UserGroup> m_users; ///< empty: the steps are the top level
};

/// Shows only failed and warning steps (and the groups holding them) when asked to.
class ResultsFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ResultsFilter(QObject *parent = nullptr);
    void setProblemsOnly(bool problemsOnly);
    bool problemsOnly() const { return m_problemsOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_problemsOnly = false;
};

} // namespace app
