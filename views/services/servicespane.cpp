#include "servicespane.h"

#include "itemviews.h"
#include "servicefilterproxymodel.h"
#include "servicetablemodel.h"
#include "workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

ServicesPane::ServicesPane(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new ServiceTableModel(this))
    , m_proxy(new ServiceFilterProxyModel(this))
    , m_scopeLabel(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_view(makeTableView(this))
{
    m_proxy->setSourceModel(m_model);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    auto *filterRow = new QHBoxLayout;
    m_scopeLabel->setTextFormat(Qt::RichText);
    m_filter->setObjectName(QStringLiteral("serviceFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Filter services (Ctrl+K): words, or type:api owner:@core-team port:8080 origin:override"));
    filterRow->addWidget(m_scopeLabel);
    filterRow->addWidget(m_filter, 1);
    layout->addLayout(filterRow);

    m_view->setObjectName(QStringLiteral("serviceView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ServiceTableModel::Id, Qt::AscendingOrder);
    auto *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ServiceTableModel::Image, QHeaderView::Stretch);
    header->setMinimumSectionSize(48);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ServiceFilterProxyModel::setFilterText);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ServicesPane::onCurrentRowChanged);
    // A filter that hides the current row also clears the current service.
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ServicesPane::onCurrentRowChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ServicesPane::onCurrentRowChanged);
    connect(m_workspace, &Workspace::registryChanged, this, &ServicesPane::showScope);
    connect(m_workspace, &Workspace::scopeChanged, this, &ServicesPane::showScope);
    connect(m_workspace, &Workspace::currentServiceChanged, this, [this] {
        if (!m_workspace->currentServiceId().isEmpty())
            selectService(m_workspace->currentServiceId());
    });
}

void ServicesPane::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

void ServicesPane::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

bool ServicesPane::selectService(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    if (index.row() != m_view->currentIndex().row())
        m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void ServicesPane::showScope()
{
    const QString wanted = m_workspace->currentServiceId();
    m_showingScope = true;
    m_model->setServices(m_workspace->scopeServices());
    if (!m_workspace->currentPattern().isEmpty()) {
        m_proxy->setPatternFilter(m_workspace->patternMembers());
        m_scopeLabel->setText(tr("<b>Pattern %1</b>").arg(m_workspace->currentPattern().toHtmlEscaped()));
    } else {
        m_proxy->clearPatternFilter();
        m_scopeLabel->setText(m_workspace->currentProject().isEmpty()
                                  ? tr("<b>Global catalog</b>")
                                  : tr("<b>%1</b>").arg(m_workspace->currentProject().toHtmlEscaped()));
    }
    // The same service stays current across scopes and reloads when it is still shown.
    if (!selectService(wanted) && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    m_showingScope = false;
    onCurrentRowChanged();
}

void ServicesPane::onCurrentRowChanged()
{
    if (m_showingScope)
        return; // one answer when the new scope is in place, not one per intermediate state
    const QModelIndex current = m_view->currentIndex();
    const sr::ResolvedService *service = current.isValid() ? m_model->serviceAt(m_proxy->mapToSource(current).row()) : nullptr;
    m_workspace->setCurrentService(service ? service->service->id : QString());
}
