#pragma once

#include "catalog/registry.h"

#include <QFutureWatcher>
#include <QObject>

/// Loads and validates a registry on a worker thread. Starting a new load makes any
/// running one stale: its result is dropped, never shown.
class RegistryLoadTask : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        sr::RegistryPtr registry;
        sr::Diagnostics diagnostics; ///< loading and validation together
        qint64 elapsedMs = 0;
    };

    explicit RegistryLoadTask(QObject *parent = nullptr);
    ~RegistryLoadTask() override;

    void start(const QString &root);
    bool isRunning() const;

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const RegistryLoadTask::Result &result);

private:
    QFutureWatcher<Result> *m_watcher = nullptr;
    quint64 m_generation = 0;
};
