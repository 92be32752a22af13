#pragma once

#include "analysis/changereview.h"
#include "latestjob.h"
#include "review/approverreview.h"
#include "vcs/gitrevisionsource.h"

#include <QWidget>

#include <memory>

class ApprovalStateModel;
class ChangeModel;
class CodeView;
class FindingDeltaModel;
class ImpactGraphView;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class RunningStateModel;
class SideBySideView;
class StoreConnection;
class Workspace;

/// The Review tab, the approver's screen (docs/change-review.md, docs/user-guide.md): what
/// changes between two versions of the registry and what it takes to accept it. Base and head
/// are branches, tags or recent commits of the registry's repository, a folder, or the working
/// tree as the console has it (unsaved edits included); or a project's upgrade preview.
///
/// The verdict first (blocked, needs approval, ok, with its reasons); then one screen driven by
/// one selection: the changes, filterable; the changed files side by side; the impact subgraph
/// of the selected change; the policy findings the change brings and removes; what runs of the
/// selected service (versions, drift, rollback candidate); and the approvals, with "Approve as
/// <group>…" for a member (recorded in the store and its audit log; others are refused, as the
/// CLI's `approve` does). Selecting a change also makes its service current for the other tabs.
class ReviewPane : public QWidget
{
    Q_OBJECT

public:
    /// `store` is the console's deployment store (approvals, running versions); may be null.
    ReviewPane(Workspace *workspace, StoreConnection *store, QWidget *parent = nullptr);

    ChangeModel *model() const { return m_model; }
    CodeView *before() const;
    CodeView *after() const;
    bool isComparing() const { return m_job.isRunning() || m_approverJob.isRunning() || m_pending; }
    /// Compares `base` with `head`: a git revision or a folder each; an empty head is the
    /// working tree; a base "upgrade:PROJECT" is that project's upgrade preview.
    void compare(const QString &base, const QString &head = {});
    /// Writes the approver's review as Markdown: the verdict, the changes with their migration
    /// guides, reach, findings, approvals and deployments (what `review` would post).
    bool exportGuide(const QString &fileName);
    /// The review shown, with the store's records once they came; null before a comparison.
    std::shared_ptr<const sr::ApproverReview> approverReview() const { return m_review; }
    ApprovalStateModel *approvals() const { return m_approvals; }
    FindingDeltaModel *findings() const { return m_findings; }
    RunningStateModel *running() const { return m_running; }
    ImpactGraphView *impactGraph() const { return m_graph; }
    /// Records this user's approval for the group of approvals() row `row` (the button's action,
    /// without its comment dialog).
    void approve(int row, const QString &comment);

Q_SIGNALS:
    void compared(); ///< a comparison is shown (tests, screenshots)
    void reviewed(); ///< the approver's review (verdict, findings, approvals) is shown
    void recordsRead(); ///< the store's approvals and running versions are in the review

private:
    struct Result
    {
        sr::ChangeReport report;
        sr::RegistryPtr head;
        QList<sr::ChangeReview::ChangedFile> files;
        QString baseName;
        QString headName;
        QString error;
        std::shared_ptr<const sr::ChangeReview> review; ///< for the approver's review, computed next
        QString baseCommit; ///< empty: a folder, the working tree or an upgrade preview
        QString headCommit;
        QList<sr::GovernanceGroup> baseGroups; ///< who may approve: the base's governance, as the CLI
    };
    struct StoreView
    {
        sr::ReviewRecords records;
        QString identity;
    };

    void fillSides(const QList<sr::GitReference> &references);
    void startCompare();
    void showResult(Result result);
    void showFile(int index, int headLine = -1, int baseLine = -1);
    void selectChange(const QModelIndex &index);
    void chooseGuideFile();
    QWidget *buildLowerPanels();
    void readRecords();
    void showReview();
    void startApproverReview(std::shared_ptr<const sr::ChangeReview> review);
    void followSelection();
    void updatePanelTitles(const QString &service);
    void updateApproveButton();
    void askApproval();

    Workspace *m_workspace;
    StoreConnection *m_store;
    ChangeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_base;
    QComboBox *m_head;
    QPushButton *m_compare;
    QPushButton *m_export;
    QLineEdit *m_filter;
    QTableView *m_view;
    QLabel *m_summary;
    QComboBox *m_file;
    SideBySideView *m_sides;
    QLabel *m_verdict;
    ImpactGraphView *m_graph;
    FindingDeltaModel *m_findings;
    RunningStateModel *m_running;
    ApprovalStateModel *m_approvals;
    QTableView *m_approvalView;
    QCheckBox *m_pendingOnly;
    QPushButton *m_approve;
    QTabWidget *m_panels;
    LatestJob<Result> m_job;
    LatestJob<std::shared_ptr<sr::ApproverReview>> m_approverJob;
    LatestJob<QList<sr::GitReference>> m_referencesJob;
    bool m_pending = false;
    QList<sr::ChangeReview::ChangedFile> m_files;
    int m_shownFile = -1;
    sr::RegistryPtr m_headRegistry;
    QString m_baseName;
    QString m_headName;
    std::shared_ptr<const sr::ApproverReview> m_review;
    std::shared_ptr<const sr::ApproverReview> m_unread; ///< the review before the store's records
    QString m_baseCommit;
    QString m_headCommit;
    QList<sr::GovernanceGroup> m_baseGroups;
    QString m_identity; ///< who the store says this user is
    bool m_awaitingStore = false;
    bool m_approving = false;
    bool m_readingRecords = false;
};
