#pragma once

#include <QCoreApplication>

namespace cli {

class Invocation;

/// set and unset: docs/cli.md.
class EditCommands
{
    Q_DECLARE_TR_FUNCTIONS(EditCommands)

public:
    static int set(Invocation &invocation);
    static int unset(Invocation &invocation);

private:
    static int edit(Invocation &invocation, bool unset);
};

} // namespace cli
