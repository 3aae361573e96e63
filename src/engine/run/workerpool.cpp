#include "engine/run/workerpool.h"

#include <algorithm>
#include <memory>
#include <vector>

namespace engine {

namespace {

struct Pool
{
    int count = 0;
    int next = 0;
    std::function<QCoro::Task<>(int)> job;
    std::function<bool()> stopped;
};

QCoro::Task<> worker(std::shared_ptr<Pool> pool)
{
    while (pool->next < pool->count && !(pool->stopped && pool->stopped()))
        co_await pool->job(pool->next++);
}

} // namespace

QCoro::Task<> forEachBounded(int count, int width, std::function<QCoro::Task<>(int index)> job,
                             std::function<bool()> stopped)
{
    auto pool = std::make_shared<Pool>(Pool {count, 0, std::move(job), std::move(stopped)});
    std::vector<QCoro::Task<>> workers;
    for (int i = 0; i < std::clamp(width, 1, 16); ++i)
        workers.push_back(worker(pool)); // started at once
    for (auto &task : workers)
        co_await task;
}

} // namespace engine
