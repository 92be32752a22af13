#pragma once

#include "policy/policyengine.h"

#include <QStandardItemModel>

/// The findings of a policy report as a tree: one group per severity, rule, project or
/// service, each finding below it, and the waivers that are not active in a group of their
/// own. Waived findings stay (marked waived, greyed), never hidden.
class PolicyFindingModel : public QStandardItemModel
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
    const sr::PolicyReport &report() const { return m_report; }
    /// The rule a row is about (its rationale and remediation), or null.
    const sr::PolicyRuleInfo *ruleOf(const QModelIndex &index) const;

private:
    void rebuild();

    sr::PolicyReport m_report;
    GroupBy m_groupBy = GroupBy::Severity;
};
