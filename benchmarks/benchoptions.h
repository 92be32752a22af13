#pragma once

// What the benchmark programs share: their command-line numbers and the synthetic registry
// they measure (docs/performance.md).

#include "catalog/syntheticregistry.h"

#include <QStringList>

#include <cstdio>

/// The number after `name` on the command line ("--runs 9"), or `fallback`.
inline int intOption(const QStringList &args, const char *name, int fallback)
{
    const auto i = args.indexOf(QString::fromLatin1(name));
    return i >= 0 && i + 1 < args.size() ? args[i + 1].toInt() : fallback;
}

/// The registry of the figures: --projects (50) × --services (100) and --globals global
/// services, from seed 7.
inline sr::SyntheticRegistry::Options syntheticOptions(const QStringList &args)
{
    sr::SyntheticRegistry::Options options;
    options.projects = intOption(args, "--projects", 50);
    options.servicesPerProject = intOption(args, "--services", 100);
    options.globalServices = intOption(args, "--globals", options.globalServices);
    options.seed = 7;
    return options;
}

/// Writes the synthetic registry into `folder`; false, said on standard error, when it cannot.
inline bool writeSyntheticRegistry(const QString &folder, const sr::SyntheticRegistry::Options &options)
{
    const QString error = sr::SyntheticRegistry::write(folder, options);
    if (!error.isEmpty())
        std::fprintf(stderr, "cannot write the synthetic registry: %s\n", qPrintable(error));
    return error.isEmpty();
}
