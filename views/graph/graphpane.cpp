#include "graphpane.h"

#include "analysis/dependencygraph.h"
#include "appearance.h"
#include "graphnodeitem.h"
#include "graphview.h"
#include "itemviews.h"
#include "workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFontMetricsF>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSvgGenerator>
#include <QVBoxLayout>

#include <cmath>

namespace {

QPainterPath edgePath(const QList<QPointF> &points)
{
    QPainterPath path;
    if (points.isEmpty())
        return path;
    path.moveTo(points.first());
    if (points.size() >= 4 && (points.size() - 1) % 3 == 0) { // a cubic B-spline from dot
        for (qsizetype i = 1; i + 2 < points.size(); i += 3)
            path.cubicTo(points.at(i), points.at(i + 1), points.at(i + 2));
    } else {
        for (qsizetype i = 1; i < points.size(); ++i)
            path.lineTo(points.at(i));
    }
    return path;
}

} // namespace

GraphPane::GraphPane(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_view(new GraphView(this))
    , m_scene(new QGraphicsScene(this))
    , m_find(new QLineEdit(this))
    , m_depth(new QSpinBox(this))
    , m_type(new QComboBox(this))
    , m_owner(new QComboBox(this))
    , m_lifecycle(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_job(this)
{
    m_view->setScene(m_scene);
    m_view->setObjectName(QStringLiteral("graphView"));
    m_find->setObjectName(QStringLiteral("graphFind"));
    m_find->setPlaceholderText(tr("Find a service (Ctrl+F; Enter: next)"));
    m_find->setClearButtonEnabled(true);
    m_find->setMinimumWidth(220);
    m_depth->setObjectName(QStringLiteral("graphDepth"));
    m_depth->setRange(0, 20);
    m_depth->setSpecialValueText(tr("all"));
    m_depth->setToolTip(tr("Only the services this many dependencies away from the current one (0: all)"));
    m_type->setObjectName(QStringLiteral("graphType"));
    m_type->setToolTip(tr("Only services of this type"));
    m_owner->setToolTip(tr("Only services of this owner"));
    m_lifecycle->setToolTip(tr("Only services in this lifecycle"));
    for (QComboBox *box : {m_type, m_owner, m_lifecycle})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *fit = new QPushButton(tr("&Fit"), this);
    fit->setToolTip(tr("Show the whole graph (Ctrl+0)"));
    auto *exportButton = new QPushButton(tr("E&xport…"), this);
    exportButton->setToolTip(tr("Save the graph as SVG or PNG"));
    m_status->setObjectName(QStringLiteral("graphStatus"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_find, 2);
    bar->addWidget(fieldLabel(tr("&Depth:"), m_depth, this));
    bar->addWidget(m_depth);
    bar->addWidget(fieldLabel(tr("&Type:"), m_type, this));
    bar->addWidget(m_type);
    bar->addWidget(fieldLabel(tr("&Owner:"), m_owner, this));
    bar->addWidget(m_owner);
    bar->addWidget(fieldLabel(tr("&Lifecycle:"), m_lifecycle, this));
    bar->addWidget(m_lifecycle);
    bar->addWidget(fit);
    bar->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    connect(fit, &QPushButton::clicked, m_view, &GraphView::fit);
    connect(exportButton, &QPushButton::clicked, this, &GraphPane::chooseExport);
    connect(m_find, &QLineEdit::textEdited, this, [this] { find(false); });
    connect(m_find, &QLineEdit::returnPressed, this, [this] { find(true); });
    connect(m_depth, &QSpinBox::valueChanged, this, &GraphPane::relayout);
    for (QComboBox *box : {m_type, m_owner, m_lifecycle})
        connect(box, &QComboBox::activated, this, &GraphPane::relayout);
    connect(m_view, &GraphView::navigate, this, &GraphPane::navigate);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] {
        const auto selected = m_scene->selectedItems();
        if (selected.size() != 1)
            return;
        auto *node = static_cast<GraphNodeItem *>(selected.first());
        if (node->kind() != GraphNodeItem::Kind::External)
            m_workspace->setCurrentService(node->id());
    });
    connect(m_workspace, &Workspace::registryChanged, this, [this] {
        fillFilters();
        relayout();
    });
    connect(m_workspace, &Workspace::scopeChanged, this, [this] {
        fillFilters();
        relayout();
    });
    connect(m_workspace, &Workspace::currentServiceChanged, this, [this] {
        if (m_depth->value() > 0)
            relayout(); // the neighbourhood moves with the current service
        else
            highlight();
    });
    bindFindShortcut(this, m_find);
    fillFilters();
    relayout();
}

GraphPane::~GraphPane()
{
    // The scene, a child, is destroyed after this part of the object: its last selection
    // change must not reach a pane that is gone.
    m_scene->disconnect(this);
}

void GraphPane::fillFilters()
{
    QStringList types;
    QStringList owners;
    for (const sr::ResolvedService &r : m_workspace->scopeServices()) {
        types.append(sr::nameOf(r.service->type));
        owners.append(r.service->owner);
    }
    types.removeDuplicates();
    types.sort();
    owners.removeDuplicates();
    owners.sort();
    auto refill = [](QComboBox *box, const QString &all, const QStringList &values) {
        const QString previous = box->currentData().toString();
        box->clear();
        box->addItem(all, QString());
        for (const QString &v : values)
            box->addItem(v, v);
        box->setCurrentIndex(std::max(0, box->findData(previous)));
    };
    refill(m_type, tr("All types"), types);
    refill(m_owner, tr("All owners"), owners);
    QStringList lifecycles;
    for (const char *name : sr::Vocabulary<sr::Lifecycle>::names())
        lifecycles.append(QString::fromLatin1(name));
    refill(m_lifecycle, tr("All lifecycles"), lifecycles);
}

void GraphPane::relayout()
{
    const sr::RegistryPtr registry = m_workspace->registry();
    if (!registry) {
        m_scene->clear();
        m_nodes.clear();
        m_edges.clear();
        return;
    }
    const QString projectName = m_workspace->currentProject();
    const sr::Project *project = registry->project(projectName);
    const sr::DependencyGraph graph
        = project ? sr::DependencyGraph::forProject(*project) : sr::DependencyGraph::forCatalog(registry->catalog);

    // Which nodes: the filters, then the neighbourhood of the current service.
    const QList<bool> keep = graph.select({.type = m_type->currentData().toString(),
                                           .owner = m_owner->currentData().toString(),
                                           .lifecycle = m_lifecycle->currentData().toString(),
                                           .around = m_workspace->currentServiceId(),
                                           .depth = m_depth->value()});
    const auto &all = graph.nodes();

    Shown shown;
    QHash<int, int> mapped;
    const QFontMetricsF metrics(QApplication::font());
    const QSet<QString> onCycle = graph.onCycles();
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (!keep[i])
            continue;
        const auto &n = all.at(i);
        mapped.insert(int(i), int(shown.nodes.size()));
        // Graphviz measures in inches: the label's width plus padding, at 72 points per inch.
        shown.nodes.append({n.id, std::max(1.0, (metrics.horizontalAdvance(n.id) + 28) / 72.0), 0.45});
        shown.types.append(n.service ? sr::nameOf(n.service->type) : QString());
        shown.kinds.append(int(n.external                             ? GraphNodeItem::Kind::External
                                   : n.origin == sr::Origin::Override ? GraphNodeItem::Kind::Override
                                   : n.origin == sr::Origin::Project  ? GraphNodeItem::Kind::Project
                                                                      : GraphNodeItem::Kind::Global));
        shown.onCycle.append(onCycle.contains(n.id));
    }
    for (const auto &e : graph.edges()) {
        if (!mapped.contains(e.from) || !mapped.contains(e.to))
            continue;
        shown.edges.append({mapped.value(e.from), mapped.value(e.to)});
        shown.optional.append(e.dependency && e.dependency->optional);
        shown.crossProject.append(all.at(e.to).external);
    }

    m_pending = true;
    setProperty("busy", true);
    m_status->setText(tr("Laying out %n service(s)…", nullptr, int(shown.nodes.size())));
    m_job.start(
        [shown](JobControl &control) -> std::optional<Laid> {
            if (control.isCancelled())
                return std::nullopt;
            Laid laid;
            laid.shown = shown;
            laid.engine = GraphLayout::engineFor(int(shown.nodes.size()), shown.edges);
            QElapsedTimer timer;
            timer.start();
            const auto layout = GraphLayout::run(shown.nodes, shown.edges, laid.engine);
            if (!layout)
                return std::nullopt;
            laid.layout = *layout;
            laid.milliseconds = timer.elapsed();
            return laid;
        },
        [this](Laid laid) {
            m_pending = false;
            setProperty("busy", false);
            showLayout(laid);
            Q_EMIT laidOut();
        });
}

