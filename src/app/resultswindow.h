#pragma once

#include "engine/run/runhistory.h"

#include <QDialog>

class QListWidget;
class QPushButton;
class QLabel;

namespace app {

class ResultsView;

/// A window with a run in the results view and, for a stored profile, its run history beside
/// it: the last runs listed newest first, reopened with a click, deleted on request.
class ResultsWindow : public QDialog
{
    Q_OBJECT

public:
    /// @p profileId empty: no history (demo runs).
    explicit ResultsWindow(const QString &profileId, QWidget *parent = nullptr);
    /// Opens @p result in a new window beside the history of @p profileId (none: a demo run).
    static ResultsWindow *open(QWidget *parent, const QString &profileId, const engine::RunResult &result);

    ResultsView *view() const { return m_view; }
    /// Shows @p result (and selects it in the history when it is there).
    void showResult(const engine::RunResult &result);
    void refreshHistory();
    /// Opens the newest run of the history, if there is one.
    void openLatest();

private:
    void openSelected();
    void deleteSelected();

    std::optional<engine::RunHistory> m_history;
    ResultsView *m_view;
    QListWidget *m_list = nullptr;
    QPushButton *m_delete = nullptr;
    QLabel *m_historyStatus = nullptr;
};

} // namespace app
