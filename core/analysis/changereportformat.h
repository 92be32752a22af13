#pragma once

#include "analysis/changedetector.h"

#include <QByteArray>

namespace sr {

/// The change review's reports (docs/change-review.md): compiler-style text, the JSON of
/// docs/cli.md, Markdown for a pull-request comment (summary table first, details and
/// migration guides folded) and SARIF 2.1.0. `base` and `head` name the two sides; `head`
/// is the registry the change leads to (for the steps of the migration guides).
namespace ChangeReportFormat {
SERVICEREGISTRY_EXPORT QByteArray toText(const ChangeReport &report, const QString &base, const QString &head);
/// The affected services first, grouped by changed service (impact-analysis's text).
SERVICEREGISTRY_EXPORT QByteArray toImpactText(const ChangeReport &report, const QString &base, const QString &head);
SERVICEREGISTRY_EXPORT QByteArray toJson(const ChangeReport &report, const QString &base, const QString &head);
SERVICEREGISTRY_EXPORT QByteArray toMarkdown(const ChangeReport &report, const Registry &headRegistry, const QString &base,
                                             const QString &head);
SERVICEREGISTRY_EXPORT QByteArray toSarif(const ChangeReport &report, const QString &registryRoot);
/// The migration guide of one breaking change: what changed, who is affected (with the
/// dependency paths), the concrete steps (file:line where they are to be made) and a rough
/// effort figure.
SERVICEREGISTRY_EXPORT QString migrationGuide(const RegistryChange &change, const Registry &headRegistry);
} // namespace ChangeReportFormat

} // namespace sr
