#pragma once

#include "catalog/registry.h"
#include "catalog/registryloader.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QCommandLineParser;

// What every subcommand of the CLI shares (cliapplication.cpp, generatecommand.cpp).
namespace cli {

void printErr(const QString &text);
/// The subcommand's description and --help.
void setUp(QCommandLineParser &parser, const char *name, const char *description);
/// Parses a subcommand's options. Returns the exit code when the command must stop: a
/// parse error or a stray argument (2, with the message), or --help (0, help printed).
/// `strayHint` says how to write what a stray argument probably meant.
std::optional<int> parseCommand(QCommandLineParser &parser, const QStringList &arguments,
                                const std::function<int(const QString &)> &usage, const QString &strayHint = {});
/// The process is about to exit: freeing a registry piece by piece would cost about a tenth
/// of the run (docs/performance.md), so it stays reachable until the end and the operating
/// system takes the memory back at once.
void keepUntilExit(sr::RegistryPtr registry);
/// RegistryLoader::load(), once the allocator's set-up for loading is done (allocatortuning.h).
sr::RegistryPtr loadRegistry(const sr::RegistrySourcePtr &source, const sr::RegistryLoader::Options &options = {});

} // namespace cli
