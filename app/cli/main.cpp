// service-registry: the command-line tool CI pipelines run on every pull request.
// Exit codes: 0 clean, 1 findings at error level, 2 usage or I/O error.

#include "cliapplication.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("service-registry"));
    QCoreApplication::setOrganizationName(QStringLiteral("ServiceRegistry"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SR_VERSION));
    CliApplication cli;
    return cli.run(QCoreApplication::arguments());
}
