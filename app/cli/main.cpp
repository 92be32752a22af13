// service-registry: the command-line tool CI pipelines run on every pull request.
// Exit codes: 0 clean, 1 findings at error level, 2 usage or I/O error.

#include "allocatortuning.h"
#include "cliapplication.h"

#include <QCoreApplication>

#include <csignal>

int main(int argc, char *argv[])
{
    tuneAllocator(argv); // before anything allocates much
    // A reader that goes away (`| head`) must give a write error and exit code 2, not kill
    // the process with SIGPIPE halfway through a report.
    std::signal(SIGPIPE, SIG_IGN);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("service-registry"));
    QCoreApplication::setOrganizationName(QStringLiteral("ServiceRegistry"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SR_VERSION));
    CliApplication cli;
    return cli.run(QCoreApplication::arguments());
}
