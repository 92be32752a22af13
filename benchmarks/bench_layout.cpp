// bench_layout: the Graph tab's layouts (issue target: any 300-node graph, also one full of
// cycles, and a 1,000-node overview, each under 1 second).
//
//   bench_layout [--runs 5]

#include "graphlayout.h"

#include <QElapsedTimer>
#include <QGuiApplication>

#include <algorithm>
#include <cstdio>
#include <random>

namespace {

struct Graph
{
    QList<GraphLayout::Node> nodes;
    QList<GraphLayout::Edge> edges;
};

/// `n` services in layers of ten, each needing two or three of the layer below.
Graph layered(int n)
{
    Graph g;
    std::mt19937 random(7);
    for (int i = 0; i < n; ++i)
        g.nodes.append({QStringLiteral("service-%1").arg(i)});
    for (int i = 10; i < n; ++i) {
        const int below = (i / 10 - 1) * 10;
        for (int k = 0; k < 2 + int(random() % 2); ++k)
            g.edges.append({i, below + int(random() % 10)});
    }
    return g;
}

/// `n` services, each needing three random others: cycles everywhere.
Graph cyclic(int n)
{
    Graph g;
    std::mt19937 random(11);
    for (int i = 0; i < n; ++i)
        g.nodes.append({QStringLiteral("service-%1").arg(i)});
    for (int i = 0; i < n; ++i) {
        for (int k = 0; k < 3; ++k)
            g.edges.append({i, int(random() % n)});
    }
    return g;
}

double time(const Graph &g, GraphLayout::Engine engine, int runs)
{
    std::vector<double> times;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        if (!GraphLayout::run(g.nodes, g.edges, engine))
            return -1;
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto i = args.indexOf(QStringLiteral("--runs"));
    const int runs = i >= 0 && i + 1 < args.size() ? std::max(1, args[i + 1].toInt()) : 5;
    // Each graph with the engine the Graph tab chooses for it (GraphLayout::engineFor).
    const struct
    {
        const char *name;
        Graph graph;
    } cases[]
        = {{"layered, 300 nodes", layered(300)}, {"cyclic, 300 nodes", cyclic(300)}, {"overview, 1,000 nodes", layered(1000)}};
    for (const auto &c : cases) {
        const auto engine = GraphLayout::engineFor(int(c.graph.nodes.size()), c.graph.edges);
        std::printf("%-24s %4d on cycles  %-5s median %.0f ms\n", c.name,
                    GraphLayout::nodesOnCycles(int(c.graph.nodes.size()), c.graph.edges),
                    engine == GraphLayout::Engine::Layered ? "dot" : "sfdp", time(c.graph, engine, runs));
    }
    return 0;
}
