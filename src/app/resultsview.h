#pragma once

#include "engine/run/runresult.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QSplitter;
class QTreeView;

namespace app {

class ResultsFilter;
class ResultsModel;
class ThroughputChart;
class TimelineWidget;

/// A finished run an admin can act on: every step with its status, a filter for failures and
/// warnings, the hint and detail of the selected step, each HTTP exchange in full (redacted
/// headers, pretty-printed bodies), what a load step measured (a chart and its figures), a
/// waterfall of the requests, "Copy as curl" and Export (HTML, PDF, JSON, JUnit).
class ResultsView : public QWidget
{
    Q_OBJECT

public:
    explicit ResultsView(QWidget *parent = nullptr);
    ~ResultsView() override;

    void setResult(const engine::RunResult &result);
    const engine::RunResult &result() const;
    ResultsModel *model() const { return m_model; }

    /// Selects step @p step and its exchange @p exchange.
    void showExchange(int step, int exchange);
    /// The curl command for the selected exchange; empty when none is selected.
    QString curlForSelection() const;
    /// Writes the run to @p path in the format its extension names, away from the UI thread (a
    /// long run's PDF takes a second or more); exported() says how it went.
    void exportTo(const QString &path);

Q_SIGNALS:
    /// @p error is empty when the file was written.
    void exported(const QString &path, const QString &error);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void showStep(const QModelIndex &proxyIndex);
    void showSelectedExchange();
    void copyAsCurl();
    void chooseExportFile();
    const engine::StepResult *currentStep() const;

    ResultsModel *m_model;
    ResultsFilter *m_filter;
    QLabel *m_summary;
    QCheckBox *m_problemsOnly;
    QPushButton *m_export;
    QTabWidget *m_tabs;
    QTreeView *m_tree;
    QLabel *m_stepDetail;
    QLabel *m_figures;
    ThroughputChart *m_chart;
    QListWidget *m_exchanges;
    QPlainTextEdit *m_request;
    QPlainTextEdit *m_response;
    QPushButton *m_copyCurl;
    TimelineWidget *m_timeline;
    QLabel *m_status;
    int m_currentStep = -1;
    QSplitter *m_splitter = nullptr;
};

} // namespace app
