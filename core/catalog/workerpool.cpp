#include "catalog/workerpool_p.h"

#include <QThreadPool>

namespace sr::detail {

QThreadPool *workerPool()
{
    static QThreadPool pool;
    return &pool;
}

} // namespace sr::detail
