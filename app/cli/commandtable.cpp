// The one list of the CLI's commands (docs/architecture.md, "Adding a command").
#include "command.h"

#include "checkcommands.h"
#include "deploycommands.h"
#include "editcommands.h"
#include "generatecommands.h"
#include "observecommands.h"
#include "policycommands.h"
#include "reviewcommands.h"
#include "startcommands.h"

#include "analysis/changereportformat.h"
#include "analysis/diagnosticreport.h"
#include "generate/generator.h"
#include "policy/policyreportformat.h"
#include "review/approverreviewformat.h"

namespace cli {

namespace {

constexpr sr::ReportFormat textAndJson[] = {sr::ReportFormat::Text, sr::ReportFormat::Json};

std::vector<Command> makeTable()
{
    using G = CommandGroup;
    using sr::formatNames;
    const QStringList diagnosticFormats = formatNames(sr::DiagnosticReport::formats());
    const QStringList policyFormats = formatNames(sr::PolicyReportFormat::formats());
    const QStringList changeFormats = formatNames(sr::ChangeReportFormat::formats());
    const QStringList textOrJson = formatNames(textAndJson);
    // clang-format off
    return {
        {QStringLiteral("init"), G::Start, QT_TRANSLATE_NOOP("Command", "Write a new, empty registry that validates clean: where a team starts"),
         &StartCommands::init, false, {}},
        {QStringLiteral("import compose"), G::Start, QT_TRANSLATE_NOOP("Command", "Import a project from Compose files, with a report of every fact carried or not"),
         &StartCommands::importCompose, true, textOrJson},
        {QStringLiteral("import kubernetes"), G::Start, QT_TRANSLATE_NOOP("Command", "Import a project from Kubernetes manifests, with a report of every fact carried or not"),
         &StartCommands::importKubernetes, true, textOrJson},

        {QStringLiteral("validate"), G::Check, QT_TRANSLATE_NOOP("Command", "Check syntax, schema, references, ports and dependencies"),
         &CheckCommands::validate, true, diagnosticFormats},
        {QStringLiteral("check-deps"), G::Check, QT_TRANSLATE_NOOP("Command", "Print each project's start-up order and every dependency cycle"),
         &CheckCommands::checkDeps, true, diagnosticFormats},
        {QStringLiteral("security-check"), G::Check, QT_TRANSLATE_NOOP("Command", "Check the security and compliance policies, with their waivers"),
         &PolicyCommands::securityCheck, true, policyFormats},
        {QStringLiteral("policy check"), G::Check, QT_TRANSLATE_NOOP("Command", "Check every policy, with its waivers"),
         &PolicyCommands::check, true, policyFormats},
        {QStringLiteral("policy list"), G::Check, QT_TRANSLATE_NOOP("Command", "List the policy rules, built-in and custom"),
         &PolicyCommands::list, false, {}},
        {QStringLiteral("policy explain"), G::Check, QT_TRANSLATE_NOOP("Command", "Explain a policy rule: why it exists and how to fix a finding"),
         &PolicyCommands::explain, false, {}},

        {QStringLiteral("generate"), G::Generate, QT_TRANSLATE_NOOP("Command", "Write Compose, Kubernetes, Terraform, KCL, GitOps and alert files"),
         &GenerateCommands::generate, true, sr::Generator::formats(), true},
        {QStringLiteral("synth"), G::Generate, QT_TRANSLATE_NOOP("Command", "Write a deterministic synthetic registry (benchmarks)"),
         &GenerateCommands::synth, false, {}},

        {QStringLiteral("review"), G::Review, QT_TRANSLATE_NOOP("Command", "Review a change for its approver: the verdict, then changes, reach, findings, approvals, deployments"),
         &ReviewCommands::review, true, formatNames(sr::ApproverReviewFormat::formats())},
        {QStringLiteral("diff"), G::Review, QT_TRANSLATE_NOOP("Command", "List the changes between two versions of the registry, breaking ones first"),
         &ReviewCommands::diff, true, changeFormats},
        {QStringLiteral("impact-analysis"), G::Review, QT_TRANSLATE_NOOP("Command", "Show which projects and services a change reaches, and through what"),
         &ReviewCommands::impactAnalysis, true, changeFormats},
        {QStringLiteral("approvals"), G::Review, QT_TRANSLATE_NOOP("Command", "List the approvals a change between two revisions requires"),
         &ReviewCommands::approvals, false, textOrJson},
        {QStringLiteral("approve"), G::Review, QT_TRANSLATE_NOOP("Command", "Approve a change on behalf of a governance group, or list its approvals"),
         &DeployCommands::approve, false, textOrJson},

        {QStringLiteral("deploy record"), G::Deploy, QT_TRANSLATE_NOOP("Command", "Record a deployment, or a change of its status"),
         &DeployCommands::record, false, textOrJson},
        {QStringLiteral("deploy import"), G::Deploy, QT_TRANSLATE_NOOP("Command", "Import deployment history from a .csv or .jsonl file, all of it or nothing"),
         &DeployCommands::import, false, textOrJson},
        {QStringLiteral("deploy current"), G::Deploy, QT_TRANSLATE_NOOP("Command", "List the version running at every target and region"),
         &DeployCommands::current, false, textOrJson},
        {QStringLiteral("deploy history"), G::Deploy, QT_TRANSLATE_NOOP("Command", "List a service's deployments, newest first"),
         &DeployCommands::history, false, textOrJson},
        {QStringLiteral("deploy drift"), G::Deploy, QT_TRANSLATE_NOOP("Command", "List where the running version differs from the registry's (exit 1 if any)"),
         &DeployCommands::drift, false, textOrJson},
        {QStringLiteral("deploy synth"), G::Deploy, QT_TRANSLATE_NOOP("Command", "Write a deterministic deployment history as CSV (benchmarks, demonstrations)"),
         &DeployCommands::synth, false, {}},
        {QStringLiteral("dora"), G::Deploy, QT_TRANSLATE_NOOP("Command", "Show the DORA figures of a project, with their bands"),
         &DeployCommands::dora, false, textOrJson},
        {QStringLiteral("serve"), G::Deploy, QT_TRANSLATE_NOOP("Command", "Serve the registry's and the store's figures to Prometheus, and run the services' health checks"),
         &ObserveCommands::serve, false, {}},
        {QStringLiteral("audit verify"), G::Deploy, QT_TRANSLATE_NOOP("Command", "Check the audit log's hash chain (exit 1 naming the first broken row)"),
         &DeployCommands::auditVerify, false, textOrJson},

        {QStringLiteral("set"), G::Edit, QT_TRANSLATE_NOOP("Command", "Set fields of a service in the registry's files, keeping their layout"),
         &EditCommands::set, true, {}},
        {QStringLiteral("unset"), G::Edit, QT_TRANSLATE_NOOP("Command", "Remove fields of a service, or a project's overrides of them"),
         &EditCommands::unset, true, {}},
    };
    // clang-format on
}

} // namespace

std::span<const Command> commandTable()
{
    static const std::vector<Command> table = makeTable();
    return table;
}

const Command *findCommand(const QStringList &words, qsizetype *used)
{
    if (words.isEmpty())
        return nullptr;
    const Command *found = nullptr;
    for (const Command &c : commandTable()) {
        const qsizetype parts = c.name.count(QLatin1Char(' ')) + 1;
        if (parts <= words.size() && c.name == words.first(parts).join(QLatin1Char(' '))
            && (!found || parts > found->name.count(QLatin1Char(' ')) + 1)) {
            found = &c;
            if (used)
                *used = parts;
        }
    }
    return found;
}

QStringList subcommandsOf(const QString &word)
{
    QStringList names;
    const QString prefix = word + QLatin1Char(' ');
    for (const Command &c : commandTable()) {
        if (c.name.startsWith(prefix))
            names.append(c.name.mid(prefix.size()));
    }
    return names;
}

} // namespace cli
