#pragma once

#include "serviceregistry_export.h"

namespace sr {

/// How many threads the core's parallel loops (loading, validation, policies) run on: the
/// processors this process may use (its CPU affinity, so `taskset -c 0` means one). A program
/// that prepares something per worker (the CLI's allocator set-up) asks here too, so that
/// both agree.
SERVICEREGISTRY_EXPORT int workerThreadCount();

} // namespace sr
