#pragma once

#include <QCoreApplication>
#include <QStringList>

#include "policy/policyrules.h"

#include <memory>
#include <optional>

namespace sr {
class DeploymentStore;
}

class QCommandLineParser;

/// Parses the command line, runs one subcommand and returns the process exit code.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    enum ExitCode { Clean = 0, Findings = 1, UsageError = 2 };
    int run(const QStringList &arguments);

private:
    int validate(const QStringList &arguments);
    int checkDeps(const QStringList &arguments);
    int synth(const QStringList &arguments);
    int policyCheck(const QStringList &arguments, bool securityOnly);
    int policyList(const QStringList &arguments);
    int approvals(const QStringList &arguments);
    int generate(const QStringList &arguments, const QString &description); // generatecommand.cpp
    int review(const QStringList &arguments, const QString &description, bool impact); // reviewcommands.cpp
    int edit(const QStringList &arguments, const QString &description, bool unset); // editcommands.cpp
    int policyExplain(const QStringList &arguments);
    // deploycommands.cpp
    int deploy(const QStringList &arguments);
    int deployRecord(const QStringList &arguments);
    int deployImport(const QStringList &arguments);
    int deployQuery(const QStringList &arguments, bool history);
    int deployDrift(const QStringList &arguments);
    int deploySynth(const QStringList &arguments);
    int dora(const QStringList &arguments);
    int approve(const QStringList &arguments);
    int audit(const QStringList &arguments);
    /// The store at `url`, or null after printing why it cannot be used.
    std::unique_ptr<sr::DeploymentStore> openStore(const QString &url);
    /// Prints the store's last error; the exit code it calls for.
    int storeFailed(const sr::DeploymentStore &store);
    std::optional<QList<sr::PolicyRuleInfo>> rulesFor(const QStringList &arguments, QStringList *rest);
    int usage(const QString &message);
    bool write(const QByteArray &data);

    QString m_outputFile;
};
