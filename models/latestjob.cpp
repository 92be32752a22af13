#include "latestjob.h"

QThreadPool *latestJobPool()
{
    // Jobs mostly wait for the work they fan out; a few threads of their own are enough.
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(4);
        return p;
    }();
    return pool;
}
