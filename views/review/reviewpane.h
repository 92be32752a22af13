#pragma once

#include "analysis/changereview.h"
#include "latestjob.h"
#include "vcs/gitrevisionsource.h"

#include <QWidget>

class ChangeModel;
class CodeView;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class SideBySideView;
class Workspace;

/// The Review tab: what changes between two versions of the registry (docs/change-review.md).
/// Base and head are branches, tags or recent commits of the registry's repository, a
/// folder, or the working tree as the console has it (unsaved edits included); or a project's
/// upgrade preview. The changed files side by side, aligned, changed lines marked; beside
/// them the changes (severity, rule, service, field, affected projects), filterable; selecting
/// one shows its lines and makes its service current, so the Graph tab lights who it reaches.
class ReviewPane : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewPane(Workspace *workspace, QWidget *parent = nullptr);

    ChangeModel *model() const { return m_model; }
    CodeView *before() const;
    CodeView *after() const;
    bool isComparing() const { return m_job.isRunning() || m_pending; }
    /// Compares `base` with `head`: a git revision or a folder each; an empty head is the
    /// working tree; a base "upgrade:PROJECT" is that project's upgrade preview.
    void compare(const QString &base, const QString &head = {});
    /// Writes the Markdown report with the migration guides.
    bool exportGuide(const QString &fileName);

Q_SIGNALS:
    void compared(); ///< a comparison is shown (tests, screenshots)

private:
    struct Result
    {
        sr::ChangeReport report;
        sr::RegistryPtr head;
        QList<sr::ChangeReview::ChangedFile> files;
        QString baseName;
        QString headName;
        QString error;
    };

    void fillSides(const QList<sr::GitReference> &references);
    void startCompare();
    void showResult(Result result);
    void showFile(int index, int headLine = -1, int baseLine = -1);
    void selectChange(const QModelIndex &index);
    void chooseGuideFile();

    Workspace *m_workspace;
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
    LatestJob<Result> m_job;
    LatestJob<QList<sr::GitReference>> m_referencesJob;
    bool m_pending = false;
    QList<sr::ChangeReview::ChangedFile> m_files;
    int m_shownFile = -1;
    sr::RegistryPtr m_headRegistry;
    QString m_baseName;
    QString m_headName;
};
