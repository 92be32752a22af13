#pragma once

class QThreadPool;

namespace sr::detail {

/// The core's own threads for its parallel loops: loading, validation, policies. One pool,
/// so that the checks after a load run on the threads (and in the memory arenas) the load
/// has just used, instead of starting threads of their own (docs/performance.md). Not
/// Qt's global pool: a caller may itself be a task of that pool, and its loops must still
/// find threads to run on.
QThreadPool *workerPool();

} // namespace sr::detail
