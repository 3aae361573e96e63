#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>

#include <optional>

class QCommandLineParser;

namespace cli {

class Output;

/// The options every run command shares: --json, --report FILE, --timeout-ms N.
class RunOptions
{
    Q_DECLARE_TR_FUNCTIONS(cli::RunOptions)

public:
    RunOptions();
    void addTo(QCommandLineParser &parser) const;

    struct Values
    {
        bool json = false;
        QString report;
        int timeoutMs = 30000;
    };
    /// The values, or nullopt after naming what is wrong on stderr.
    std::optional<Values> read(const QCommandLineParser &parser, Output &output) const;

private:
    QCommandLineOption m_json;
    QCommandLineOption m_report;
    QCommandLineOption m_timeout;
};

} // namespace cli
