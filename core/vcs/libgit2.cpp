#include "vcs/libgit2_p.h"

#include <dlfcn.h>

namespace sr::detail {

namespace {

struct Loaded
{
    LibGit2 functions;
    QString error; ///< empty when every function was found
};

Loaded load()
{
    Loaded out;
    // The same ABI the headers describe: libgit2 changes it with every minor version.
    static constexpr char soname[] = "libgit2.so." LIBGIT2_SOVERSION;
    void *handle = dlopen(soname, RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        out.error = QStringLiteral("cannot load %1, needed to read git revisions (%2); install the "
                                   "libgit2 %3 runtime package (Debian: libgit2-1.5)")
                        .arg(QLatin1String(soname), QString::fromLocal8Bit(dlerror()), QLatin1String(LIBGIT2_VERSION));
        return out;
    }
#define SR_LIBGIT2_RESOLVE(name)                                                                                                 \
    out.functions.name = reinterpret_cast<decltype(&::name)>(dlsym(handle, #name));                                              \
    if (!out.functions.name && out.error.isEmpty())                                                                              \
        out.error = QStringLiteral("%1 has no function %2").arg(QLatin1String(soname), QLatin1String(#name));
    SR_LIBGIT2_FUNCTIONS(SR_LIBGIT2_RESOLVE)
#undef SR_LIBGIT2_RESOLVE
    // The handle stays open for the life of the process: sources may outlive any owner.
    return out;
}

} // namespace

const LibGit2 *libgit2(QString *error)
{
    static const Loaded loaded = load();
    if (!loaded.error.isEmpty()) {
        if (error)
            *error = loaded.error;
        return nullptr;
    }
    return &loaded.functions;
}

} // namespace sr::detail
