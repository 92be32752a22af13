#include "nativeclients_p.h"

#include <dlfcn.h>

#include <utility>

namespace sr::detail {

namespace {

/// Opens `soname` and resolves every function of `Functions` through `resolve`; the error
/// names the package to install.
template<typename Functions, typename Resolve>
std::pair<Functions, QString> load(const char *soname, const char *package, Resolve resolve)
{
    Functions functions;
    void *handle = dlopen(soname, RTLD_NOW | RTLD_LOCAL);
    if (!handle)
        return {functions,
                QStringLiteral("cannot load %1 (install %2): %3")
                    .arg(QLatin1String(soname), QLatin1String(package), QString::fromLocal8Bit(dlerror()))};
    const QString missing = resolve(functions, handle);
    return {functions, missing.isEmpty() ? QString() : QStringLiteral("%1 has no %2").arg(QLatin1String(soname), missing)};
}

#define SR_NATIVE_RESOLVE(name)                                                                                                  \
    functions.name = reinterpret_cast<decltype(&::name)>(dlsym(handle, #name));                                                  \
    if (!functions.name)                                                                                                         \
        return QStringLiteral(#name);

template<typename Functions> const Functions *loaded(const std::pair<Functions, QString> &library, QString *error)
{
    if (library.second.isEmpty())
        return &library.first;
    if (error)
        *error = library.second;
    return nullptr;
}

} // namespace

const LibPq *libpq(QString *error)
{
    static const auto library = load<LibPq>("libpq.so.5", "libpq5", [](LibPq &functions, void *handle) -> QString {
        SR_LIBPQ_FUNCTIONS(SR_NATIVE_RESOLVE)
        return {};
    });
    return loaded(library, error);
}

const LibSqlite *libsqlite(QString *error)
{
    static const auto library
        = load<LibSqlite>("libsqlite3.so.0", "libsqlite3-0", [](LibSqlite &functions, void *handle) -> QString {
              SR_LIBSQLITE_FUNCTIONS(SR_NATIVE_RESOLVE)
              return {};
          });
    return loaded(library, error);
}

} // namespace sr::detail
