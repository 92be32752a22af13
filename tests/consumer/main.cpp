// Uses the installed library the way another team's tool would.
#include <analysis/validator.h>
#include <catalog/registryloader.h>

#include <cstdio>

int main(int argc, char *argv[])
{
    if (argc != 2)
        return 2;
    const sr::RegistryPtr registry = sr::RegistryLoader::load(QString::fromLocal8Bit(argv[1]));
    const sr::Diagnostics diagnostics = sr::Validator::validate(*registry);
    std::printf("%d projects, %d services, %d errors\n", int(registry->projects.size()), registry->serviceCount(),
                sr::countBySeverity(diagnostics, sr::Severity::Error));
    return 0;
}
