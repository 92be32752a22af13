#pragma once

#include "deploy/deploymentstore.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QThread;

/// The console's connection to the deployment store. Qt Sql connections belong to the thread
/// that opened them, so the store lives on a thread of its own and every query runs there:
/// the GUI thread never waits for the database. Requests on one channel are latest-wins: a
/// newer request makes an older one's result stale (it is skipped if it has not started).
class DeploymentStoreClient : public QObject
{
    Q_OBJECT

public:
    explicit DeploymentStoreClient(QObject *parent = nullptr);
    ~DeploymentStoreClient() override;

    /// Opens `url` on the worker (closing the store before); opened() answers.
    void open(const QString &url, const QString &password = {});
    QString url() const { return m_url; }
    bool isOpen() const { return m_open; }
    /// Requests queued or running.
    int pending() const { return m_pending; }

    /// Runs `work` with the store on its thread and gives its result to `deliver` on the GUI
    /// thread, unless a newer request on `channel` was made meanwhile or `context` is gone.
    /// A work that returns nothing failed: failed() carries the store's message.
    template<typename Result>
    void run(const QString &channel, QObject *context, std::function<std::optional<Result>(sr::DeploymentStore &)> work,
             std::function<void(Result)> deliver)
    {
        const quint64 generation = nextGeneration(channel);
        ++m_pending;
        Q_EMIT busyChanged(true);
        auto result = std::make_shared<std::optional<Result>>();
        auto error = std::make_shared<QString>();
        post(
            [this, channel, generation, work = std::move(work), result, error](sr::DeploymentStore *store) {
                if (!isCurrent(channel, generation))
                    return;
                if (!store) {
                    *error = tr("No deployment store is open.");
                    return;
                }
                *result = work(*store);
                if (!*result)
                    *error = store->lastError();
            },
            [this, channel, generation, context = QPointer<QObject>(context), deliver = std::move(deliver), result, error] {
                finishOne();
                if (!context || !isCurrent(channel, generation))
                    return;
                if (*result)
                    deliver(std::move(**result));
                else if (!error->isEmpty())
                    Q_EMIT failed(*error);
            });
    }

Q_SIGNALS:
    void opened(bool ok, const QString &error);
    void failed(const QString &error);
    void busyChanged(bool busy);

private:
    class Worker;
    /// Runs `onWorker` on the store's thread, then `onGui` on this object's thread.
    void post(std::function<void(sr::DeploymentStore *)> onWorker, std::function<void()> onGui);
    quint64 nextGeneration(const QString &channel);
    bool isCurrent(const QString &channel, quint64 generation) const;
    void finishOne();

    QThread *m_thread;
    Worker *m_worker;
    QString m_url;
    bool m_open = false;
    int m_pending = 0;
    QHash<QString, quint64> m_generations; ///< the GUI thread writes, the worker reads: under m_lock
    mutable QMutex m_lock;
};
