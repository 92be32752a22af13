#pragma once

#include "serviceregistry_export.h"

namespace sr {

/// How many threads the core's parallel loops (loading, validation, policies) run on: the
/// processors this process may use (its CPU affinity, so `taskset -c 0` means one).
SERVICEREGISTRY_EXPORT int workerThreadCount();

/// Something a program wants done once on each of the core's worker threads, on that thread,
/// before the thread's first piece of work (the CLI prepares the thread's memory heap). Set it
/// before the first load; nullptr removes it. The calling thread of a parallel loop also works
/// on it and runs the set-up too.
SERVICEREGISTRY_EXPORT void setWorkerThreadSetUp(void (*setUp)());

} // namespace sr
