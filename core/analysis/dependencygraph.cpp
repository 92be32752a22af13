#include "analysis/dependencygraph.h"

#include <QSet>

#include <algorithm>
#include <functional>
#include <queue>
#include <set>

namespace sr {

int DependencyGraph::addNode(Node node)
{
    const int index = int(m_nodes.size());
    m_index.insert(node.id, index);
    m_nodes.append(std::move(node));
    return index;
}

DependencyGraph DependencyGraph::forProject(const Project &project)
{
    DependencyGraph g;
    for (const auto &r : project.resolved)
        g.addNode(Node{r.service->id, r.service, r.origin, false});
    const qsizetype internalCount = g.m_nodes.size();
    for (qsizetype i = 0; i < internalCount; ++i) {
        const ServicePtr service = g.m_nodes[i].service;
        for (const auto &dep : service->dependencies) {
            if (dep.external)
                continue; // outside the registry: no node, no order
            int to = g.indexOf(dep.target);
            if (to < 0 && dep.target.contains(QLatin1Char('/')))
                to = g.addNode(Node{dep.target, nullptr, Origin::Project, true});
            if (to >= 0)
                g.m_edges.append(Edge{int(i), to, &dep});
        }
    }
    return g;
}

DependencyGraph DependencyGraph::forCatalog(const Catalog &catalog)
{
    DependencyGraph g;
    for (const auto &s : catalog.services) {
        if (g.indexOf(s->id) < 0)
            g.addNode(Node{s->id, s, Origin::Global, false});
    }
    for (qsizetype i = 0; i < g.m_nodes.size(); ++i) {
        for (const auto &dep : g.m_nodes[i].service->dependencies) {
            if (const int to = g.indexOf(dep.target); to >= 0 && !dep.external)
                g.m_edges.append(Edge{int(i), to, &dep});
        }
    }
    return g;
}

DependencyGraph DependencyGraph::forRegistry(const Registry &registry)
{
    return forProjects(registry, {});
}

DependencyGraph DependencyGraph::forProjects(const Registry &registry, const std::vector<bool> &included)
{
    auto isIncluded = [&included](qsizetype i) { return included.empty() || included[size_t(i)]; };
    DependencyGraph g;
    qsizetype count = 0;
    for (qsizetype i = 0; i < registry.projects.size(); ++i)
        count += isIncluded(i) ? registry.projects[i].resolved.size() : 0;
    g.m_nodes.reserve(count);
    g.m_index.reserve(count);
    for (qsizetype i = 0; i < registry.projects.size(); ++i) {
        if (!isIncluded(i))
            continue;
        const Project &project = registry.projects[i];
        for (const auto &r : project.resolved)
            g.addNode(Node{project.name + QLatin1Char('/') + r.service->id, r.service, r.origin, false});
    }
    int from = 0; // the nodes were added in this order
    QHash<QStringView, int> local; // a project's own ids
    for (qsizetype i = 0; i < registry.projects.size(); ++i) {
        if (!isIncluded(i))
            continue;
        const Project &project = registry.projects[i];
        local.clear();
        for (qsizetype k = 0; k < project.resolved.size(); ++k)
            local.insert(QStringView(project.resolved[k].service->id), from + int(k));
        for (const auto &r : project.resolved) {
            for (const auto &dep : r.service->dependencies) {
                if (dep.external)
                    continue;
                const int to = dep.target.contains(QLatin1Char('/')) ? g.indexOf(dep.target) : local.value(dep.target, -1);
                if (to >= 0)
                    g.m_edges.append(Edge{from, to, &dep});
            }
            ++from;
        }
    }
    return g;
}

DependencyGraph DependencyGraph::acrossProjects(const Registry &registry)
{
    // A cycle that leaves a project returns to it, so its projects are on a cycle of the
    // graph of projects; only their services are needed, and usually there are none.
    const qsizetype n = registry.projects.size();
    QHash<QStringView, int> byName;
    for (qsizetype i = 0; i < n; ++i)
        byName.insert(QStringView(registry.projects[i].name), int(i));
    std::vector<std::vector<int>> adjacency(static_cast<size_t>(n));
    for (qsizetype i = 0; i < n; ++i) {
        for (const auto &r : registry.projects[i].resolved) {
            for (const auto &dep : r.service->dependencies) {
                const qsizetype slash = dep.target.indexOf(QLatin1Char('/'));
                if (dep.external || slash < 0)
                    continue;
                const int other = byName.value(QStringView(dep.target).first(slash), -1);
                if (other >= 0 && other != i)
                    adjacency[size_t(i)].push_back(other);
            }
        }
    }
    int components = 0;
    const std::vector<int> component = stronglyConnectedComponents(adjacency, &components);
    std::vector<int> sizes(static_cast<size_t>(components), 0);
    for (const int c : component)
        ++sizes[size_t(c)];
    std::vector<bool> included(static_cast<size_t>(n), false);
    bool any = false;
    for (qsizetype i = 0; i < n; ++i) {
        included[size_t(i)] = sizes[size_t(component[size_t(i)])] > 1;
        any = any || included[size_t(i)];
    }
    return any ? forProjects(registry, included) : DependencyGraph();
}

QList<QStringList> DependencyGraph::cyclesAcrossProjects() const
{
    QList<QStringList> out;
    for (QStringList &cycle : cycles()) {
        const QString project = cycle.first().section(QLatin1Char('/'), 0, 0);
        const bool leaves = std::any_of(cycle.cbegin(), cycle.cend(), [&project](const QString &node) {
            return node.section(QLatin1Char('/'), 0, 0) != project;
        });
        if (leaves)
            out.append(std::move(cycle));
    }
    return out;
}

QStringList DependencyGraph::startupOrder() const
{
    const auto n = size_t(m_nodes.size());
    std::vector<int> pending(n, 0); // unmet dependencies per node
    std::vector<std::vector<int>> dependents(n); // who waits for a node
    std::vector<std::set<int>> seen(n);
    for (const auto &e : m_edges) {
        if (m_nodes[e.to].external || !seen[size_t(e.from)].insert(e.to).second)
            continue;
        ++pending[size_t(e.from)];
        dependents[size_t(e.to)].push_back(e.from);
    }
    auto byId = [this](int a, int b) { return m_nodes[b].id < m_nodes[a].id; };
    std::priority_queue<int, std::vector<int>, decltype(byId)> ready(byId);
    for (size_t i = 0; i < n; ++i) {
        if (!m_nodes[qsizetype(i)].external && pending[i] == 0)
            ready.push(int(i));
    }
    QStringList order;
    while (!ready.empty()) {
        const int next = ready.top();
        ready.pop();
        order.append(m_nodes[next].id);
        for (const int d : dependents[size_t(next)]) {
            if (--pending[size_t(d)] == 0)
                ready.push(d);
        }
    }
    return order;
}

QStringList DependencyGraph::externalDependencies() const
{
    QStringList out;
    for (const auto &node : m_nodes) {
        if (node.external)
            out.append(node.id);
    }
    out.sort();
    return out;
}

std::vector<int> stronglyConnectedComponents(const std::vector<std::vector<int>> &adjacency, int *count)
{
    const int n = int(adjacency.size());
    std::vector<int> index(size_t(n), -1), low(size_t(n), 0), component(size_t(n), -1);
    std::vector<bool> onStack(size_t(n), false);
    std::vector<int> stack;
    int counter = 0;
    int components = 0;
    for (int start = 0; start < n; ++start) {
        if (index[size_t(start)] >= 0)
            continue;
        std::vector<std::pair<int, size_t>> work{{start, 0}};
        while (!work.empty()) {
            auto &[v, next] = work.back();
            const auto sv = size_t(v);
            if (next == 0 && index[sv] < 0) {
                index[sv] = low[sv] = counter++;
                stack.push_back(v);
                onStack[sv] = true;
            }
            if (next < adjacency[sv].size()) {
                const int w = adjacency[sv][next++];
                if (index[size_t(w)] < 0)
                    work.emplace_back(w, 0);
                else if (onStack[size_t(w)])
                    low[sv] = std::min(low[sv], index[size_t(w)]);
                continue;
            }
            if (low[sv] == index[sv]) {
                int w;
                do {
                    w = stack.back();
                    stack.pop_back();
                    onStack[size_t(w)] = false;
                    component[size_t(w)] = components;
                } while (w != v);
                ++components;
            }
            const int finished = v;
            work.pop_back();
            if (!work.empty()) {
                const auto parent = size_t(work.back().first);
                low[parent] = std::min(low[parent], low[size_t(finished)]);
            }
        }
    }

    *count = components;
    return component;
}

/// Each node's dependencies, sorted by id and without repeats.
std::vector<std::vector<int>> DependencyGraph::adjacency() const
{
    std::vector<std::vector<int>> adjacency(static_cast<size_t>(m_nodes.size()));
    for (const auto &e : m_edges)
        adjacency[size_t(e.from)].push_back(e.to);
    for (auto &list : adjacency) {
        std::sort(list.begin(), list.end(), [this](int a, int b) { return m_nodes[a].id < m_nodes[b].id; });
        list.erase(std::unique(list.begin(), list.end()), list.end());
    }
    return adjacency;
}

QList<QStringList> DependencyGraph::stronglyConnected() const
{
    const auto adjacency = this->adjacency();
    int count = 0;
    const std::vector<int> component = stronglyConnectedComponents(adjacency, &count);
    std::vector<QStringList> members(static_cast<size_t>(count));
    for (size_t v = 0; v < component.size(); ++v)
        members[size_t(component[v])].append(m_nodes[qsizetype(v)].id);
    QList<QStringList> out;
    for (size_t c = 0; c < members.size(); ++c) {
        QStringList &ids = members[c];
        const int one = m_index.value(ids.value(0), -1);
        const bool selfLoop = ids.size() == 1 && one >= 0
            && std::find(adjacency[size_t(one)].begin(), adjacency[size_t(one)].end(), one) != adjacency[size_t(one)].end();
        if (ids.size() < 2 && !selfLoop)
            continue;
        ids.sort();
        out.append(ids);
    }
    std::sort(out.begin(), out.end(), [](const QStringList &a, const QStringList &b) { return a.first() < b.first(); });
    return out;
}

QStringList DependencyGraph::dependents(const QString &id) const
{
    const int node = indexOf(id);
    QStringList out;
    for (const auto &e : m_edges) {
        if (e.to == node)
            out.append(m_nodes[e.from].id);
    }
    out.removeDuplicates();
    out.sort();
    return out;
}

QStringList DependencyGraph::reachable(const QString &id, bool forward) const
{
    const int start = indexOf(id);
    if (start < 0)
        return {};
    std::vector<std::vector<int>> next(static_cast<size_t>(m_nodes.size()));
    for (const auto &e : m_edges)
        next[size_t(forward ? e.from : e.to)].push_back(forward ? e.to : e.from);
    std::vector<bool> seen(static_cast<size_t>(m_nodes.size()), false);
    std::vector<int> queue{start}; // the start itself counts only when a cycle leads back to it
    QStringList out;
    for (size_t i = 0; i < queue.size(); ++i) {
        for (const int w : next[size_t(queue[i])]) {
            if (seen[size_t(w)])
                continue;
            seen[size_t(w)] = true;
            queue.push_back(w);
            out.append(m_nodes[w].id);
        }
    }
    out.sort();
    return out;
}

QList<QStringList> DependencyGraph::cycles() const
{
    const int n = int(m_nodes.size());
    const auto adjacency = this->adjacency();
    int components = 0;
    const std::vector<int> component = stronglyConnectedComponents(adjacency, &components);

    std::vector<std::vector<int>> members(static_cast<size_t>(components));
    for (int v = 0; v < n; ++v)
        members[size_t(component[size_t(v)])].push_back(v);
    QList<QStringList> result;
    for (const auto &scc : members) {
        const int first
            = *std::min_element(scc.begin(), scc.end(), [this](int a, int b) { return m_nodes[a].id < m_nodes[b].id; });
        const bool selfLoop = std::find(adjacency[size_t(first)].begin(), adjacency[size_t(first)].end(), first)
            != adjacency[size_t(first)].end();
        if (scc.size() < 2 && !selfLoop)
            continue;
        // Shortest way from `first` back to itself inside the component (BFS).
        const int c = component[size_t(first)];
        std::vector<int> parent(size_t(n), -1);
        std::queue<int> queue;
        queue.push(first);
        int closing = -1;
        while (!queue.empty() && closing < 0) {
            const int v = queue.front();
            queue.pop();
            for (const int w : adjacency[size_t(v)]) {
                if (component[size_t(w)] != c)
                    continue;
                if (w == first) {
                    closing = v;
                    break;
                }
                if (parent[size_t(w)] < 0) {
                    parent[size_t(w)] = v;
                    queue.push(w);
                }
            }
        }
        QStringList path{m_nodes[first].id};
        for (int v = closing; v != first && v >= 0; v = parent[size_t(v)])
            path.insert(1, m_nodes[v].id);
        path.append(m_nodes[first].id);
        result.append(path);
    }
    std::sort(result.begin(), result.end(), [](const QStringList &a, const QStringList &b) { return a.first() < b.first(); });
    return result;
}

QList<bool> DependencyGraph::select(const Filter &filter) const
{
    QList<bool> keep(m_nodes.size(), true);
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        const ServicePtr &s = m_nodes.at(i).service;
        if (!s)
            continue; // another project's service: decided below, by who needs it
        keep[i] = (filter.type.isEmpty() || nameOf(s->type) == filter.type)
            && (filter.owner.isEmpty() || s->owner == filter.owner)
            && (filter.lifecycle.isEmpty() || nameOf(s->lifecycle) == filter.lifecycle);
    }
    const int start = indexOf(filter.around);
    if (filter.depth > 0 && start >= 0) {
        // Breadth first over the edges in both directions.
        std::vector<std::vector<int>> neighbours(size_t(m_nodes.size()));
        for (const Edge &e : m_edges) {
            neighbours[size_t(e.from)].push_back(e.to);
            neighbours[size_t(e.to)].push_back(e.from);
        }
        QList<int> distance(m_nodes.size(), -1);
        distance[start] = 0;
        QList<int> queue{start};
        for (qsizetype q = 0; q < queue.size(); ++q) {
            const int n = queue.at(q);
            if (distance[n] >= filter.depth)
                continue;
            for (const int other : neighbours[size_t(n)]) {
                if (distance[other] < 0) {
                    distance[other] = distance[n] + 1;
                    queue.append(other);
                }
            }
        }
        for (qsizetype i = 0; i < m_nodes.size(); ++i)
            keep[i] = keep[i] && distance[i] >= 0;
    }
    // Another project's service only where a kept service of this scope needs it.
    QList<bool> needed(m_nodes.size(), false);
    for (const Edge &e : m_edges) {
        if (keep[e.from] && m_nodes.at(e.from).service)
            needed[e.to] = true;
    }
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        if (!m_nodes.at(i).service)
            keep[i] = needed[i];
    }
    return keep;
}

QSet<QString> DependencyGraph::onCycles() const
{
    QSet<QString> ids;
    for (const QStringList &cycle : cycles()) {
        for (const QString &id : cycle)
            ids.insert(id);
    }
    return ids;
}

} // namespace sr
