#include "impactgraphview.h"

#include "appearance.h"

#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QHash>
#include <QPainterPath>

namespace {

constexpr double pointsPerInch = 72.0;

QColor fillOf(sr::ChangeSeverity severity)
{
    QColor fill = Appearance::severityColor(Appearance::severityOf(severity));
    fill.setAlphaF(0.22f);
    return fill;
}

} // namespace

ImpactGraphView::ImpactGraphView(QWidget *parent)
    : QGraphicsView(parent)
    , m_job(this)
{
    setScene(new QGraphicsScene(this));
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setFocusPolicy(Qt::StrongFocus);
    showText(tr("Select a change to see the services it reaches."));
}

void ImpactGraphView::showText(const QString &text)
{
    scene()->clear();
    m_ids.clear();
    auto *item = scene()->addSimpleText(text);
    item->setBrush(palette().color(QPalette::PlaceholderText));
    scene()->setSceneRect(item->boundingRect());
    resetTransform();
}

void ImpactGraphView::showReach(std::shared_ptr<const sr::ApproverReview> review, const QString &changed)
{
    if (!review || changed.isEmpty()) {
        m_job.cancel();
        showText(tr("Select a change to see the services it reaches."));
        return;
    }
    m_job.start(
        [review, changed](JobControl &) -> std::optional<Picture> {
            Picture p;
            QHash<QString, int> index;
            QHash<QString, sr::ChangeSeverity> worst;
            for (const sr::ChangeImpact::Affected &a : review->impact.affected)
                worst.insert(a.project + QLatin1Char('/') + a.service, a.worst);
            // Everything this change reaches, by its own shortest paths (the report's list of
            // the change), nearest first: a picture cut at maxNodes keeps what is closest.
            QList<const sr::AffectedService *> reach;
            for (const sr::RegistryChange &c : review->changes.changes) {
                if (c.scope + QLatin1Char('/') + c.service != changed)
                    continue;
                for (const sr::AffectedService &a : c.affected)
                    reach.append(&a);
                break; // every change of one service reaches the same services
            }
            std::stable_sort(reach.begin(), reach.end(), [](auto *x, auto *y) { return x->path.size() < y->path.size(); });
            auto node = [&](const QString &id) {
                if (const auto found = index.constFind(id); found != index.cend())
                    return *found;
                index.insert(id, int(p.ids.size()));
                p.ids.append(id);
                p.worst.append(worst.value(id, sr::ChangeSeverity::Info));
                return int(p.ids.size() - 1);
            };
            for (const sr::AffectedService *a : std::as_const(reach)) {
                if (p.ids.size() + a->path.size() > maxNodes) {
                    ++p.leftOut;
                    continue;
                }
                int previous = -1;
                for (qsizetype i = a->path.size() - 1; i >= 0; --i) { // from the changed service outwards
                    const int n = node(a->path.at(i));
                    if (previous >= 0) {
                        const GraphLayout::Edge e{n, previous}; // dependent → what it depends on
                        if (!std::any_of(p.edges.cbegin(), p.edges.cend(),
                                         [&e](const GraphLayout::Edge &o) { return o.from == e.from && o.to == e.to; }))
                            p.edges.append(e);
                    }
                    previous = n;
                }
            }
            QList<GraphLayout::Node> nodes;
            for (const QString &id : std::as_const(p.ids))
                nodes.append({id, (id.size() * 7.0 + 24) / pointsPerInch, 0.45});
            if (!nodes.isEmpty())
                p.layout = GraphLayout::run(nodes, p.edges, GraphLayout::Engine::Layered);
            return p;
        },
        [this](Picture picture) { draw(picture); });
}

void ImpactGraphView::draw(const Picture &picture)
{
    if (picture.ids.isEmpty() || !picture.layout) {
        showText(picture.ids.isEmpty() ? tr("The change reaches no deployed service.") : tr("The graph cannot be laid out."));
        Q_EMIT laidOut();
        return;
    }
    scene()->clear();
    m_ids = picture.ids;
    const GraphLayout::Result &layout = *picture.layout;
    const QColor text = palette().color(QPalette::Text);
    QColor edgeColour = text;
    edgeColour.setAlphaF(0.55f);
    const QPen edgePen(edgeColour, 1.3);
    for (qsizetype i = 0; i < picture.edges.size() && i < layout.edges.size(); ++i) {
        const QList<QPointF> &points = layout.edges.at(i);
        if (points.size() < 2)
            continue;
        QPainterPath path(points.first());
        if ((points.size() - 1) % 3 == 0) {
            for (qsizetype k = 1; k + 2 < points.size(); k += 3)
                path.cubicTo(points.at(k), points.at(k + 1), points.at(k + 2));
        } else {
            for (qsizetype k = 1; k < points.size(); ++k)
                path.lineTo(points.at(k));
        }
        scene()->addPath(path, edgePen);
        // An arrowhead where the dependent points at what it depends on.
        const QPointF tip = points.last();
        const QPointF from = path.pointAtPercent(0.9);
        const QLineF back(tip, from);
        QLineF side1 = back;
        side1.setLength(8);
        side1.setAngle(back.angle() + 25);
        QLineF side2 = back;
        side2.setLength(8);
        side2.setAngle(back.angle() - 25);
        scene()->addPolygon(QPolygonF{tip, side1.p2(), side2.p2()}, edgePen, edgeColour);
    }
    for (qsizetype i = 0; i < picture.ids.size(); ++i) {
        const QString &id = picture.ids.at(i);
        const double width = (id.size() * 7.0 + 24);
        const QRectF box(layout.centres.at(i).x() - width / 2, layout.centres.at(i).y() - 16, width, 32);
        auto *rect = scene()->addRect(
            box, QPen(Appearance::severityColor(Appearance::severityOf(picture.worst.at(i))), i == 0 ? 2.5 : 1.2),
            fillOf(picture.worst.at(i)));
        rect->setToolTip(tr("%1: reached by a %2 change").arg(id, sr::labelOf(picture.worst.at(i))));
        auto *label = scene()->addSimpleText(id);
        label->setBrush(text);
        label->setPos(box.center() - label->boundingRect().center());
    }
    if (picture.leftOut > 0) {
        auto *more = scene()->addSimpleText(tr("%n more service(s) farther away are not drawn", nullptr, picture.leftOut));
        more->setBrush(palette().color(QPalette::PlaceholderText));
        more->setPos(layout.bounds.left(), layout.bounds.bottom() + 8);
    }
    scene()->setSceneRect(scene()->itemsBoundingRect().adjusted(-8, -8, 8, 8));
    m_root = layout.centres.value(0);
    fit();
    Q_EMIT laidOut();
}

void ImpactGraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (!m_ids.isEmpty())
        fit();
}

void ImpactGraphView::fit()
{
    // Small graphs at their natural size; large ones as small as their names stay readable,
    // starting at the changed service (scroll or drag for the rest).
    resetTransform();
    fitInView(sceneRect(), Qt::KeepAspectRatio);
    if (transform().m11() > 1.0) {
        resetTransform();
    } else if (transform().m11() < minimumScale) {
        setTransform(QTransform::fromScale(minimumScale, minimumScale));
        centerOn(m_root);
    }
}