void GraphPane::showLayout(const Laid &laid)
{
    QElapsedTimer drawing; // the only part on the GUI thread: building the scene
    drawing.start();
    m_scene->clear();
    m_nodes.clear();
    m_edges.clear();
    m_index.clear();
    m_edgeEnds = laid.shown.edges;
    const QPalette palette = QApplication::palette();
    for (qsizetype i = 0; i < laid.shown.nodes.size(); ++i) {
        const auto &n = laid.shown.nodes.at(i);
        auto *item = new GraphNodeItem(n.id, laid.shown.types.at(i), GraphNodeItem::Kind(laid.shown.kinds.at(i)),
                                       QSizeF(n.width * 72.0, n.height * 72.0));
        item->setPos(laid.layout.centres.value(i));
        item->setOnCycle(laid.shown.onCycle.at(i));
        item->setZValue(1);
        m_scene->addItem(item);
        m_index.insert(n.id, int(m_nodes.size()));
        m_nodes.append(item);
    }
    const QColor cross = Appearance::originColor(sr::Origin::Project);
    const QColor cycle = Appearance::severityColor(sr::Severity::Error);
    for (qsizetype i = 0; i < laid.shown.edges.size(); ++i) {
        const auto &e = laid.shown.edges.at(i);
        QList<QPointF> points = laid.layout.edges.value(i);
        if (points.size() < 2)
            points = {laid.layout.centres.value(e.from), laid.layout.centres.value(e.to)};
        QPainterPath path = edgePath(points);
        // An arrowhead where the edge meets the service it needs.
        const QPointF tip = points.last();
        const QLineF back(tip, points.at(points.size() - 2));
        const double angle = std::atan2(-back.dy(), back.dx());
        QPolygonF head;
        head << tip << tip + QPointF(std::cos(angle + 0.4) * 9, -std::sin(angle + 0.4) * 9)
             << tip + QPointF(std::cos(angle - 0.4) * 9, -std::sin(angle - 0.4) * 9) << tip;
        path.addPolygon(head);
        const bool onCycle = laid.shown.onCycle.at(e.from) && laid.shown.onCycle.at(e.to);
        QColor plain = palette.color(QPalette::Text);
        plain.setAlpha(150); // grey on either theme
        QPen pen(onCycle ? cycle : laid.shown.crossProject.at(i) ? cross : plain, onCycle ? 1.8 : 1.2);
        if (laid.shown.optional.at(i))
            pen.setStyle(Qt::DashLine);
        auto *item = m_scene->addPath(path, pen);
        item->setToolTip(laid.shown.optional.at(i)
                             ? tr("%1 may use %2 (optional)").arg(laid.shown.nodes.at(e.from).id, laid.shown.nodes.at(e.to).id)
                             : tr("%1 needs %2").arg(laid.shown.nodes.at(e.from).id, laid.shown.nodes.at(e.to).id));
        m_edges.append(item);
    }
    m_scene->setSceneRect(m_scene->itemsBoundingRect().adjusted(-40, -40, 40, 40));
    const int cyclic = int(std::count(laid.shown.onCycle.cbegin(), laid.shown.onCycle.cend(), true));
    QString status = tr("%n service(s)", nullptr, int(laid.shown.nodes.size())) + QStringLiteral(" · ")
        + tr("%n dependenc(ies)", nullptr, int(laid.shown.edges.size())) + QStringLiteral(" · ")
        + tr("laid out with %1 in %2 ms")
              .arg(laid.engine == GraphLayout::Engine::Layered ? QStringLiteral("dot") : QStringLiteral("sfdp"))
              .arg(laid.milliseconds);
    if (cyclic > 0)
        status += QStringLiteral(" · ") + tr("%n service(s) on a cycle (red)", nullptr, cyclic);
    m_view->fit();
    highlight();
    m_drawMilliseconds = drawing.elapsed();
    m_status->setText(status + QStringLiteral(" · ") + tr("drawn in %1 ms").arg(m_drawMilliseconds));
}

