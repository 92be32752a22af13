#include "libpq_p.h"

#include <QString>

#include <dlfcn.h>

namespace sr::detail {

const LibPq *libpq(QString *error)
{
    static const auto loaded = []() -> std::pair<LibPq, QString> {
        LibPq functions;
        void *handle = dlopen("libpq.so.5", RTLD_NOW | RTLD_LOCAL);
        if (!handle)
            return {functions, QString::fromLocal8Bit(dlerror())};
        QString missing;
#define SR_LIBPQ_RESOLVE(name)                                                                                                   \
    functions.name = reinterpret_cast<decltype(&::name)>(dlsym(handle, #name));                                                  \
    if (!functions.name)                                                                                                         \
        missing = QStringLiteral("libpq has no %1").arg(QLatin1String(#name));
        SR_LIBPQ_FUNCTIONS(SR_LIBPQ_RESOLVE)
#undef SR_LIBPQ_RESOLVE
        return {functions, missing};
    }();
    if (!loaded.second.isEmpty()) {
        if (error)
            *error = QStringLiteral("cannot load libpq (install libpq5): %1").arg(loaded.second);
        return nullptr;
    }
    return &loaded.first;
}

} // namespace sr::detail
