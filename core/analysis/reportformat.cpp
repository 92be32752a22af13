#include "analysis/reportformat.h"

namespace sr {

namespace {
constexpr const char *formatNamesOnWire[] = {"text", "json", "sarif", "markdown", "junit"};
constexpr const char *formatLabels[]
    = {QT_TRANSLATE_NOOP("Vocabulary", "text"), QT_TRANSLATE_NOOP("Vocabulary", "JSON"), QT_TRANSLATE_NOOP("Vocabulary", "SARIF"),
       QT_TRANSLATE_NOOP("Vocabulary", "Markdown"), QT_TRANSLATE_NOOP("Vocabulary", "JUnit XML")};
} // namespace

SR_DEFINE_VOCABULARY(ReportFormat, formatNamesOnWire, formatLabels)

QStringList formatNames(std::span<const ReportFormat> formats)
{
    QStringList names;
    for (const ReportFormat format : formats)
        names.append(nameOf(format));
    return names;
}

} // namespace sr
