#pragma once

#include "graphlayout.h"
#include "latestjob.h"
#include "review/approverreview.h"

#include <QGraphicsView>

#include <memory>

/// The Review tab's impact subgraph: what one changed service reaches — only the affected
/// services, each on its shortest dependency path to it, so the picture is a tree rooted where
/// the service is deployed — coloured by the worst change of the whole review reaching each. Laid out by Graphviz off
/// the GUI thread; at most maxNodes services, the farthest left out (and counted).
class ImpactGraphView : public QGraphicsView
{
    Q_OBJECT

public:
    static constexpr int maxNodes = 120;

    explicit ImpactGraphView(QWidget *parent = nullptr);
    /// Shows what `changed` ("scope/service") reaches; an empty one clears the view.
    void showReach(std::shared_ptr<const sr::ApproverReview> review, const QString &changed);
    /// The services drawn, "project/service" (tests).
    QStringList shownServices() const { return m_ids; }

Q_SIGNALS:
    void laidOut(); ///< a new picture is shown (tests, screenshots)

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Picture
    {
        QStringList ids;
        QList<sr::ChangeSeverity> worst;
        QList<GraphLayout::Edge> edges;
        std::optional<GraphLayout::Result> layout;
        int leftOut = 0;
    };

    void draw(const Picture &picture);
    void showText(const QString &text);
    void fit();

    static constexpr double minimumScale = 0.7;

    LatestJob<Picture> m_job;
    QStringList m_ids;
    QPointF m_root; ///< where the changed service is drawn
};
