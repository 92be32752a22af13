#pragma once

#include "analysis/validator.h"
#include "catalog/registry.h"
#include "latestjob.h"
#include "policy/policyengine.h"

#include <QHash>
#include <QObject>
#include <QSet>

class QFileSystemWatcher;
class QTimer;

/// The console's shared state: the open registry (its source, newest snapshot and
/// diagnostics), the current scope and service, the unsaved buffers, the background
/// loader and the file watcher. Panes observe it and ask it for changes; none of them
/// talks to another (docs/architecture.md).
class Workspace : public QObject
{
    Q_OBJECT

public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    /// Opens a registry folder and loads it in the background. False (and loadFailed)
    /// when the folder does not exist.
    bool open(const QString &root);
    /// Loads the same registry again; the newest request wins, older ones are cancelled.
    void reload();
    bool isLoading() const;

    QString root() const { return m_root; }
    sr::RegistryPtr registry() const { return m_registry; }
    const sr::Diagnostics &diagnostics() const { return m_diagnostics; }
    /// Every policy rule over the snapshot, evaluated with it off the GUI thread (as of today).
    const sr::PolicyReport &policyReport() const { return m_policyReport; }
    /// What the Problems list shows: diagnostics(), then the policy findings no waiver
    /// covers and the waivers that are not active (made off the GUI thread with the rest).
    const sr::Diagnostics &problems() const { return m_problems; }

    /// The scope the panes show: a project, or the global catalog (empty name), possibly
    /// narrowed to one of its patterns.
    QString currentProject() const { return m_project; }
    QString currentPattern() const { return m_pattern; }
    void setCurrentScope(const QString &project, const QString &pattern = {});
    /// The resolved services of the current scope (a pattern narrows nothing here; the
    /// services pane filters by patternMembers()).
    QList<sr::ResolvedService> scopeServices() const;
    QStringList patternMembers() const;

    QString currentServiceId() const { return m_serviceId; }
    void setCurrentService(const QString &id);
    /// The current service as the current scope resolves it, or null.
    const sr::ResolvedService *currentService() const;

    /// Unsaved text of a registry file (relative path); loads see it instead of the disk.
    void setBuffer(const QString &path, const QByteArray &text);
    void discardBuffers();
    bool hasUnsavedBuffers() const { return !m_buffers.isEmpty(); }

    /// The current text of a registry file, through the registry's source (buffers, git
    /// revision or disk); refuses pipes, devices, folders and oversized files.
    sr::RegistrySource::Content readFile(const QString &path) const;

    qint64 lastLoadMs() const { return m_lastLoadMs; } ///< how long the newest load took

    bool autoReload() const { return m_autoReload; }
    void setAutoReload(bool on);

Q_SIGNALS:
    void loadStarted();
    void loadProgress(int done, int total);
    /// A new snapshot, its diagnostics and its policy report are in place.
    void registryChanged();
    void loadFailed(const QString &message);
    void scopeChanged();
    void currentServiceChanged();

private:
    struct LoadResult
    {
        sr::RegistryPtr registry;
        sr::Diagnostics diagnostics; ///< loading and validation together
        sr::PolicyReport policies;
        sr::Diagnostics problems;
        std::shared_ptr<const sr::ValidationCache> validationCache; ///< for the next load's validation
        std::shared_ptr<const sr::PolicyCache> policyCache;
        quint64 diskChanges = 0; ///< m_diskChanges when the load started
        QSet<QString> touched; ///< m_touched when the load started
        qint64 elapsedMs = 0;
    };
    void startLoad();
    void onLoaded(LoadResult result);
    void watchFiles();

    QString m_root;
    sr::RegistryPtr m_registry;
    sr::Diagnostics m_diagnostics;
    sr::PolicyReport m_policyReport;
    sr::Diagnostics m_problems;
    // What the newest load computed per file and project: the next load redoes only what an
    // edit or a change on disk touched (docs/architecture.md, "incremental reload").
    std::shared_ptr<const sr::ValidationCache> m_validationCache;
    std::shared_ptr<const sr::PolicyCache> m_policyCache;
    // Whether the next load must read every file: changes on disk are counted as the
    // watcher reports them; buffers set or dropped since the newest load are listed.
    quint64 m_diskChanges = 1;
    quint64 m_diskChangesLoaded = 0;
    QSet<QString> m_touched;
    QString m_project;
    QString m_pattern;
    QString m_serviceId;
    QHash<QString, QByteArray> m_buffers;
    LatestJob<LoadResult> m_loader;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_reloadTimer = nullptr; ///< coalesces the bursts of changes an editor or git makes
    bool m_autoReload = true;
    qint64 m_lastLoadMs = 0;
};
