#include "problemspane.h"

#include "itemviews.h"
#include "problemfilterproxymodel.h"
#include "problemmodel.h"
#include "workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

ProblemsPane::ProblemsPane(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new ProblemModel(this))
    , m_proxy(new ProblemFilterProxyModel(this))
    , m_origin(new QComboBox(this))
    , m_severity(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_view(makeTableView(this))
{
    m_proxy->setSourceModel(m_model);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    m_origin->setObjectName(QStringLiteral("problemOrigin"));
    m_origin->addItem(tr("Validation and policies"), int(ProblemFilterProxyModel::Origin::All));
    m_origin->addItem(tr("Validation"), int(ProblemFilterProxyModel::Origin::Validation));
    m_origin->addItem(tr("Policies"), int(ProblemFilterProxyModel::Origin::Policies));
    m_severity->addItem(tr("All problems"), int(sr::Severity::Note));
    m_severity->addItem(tr("Errors and warnings"), int(sr::Severity::Warning));
    m_severity->addItem(tr("Errors only"), int(sr::Severity::Error));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Filter problems by code, message or file"));
    bar->addWidget(m_origin);
    bar->addWidget(m_severity);
    bar->addWidget(m_filter, 1);
    m_view->setObjectName(QStringLiteral("problemView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ProblemModel::Severity, Qt::AscendingOrder);
    auto *header = m_view->horizontalHeader();
    header->setSectionResizeMode(ProblemModel::Severity, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ProblemModel::Code, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ProblemModel::Message, QHeaderView::Stretch);
    header->setSectionResizeMode(ProblemModel::Location, QHeaderView::ResizeToContents);
    m_view->setToolTip(tr("Double-click or press Enter to open the file at the problem"));
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_severity, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setSeverityFilter(sr::Severity(m_severity->currentData().toInt())); });
    connect(m_origin, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setOriginFilter(ProblemFilterProxyModel::Origin(m_origin->currentData().toInt())); });
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ProblemFilterProxyModel::setFilterText);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openSourceRequested(index.data(ProblemModel::FileRole).toString(), index.data(ProblemModel::LineRole).toInt(),
                                   index.data(ProblemModel::ColumnRole).toInt());
    });
    connect(m_workspace, &Workspace::registryChanged, this, [this] {
        // Validation first, then what the policies found (docs/policies.md).
        m_model->setDiagnostics(m_workspace->problems());
        Q_EMIT titleChanged(title());
    });
}

QString ProblemsPane::title() const
{
    const int count = m_model->rowCount();
    return count == 0 ? tr("Problems") : tr("Problems (%1)").arg(count);
}
