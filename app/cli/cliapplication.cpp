#include "cliapplication.h"
#include "clisupport.h"

#include "analysis/dependencygraph.h"
#include "analysis/diagnosticreport.h"
#include "analysis/validator.h"
#include "catalog/registryloader.h"
#include "catalog/syntheticregistry.h"
#include "policy/policyengine.h"
#include "policy/policyreportformat.h"
#include "policy/policyrules.h"
#include "policy/requiredapprovals.h"
#include "vcs/gitrevisionsource.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <cerrno>
#include <cstdio>
#include <cstring>

using namespace sr;
using namespace cli;

namespace {

struct Command
{
    const char *name;
    const char *description;
};

constexpr Command commands[] = {
    {"validate", QT_TRANSLATE_NOOP("CliApplication", "Check syntax, schema, references, ports and dependencies")},
    {"check-deps", QT_TRANSLATE_NOOP("CliApplication", "Print each project's start-up order and every dependency cycle")},
    {"synth", QT_TRANSLATE_NOOP("CliApplication", "Write a deterministic synthetic registry (benchmarks)")},
    {"security-check", QT_TRANSLATE_NOOP("CliApplication", "Check the security and compliance policies, with their waivers")},
    {"policy", QT_TRANSLATE_NOOP("CliApplication", "policy check: every policy; policy list: the rules; policy explain RULE")},
    {"approvals", QT_TRANSLATE_NOOP("CliApplication", "List the approvals a change between two revisions requires")},
    {"generate", QT_TRANSLATE_NOOP("CliApplication", "Write Compose, Kubernetes, Terraform, KCL, GitOps and alert files")},
    {"diff", QT_TRANSLATE_NOOP("CliApplication", "List the changes between two versions of the registry, breaking ones first")},
    {"impact-analysis",
     QT_TRANSLATE_NOOP("CliApplication", "Show which projects and services a change reaches, and through what")},
    {"set", QT_TRANSLATE_NOOP("CliApplication", "Set fields of a service in the registry's files, keeping their layout")},
    {"unset", QT_TRANSLATE_NOOP("CliApplication", "Remove fields of a service, or a project's overrides of them")},
    {"deploy", QT_TRANSLATE_NOOP("CliApplication", "deploy record|import|current|history|drift|synth: the deployment store")},
    {"dora", QT_TRANSLATE_NOOP("CliApplication", "Show the DORA figures of a project, with their bands")},
    {"approve", QT_TRANSLATE_NOOP("CliApplication", "Approve a change on behalf of a governance group, or list its approvals")},
    {"audit", QT_TRANSLATE_NOOP("CliApplication", "audit verify: check the audit log's hash chain")},
};

/// Options every registry command shares.
struct RegistryOptions
{
    QCommandLineOption registry{QStringList{QStringLiteral("r"), QStringLiteral("registry")},
                                CliApplication::tr("Registry folder (default: the current folder)."), CliApplication::tr("dir"),
                                QStringLiteral(".")};
    QCommandLineOption format;
    QCommandLineOption output{QStringList{QStringLiteral("o"), QStringLiteral("output")},
                              CliApplication::tr("Write the report to a file (atomically) instead of standard output."),
                              CliApplication::tr("file")};
    QCommandLineOption strict{QStringLiteral("warnings-as-errors"), CliApplication::tr("Exit with 1 on warnings too.")};
    QCommandLineOption revision{
        QStringList{QStringLiteral("revision")},
        CliApplication::tr("Read the registry as it is at this git revision (branch, tag, commit id, HEAD~1), "
                           "straight from the repository that holds the registry folder, without a checkout."),
        CliApplication::tr("rev")};

    explicit RegistryOptions(const QStringList &formats)
        : format(QStringList{QStringLiteral("f"), QStringLiteral("format")},
                 CliApplication::tr("Output format: %1.").arg(formats.join(QLatin1String(", "))), CliApplication::tr("format"),
                 QStringLiteral("text"))
    { }
    void addTo(QCommandLineParser &parser) const { parser.addOptions({registry, format, output, strict, revision}); }
};

} // namespace

