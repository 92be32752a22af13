#pragma once

#include "analysis/report.h"
#include "catalog/registry.h"
#include "catalog/registryloader.h"
#include "catalog/registrysource.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIODevice>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace sr {
class DeploymentStore;
}

namespace cli {

struct Command;

enum ExitCode { Clean = 0, Findings = 1, UsageError = 2 };

void printErr(const QString &text);
/// Prints "service-registry: MESSAGE" on standard error and returns `code`.
int fail(const QString &message, int code);
/// Writes `data` to standard output and flushes it; a full disk or a closed pipe is said on
/// standard error and gives false, never passes for a complete output.
bool writeStandardOutput(const QByteArray &data);

/// One run of one command: its parser with the options the commands share (declared here
/// once), the checks every command makes, the one writer of its output, and the registries it
/// loads, which stay alive until the process exits (main.cpp).
class Invocation
{
    Q_DECLARE_TR_FUNCTIONS(Invocation)

public:
    Invocation(const Command &command, const QString &program, QStringList arguments,
               std::vector<std::shared_ptr<const void>> *kept);

    const Command &command() const { return m_command; }
    /// The command's own options and positional arguments go here before parse().
    QCommandLineParser &parser() { return m_parser; }

    /// -r/--registry DIR (default: the current folder); `help` replaces the usual line.
    void useRegistry(const QString &help = {});
    /// --revision REV: read the registry at a git revision.
    void useRevision(const QString &help = {});
    /// --db URL: the deployment store.
    void useStore();
    /// -o/--output FILE: write the report to a file, atomically.
    void useOutput();

    /// Parses the arguments and makes the common checks: --help (prints, returns 0), unknown
    /// options and stray arguments, --format against the command's formats, and the registry
    /// folder. Returns the exit code when the command must stop. `strayHint` says what a stray
    /// argument probably meant ("%1" is the argument).
    std::optional<int> parse(const QString &strayHint = {});
    /// As parse(), but positional arguments are the command's own.
    std::optional<int> parseWithArguments();

    bool isSet(const QCommandLineOption &option) const { return m_parser.isSet(option); }
    QString value(const QCommandLineOption &option) const { return m_parser.value(option); }
    QStringList positionalArguments() const { return m_parser.positionalArguments(); }
    /// The --format value (one of the command's formats), or the list of them (formatList).
    QString format() const;
    /// The --format value as a report format (the command's formats are report formats).
    sr::ReportFormat reportFormat() const;
    QStringList formats() const;
    QString registryRoot() const;
    /// --registry was given (its default is the current folder).
    bool registryGiven() const;
    bool hasRevision() const;
    QString revision() const;
    QString storeUrl() const;
    /// The store --db names, or null after printing why it cannot be used.
    std::unique_ptr<sr::DeploymentStore> openStore() const;
    /// Prints the store's last error; the exit code it calls for.
    int storeFailed(const sr::DeploymentStore &store) const;

    /// The registry folder, or its --revision (whose commit id goes to `commit`); null after
    /// printing why not.
    sr::RegistrySourcePtr source(QString *commit = nullptr);
    /// Loads a registry; it stays alive until the process exits, so that it is not freed
    /// piece by piece at the end (docs/performance.md).
    sr::RegistryPtr load(const sr::RegistrySourcePtr &source, const sr::RegistryLoader::Options &options = {});

    /// "service-registry: MESSAGE" on standard error; returns UsageError.
    /// Keeps `object` alive until the process exits: large results are left to the system to
    /// free at once (main.cpp) instead of piece by piece.
    void keepUntilExit(std::shared_ptr<const void> object) { m_kept->push_back(std::move(object)); }
    int usage(const QString &message) const;
    /// Prints "service-registry: MESSAGE" on standard error and returns `code`.
    int fail(const QString &message, int code) const;
    /// The one writer of a command's output: `produce` writes it to standard output, or to
    /// the --output file, which is replaced atomically once all is written. A failed write (a
    /// full disk, a closed pipe) is reported and is false: the command then exits with 2.
    bool write(const std::function<void(QIODevice &)> &produce) const;
    bool write(const QByteArray &data) const;
    /// write(), then `code`, or UsageError when the write failed.
    int finish(const QByteArray &data, int code = Clean) const;
    int finish(const QString &text, int code = Clean) const { return finish(text.toUtf8(), code); }
    /// The report in the --format asked for, written as it is produced.
    int finish(const sr::Report &report, int code = Clean) const;

private:
    std::optional<int> parseArguments(bool positionals, const QString &strayHint);

    const Command &m_command;
    QStringList m_arguments;
    QCommandLineParser m_parser;
    std::optional<QCommandLineOption> m_registry;
    std::optional<QCommandLineOption> m_revision;
    std::optional<QCommandLineOption> m_store;
    std::optional<QCommandLineOption> m_output;
    std::optional<QCommandLineOption> m_format;
    std::vector<std::shared_ptr<const void>> *m_kept;
};

} // namespace cli
