#include "catalog/workerpool_p.h"
#include "catalog/workerthreads.h"

#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace sr {

int workerThreadCount()
{
    // Qt reads the process's CPU affinity on Linux.
    return std::max(1, QThread::idealThreadCount());
}

namespace detail {

QThreadPool *workerPool()
{
    static QThreadPool pool;
    static const bool sized = (pool.setMaxThreadCount(workerThreadCount()), true);
    Q_UNUSED(sized);
    return &pool;
}

} // namespace detail
} // namespace sr
