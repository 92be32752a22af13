#pragma once

#include <QWidget>

namespace sr {
struct PolicyReport;
}
class PolicyFindingModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QTextBrowser;
class QTreeView;
class Workspace;

/// The Policies tab: every policy finding of the registry (docs/policies.md), grouped by
/// severity, rule, project or service, filtered as you type. Selecting a finding explains
/// its rule and selects its service everywhere; a double-click or Enter opens the line.
class PoliciesPane : public QWidget
{
    Q_OBJECT

public:
    explicit PoliciesPane(Workspace *workspace, QWidget *parent = nullptr);
    PolicyFindingModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QComboBox *groupBy() const { return m_groupBy; }
    QLineEdit *filter() const { return m_filter; }
    /// "3 errors · 12 warnings · 2 waived"
    QString summary() const;
    static QString summaryOf(const sr::PolicyReport &report);

Q_SIGNALS:
    void openSourceRequested(const QString &file, int line, int column);

private:
    void showReport();
    void explain(const QModelIndex &index);

    Workspace *m_workspace;
    PolicyFindingModel *m_model;
    QComboBox *m_groupBy;
    QLineEdit *m_filter;
    QTreeView *m_view;
    QTextBrowser *m_explanation;
    QLabel *m_counts;
};
