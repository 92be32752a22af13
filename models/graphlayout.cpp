#include "graphlayout.h"

#include "analysis/dependencygraph.h"

#include <QHash>
#include <QMutex>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

namespace {

QMutex &graphvizLock()
{
    static QMutex lock;
    return lock;
}

} // namespace

int GraphLayout::nodesOnCycles(int count, const QList<Edge> &edges)
{
    std::vector<std::vector<int>> out(static_cast<size_t>(std::max(0, count)));
    for (const Edge &e : edges) {
        if (e.from >= 0 && e.from < count && e.to >= 0 && e.to < count)
            out[size_t(e.from)].push_back(e.to);
    }
    int components = 0;
    const std::vector<int> component = sr::stronglyConnectedComponents(out, &components);
    std::vector<int> size(static_cast<size_t>(components), 0);
    for (const int c : component)
        ++size[size_t(c)];
    int cyclic = 0;
    for (int v = 0; v < count; ++v) {
        const auto &next = out[size_t(v)];
        if (size[size_t(component[size_t(v)])] > 1 || std::find(next.begin(), next.end(), v) != next.end())
            ++cyclic;
    }
    return cyclic;
}

GraphLayout::Engine GraphLayout::engineFor(int nodes, const QList<Edge> &edges)
{
    if (nodes > 400)
        return Engine::Overview;
    const int cyclic = nodesOnCycles(nodes, edges);
    return cyclic > 40 || cyclic * 10 > nodes ? Engine::Overview : Engine::Layered;
}

std::optional<GraphLayout::Result> GraphLayout::run(const QList<Node> &nodes, const QList<Edge> &edges, Engine engine)
{
    // Nodes are named by index: ids only label the result.
    QByteArray dot = "digraph G {\n";
    if (engine == Engine::Layered)
        // Bounded network simplex and crossing minimisation: a 300-node graph full of cycles
        // took 65 s with dot's defaults, 0.6 s with these.
        dot += "rankdir=LR; nodesep=0.25; ranksep=0.6; mclimit=0.1; nslimit=1; nslimit1=1; searchsize=10; splines=line;\n";
    else
        dot += "overlap=prism; splines=false; K=1.2;\n";
    // No labels: the boxes have their size already, the view draws the names, and Graphviz
    // 2.42's text measuring (pango) reads freed memory across layouts.
    dot += "node [shape=box, fixedsize=true, label=\"\"];\n";
    for (qsizetype i = 0; i < nodes.size(); ++i)
        dot += 'n' + QByteArray::number(i) + " [width=" + QByteArray::number(nodes.at(i).width, 'f', 3)
            + ", height=" + QByteArray::number(nodes.at(i).height, 'f', 3) + "];\n";
    for (const Edge &e : edges)
        dot += 'n' + QByteArray::number(e.from) + " -> n" + QByteArray::number(e.to) + ";\n";
    dot += "}\n";

    QMutexLocker locker(&graphvizLock());
    static GVC_t *const gvc = gvContext(); // one for the process: its plugins load once
    Agraph_t *graph = agmemread(dot.constData());
    if (!graph)
        return std::nullopt;
    std::optional<Result> result;
    if (gvLayout(gvc, graph, engine == Engine::Layered ? "dot" : "sfdp") == 0) {
        char *data = nullptr;
        unsigned int length = 0;
        if (gvRenderData(gvc, graph, "plain", &data, &length) == 0 && data) {
            // "graph scale w h", "node name x y w h …", "edge tail head n x1 y1 … xn yn …"; inches, y up.
            Result r;
            r.centres.resize(nodes.size());
            r.edges.resize(edges.size());
            double height = 0;
            // Graphviz writes the edges node by node, not in our order: match them by their ends.
            QHash<QPair<int, int>, QList<int>> byEnds;
            for (qsizetype i = 0; i < edges.size(); ++i)
                byEnds[{edges.at(i).from, edges.at(i).to}].append(int(i));
            for (const QByteArray &line : QByteArray(data, length).split('\n')) {
                const QList<QByteArray> f = line.split(' ');
                if (f.value(0) == "graph" && f.size() >= 4) {
                    height = f.at(3).toDouble() * 72.0;
                    r.bounds = QRectF(0, 0, f.at(2).toDouble() * 72.0, height);
                } else if (f.value(0) == "node" && f.size() >= 4) {
                    const int index = f.at(1).mid(1).toInt();
                    if (index >= 0 && index < nodes.size())
                        r.centres[index] = QPointF(f.at(2).toDouble() * 72.0, height - f.at(3).toDouble() * 72.0);
                } else if (f.value(0) == "edge" && f.size() >= 4) {
                    QList<int> &candidates = byEnds[{f.at(1).mid(1).toInt(), f.at(2).mid(1).toInt()}];
                    if (candidates.isEmpty())
                        continue;
                    const int count = f.at(3).toInt();
                    QList<QPointF> points;
                    for (int p = 0; p < count && 5 + 2 * p < f.size(); ++p)
                        points.append(QPointF(f.at(4 + 2 * p).toDouble() * 72.0, height - f.at(5 + 2 * p).toDouble() * 72.0));
                    r.edges[candidates.takeFirst()] = points;
                }
            }
            gvFreeRenderData(data);
            result = std::move(r);
        }
        gvFreeLayout(gvc, graph);
    }
    agclose(graph);
    return result;
}
