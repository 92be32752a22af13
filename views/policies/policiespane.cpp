#include "policiespane.h"

#include "itemviews.h"
#include "policyfindingmodel.h"
#include "workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

PoliciesPane::PoliciesPane(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new PolicyFindingModel(this))
    , m_groupBy(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_explanation(new QTextBrowser(this))
    , m_counts(new QLabel(this))
{
    m_groupBy->addItem(tr("By severity"), int(PolicyFindingModel::GroupBy::Severity));
    m_groupBy->addItem(tr("By rule"), int(PolicyFindingModel::GroupBy::Rule));
    m_groupBy->addItem(tr("By project"), int(PolicyFindingModel::GroupBy::Project));
    m_groupBy->addItem(tr("By service"), int(PolicyFindingModel::GroupBy::Service));
    m_groupBy->setToolTip(tr("Group the findings"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Filter findings by rule, service, message or file (Ctrl+F)"));
    m_counts->setObjectName(QStringLiteral("policyCounts"));

    m_view->setObjectName(QStringLiteral("policyView"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setToolTip(tr("Double-click or press Enter to open the file at the finding"));
    // The finding's text gets the room; the other columns keep a width a user may change.
    auto *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(PolicyFindingModel::Finding, QHeaderView::Stretch);
    header->setMinimumSectionSize(60);
    header->resizeSection(PolicyFindingModel::Rule, 180);
    header->resizeSection(PolicyFindingModel::Service, 140);
    header->resizeSection(PolicyFindingModel::Status, 90);
    header->resizeSection(PolicyFindingModel::Location, 150);
    m_view->setColumnHidden(PolicyFindingModel::Status, true); // grouped by severity, the group says it

    m_explanation->setObjectName(QStringLiteral("policyExplanation"));
    m_explanation->setOpenLinks(false);
    m_explanation->setPlaceholderText(tr("Select a finding to see why its rule exists and how to fix it."));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_groupBy);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_counts);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_explanation);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_groupBy, &QComboBox::currentIndexChanged, this, [this] {
        const auto groupBy = PolicyFindingModel::GroupBy(m_groupBy->currentData().toInt());
        m_model->setGroupBy(groupBy);
        m_view->setColumnHidden(PolicyFindingModel::Status, groupBy == PolicyFindingModel::GroupBy::Severity);
        m_view->expandAll();
    });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setFilterText(text); // a group stays while one of its findings matches
        m_view->expandAll();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { explain(current); });
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString file = index.data(PolicyFindingModel::FileRole).toString();
        if (!file.isEmpty())
            Q_EMIT openSourceRequested(file, index.data(PolicyFindingModel::LineRole).toInt(),
                                       index.data(PolicyFindingModel::ColumnRole).toInt());
    });
    connect(m_workspace, &Workspace::registryChanged, this, &PoliciesPane::showReport);
    bindFindShortcut(this, m_filter);
    showReport(); // the snapshot that is already there, if any
}

QString PoliciesPane::summary() const
{
    return summaryOf(m_model->report());
}

QString PoliciesPane::summaryOf(const sr::PolicyReport &report)
{
    return tr("%n error(s)", nullptr, report.count(sr::Severity::Error)) + QStringLiteral("  ·  ")
        + tr("%n warning(s)", nullptr, report.count(sr::Severity::Warning)) + QStringLiteral("  ·  ")
        + tr("%n waived", nullptr, report.waivedCount());
}

void PoliciesPane::showReport()
{
    m_model->setReport(m_workspace->policyReport());
    m_view->expandAll();
    m_counts->setText(summary());
    m_explanation->clear();
}

void PoliciesPane::explain(const QModelIndex &index)
{
    const sr::PolicyRuleInfo *rule = m_model->ruleOf(index);
    if (!rule) {
        m_explanation->clear();
        return;
    }
    QString html = QStringLiteral("<p><b>%1</b> — %2</p>").arg(rule->id.toHtmlEscaped(), rule->title.toHtmlEscaped());
    if (!rule->rationale.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Why:"), rule->rationale.toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Fix:"), rule->remediation.toHtmlEscaped());
    const QString status = index.data(PolicyFindingModel::StatusRole).toString();
    if (status == QLatin1String("waived"))
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(index.siblingAtColumn(PolicyFindingModel::Status).data(Qt::ToolTipRole).toString().toHtmlEscaped());
    m_explanation->setHtml(html);
    // The finding's service becomes the current one in every pane.
    const QString project = index.data(PolicyFindingModel::ProjectRole).toString();
    const QString service = index.data(PolicyFindingModel::ServiceRole).toString();
    if (!service.isEmpty()) {
        m_workspace->setCurrentScope(project);
        m_workspace->setCurrentService(service);
    }
}
