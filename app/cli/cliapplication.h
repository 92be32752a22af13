#pragma once

#include "catalog/registry.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

/// Finds the command the arguments name in the command table, runs it and returns the
/// process exit code (0 clean, 1 findings, 2 usage or I/O error).
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    int run(const QStringList &arguments);

private:
    QString help() const;

    /// What the command loaded and built (registries, reviews): kept until the process exits (main.cpp).
    std::vector<std::shared_ptr<const void>> m_kept;
};
