#pragma once

#include "serviceregistry_store_export.h"

#include <QString>

namespace sr {

/// A length of time as people read it, in their language and in one unit: "45 seconds",
/// "12 minutes", "5 hours", "3 days" (whole units, rounded down; seconds below two minutes,
/// minutes below two hours, hours below two days). The CLI and the console use it alike.
SERVICEREGISTRY_STORE_EXPORT QString humanDuration(qint64 seconds);

} // namespace sr
