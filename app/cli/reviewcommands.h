#pragma once

#include <QCoreApplication>

namespace cli {

class Invocation;

/// review, diff, impact-analysis and approvals: docs/cli.md and docs/change-review.md.
class ReviewCommands
{
    Q_DECLARE_TR_FUNCTIONS(ReviewCommands)

public:
    static int diff(Invocation &invocation);
    static int impactAnalysis(Invocation &invocation);
    static int approvals(Invocation &invocation);
    static int review(Invocation &invocation);

private:
    static int compare(Invocation &invocation, bool impact);
};

} // namespace cli
