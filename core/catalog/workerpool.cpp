#include "catalog/workerpool_p.h"
#include "catalog/workerthreads.h"

#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <atomic>

namespace sr {

namespace {
std::atomic<void (*)()> threadSetUp{nullptr};
}

int workerThreadCount()
{
    // Qt reads the process's CPU affinity on Linux.
    return std::max(1, QThread::idealThreadCount());
}

void setWorkerThreadSetUp(void (*setUp)())
{
    threadSetUp.store(setUp);
}

namespace detail {

QThreadPool *workerPool()
{
    static QThreadPool pool;
    static const bool sized = (pool.setMaxThreadCount(workerThreadCount()), true);
    Q_UNUSED(sized);
    return &pool;
}

void setUpThisThread()
{
    thread_local bool done = false;
    if (done)
        return;
    done = true;
    if (auto setUp = threadSetUp.load())
        setUp();
}

} // namespace detail
} // namespace sr
