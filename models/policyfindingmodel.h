#pragma once

#include "policy/policyengine.h"

#include <QAbstractItemModel>

#include <vector>

/// The findings of a policy report as a tree: one group per severity, rule, project or
/// service, each finding below it, and the waivers that are not active in a group of their
/// own. Waived findings stay (marked waived, greyed), never hidden. The rows are read from the
/// report when a view asks: a registry of 50,000 services has tens of thousands of findings,
/// and an item per cell would cost hundreds of megabytes (docs/performance.md).
class PolicyFindingModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Finding, Rule, Service, Status, Location, ColumnCount };
    enum Role {
        FileRole = Qt::UserRole + 1, ///< registry-relative file
        LineRole,
        ColumnRole,
        RuleRole, ///< the rule id
        ProjectRole,
        ServiceRole,
        StatusRole, ///< "error", "warning", "info", "waived", "expired", "stale", "unknown-rule"
    };
    enum class GroupBy { Severity, Rule, Project, Service };

    explicit PolicyFindingModel(QObject *parent = nullptr);

    void setReport(const sr::PolicyReport &report);
    void setGroupBy(GroupBy groupBy);
    GroupBy groupBy() const { return m_groupBy; }
    /// Keeps the findings whose message, rule, service, status or file contains `text` (any
    /// case), and the groups that still have one. Filtering here rather than in a proxy keeps a
    /// keystroke one pass over the report: a recursive proxy over an expanded tree of tens of
    /// thousands of rows took minutes (docs/performance.md).
    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }
    const sr::PolicyReport &report() const { return m_report; }
    /// The rule a row is about (its rationale and remediation), or null.
    const sr::PolicyRuleInfo *ruleOf(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    /// A group's row and the rows below it: findings (indices into the report's findings), or
    /// for the waivers to review, the waivers with what is wrong with each.
    struct Group
    {
        QString title;
        QString rule; ///< grouped by rule: the rule, so that selecting the group explains it
        std::vector<int> findings;
        std::vector<sr::Diagnostic> waiverProblems;
        std::vector<int> waivers;
        int size() const { return int(findings.size() + waivers.size()); }
    };
    /// One row below a group, as the columns show it.
    struct Row
    {
        QString finding;
        QString rule;
        QString project;
        QString service;
        QString status;
        sr::SourceLocation where;
        QString statusTip;
        QString findingTip;
    };

    /// `narrowing`: the filter only grew, so only the findings shown now can still match.
    void rebuild(bool narrowing = false);
    Row findingRow(const sr::PolicyFinding &finding) const;
    Row waiverRow(const sr::WaiverResult &waiver, const sr::Diagnostic &problem) const;
    bool matchesFilter(const Row &row) const;
    Row rowAt(const Group &group, int row) const;
    QVariant groupData(const Group &group, int column, int role) const;
    QVariant rowData(const Row &row, int column, int role) const;

    sr::PolicyReport m_report;
    GroupBy m_groupBy = GroupBy::Severity;
    QString m_filter;
    std::vector<Group> m_groups;
    std::vector<int> m_shown; ///< the findings that match the filter, in report order
    QByteArray m_searchText; ///< every finding's searchable text, lower-cased, one after the other
    std::vector<qsizetype> m_searchStart; ///< where each finding's text starts, and the end
};
