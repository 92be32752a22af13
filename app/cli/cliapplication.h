#pragma once

#include <QCoreApplication>
#include <QStringList>

#include "policy/policyrules.h"

#include <optional>

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
    std::optional<QList<sr::PolicyRuleInfo>> rulesFor(const QStringList &arguments, QStringList *rest);
    int usage(const QString &message);
    bool write(const QByteArray &data);

    QString m_outputFile;
};
