#include "registryloadtask.h"

#include "analysis/validator.h"
#include "catalog/registryloader.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

RegistryLoadTask::RegistryLoadTask(QObject *parent)
    : QObject(parent)
{ }

RegistryLoadTask::~RegistryLoadTask()
{
    if (m_watcher)
        m_watcher->waitForFinished();
}

bool RegistryLoadTask::isRunning() const
{
    return m_watcher && m_watcher->isRunning();
}

void RegistryLoadTask::start(const QString &root)
{
    const quint64 generation = ++m_generation;
    auto *watcher = new QFutureWatcher<Result>(this);
    if (m_watcher)
        m_watcher->disconnect(this); // the older load is stale; let it finish unseen
    m_watcher = watcher;
    connect(watcher, &QFutureWatcher<Result>::progressValueChanged, this, [this, watcher](int value) {
        if (watcher == m_watcher)
            Q_EMIT progress(value, watcher->progressMaximum());
    });
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation || watcher->future().resultCount() == 0)
            return;
        const Result result = watcher->result();
        m_watcher = nullptr;
        Q_EMIT finished(result);
    });
    watcher->setFuture(QtConcurrent::run([root](QPromise<Result> &promise) {
        QElapsedTimer timer;
        timer.start();
        Result result;
        promise.setProgressRange(0, 1);
        result.registry = sr::RegistryLoader::load(root, [&promise](int done, int total) {
            promise.setProgressRange(0, total + 1);
            promise.setProgressValue(done);
        });
        result.diagnostics = sr::Validator::validate(*result.registry);
        result.elapsedMs = timer.elapsed();
        promise.addResult(std::move(result));
    }));
}
