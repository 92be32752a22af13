// Uses the installed deployment store the way another team's tool would.
#include <deploy/deploymentstore.h>

#include <cstdio>

int main(int argc, char *argv[])
{
    if (argc != 2)
        return 2;
    QString error;
    const auto store = sr::DeploymentStore::open(QStringLiteral("sqlite:") + QString::fromLocal8Bit(argv[1]), {}, &error);
    if (!store) {
        std::printf("%s\n", qPrintable(error));
        return 1;
    }
    std::printf("%d deployments\n", int(store->history({})->size()));
    return 0;
}
