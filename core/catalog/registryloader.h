#pragma once

#include "catalog/registry.h"
#include "catalog/registrysource.h"

#include <QSet>

#include <functional>
#include <optional>

namespace sr {

/// Loads a registry into an immutable, resolved snapshot. Never throws and never stops
/// at the first problem: every problem becomes a Diagnostic and whatever can be loaded is
/// loaded. Reads through a RegistrySource (a folder, a git revision, unsaved buffers).
/// Safe to call from any thread.
class SERVICEREGISTRY_EXPORT RegistryLoader
{
public:
    /// Called from worker threads with the number of steps done and the total.
    using Progress = std::function<void(int done, int total)>;

    struct Limits
    {
        qint64 maxFileBytes = qint64(8) * 1024 * 1024; ///< larger files are refused (SR022)
        int maxNesting = 32; ///< deeper tables or arrays are refused (SR025)
    };

    /// Polled between files; once it returns true the load stops promptly.
    using IsCancelled = std::function<bool()>;

    struct Options
    {
        Progress progress;
        IsCancelled cancelled;
        Limits limits;
        /// An earlier snapshot of the same registry (the console's last load): a file whose
        /// bytes did not change is not parsed again, and a project whose files and catalog
        /// did not change is not resolved again. The result is the same as a full load.
        RegistryPtr previous;
        /// With `previous`: the only files that may differ from it (the console's edited
        /// buffers, when nothing changed on disk since); the others are taken from
        /// `previous` without being read. Unset: every file is read and compared.
        std::optional<QSet<QString>> changedFiles;
        /// Whether the snapshot keeps what the next load needs to skip unchanged files (each
        /// file's bytes among them). A program that loads once, as the CLI's checks do, turns
        /// this off: each file's text is freed as soon as it is read, and its memory reused.
        bool keepForReload = true;
    };

    /// Loads a folder on disk.
    static RegistryPtr load(const QString &root, const Progress &progress = {});
    static RegistryPtr load(const QString &root, const Progress &progress, const Limits &limits);
    /// Loads any source; returns null only when cancelled.
    static RegistryPtr load(const RegistrySourcePtr &source, const Options &options);
};

} // namespace sr