void GraphPane::highlight()
{
    const int current = m_index.value(m_workspace->currentServiceId(), -1);
    QSet<int> lit;
    if (current >= 0) {
        // Everything it needs (downstream) and everything that needs it (upstream).
        for (const bool forward : {true, false}) {
            QList<int> queue{current};
            QSet<int> seen{current};
            for (qsizetype q = 0; q < queue.size(); ++q) {
                for (const auto &e : m_edgeEnds) {
                    const int from = forward ? e.from : e.to;
                    const int to = forward ? e.to : e.from;
                    if (from == queue.at(q) && !seen.contains(to)) {
                        seen.insert(to);
                        queue.append(to);
                    }
                }
            }
            lit.unite(seen);
        }
    }
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        m_nodes.at(i)->setCurrent(i == current);
        m_nodes.at(i)->setDimmed(current >= 0 && !lit.contains(int(i)));
    }
    for (qsizetype i = 0; i < m_edges.size(); ++i) {
        const auto &e = m_edgeEnds.at(i);
        m_edges.at(i)->setOpacity(current >= 0 && !(lit.contains(e.from) && lit.contains(e.to)) ? 0.15 : 1.0);
    }
    if (current >= 0) {
        const QSignalBlocker blocker(m_scene);
        m_scene->clearSelection();
        m_nodes.at(current)->setSelected(true);
        m_view->centerOn(m_nodes.at(current));
    }
}

