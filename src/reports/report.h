#pragma once

#include "engine/run/runresult.h"

#include <QCoreApplication>
#include <QString>

namespace reports {

/// Report files for a run: HTML (self-contained, printable), PDF, JSON (the architecture's
/// schema) and JUnit XML, chosen by the file's extension. Shared by the command line's
/// `--report FILE` and the results view's Export.
class Report
{
    Q_DECLARE_TR_FUNCTIONS(reports::Report)

public:
    enum class Format { Html, Pdf, Json, JUnit };

    /// The format for @p path's extension (.html/.htm, .pdf, .json, .xml), or nullopt.
    static std::optional<Format> formatFor(const QString &path);
    /// A sentence naming what is wrong with @p path as a report file, or empty when it is fine.
    static QString checkPath(const QString &path);

    /// One HTML document with its styles inline: readable offline, printable, no scripts.
    static QString html(const engine::RunResult &result);
    /// Writes @p result to @p path atomically; returns an error sentence, empty on success.
    /// PDF needs a QGuiApplication (offscreen is enough).
    static QString write(const engine::RunResult &result, const QString &path);
};

} // namespace reports
