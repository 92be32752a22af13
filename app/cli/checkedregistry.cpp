#include "checkedregistry.h"
#include "invocation.h"

namespace cli {

CheckedRegistry::CheckedRegistry(Invocation &invocation)
    : m_invocation(invocation)
    , m_strict(QStringLiteral("warnings-as-errors"), tr("Exit with 1 on warnings too."))
{
    invocation.useRegistry();
    invocation.useOutput();
    invocation.useRevision();
    invocation.parser().addOption(m_strict);
}

std::optional<int> CheckedRegistry::load()
{
    // A folder given without -r would check the wrong one.
    if (const auto stop = m_invocation.parse(tr("to check the registry in that folder, write --registry %1")))
        return stop;
    const sr::RegistrySourcePtr source = m_invocation.source();
    if (!source)
        return UsageError;
    sr::RegistryLoader::Options options;
    options.keepForReload = false; // loaded once
    m_registry = m_invocation.load(source, options);
    return std::nullopt;
}

bool CheckedRegistry::strict() const
{
    return m_invocation.isSet(m_strict);
}

int CheckedRegistry::exitCodeFor(const sr::Diagnostics &diagnostics) const
{
    if (sr::countBySeverity(diagnostics, sr::Severity::Error) > 0)
        return Findings;
    if (strict() && sr::countBySeverity(diagnostics, sr::Severity::Warning) > 0)
        return Findings;
    return Clean;
}

} // namespace cli