int CliApplication::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Service Registry: validate and analyse a central multi-project service registry."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("command"),
        tr("One of: validate, check-deps, security-check, policy, approvals, diff, impact-analysis, generate, set, unset, "
           "deploy, dora, approve, audit, synth."),
        tr("<command> [options]"));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("service-registry %s\n", qPrintable(QCoreApplication::applicationVersion()));
        return Clean;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("help")) || positional.isEmpty()) {
        QString help = parser.helpText() + QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n');
        for (const auto &c : commands)
            help += QStringLiteral("  %1  %2\n").arg(QString::fromLatin1(c.name), -12).arg(tr(c.description));
        help += QLatin1Char('\n') + tr("Run 'service-registry <command> --help' for the options of a command.")
            + QLatin1Char('\n');
        if (positional.isEmpty() && !parser.isSet(QStringLiteral("help"))) {
            printErr(help);
            return UsageError;
        }
        std::fputs(qPrintable(help), stdout);
        return Clean;
    }
    const QString &command = positional.first();
    QStringList rest = positional;
    rest[0] = arguments.first() + QLatin1Char(' ') + command; // shown in the subcommand's usage line
    if (command == QLatin1String("validate"))
        return validate(rest);
    if (command == QLatin1String("check-deps"))
        return checkDeps(rest);
    if (command == QLatin1String("synth"))
        return synth(rest);
    if (command == QLatin1String("approvals"))
        return approvals(rest);
    if (command == QLatin1String("generate"))
        return generate(rest, tr(commands[6].description));
    if (command == QLatin1String("diff"))
        return review(rest, tr(commands[7].description), false);
    if (command == QLatin1String("impact-analysis"))
        return review(rest, tr(commands[8].description), true);
    if (command == QLatin1String("set"))
        return edit(rest, tr(commands[9].description), false);
    if (command == QLatin1String("unset"))
        return edit(rest, tr(commands[10].description), true);
    if (command == QLatin1String("deploy"))
        return deploy(rest);
    if (command == QLatin1String("dora"))
        return dora(rest);
    if (command == QLatin1String("approve"))
        return approve(rest);
    if (command == QLatin1String("audit"))
        return audit(rest);
    if (command == QLatin1String("security-check"))
        return policyCheck(rest, true);
    if (command == QLatin1String("policy")) {
        const QString sub = rest.size() > 1 ? rest.at(1) : QString();
        QStringList subArguments = rest.mid(2);
        subArguments.prepend(rest.first() + QLatin1Char(' ') + sub);
        if (sub == QLatin1String("check"))
            return policyCheck(subArguments, false);
        if (sub == QLatin1String("list"))
            return policyList(subArguments);
        if (sub == QLatin1String("explain"))
            return policyExplain(subArguments);
        return usage(tr("policy needs check, list or explain RULE, e.g. service-registry policy check --registry ."));
    }
    return usage(tr("unknown command '%1'; run service-registry --help to list the commands").arg(command));
}

int CliApplication::usage(const QString &message)
{
    printErr(QStringLiteral("service-registry: ") + message + QLatin1Char('\n'));
    return UsageError;
}

bool CliApplication::write(const QByteArray &data)
{
    if (m_outputFile.isEmpty()) {
        // A full disk or a closed pipe must not pass for a complete report (exit code 2).
        errno = 0;
        const size_t written = std::fwrite(data.constData(), 1, size_t(data.size()), stdout);
        if (written != size_t(data.size()) || std::fflush(stdout) != 0 || std::ferror(stdout)) {
            const int error = errno;
            printErr(tr("service-registry: cannot write the report to standard output: %1\n")
                         .arg(error ? QString::fromLocal8Bit(std::strerror(error)) : tr("write error")));
            return false;
        }
        return true;
    }
    QSaveFile file(m_outputFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        printErr(tr("service-registry: cannot write %1: %2\n").arg(m_outputFile, file.errorString()));
        return false;
    }
    return true;
}

