#pragma once

#include <QCoreApplication>

namespace cli {

class Invocation;

/// The deployment store's commands: deploy record|import|current|history|drift|synth, dora,
/// approve and audit verify (docs/cli.md, docs/deployments.md).
class DeployCommands
{
    Q_DECLARE_TR_FUNCTIONS(DeployCommands)

public:
    static int record(Invocation &invocation);
    static int import(Invocation &invocation);
    static int current(Invocation &invocation);
    static int history(Invocation &invocation);
    static int drift(Invocation &invocation);
    static int synth(Invocation &invocation);
    static int dora(Invocation &invocation);
    static int approve(Invocation &invocation);
    static int auditVerify(Invocation &invocation);
};

} // namespace cli
