#pragma once

#include <QCoreApplication>

namespace cli {

class Invocation;

/// validate and check-deps: docs/cli.md.
class CheckCommands
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommands)

public:
    static int validate(Invocation &invocation);
    static int checkDeps(Invocation &invocation);
};

} // namespace cli
