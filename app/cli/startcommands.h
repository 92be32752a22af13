#pragma once

#include <QCoreApplication>

namespace cli {

class Invocation;

/// init and import: where a team starts (docs/cli.md, docs/import.md).
class StartCommands
{
    Q_DECLARE_TR_FUNCTIONS(StartCommands)

public:
    static int init(Invocation &invocation);
    static int importCompose(Invocation &invocation);
    static int importKubernetes(Invocation &invocation);

private:
    static int import(Invocation &invocation, bool compose);
};

} // namespace cli
