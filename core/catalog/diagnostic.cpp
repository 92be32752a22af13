#include "catalog/diagnostic.h"

#include <algorithm>

namespace sr {

QString SourceLocation::toString() const
{
    if (line <= 0)
        return file;
    if (column <= 0)
        return file + QLatin1Char(':') + QString::number(line);
    return file + QLatin1Char(':') + QString::number(line) + QLatin1Char(':') + QString::number(column);
}

QString pathInRoot(const QString &root, const QString &relative)
{
    if (relative.isEmpty() || relative == QLatin1String("."))
        return root;
    if (root.isEmpty() || root == QLatin1String("."))
        return relative;
    return root + QLatin1Char('/') + relative;
}

namespace {
constexpr const char *severityNames[] = {"error", "warning", "note"};
constexpr const char *severityLabels[] = {QT_TRANSLATE_NOOP("Vocabulary", "error"), QT_TRANSLATE_NOOP("Vocabulary", "warning"),
                                          QT_TRANSLATE_NOOP("Vocabulary", "note")};
} // namespace

SR_DEFINE_VOCABULARY(Severity, severityNames, severityLabels)

int countBySeverity(const Diagnostics &diagnostics, Severity severity)
{
    return int(std::count_if(diagnostics.cbegin(), diagnostics.cend(),
                             [severity](const Diagnostic &d) { return d.severity == severity; }));
}

void sortDiagnostics(Diagnostics &diagnostics)
{
    std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic &a, const Diagnostic &b) {
        if (a.location.file != b.location.file)
            return a.location.file < b.location.file;
        if (a.location.line != b.location.line)
            return a.location.line < b.location.line;
        if (a.location.column != b.location.column)
            return a.location.column < b.location.column;
        if (a.code != b.code)
            return a.code < b.code;
        return a.message < b.message;
    });
    // The same finding can be reached from the global view and from every project
    // that inherits it; report it once.
    diagnostics.erase(std::unique(diagnostics.begin(), diagnostics.end()), diagnostics.end());
}

} // namespace sr
