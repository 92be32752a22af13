#include "checkcommands.h"
#include "checkedregistry.h"
#include "invocation.h"

#include "analysis/dependencygraph.h"
#include "analysis/diagnosticreport.h"
#include "analysis/validator.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace sr;

namespace cli {

int CheckCommands::validate(Invocation &invocation)
{
    CheckedRegistry checked(invocation);
    if (const auto stop = checked.load())
        return *stop;
    const Registry &registry = checked.registry();
    const Diagnostics diagnostics = Validator::validate(registry);
    DiagnosticReport report(diagnostics, registry.root);
    report.addJsonMembers(QJsonObject{{QStringLiteral("projects"), int(registry.projects.size())},
                                      {QStringLiteral("services"), registry.serviceCount()}});
    return invocation.finish(report, checked.exitCodeFor(diagnostics));
}

int CheckCommands::checkDeps(Invocation &invocation)
{
    CheckedRegistry checked(invocation);
    if (const auto stop = checked.load())
        return *stop;
    const Registry &registry = checked.registry();
    // Loading errors make the graph incomplete, so they count here as well.
    Diagnostics diagnostics;
    for (const auto &d : registry.diagnostics) {
        if (d.severity == Severity::Error)
            diagnostics.append(d);
    }
    diagnostics.append(Validator::checkDependencies(registry));
    sortDiagnostics(diagnostics);
    DiagnosticReport report(diagnostics, registry.root);

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

    if (invocation.reportFormat() == ReportFormat::Text) {
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
        const bool written = invocation.write([&](QIODevice &out) {
            out.write(text.toUtf8());
            report.render(ReportFormat::Text, out);
        });
        return written ? checked.exitCodeFor(diagnostics) : int(UsageError);
    }
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
    report.addJsonMembers(QJsonObject{{QStringLiteral("scopes"), list}});
    return invocation.finish(report, checked.exitCodeFor(diagnostics));
}

} // namespace cli
