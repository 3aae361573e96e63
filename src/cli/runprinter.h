#pragma once

#include "engine/run/run.h"
#include "engine/run/runresult.h"

#include <QCoreApplication>
#include <qcoro/qcorotask.h>

namespace cli {

class Output;

/// Run results for people and for machines: a readable table on the terminal, the JSON result,
/// and report files by extension.
class RunPrinter
{
    Q_DECLARE_TR_FUNCTIONS(cli::RunPrinter)

public:
    explicit RunPrinter(Output &output)
        : m_output(output)
    { }

    /// One step as it finishes (a progress line on a terminal).
    void progress(const engine::StepResult &step);
    void table(const engine::RunResult &result);
    void json(const engine::RunResult &result);

    /// The JSON (@p json) or the table, and the report file if @p report names one; false when the
    /// report could not be written.
    bool finish(const engine::RunResult &result, bool json, const QString &report);
    /// Writes the report; false (with a message on stderr) when it cannot.
    bool writeReport(const engine::RunResult &result, const QString &path);

    /// The command-line flags that do what @p step's hint asks, when there are any.
    static QString flagsFor(const engine::StepResult &step);

private:
    QString symbol(engine::StepResult::Outcome outcome) const;

    Output &m_output;
};

/// Runs @p run with its steps as progress on a terminal, and Ctrl+C (or SIGTERM) cancelling it.
QCoro::Task<engine::RunResult> runAttended(engine::Run &run, RunPrinter &printer);

} // namespace cli
