#pragma once

#include "graphlayout.h"
#include "latestjob.h"

#include <QHash>
#include <QWidget>

class GraphNodeItem;
class GraphView;
class QComboBox;
class QGraphicsPathItem;
class QGraphicsScene;
class QLabel;
class QLineEdit;
class QSpinBox;
class Workspace;

/// The Graph tab: the dependency graph of the current scope (a project's services and the
/// other projects' services they need, or the global catalog), laid out by Graphviz off the
/// GUI thread. Selecting a service (here or in any pane) highlights everything it needs and
/// everything that needs it; type to find a service; filters by type, owner and lifecycle, a
/// depth limit around the current service; export as SVG or PNG.
class GraphPane : public QWidget
{
    Q_OBJECT

public:
    explicit GraphPane(Workspace *workspace, QWidget *parent = nullptr);
    ~GraphPane() override;

    GraphView *view() const { return m_view; }
    bool isLayingOut() const { return m_job.isRunning() || m_pending; }
    /// The ids shown, sorted ("project/id" for other projects' services).
    QStringList nodeIds() const;
    /// The ids not dimmed by the current selection, sorted.
    QStringList highlighted() const;
    int edgeCount() const { return int(m_edges.size()); }
    /// How long building the last layout's scene took on the GUI thread.
    qint64 drawMilliseconds() const { return m_drawMilliseconds; }
    /// Writes the graph as SVG (by the file name's suffix) or PNG.
    bool exportTo(const QString &fileName);

Q_SIGNALS:
    void laidOut(); ///< a layout was shown (tests, screenshots)

private:
    struct Shown
    {
        QList<GraphLayout::Node> nodes;
        QList<GraphLayout::Edge> edges;
        QStringList types;
        QList<int> kinds; ///< GraphNodeItem::Kind per node
        QList<bool> optional; ///< per edge
        QList<bool> crossProject; ///< per edge
        QList<bool> onCycle; ///< per node
    };
    struct Laid
    {
        Shown shown;
        GraphLayout::Result layout;
        GraphLayout::Engine engine = GraphLayout::Engine::Layered;
        qint64 milliseconds = 0;
    };

    void fillFilters();
    void relayout();
    void showLayout(const Laid &laid);
    void highlight();
    void find(bool next);
    void navigate(Qt::Key direction);
    void chooseExport();

    Workspace *m_workspace;
    GraphView *m_view;
    QGraphicsScene *m_scene;
    QLineEdit *m_find;
    QSpinBox *m_depth;
    QComboBox *m_type;
    QComboBox *m_owner;
    QComboBox *m_lifecycle;
    QLabel *m_status;
    LatestJob<Laid> m_job;
    bool m_pending = false;
    qint64 m_drawMilliseconds = 0;
    QList<GraphNodeItem *> m_nodes;
    QList<QGraphicsPathItem *> m_edges;
    QList<GraphLayout::Edge> m_edgeEnds;
    QHash<QString, int> m_index;
};
