#pragma once

#include "engine/run/runresult.h"

#include <QByteArray>
#include <QCoreApplication>

namespace reports {

/// A run as JUnit XML, for CI systems: one testsuite, a testcase per step; a failed step is a
/// failure, skipped and cancelled steps are skipped, a warning passes with its note in system-out;
/// what a step measured (its figures) as the testcase's properties and a line in system-out.
struct JUnit
{
    Q_DECLARE_TR_FUNCTIONS(reports::JUnit)

public:
    static QByteArray document(const engine::RunResult &result);
};

} // namespace reports
