#pragma once

#include <QWidget>

class ProblemFilterProxyModel;
class ProblemModel;
class QComboBox;
class QLineEdit;
class QTableView;
class Workspace;

/// The Problems dock: every diagnostic of the registry and every policy finding, filtered by
/// origin, severity and typed text; Enter or a double-click opens the file at the problem.
class ProblemsPane : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemsPane(Workspace *workspace, QWidget *parent = nullptr);
    ProblemModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /// "Problems" or "Problems (12)", for the dock's title.
    QString title() const;

Q_SIGNALS:
    void openSourceRequested(const QString &file, int line, int column);
    void titleChanged(const QString &title);

private:
    Workspace *m_workspace;
    ProblemModel *m_model;
    ProblemFilterProxyModel *m_proxy;
    QComboBox *m_origin;
    QComboBox *m_severity;
    QLineEdit *m_filter;
    QTableView *m_view;
};
