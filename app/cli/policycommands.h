#pragma once

#include <QCoreApplication>

namespace cli {

class Invocation;

/// security-check and policy check|list|explain: docs/policies.md.
class PolicyCommands
{
    Q_DECLARE_TR_FUNCTIONS(PolicyCommands)

public:
    static int securityCheck(Invocation &invocation);
    static int check(Invocation &invocation);
    static int list(Invocation &invocation);
    static int explain(Invocation &invocation);
};

} // namespace cli
