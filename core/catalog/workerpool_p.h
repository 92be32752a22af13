#pragma once

#include <QList>
#include <QtConcurrent/QtConcurrentMap>

class QThreadPool;

namespace sr::detail {

/// The core's own threads for its parallel loops: loading, validation, policies. One pool,
/// so that the checks after a load run on the threads (and in the memory arenas) the load
/// has just used, instead of starting threads of their own (docs/performance.md). Not
/// Qt's global pool: a caller may itself be a task of that pool, and its loops must still
/// find threads to run on.
QThreadPool *workerPool();

/// Runs the program's set-up (setWorkerThreadSetUp) if this thread has not run it yet.
void setUpThisThread();

/// Runs `work(i)` for every index on the worker pool and the calling thread, and returns when
/// all are done. Each thread runs the program's set-up before its first index.
template<typename Work> void forEachIndex(QList<int> &indices, Work &&work)
{
    QtConcurrent::blockingMap(workerPool(), indices, [&work](int i) {
        setUpThisThread();
        work(i);
    });
}

} // namespace sr::detail
