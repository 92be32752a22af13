#pragma once

#include "catalog/vocabulary.h"

#include <QStringList>

#include <span>

namespace sr {

/// The forms a report is written in (docs/cli.md): compiler-style text for people, JSON for
/// scripts, SARIF 2.1.0 for code-scanning tools, Markdown for a pull-request comment, JUnit XML
/// for CI test views. Each report renders the ones it lists in its formats().
enum class ReportFormat { Text, Json, Sarif, Markdown, JUnit };
SR_DECLARE_VOCABULARY(ReportFormat) ///< "text", "json", "sarif", "markdown", "junit"

/// The wire names of `formats`, in order ("text", "json", …): the CLI's --format lists.
SERVICEREGISTRY_EXPORT QStringList formatNames(std::span<const ReportFormat> formats);

} // namespace sr
