#include "detailspane.h"

#include "elideleftdelegate.h"

#include "appearance.h"
#include "itemviews.h"
#include "servicedetailsmodel.h"
#include "workspace.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

DetailsPane::DetailsPane(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new ServiceDetailsModel(this))
    , m_header(new QLabel(this))
    , m_view(makeTableView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_header->setObjectName(QStringLiteral("detailsHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_view->setObjectName(QStringLiteral("detailsView"));
    m_view->setModel(m_model);
    // Field and location are capped, each to a share of a narrow dock too, so that the value
    // keeps room; the field names get the larger share (a label cut to "Memory re…" does not
    // say which field it is). Long ones elide and show whole in their tooltips.
    auto *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ServiceDetailsModel::Value, QHeaderView::Stretch);
    header->setSectionResizeMode(ServiceDetailsModel::Origin, QHeaderView::ResizeToContents);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setItemDelegateForColumn(ServiceDetailsModel::Location, new ElideLeftDelegate(m_view)); // keeps the line
    connect(m_model, &QAbstractItemModel::modelReset, this, [this, header] {
        const int em = m_view->fontMetrics().averageCharWidth();
        const int width = m_view->viewport()->width();
        for (const auto &[column, cap] : {std::pair{int(ServiceDetailsModel::Field), std::min(24 * em, width * 2 / 7)},
                                          std::pair{int(ServiceDetailsModel::Location), std::min(22 * em, width / 5)}}) {
            m_view->resizeColumnToContents(column);
            header->resizeSection(column, std::min(header->sectionSize(column), cap));
        }
    });
    m_view->setToolTip(tr("Double-click a row to open the file where the value is defined"));
    layout->addWidget(m_header);
    layout->addWidget(m_view, 1);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openSourceRequested(index.data(ServiceDetailsModel::FileRole).toString(),
                                   index.data(ServiceDetailsModel::LineRole).toInt(), 0);
    });
    connect(m_workspace, &Workspace::currentServiceChanged, this, &DetailsPane::showCurrentService);
    connect(m_workspace, &Workspace::scopeChanged, this, &DetailsPane::showCurrentService);
    connect(m_workspace, &Workspace::registryChanged, this, &DetailsPane::showCurrentService);
    showCurrentService();
}

void DetailsPane::showCurrentService()
{
    const sr::ResolvedService *service = m_workspace->currentService();
    if (!service) {
        m_shownService.reset();
        m_model->clear();
        m_header->setText(tr("<i>Select a service to see its resolved fields.</i>"));
        return;
    }
    // A global service is shared by every project that uses it unchanged: compare both.
    if (service->service == m_shownService && service->project == m_shownProject)
        return;
    m_shownService = service->service;
    m_shownProject = service->project;
    m_model->setService(*service);
    const QString scope = service->project.isEmpty() ? tr("global catalog") : tr("project %1").arg(service->project);
    m_header->setText(tr("<b>%1</b> (%2) — %3, %4")
                          .arg(service->service->displayName.toHtmlEscaped(), service->service->id.toHtmlEscaped(),
                               scope.toHtmlEscaped(), sr::labelOf(service->origin)));
}

QSize DetailsPane::sizeHint() const
{
    return QSize(fontMetrics().averageCharWidth() * 72, QWidget::sizeHint().height());
}