namespace {

/// Shared front half of validate and check-deps: parse options, load the registry.
struct Prepared
{
    RegistryPtr registry;
    QString format; ///< one of the formats the command takes
    DiagnosticReport::Format diagnosticFormat = DiagnosticReport::Format::Text;
    bool strict = false;
    int exitCode = -1; ///< set when the command must stop
};

const QStringList diagnosticFormats{QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("sarif")};

Prepared prepare(QCommandLineParser &parser, const QStringList &arguments, QString &outputFile,
                 const std::function<int(const QString &)> &usage, const QStringList &formats = diagnosticFormats)
{
    Prepared p;
    RegistryOptions options(formats);
    options.addTo(parser);
    // A folder given without -r would check the wrong one.
    if (const auto stop = parseCommand(parser, arguments, usage,
                                       CliApplication::tr("to check the registry in that folder, write --registry %1"))) {
        p.exitCode = *stop;
        return p;
    }
    p.format = parser.value(options.format);
    if (!formats.contains(p.format)) {
        p.exitCode = usage(CliApplication::tr("unknown format '%1'; use %2").arg(p.format, formats.join(QLatin1String(", "))));
        return p;
    }
    p.diagnosticFormat = DiagnosticReport::parseFormat(p.format).value_or(DiagnosticReport::Format::Text);
    p.strict = parser.isSet(options.strict);
    outputFile = parser.value(options.output);
    const QString root = parser.value(options.registry);
    if (!QFileInfo(root).isDir()) {
        p.exitCode = usage(CliApplication::tr("registry folder '%1' does not exist or is not a folder").arg(root));
        return p;
    }
    RegistrySourcePtr source;
    if (parser.isSet(options.revision)) {
        QString error;
        source = GitRevisionSource::open(root, parser.value(options.revision), &error);
        if (!source) {
            p.exitCode = usage(error);
            return p;
        }
    } else {
        source = std::make_shared<FolderSource>(root);
    }
    RegistryLoader::Options loadOptions;
    loadOptions.keepForReload = false; // loaded once
    p.registry = loadRegistry(source, loadOptions);
    return p;
}

int exitCodeFor(const Diagnostics &diagnostics, bool strict)
{
    if (countBySeverity(diagnostics, Severity::Error) > 0)
        return CliApplication::Findings;
    if (strict && countBySeverity(diagnostics, Severity::Warning) > 0)
        return CliApplication::Findings;
    return CliApplication::Clean;
}

QByteArray toBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace

int CliApplication::validate(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUp(parser, "validate", commands[0].description);
    Prepared p = prepare(parser, arguments, m_outputFile, [this](const QString &m) { return usage(m); });
    if (p.exitCode >= 0)
        return p.exitCode;
    const Diagnostics diagnostics = Validator::validate(*p.registry);
    const DiagnosticReport report(diagnostics, p.registry->root);
    QByteArray out;
    switch (p.diagnosticFormat) {
    case DiagnosticReport::Format::Text:
        out = report.toText();
        break;
    case DiagnosticReport::Format::Json: {
        QJsonObject json = report.toJson();
        json.insert(QStringLiteral("projects"), int(p.registry->projects.size()));
        json.insert(QStringLiteral("services"), p.registry->serviceCount());
        out = toBytes(json);
        break;
    }
    case DiagnosticReport::Format::Sarif:
        out = toBytes(report.toSarif());
        break;
    }
    keepUntilExit(std::move(p.registry));
    if (!write(out))
        return UsageError;
    return exitCodeFor(diagnostics, p.strict);
}

int CliApplication::checkDeps(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUp(parser, "check-deps", commands[1].description);
    Prepared p = prepare(parser, arguments, m_outputFile, [this](const QString &m) { return usage(m); });
    if (p.exitCode >= 0)
        return p.exitCode;
    const Registry &registry = *p.registry;
    // Loading errors make the graph incomplete, so they count here as well.
    Diagnostics diagnostics;
    for (const auto &d : registry.diagnostics) {
        if (d.severity == Severity::Error)
            diagnostics.append(d);
    }
    diagnostics.append(Validator::checkDependencies(registry));
    sortDiagnostics(diagnostics);
    const DiagnosticReport report(diagnostics, registry.root);

    struct Scope
    {
        QString name;
        QString catalogVersion;
        DependencyGraph graph;
    };
    QList<Scope> scopes;
    scopes.append(Scope{QStringLiteral("global"), registry.catalog.version, DependencyGraph::forCatalog(registry.catalog)});
    for (const auto &project : registry.projects)
        scopes.append(Scope{project.name, registry.catalogFor(project).version, DependencyGraph::forProject(project)});
    // A cycle across projects belongs to every project it passes through: its services
    // cannot be started in order either.
    const QList<QStringList> crossCycles = DependencyGraph::acrossProjects(registry).cyclesAcrossProjects();
    auto cyclesOf = [&crossCycles](const Scope &scope) {
        QList<QStringList> out = scope.graph.cycles();
        for (const auto &cycle : crossCycles) {
            if (std::any_of(cycle.cbegin(), cycle.cend(),
                            [&scope](const QString &node) { return node.section(QLatin1Char('/'), 0, 0) == scope.name; }))
                out.append(cycle);
        }
        return out;
    };
    auto startupOrderOf = [&crossCycles](const Scope &scope) {
        QStringList order = scope.graph.startupOrder();
        for (const auto &cycle : crossCycles) {
            for (const QString &node : cycle) {
                if (node.section(QLatin1Char('/'), 0, 0) == scope.name)
                    order.removeAll(node.section(QLatin1Char('/'), 1));
            }
        }
        return order;
    };

    QByteArray out;
    if (p.diagnosticFormat == DiagnosticReport::Format::Text) {
        QString text;
        for (const auto &scope : scopes) {
            text += scope.name == QLatin1String("global")
                ? tr("global catalog %1: start-up order").arg(scope.catalogVersion)
                : tr("project %1 (catalog %2): start-up order").arg(scope.name, scope.catalogVersion);
            text += QLatin1Char('\n');
            const QStringList order = startupOrderOf(scope);
            for (qsizetype i = 0; i < order.size(); ++i)
                text += QStringLiteral("  %1. %2\n").arg(i + 1, 3).arg(order.at(i));
            const QStringList external = scope.graph.externalDependencies();
            if (!external.isEmpty())
                text += QStringLiteral("  ") + tr("needs from other projects: %1").arg(external.join(QLatin1String(", ")))
                    + QLatin1Char('\n');
            for (const auto &cycle : cyclesOf(scope))
                text += QStringLiteral("  ") + tr("cycle: %1").arg(cycle.join(QLatin1String(" -> "))) + QLatin1Char('\n');
            text += QLatin1Char('\n');
        }
        out = text.toUtf8() + report.toText();
    } else if (p.diagnosticFormat == DiagnosticReport::Format::Json) {
        QJsonArray list;
        for (const auto &scope : scopes) {
            QJsonArray cycles;
            for (const auto &cycle : cyclesOf(scope))
                cycles.append(QJsonArray::fromStringList(cycle));
            list.append(QJsonObject{{QStringLiteral("name"), scope.name},
                                    {QStringLiteral("catalogVersion"), scope.catalogVersion},
                                    {QStringLiteral("startupOrder"), QJsonArray::fromStringList(startupOrderOf(scope))},
                                    {QStringLiteral("external"), QJsonArray::fromStringList(scope.graph.externalDependencies())},
                                    {QStringLiteral("cycles"), cycles}});
        }
        QJsonObject json = report.toJson();
        json.insert(QStringLiteral("scopes"), list);
        out = toBytes(json);
    } else {
        out = toBytes(report.toSarif());
    }
    keepUntilExit(std::move(p.registry));
    if (!write(out))
        return UsageError;
    return exitCodeFor(diagnostics, p.strict);
}

int CliApplication::synth(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUp(parser, "synth", commands[2].description);
    const QCommandLineOption projects(QStringLiteral("projects"), tr("Number of projects."), tr("n"), QStringLiteral("50"));
    const QCommandLineOption services(QStringLiteral("services"), tr("Services per project."), tr("n"), QStringLiteral("100"));
    const QCommandLineOption globals(QStringLiteral("globals"), tr("Services in the global catalog."), tr("n"),
                                     QStringLiteral("20"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Random seed; the same seed writes the same registry."), tr("n"),
                                  QStringLiteral("1"));
    const QCommandLineOption out(QStringLiteral("out"), tr("Folder to write (created; must be empty or absent)."), tr("dir"));
    parser.addOptions({projects, services, globals, seed, out});
    if (const auto stop = parseCommand(
            parser, arguments, [this](const QString &m) { return usage(m); }, tr("to write the registry there, write --out %1")))
        return *stop;
    if (!parser.isSet(out))
        return usage(tr("synth needs --out DIR"));
    SyntheticRegistry::Options options;
    bool ok[4] = {};
    options.projects = parser.value(projects).toInt(&ok[0]);
    options.servicesPerProject = parser.value(services).toInt(&ok[1]);
    options.globalServices = parser.value(globals).toInt(&ok[2]);
    options.seed = parser.value(seed).toUInt(&ok[3]);
    if (!ok[0] || !ok[1] || !ok[2] || !ok[3] || options.projects < 0 || options.servicesPerProject < 1
        || options.servicesPerProject > 9999 || options.globalServices < 0 || options.globalServices > 999
        || options.projects > 999)
        return usage(tr("--projects (0-999), --services (1-9999), --globals (0-999) and --seed take whole numbers"));
    const QString dir = parser.value(out);
    if (QFileInfo(dir).exists() && !QDir(dir).isEmpty())
        return usage(tr("'%1' exists and is not empty; choose a new folder").arg(dir));
    if (const QString error = SyntheticRegistry::write(dir, options); !error.isEmpty()) {
        printErr(QStringLiteral("service-registry: ") + error + QLatin1Char('\n'));
        return UsageError;
    }
    std::printf(
        "%s\n",
        qPrintable(tr("wrote %1 projects x %2 services to %3").arg(options.projects).arg(options.servicesPerProject).arg(dir)));
    return Clean;
}

int CliApplication::policyCheck(const QStringList &arguments, bool securityOnly)
{
    QCommandLineParser parser;
    setUp(parser, securityOnly ? "security-check" : "policy check", commands[securityOnly ? 3 : 4].description);
    const QCommandLineOption today(
        QStringLiteral("today"), tr("The date that decides which waivers have expired (default: today), for reproducible runs."),
        tr("yyyy-mm-dd"));
    const QCommandLineOption failOn(QStringLiteral("fail-on"),
                                    tr("Exit with 1 on: error (unwaived errors, expired or unknown-rule waivers), warning "
                                       "(also warnings and stale waivers) or never."),
                                    tr("level"), QStringLiteral("error"));
    parser.addOptions({today, failOn});
    Prepared p = prepare(parser, arguments, m_outputFile, [this](const QString &m) { return usage(m); },
                         {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("sarif"), QStringLiteral("junit")});
    if (p.exitCode >= 0)
        return p.exitCode;
    QDate date = QDate::currentDate();
    if (parser.isSet(today)) {
        date = QDate::fromString(parser.value(today), Qt::ISODate);
        if (!date.isValid())
            return usage(tr("--today '%1' is not a date; write it as 2026-11-28").arg(parser.value(today)));
    }
    const QString level = p.strict ? QStringLiteral("warning") : parser.value(failOn); // --warnings-as-errors
    if (level != QLatin1String("error") && level != QLatin1String("warning") && level != QLatin1String("never"))
        return usage(tr("unknown --fail-on level '%1'; use error, warning or never").arg(level));
    // Loading errors leave the policies unevaluable; they are reported like validate does.
    Diagnostics loading;
    for (const auto &d : p.registry->diagnostics) {
        if (d.severity == Severity::Error)
            loading.append(d);
    }
    if (!loading.isEmpty()) {
        printErr(QString::fromUtf8(DiagnosticReport(loading, p.registry->root).toText()));
        return Findings;
    }
    const auto scope = securityOnly ? PolicyEngine::Scope::Security : PolicyEngine::Scope::All;
    const PolicyReport report = PolicyEngine::evaluate(*p.registry, date, scope);
    QByteArray out;
    if (p.format == QLatin1String("json"))
        out = PolicyReportFormat::toJson(report, p.registry->root);
    else if (p.format == QLatin1String("sarif"))
        out = toBytes(PolicyReportFormat::toSarif(report, p.registry->root));
    else if (p.format == QLatin1String("junit"))
        out = PolicyReportFormat::toJUnit(report, *p.registry);
    else
        out = PolicyReportFormat::toText(report, p.registry->root);
    keepUntilExit(std::move(p.registry));
    if (!write(out))
        return UsageError;
    if (level == QLatin1String("never"))
        return Clean;
    return report.failures(level == QLatin1String("warning")) > 0 ? Findings : Clean;
}

/// The built-in rules and, with --registry DIR, that registry's custom rules.
std::optional<QList<PolicyRuleInfo>> CliApplication::rulesFor(const QStringList &arguments, QStringList *rest)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption registry{QStringList{QStringLiteral("r"), QStringLiteral("registry")},
                                      tr("Also list the custom rules of this registry (policies/rules.toml)."), tr("dir")};
    parser.addOption(registry);
    if (!parser.parse(arguments)) {
        usage(parser.errorText());
        return std::nullopt;
    }
    *rest = parser.positionalArguments();
    Registry empty;
    if (!parser.isSet(registry))
        return policyRules(empty);
    const QString root = parser.value(registry);
    if (!QFileInfo(root).isDir()) {
        usage(tr("registry folder '%1' does not exist or is not a folder").arg(root));
        return std::nullopt;
    }
    const RegistryPtr loaded = loadRegistry(std::make_shared<FolderSource>(root));
    return policyRules(*loaded);
}

int CliApplication::policyList(const QStringList &arguments)
{
    QStringList rest;
    const auto rules = rulesFor(arguments, &rest);
    if (!rules)
        return UsageError;
    if (!rest.isEmpty())
        return usage(tr("unexpected argument '%1'; policy list takes --registry DIR").arg(rest.first()));
    QString out;
    for (const PolicyRuleInfo &rule : *rules)
        out += QStringLiteral("%1  %2  %3  %4\n")
                   .arg(rule.id, -32)
                   .arg(severityName(rule.severity), -7)
                   .arg(rule.area, -10)
                   .arg(rule.title);
    return write(out.toUtf8()) ? Clean : UsageError;
}

int CliApplication::policyExplain(const QStringList &arguments)
{
    QStringList rest;
    const auto rules = rulesFor(arguments, &rest);
    if (!rules)
        return UsageError;
    if (rest.size() != 1)
        return usage(tr("policy explain needs one rule id, e.g. service-registry policy explain images.forbid_latest_tag"));
    const auto rule
        = std::find_if(rules->cbegin(), rules->cend(), [&rest](const PolicyRuleInfo &r) { return r.id == rest.first(); });
    if (rule == rules->cend())
        return usage(tr("no policy rule '%1'; run service-registry policy list for the rule ids").arg(rest.first()));
    QString out = QStringLiteral("%1 (%2, %3)\n%4\n").arg(rule->id, severityName(rule->severity), rule->area, rule->title);
    if (!rule->rationale.isEmpty())
        out += QStringLiteral("\nWhy: %1\n").arg(rule->rationale);
    out += QStringLiteral("\nFix: %1\n").arg(rule->remediation);
    if (rule->custom)
        out += QStringLiteral("\nDefined at %1:%2\n").arg(rule->location.file).arg(rule->location.line);
    return write(out.toUtf8()) ? Clean : UsageError;
}

int CliApplication::approvals(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUp(parser, "approvals", commands[5].description);
    const QCommandLineOption registry{QStringList{QStringLiteral("r"), QStringLiteral("registry")},
                                      tr("Registry folder, inside a git work tree (default: the current folder)."), tr("dir"),
                                      QStringLiteral(".")};
    const QCommandLineOption base{QStringLiteral("base"), tr("The revision the change starts from (branch, tag, commit id)."),
                                  tr("rev")};
    const QCommandLineOption head{QStringLiteral("head"), tr("The revision the change ends at (default: the files as they are)."),
                                  tr("rev")};
    const QCommandLineOption format{QStringList{QStringLiteral("f"), QStringLiteral("format")},
                                    tr("Output format: text or json."), tr("format"), QStringLiteral("text")};
    const QCommandLineOption output{QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write the report to a file (atomically) instead of standard output."), tr("file")};
    parser.addOptions({registry, base, head, format, output});
    if (const auto stop = parseCommand(parser, arguments, [this](const QString &m) { return usage(m); }))
        return *stop;
    if (!parser.isSet(base))
        return usage(tr("approvals needs --base REV, the revision the change starts from (e.g. --base main)"));
    const QString json = parser.value(format);
    if (json != QLatin1String("text") && json != QLatin1String("json"))
        return usage(tr("unknown format '%1'; use text or json").arg(json));
    m_outputFile = parser.value(output);
    const QString root = parser.value(registry);
    if (!QFileInfo(root).isDir())
        return usage(tr("registry folder '%1' does not exist or is not a folder").arg(root));
    QString error;
    const auto baseSource = GitRevisionSource::open(root, parser.value(base), &error);
    if (!baseSource)
        return usage(error);
    RegistrySourcePtr headSource = std::make_shared<FolderSource>(root);
    if (parser.isSet(head)) {
        headSource = GitRevisionSource::open(root, parser.value(head), &error);
        if (!headSource)
            return usage(error);
    }
    const RegistryPtr before = loadRegistry(baseSource);
    const RegistryPtr after = loadRegistry(headSource);
    const RequiredApprovals required = RequiredApprovals::between(*before, *after);
    const QString headName = parser.isSet(head) ? parser.value(head) : tr("the working tree");

    QByteArray out;
    if (json == QLatin1String("json")) {
        QJsonArray changes;
        for (const ServiceChange &c : required.changes)
            changes.append(QJsonObject{{QStringLiteral("kind"), changeKindName(c.kind)},
                                       {QStringLiteral("scope"), c.scope},
                                       {QStringLiteral("service"), c.service},
                                       {QStringLiteral("owner"), c.owner},
                                       {QStringLiteral("detail"), c.detail}});
        QJsonArray groups;
        for (const GroupApproval &g : required.groups) {
            QJsonArray because;
            for (const ChangeKind kind : g.because)
                because.append(changeKindName(kind));
            groups.append(QJsonObject{{QStringLiteral("group"), g.group},
                                      {QStringLiteral("defined"), g.defined},
                                      {QStringLiteral("members"), QJsonArray::fromStringList(g.members)},
                                      {QStringLiteral("because"), because},
                                      {QStringLiteral("services"), QJsonArray::fromStringList(g.services)}});
        }
        out = toBytes(QJsonObject{{QStringLiteral("base"), parser.value(base)},
                                  {QStringLiteral("head"), parser.isSet(head) ? parser.value(head) : QString()},
                                  {QStringLiteral("min_approvals"), required.minApprovals},
                                  {QStringLiteral("changes"), changes},
                                  {QStringLiteral("groups"), groups}});
    } else {
        QString text = tr("Changes from %1 to %2:").arg(parser.value(base), headName) + QLatin1Char('\n');
        if (required.changes.isEmpty())
            text += tr("  none") + QLatin1Char('\n');
        for (const ServiceChange &c : required.changes)
            text += QStringLiteral("  %1  %2  %3\n")
                        .arg(changeKindName(c.kind), -12)
                        .arg(c.scope + QLatin1Char('/') + c.service, -28)
                        .arg(c.detail);
        if (!required.changes.isEmpty()) {
            text += tr("Required approvals (at least %n in all, each person counted once):", nullptr, required.minApprovals)
                + QLatin1Char('\n');
            for (const GroupApproval &g : required.groups) {
                QStringList because;
                for (const ChangeKind kind : g.because)
                    because.append(changeKindName(kind));
                const QString who = g.defined ? g.members.join(QLatin1String(", ")) : tr("not a group of governance.toml");
                text += QStringLiteral("  %1 (%2): %3 — %4\n")
                            .arg(g.group, who, because.join(QLatin1String(", ")), g.services.join(QLatin1String(", ")));
            }
        }
        out = text.toUtf8();
    }
    keepUntilExit(RegistryPtr(before));
    keepUntilExit(RegistryPtr(after));
    return write(out) ? Clean : UsageError;
}
