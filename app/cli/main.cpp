// service-registry: the command-line tool CI pipelines run on every pull request.
// Exit codes: 0 clean, 1 findings at error level, 2 usage or I/O error.

#include "allocatortuning.h"
#include "cliapplication.h"
#include "translationloader.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>
#include <cstdlib>

int main(int argc, char *argv[])
{
    tuneAllocator(argc, argv); // before anything allocates much
    // A reader that goes away (`| head`) must give a write error and exit code 2, not kill
    // the process with SIGPIPE halfway through a report.
    std::signal(SIGPIPE, SIG_IGN);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("service-registry"));
    QCoreApplication::setOrganizationName(QStringLiteral("ServiceRegistry"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SR_VERSION));
    // Messages in the user's language (LANG, LC_ALL); English plural forms otherwise. What
    // programs parse (JSON, SARIF, JUnit, diagnostic codes) is the same in every language.
    TranslationLoader::install(&app);
    CliApplication cli;
    const int code = cli.run(QCoreApplication::arguments());
    // The output is complete. The registries the command loaded are still alive: freeing a
    // snapshot piece by piece costs about a tenth of a run (docs/performance.md), so the
    // process ends here and the system takes the memory back at once. Under the sanitizers
    // everything is destroyed, so that the leak check sees a clean end.
    std::fflush(stdout);
    std::fflush(stderr);
#if !defined(__SANITIZE_ADDRESS__)
    std::_Exit(code);
#endif
    return code;
}
