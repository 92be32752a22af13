#pragma once

#include <QCoreApplication>

namespace cli {

class Invocation;

/// serve: the metrics exporter (docs/cli.md, docs/metrics.md).
class ObserveCommands
{
    Q_DECLARE_TR_FUNCTIONS(ObserveCommands)

public:
    static int serve(Invocation &invocation);
};

} // namespace cli
