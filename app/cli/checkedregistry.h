#pragma once

#include "catalog/diagnostic.h"
#include "catalog/registry.h"

#include <QCommandLineOption>
#include <QCoreApplication>

#include <optional>

namespace cli {

class Invocation;

/// What the checking commands (validate, check-deps, security-check, policy check) share: a
/// registry folder or a revision of it, --output and --warnings-as-errors; the registry,
/// loaded once for a program that exits after the report.
class CheckedRegistry
{
    Q_DECLARE_TR_FUNCTIONS(CheckedRegistry)

public:
    /// Adds the options; the command adds its own before load().
    explicit CheckedRegistry(Invocation &invocation);
    /// Parses the arguments and loads the registry. Returns the exit code when the command
    /// must stop.
    std::optional<int> load();

    const sr::Registry &registry() const { return *m_registry; }
    bool strict() const;
    /// 1 when there are errors (or warnings, with --warnings-as-errors), else 0.
    int exitCodeFor(const sr::Diagnostics &diagnostics) const;

private:
    Invocation &m_invocation;
    QCommandLineOption m_strict;
    sr::RegistryPtr m_registry;
};

} // namespace cli
