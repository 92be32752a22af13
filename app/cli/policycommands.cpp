#include "policycommands.h"
#include "checkedregistry.h"
#include "invocation.h"

#include "analysis/diagnosticreport.h"
#include "policy/policyengine.h"
#include "policy/policyreportformat.h"
#include "policy/policyrules.h"

#include <QDate>

using namespace sr;

namespace cli {

namespace {

int evaluate(Invocation &invocation, PolicyEngine::Scope scope)
{
    CheckedRegistry checked(invocation);
    const QCommandLineOption today(
        QStringLiteral("today"),
        PolicyCommands::tr("The date that decides which waivers have expired (default: today), for reproducible runs."),
        PolicyCommands::tr("yyyy-mm-dd"));
    const QCommandLineOption failOn(
        QStringLiteral("fail-on"),
        PolicyCommands::tr("Exit with 1 on: error (unwaived errors, expired or unknown-rule waivers), "
                           "warning (also warnings and stale waivers) or never."),
        PolicyCommands::tr("level"), QStringLiteral("error"));
    invocation.parser().addOptions({today, failOn});
    if (const auto stop = checked.load())
        return *stop;
    QDate date = QDate::currentDate();
    if (invocation.isSet(today)) {
        date = QDate::fromString(invocation.value(today), Qt::ISODate);
        if (!date.isValid())
            return invocation.usage(
                PolicyCommands::tr("--today '%1' is not a date; write it as 2026-11-28").arg(invocation.value(today)));
    }
    const QString level = checked.strict() ? QStringLiteral("warning") : invocation.value(failOn);
    if (level != QLatin1String("error") && level != QLatin1String("warning") && level != QLatin1String("never"))
        return invocation.usage(PolicyCommands::tr("unknown --fail-on level '%1'; use error, warning or never").arg(level));
    const Registry &registry = checked.registry();
    // Loading errors leave the policies unevaluable; they are reported like validate does.
    Diagnostics loading;
    for (const auto &d : registry.diagnostics) {
        if (d.severity == Severity::Error)
            loading.append(d);
    }
    if (!loading.isEmpty()) {
        printErr(QString::fromUtf8(DiagnosticReport(loading, registry.root).render(ReportFormat::Text)));
        return Findings;
    }
    const PolicyReport report = PolicyEngine::evaluate(registry, date, scope);
    const bool failing = level != QLatin1String("never") && report.failures(level == QLatin1String("warning")) > 0;
    return invocation.finish(PolicyReportFormat(report, registry), failing ? Findings : Clean);
}

/// The built-in rules and, with --registry DIR, that registry's custom rules; or the exit
/// code in `stop` when the command must stop.
std::optional<QList<PolicyRuleInfo>> rules(Invocation &invocation, bool withArguments, int *stop)
{
    invocation.useRegistry(PolicyCommands::tr("Also the custom rules of this registry (policies/rules.toml)."));
    if (const auto code = withArguments ? invocation.parseWithArguments() : invocation.parse()) {
        *stop = *code;
        return std::nullopt;
    }
    Registry empty;
    if (!invocation.registryGiven())
        return policyRules(empty);
    return policyRules(*invocation.load(std::make_shared<FolderSource>(invocation.registryRoot())));
}

} // namespace

int PolicyCommands::securityCheck(Invocation &invocation)
{
    return evaluate(invocation, PolicyEngine::Scope::Security);
}

int PolicyCommands::check(Invocation &invocation)
{
    return evaluate(invocation, PolicyEngine::Scope::All);
}

int PolicyCommands::list(Invocation &invocation)
{
    int stop = Clean;
    const auto all = rules(invocation, false, &stop);
    if (!all)
        return stop;
    QString out;
    for (const PolicyRuleInfo &rule : *all)
        out += QStringLiteral("%1  %2  %3  %4\n")
                   .arg(rule.id, -32)
                   .arg(nameOf(rule.severity), -7)
                   .arg(rule.area, -10)
                   .arg(rule.title);
    return invocation.finish(out);
}

int PolicyCommands::explain(Invocation &invocation)
{
    invocation.parser().addPositionalArgument(QStringLiteral("rule"), tr("The rule's id, e.g. images.forbid_latest_tag."));
    int stop = Clean;
    const auto all = rules(invocation, true, &stop);
    if (!all)
        return stop;
    const QStringList rest = invocation.positionalArguments();
    if (rest.size() != 1)
        return invocation.usage(
            tr("policy explain needs one rule id, e.g. service-registry policy explain images.forbid_latest_tag"));
    const auto rule = std::find_if(all->cbegin(), all->cend(), [&rest](const PolicyRuleInfo &r) { return r.id == rest.first(); });
    if (rule == all->cend())
        return invocation.usage(tr("no policy rule '%1'; run service-registry policy list for the rule ids").arg(rest.first()));
    QString out = QStringLiteral("%1 (%2, %3)\n%4\n").arg(rule->id, nameOf(rule->severity), rule->area, rule->title);
    if (!rule->rationale.isEmpty())
        out += QLatin1Char('\n') + tr("Why: %1").arg(rule->rationale) + QLatin1Char('\n');
    out += QLatin1Char('\n') + tr("Fix: %1").arg(rule->remediation) + QLatin1Char('\n');
    if (rule->custom)
        out += QLatin1Char('\n') + tr("Defined at %1:%2").arg(rule->location.file).arg(rule->location.line) + QLatin1Char('\n');
    return invocation.finish(out);
}

} // namespace cli
