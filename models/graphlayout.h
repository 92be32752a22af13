#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <optional>

/// A graph laid out by Graphviz (libgvc): `dot` for layered graphs, `sfdp` for large
/// overviews, with the work of `dot` bounded so that a graph full of cycles takes well under
/// a second (docs/performance.md). Graphviz keeps global state, so layouts run one at a time;
/// call it off the GUI thread.
class GraphLayout
{
public:
    enum class Engine { Layered, Overview };
    struct Node
    {
        QString id;
        double width = 1.5; ///< inches, as Graphviz measures
        double height = 0.5;
    };
    struct Edge
    {
        int from = 0;
        int to = 0;
    };
    struct Result
    {
        QRectF bounds; ///< in points, y growing downwards
        QList<QPointF> centres; ///< per node, in points
        QList<QList<QPointF>> edges; ///< per edge: a cubic B-spline (1 + 3n points), or a line
    };

    /// Lays the graph out; nullopt when Graphviz fails. `engine` Layered uses dot (left to
    /// right), Overview sfdp.
    static std::optional<Result> run(const QList<Node> &nodes, const QList<Edge> &edges, Engine engine);
    /// The engine that draws this graph well and fast: Layered (dot) up to 400 nodes when at
    /// most a tenth of them (and no more than 40) sit on cycles; Overview (sfdp) otherwise —
    /// a graph full of cycles has no layers to show, and dot spends seconds looking for them.
    static Engine engineFor(int nodes, const QList<Edge> &edges);
    /// How many nodes lie on a cycle (strongly connected components of two or more, or a
    /// node that needs itself).
    static int nodesOnCycles(int nodes, const QList<Edge> &edges);
};
