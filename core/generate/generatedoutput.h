#pragma once

#include "generate/generator.h"

namespace sr {

/// Generated files on disk: writing them into an output folder, and comparing them with it
/// (`generate --check`). Each format folder (<project>/<target>/<format>/) holds a list of
/// the files generated into it, `.generated-files`, so that the next generation removes the
/// ones that no longer belong, and never a file it did not write.
class SERVICEREGISTRY_EXPORT GeneratedOutput
{
public:
    static constexpr const char *manifestName = ".generated-files";

    struct Difference
    {
        enum Kind { Changed, Missing, Stale };
        QString path; ///< relative to the output folder
        Kind kind = Changed;
    };

    /// What a write did.
    struct Written
    {
        int changed = 0; ///< written: new or different
        int unchanged = 0; ///< already there, byte for byte (left alone, time stamp kept)
        int removed = 0; ///< generated before, no longer generated
    };

    /// Writes every file (each atomically: a temporary file renamed over the old one) and
    /// removes the files the last generation into the same format folders wrote that are not
    /// in `files`. Refuses paths that would leave `folder` (.., absolute paths, links out of
    /// it). Returns false with `error` at the first file it cannot write.
    static bool write(const QString &folder, const QList<GeneratedFile> &files, QString *error, Written *written = nullptr);
    /// How the files under `folder` differ from `files`, sorted by path; empty when identical.
    static QList<Difference> compare(const QString &folder, const QList<GeneratedFile> &files);
    /// Whether a generated path is relative, without "." or ".." parts or backslashes.
    static bool isSafePath(const QString &path);
};

SR_DECLARE_VOCABULARY(GeneratedOutput::Difference::Kind) ///< "changed", "missing", "stale"

} // namespace sr
