#pragma once

#include <QCoreApplication>

namespace cli {

class Invocation;

/// generate and synth: docs/cli.md and docs/generators.md.
class GenerateCommands
{
    Q_DECLARE_TR_FUNCTIONS(GenerateCommands)

public:
    static int generate(Invocation &invocation);
    static int synth(Invocation &invocation);
};

} // namespace cli
