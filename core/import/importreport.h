#pragma once

#include "analysis/report.h"
#include "catalog/diagnostic.h"
#include "import/importedproject.h"

#include <span>

namespace sr {

/// What an import did, fact by fact: each field of each object `carried`, `approximated`
/// (with how) or `not carried` (with why), with totals; the services it wrote and how; the
/// files it changed, with their unified diffs when asked (`--dry-run`); and the errors that
/// stopped it (docs/import.md).
class SERVICEREGISTRY_EXPORT ImportReport : public Report
{
public:
    struct ServiceResult
    {
        QString id;
        QString object;
        QString as; ///< "new", "override of the catalog's <id>", "updated"
    };
    struct FileResult
    {
        QString path;
        bool created = false;
        QByteArray diff; ///< unified diff; empty when not asked
    };

    QString project;
    QString source; ///< compose or kubernetes
    QList<ServiceResult> services;
    QList<ImportFact> facts;
    QList<FileResult> files;
    Diagnostics errors; ///< what the imported registry would report: the import is refused
    bool written = false; ///< the files were written (false for --dry-run and on errors)

    static std::span<const ReportFormat> formats(); ///< text, json
    void render(ReportFormat format, QIODevice &out) const override;
    using Report::render;

    int count(ImportOutcome outcome) const;
};

SERVICEREGISTRY_EXPORT QString outcomeName(ImportOutcome outcome); ///< carried, approximated, not carried

} // namespace sr