QStringList GraphPane::nodeIds() const
{
    QStringList out;
    for (const GraphNodeItem *n : m_nodes)
        out.append(n->id());
    out.sort();
    return out;
}

QStringList GraphPane::highlighted() const
{
    QStringList out;
    for (const GraphNodeItem *n : m_nodes) {
        if (!n->isDimmed())
            out.append(n->id());
    }
    out.sort();
    return out;
}

void GraphPane::find(bool next)
{
    const QString text = m_find->text().trimmed();
    if (text.isEmpty())
        return;
    QList<int> matches;
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes.at(i)->id().contains(text, Qt::CaseInsensitive))
            matches.append(int(i));
    }
    if (matches.isEmpty()) {
        m_status->setText(tr("No service matches '%1'").arg(text));
        return;
    }
    const int current = m_index.value(m_workspace->currentServiceId(), -1);
    qsizetype at = next ? matches.indexOf(current) + 1 : 0;
    GraphNodeItem *node = m_nodes.at(matches.at(at % matches.size()));
    if (node->kind() == GraphNodeItem::Kind::External)
        m_view->centerOn(node);
    else
        m_workspace->setCurrentService(node->id()); // highlights and centres
}

void GraphPane::navigate(Qt::Key direction)
{
    const int current = m_index.value(m_workspace->currentServiceId(), -1);
    if (current < 0) {
        if (!m_nodes.isEmpty())
            m_workspace->setCurrentService(m_nodes.first()->id());
        return;
    }
    const QPointF from = m_nodes.at(current)->pos();
    int best = -1;
    double bestScore = 0;
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        const QPointF d = m_nodes.at(i)->pos() - from;
        const double along = direction == Qt::Key_Right ? d.x()
            : direction == Qt::Key_Left                 ? -d.x()
            : direction == Qt::Key_Down                 ? d.y()
                                                        : -d.y();
        const double across = (direction == Qt::Key_Left || direction == Qt::Key_Right) ? std::abs(d.y()) : std::abs(d.x());
        if (i == current || along <= 1 || m_nodes.at(i)->kind() == GraphNodeItem::Kind::External)
            continue;
        const double score = along + 2 * across; // nearest, and as straight ahead as possible
        if (best < 0 || score < bestScore) {
            best = int(i);
            bestScore = score;
        }
    }
    if (best >= 0)
        m_workspace->setCurrentService(m_nodes.at(best)->id());
}

bool GraphPane::exportTo(const QString &fileName)
{
    const QRectF source = m_scene->itemsBoundingRect().adjusted(-20, -20, 20, 20);
    if (fileName.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setFileName(fileName);
        svg.setSize(source.size().toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
        svg.setTitle(tr("Dependency graph"));
        QPainter painter;
        if (!painter.begin(&svg))
            return false;
        m_scene->render(&painter, QRectF(QPointF(0, 0), source.size()), source);
        return painter.end();
    }
    QImage image((source.size() * 2).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(QApplication::palette().color(QPalette::Base));
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    m_scene->render(&painter, QRectF(QPointF(0, 0), image.size()), source);
    painter.end();
    return image.save(fileName);
}

void GraphPane::chooseExport()
{
    QSettings settings;
    const QString file
        = QFileDialog::getSaveFileName(this, tr("Export the dependency graph"),
                                       settings.value(QStringLiteral("graph/exportFile"), QStringLiteral("graph.svg")).toString(),
                                       tr("SVG (*.svg);;PNG (*.png)"));
    if (file.isEmpty())
        return;
    settings.setValue(QStringLiteral("graph/exportFile"), file);
    if (!exportTo(file))
        m_status->setText(tr("Cannot write %1").arg(file));
}
