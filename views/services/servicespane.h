#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class ServiceFilterProxyModel;
class ServiceTableModel;
class Workspace;

/// The Services tab: the services of the current scope in a sortable table with a typed
/// filter (words, or key:value terms). The current row is the workspace's current service.
class ServicesPane : public QWidget
{
    Q_OBJECT

public:
    explicit ServicesPane(Workspace *workspace, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    void setFilterText(const QString &text);
    /// Puts the keyboard in the filter box (Ctrl+K).
    void focusFilter();
    /// Selects a service of the current scope; false when it is not shown.
    bool selectService(const QString &id);

private:
    void showScope();
    void onCurrentRowChanged();

    Workspace *m_workspace;
    ServiceTableModel *m_model;
    ServiceFilterProxyModel *m_proxy;
    QLabel *m_scopeLabel;
    QLineEdit *m_filter;
    QTableView *m_view;
    bool m_showingScope = false; ///< the model is being refilled: its transient resets say nothing
};
