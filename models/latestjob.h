#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QPromise>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <optional>

/// The threads every LatestJob runs on. A job waits for the core's parallel loops, which run
/// on the core's own pool (docs/adr/0003); the jobs have a pool of their own as well, so that
/// a slow one (a layout, a query) never holds a thread of Qt's global pool that other code
/// expects to find free.
QThreadPool *latestJobPool();

/// What a job running on a worker may ask: whether it was superseded, and where it is.
class JobControl
{
public:
    virtual ~JobControl() = default;
    virtual bool isCancelled() const = 0;
    virtual void setProgress(int done, int total) = 0;
};

/// Runs one kind of work on a worker thread and delivers only the newest result on the
/// thread of `context` (the GUI thread for panes). Starting a run cancels the one before:
/// the older work sees isCancelled(), its result is dropped and its memory freed as soon
/// as it returns. Nothing ever waits for a run, not even the destructor: a cancelled run
/// finishes on its own and its result goes nowhere. Every pane uses it for heavy work
/// (loading, graph layout, policies, generation, database queries).
template<typename Result> class LatestJob
{
public:
    using Work = std::function<std::optional<Result>(JobControl &)>;
    using Deliver = std::function<void(Result)>;
    using Progress = std::function<void(int done, int total)>;

    explicit LatestJob(QObject *context)
        : m_context(context)
    { }
    ~LatestJob() { cancel(); }
    LatestJob(const LatestJob &) = delete;
    LatestJob &operator=(const LatestJob &) = delete;

    /// Starts `work`; `deliver` receives its result unless a newer run started meanwhile
    /// or the work returned nothing. `progress` reports the newest run only.
    void start(Work work, Deliver deliver, Progress progress = {})
    {
        cancel();
        const quint64 generation = ++m_generation;
        auto *watcher = new QFutureWatcher<Result>(m_context);
        m_watcher = watcher;
        QObject::connect(watcher, &QFutureWatcher<Result>::progressValueChanged, m_context, [this, watcher, progress](int value) {
            if (progress && watcher == m_watcher)
                progress(value, watcher->progressMaximum());
        });
        QObject::connect(watcher, &QFutureWatcher<Result>::finished, m_context, [this, watcher, generation, deliver] {
            watcher->deleteLater();
            if (watcher == m_watcher)
                m_watcher = nullptr;
            if (generation != m_generation || watcher->isCanceled() || watcher->future().resultCount() == 0)
                return;
            deliver(watcher->future().takeResult());
        });
        watcher->setFuture(QtConcurrent::run(latestJobPool(), [work = std::move(work)](QPromise<Result> &promise) {
            Control control(promise);
            std::optional<Result> result = work(control);
            if (result && !promise.isCanceled())
                promise.addResult(std::move(*result));
        }));
    }

    /// Makes the running job stale; it stops at its next isCancelled() check.
    void cancel()
    {
        if (m_watcher) {
            m_watcher->cancel();
            m_watcher = nullptr;
        }
        ++m_generation;
    }
    bool isRunning() const { return m_watcher && m_watcher->isRunning(); }

private:
    class Control : public JobControl
    {
    public:
        explicit Control(QPromise<Result> &promise)
            : m_promise(promise)
        { }
        bool isCancelled() const override { return m_promise.isCanceled(); }
        void setProgress(int done, int total) override
        {
            m_promise.setProgressRange(0, total);
            m_promise.setProgressValue(done);
        }

    private:
        QPromise<Result> &m_promise;
    };

    QObject *m_context;
    QPointer<QFutureWatcher<Result>> m_watcher;
    quint64 m_generation = 0;
};
