#pragma once

#include <qcoro/qcorotask.h>

#include <functional>

namespace engine {

/// Runs job(0) … job(count − 1) with at most @p width (1–16) at once: every worker starts at
/// once, as an IdP's burst does, and each takes the next index in order. Once @p stopped says so,
/// no new job is taken. Ends when every job taken has ended. The jobs share one client, so a 429
/// holds back all of them.
QCoro::Task<> forEachBounded(int count, int width, std::function<QCoro::Task<>(int index)> job,
                             std::function<bool()> stopped = {});

} // namespace engine
