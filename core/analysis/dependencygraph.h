#pragma once

#include "catalog/registry.h"

#include <vector>

namespace sr {

/// Tarjan's strongly connected components of a graph given as each node's successors,
/// iteratively so that long chains cannot exhaust the stack: the component of each node,
/// numbered from 0; `count` gets how many.
SERVICEREGISTRY_EXPORT std::vector<int> stronglyConnectedComponents(const std::vector<std::vector<int>> &adjacency, int *count);

/// The dependency graph of one scope: a project's resolved services, or a catalog.
/// Dependencies on other projects' services become external nodes.
class SERVICEREGISTRY_EXPORT DependencyGraph
{
public:
    struct Node
    {
        QString id; ///< service id, or "project/service" for an external node
        ServicePtr service; ///< null for external nodes
        Origin origin = Origin::Global;
        bool external = false;
    };
    struct Edge
    {
        int from = 0; ///< the dependent service
        int to = 0; ///< the service it needs
        const Dependency *dependency = nullptr;
    };

    static DependencyGraph forProject(const Project &project);
    static DependencyGraph forCatalog(const Catalog &catalog);
    /// Every project's services as "project/id" nodes, with the edges inside each project
    /// and across projects: the graph in which cross-project cycles show.
    static DependencyGraph forRegistry(const Registry &registry);
    /// The part of forRegistry() that a cycle across projects can pass through: the
    /// services of the projects on a cycle of project-to-project dependencies (usually none).
    static DependencyGraph acrossProjects(const Registry &registry);

    const QList<Node> &nodes() const { return m_nodes; }
    const QList<Edge> &edges() const { return m_edges; }
    int indexOf(const QString &id) const { return m_index.value(id, -1); }

    /// Services in an order that starts every dependency first; ties broken by id.
    /// Services on a cycle cannot be ordered and are left out (see cycles()).
    QStringList startupOrder() const;
    /// External dependencies, sorted.
    QStringList externalDependencies() const;
    /// Every cycle as a path that returns to its start ("a", "b", "a"); one per strongly
    /// connected component, starting at its smallest id.
    QList<QStringList> cycles() const;
    /// The strongly connected components that hold a cycle (two or more services, or one that
    /// needs itself), each sorted, ordered by their first id.
    QList<QStringList> stronglyConnected() const;
    /// The services that need `id` directly (reverse dependencies), sorted.
    QStringList dependents(const QString &id) const;
    /// Everything `id` needs, directly or through others (its transitive closure; itself when
    /// it is on a cycle), sorted.
    QStringList transitiveDependencies(const QString &id) const { return reachable(id, true); }
    /// Everything that needs `id`, directly or through others, sorted.
    QStringList transitiveDependents(const QString &id) const { return reachable(id, false); }
    /// For a forRegistry() graph: the cycles that leave a project ("a/x", "b/y", "a/x");
    /// each project's own graph shows the others.
    QList<QStringList> cyclesAcrossProjects() const;

    /// What a view of the graph narrows it to: services of one type, owner and lifecycle
    /// (TOML words; empty: any), within `depth` dependencies of `around` in either direction
    /// (depth 0 or an unknown id: the whole graph).
    struct Filter
    {
        QString type = {};
        QString owner = {};
        QString lifecycle = {};
        QString around = {};
        int depth = 0;
    };
    /// For each node, whether `filter` keeps it. Another project's service (an external
    /// node) is kept only where a kept service of this scope needs it.
    QList<bool> select(const Filter &filter) const;
    /// The ids of the services on a cycle.
    QSet<QString> onCycles() const;

private:
    /// forRegistry() for the projects marked in `included` (all when it is empty).
    static DependencyGraph forProjects(const Registry &registry, const std::vector<bool> &included);
    int addNode(Node node);
    std::vector<std::vector<int>> adjacency() const;
    QStringList reachable(const QString &id, bool forward) const;
    QList<Node> m_nodes;
    QList<Edge> m_edges;
    QHash<QString, int> m_index;
};

} // namespace sr
