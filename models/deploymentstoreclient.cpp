#include "deploymentstoreclient.h"

#include <QThread>

/// Lives on the store's thread and owns the store.
class DeploymentStoreClient::Worker : public QObject
{
public:
    std::unique_ptr<sr::DeploymentStore> store;
};

DeploymentStoreClient::DeploymentStoreClient(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new Worker)
{
    m_thread->setObjectName(QStringLiteral("deployment store"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

DeploymentStoreClient::~DeploymentStoreClient()
{
    // The store closes on its own thread, after the queries already queued (they are stale
    // now and skip their work).
    {
        QMutexLocker locker(&m_lock);
        for (auto it = m_generations.begin(); it != m_generations.end(); ++it)
            ++it.value();
    }
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->store.reset(); });
    m_thread->quit();
    m_thread->wait();
}

void DeploymentStoreClient::open(const QString &url, const QString &password)
{
    m_url = url;
    m_open = false;
    const quint64 generation = nextGeneration(QStringLiteral("open"));
    auto error = std::make_shared<QString>();
    auto ok = std::make_shared<bool>(false);
    ++m_pending;
    Q_EMIT busyChanged(true);
    QMetaObject::invokeMethod(m_worker, [this, worker = m_worker, url, password, generation, error, ok] {
        worker->store.reset();
        if (isCurrent(QStringLiteral("open"), generation)) {
            worker->store = sr::DeploymentStore::open(url, password, error.get());
            *ok = worker->store != nullptr;
        }
        QMetaObject::invokeMethod(this, [this, generation, error, ok] {
            finishOne();
            if (!isCurrent(QStringLiteral("open"), generation))
                return;
            m_open = *ok;
            Q_EMIT opened(*ok, *error);
        });
    });
}

void DeploymentStoreClient::post(std::function<void(sr::DeploymentStore *)> onWorker, std::function<void()> onGui)
{
    QMetaObject::invokeMethod(m_worker, [this, worker = m_worker, onWorker = std::move(onWorker), onGui = std::move(onGui)] {
        onWorker(worker->store.get());
        QMetaObject::invokeMethod(this, onGui);
    });
}

quint64 DeploymentStoreClient::nextGeneration(const QString &channel)
{
    QMutexLocker locker(&m_lock);
    return ++m_generations[channel];
}

bool DeploymentStoreClient::isCurrent(const QString &channel, quint64 generation) const
{
    QMutexLocker locker(&m_lock);
    return m_generations.value(channel) == generation;
}

void DeploymentStoreClient::finishOne()
{
    if (--m_pending == 0)
        Q_EMIT busyChanged(false);
}
