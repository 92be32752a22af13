// service-registry-console [DIR] [--screenshot FILE [--view NAME | --edit] [--theme dark|light] [--base REV [--head REV]]
//                          [--db URL] [--import PATH… --project NAME]]:
// the administration console.

#include "deployments/deploymentspane.h"
#include "heaptuning.h"
#include "latestjob.h"
#include "mainwindow.h"
#include "manifests/importdialog.h"
#include "settings/settingsdialog.h"
#include "storeconnection.h"
#include "theme.h"
#include "translationloader.h"
#include "workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QThreadPool>
#include <QTimer>

#include <cstdio>

namespace {

/// The registry to open when none is given: the one chosen in Settings, the last one, else
/// the bundled example.
QString defaultRegistry()
{
    if (const QString chosen = SettingsDialog::savedDefaultRegistry(); !chosen.isEmpty() && QFileInfo(chosen).isDir())
        return chosen;
    for (const QString &recent : QSettings().value(QStringLiteral("recentRegistries")).toStringList()) {
        if (QFileInfo(recent).isDir())
            return recent;
    }
    const QString installed = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../" SR_INSTALLED_EXAMPLE));
    if (QFileInfo(installed).isDir())
        return QDir::cleanPath(installed);
    return QStringLiteral(SR_SOURCE_EXAMPLE);
}

} // namespace

int main(int argc, char *argv[])
{
    // A registry is loaded as many small allocations on a few threads: large heap growth
    // steps and huge pages (docs/performance.md).
    HeapTuning::adviseForLoading(HeapTuning::Lifetime::LongRunning);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("service-registry-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("Service Registry"));
    QApplication::setOrganizationName(QStringLiteral("ServiceRegistry"));
    QApplication::setApplicationVersion(QStringLiteral(SR_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.serviceregistry.Console"));
    TranslationLoader::install(&app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Administration console for a central service registry."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("registry"),
        QApplication::translate("main", "Registry folder (default: the last one opened, else the example)."),
        QStringLiteral("[registry]"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"), QApplication::translate("main", "Render the window to a PNG file once loaded, then exit."),
        QApplication::translate("main", "file"));
    const QCommandLineOption project(QStringLiteral("project"), QApplication::translate("main", "Project to select at start."),
                                     QApplication::translate("main", "name"));
    const QCommandLineOption service(QStringLiteral("service"), QApplication::translate("main", "Service to select at start."),
                                     QApplication::translate("main", "id"));
    const QCommandLineOption filter(QStringLiteral("filter"), QApplication::translate("main", "Initial service filter."),
                                    QApplication::translate("main", "text"));
    const QCommandLineOption view(
        QStringLiteral("view"),
        QApplication::translate("main",
                                "Central tab to show: services, policies, graph, review, deployments, manifests or edit."),
        QApplication::translate("main", "name"));
    const QCommandLineOption theme(QStringLiteral("theme"), QApplication::translate("main", "Colour theme: light or dark."),
                                   QApplication::translate("main", "theme"));
    const QCommandLineOption base(QStringLiteral("base"),
                                  QApplication::translate("main", "Review tab: compare from this git revision or folder."),
                                  QApplication::translate("main", "rev"));
    const QCommandLineOption head(
        QStringLiteral("head"),
        QApplication::translate("main", "Review tab: compare to this git revision or folder (default: the working tree)."),
        QApplication::translate("main", "rev"));
    const QCommandLineOption edit(
        QStringLiteral("edit"),
        QApplication::translate("main", "Open the editor on the service (--service): the same as --view edit."));
    const QCommandLineOption db(
        QStringLiteral("db"),
        QApplication::translate("main",
                                "Deployments tab: use this store (sqlite:PATH or postgresql://USER@HOST:PORT/DB) "
                                "instead of the one in Settings."),
        QApplication::translate("main", "url"));
    const QCommandLineOption import(
        QStringLiteral("import"),
        QApplication::translate("main",
                                "Open File › Import… on these Compose files or manifests (repeat for more), into --project."),
        QApplication::translate("main", "path"));
    parser.addOptions({screenshot, project, service, filter, view, edit, theme, base, head, db, import});
    parser.process(app);
    if (!parser.isSet(theme) && !parser.isSet(screenshot) && !SettingsDialog::savedTheme().isEmpty())
        Theme::apply(SettingsDialog::savedTheme()); // the one chosen in Settings; screenshots stay reproducible
    if (parser.isSet(theme) && !Theme::apply(parser.value(theme))) {
        std::fprintf(stderr, "service-registry-console: unknown theme '%s'; use light or dark\n",
                     qPrintable(parser.value(theme)));
        return 2;
    }

    const QString root = parser.positionalArguments().isEmpty() ? defaultRegistry() : parser.positionalArguments().first();
    MainWindow window;
    if (parser.isSet(edit))
        window.showView(QStringLiteral("edit"));
    if (parser.isSet(db))
        window.storeConnection()->setUrl(parser.value(db));
    if (parser.isSet(view) && !window.showView(parser.value(view))) {
        std::fprintf(stderr, "service-registry-console: unknown view '%s'; the views are: %s\n", qPrintable(parser.value(view)),
                     qPrintable(window.viewNames().join(QLatin1String(", "))));
        return 2;
    }
    // The start-up selection applies to the first load only, not to later reloads.
    QObject::connect(
        &window, &MainWindow::registryLoaded, &window,
        [&] {
            if (parser.isSet(project))
                window.selectProject(parser.value(project));
            if (parser.isSet(filter))
                window.setServiceFilter(parser.value(filter));
            if (parser.isSet(service))
                window.selectService(parser.value(service));
            if (parser.isSet(base))
                window.reviewChanges(parser.value(base), parser.value(head));
        },
        Qt::SingleShotConnection);

    // --import: the import preview over the window; with --screenshot, the dialog is what is grabbed.
    ImportDialog *importDialog = nullptr;
    if (parser.isSet(import)) {
        QObject::connect(
            &window, &MainWindow::registryLoaded, &window,
            [&] {
                importDialog = new ImportDialog(window.workspace()->registry(), window.workspace()->root(), &window);
                importDialog->setAttribute(Qt::WA_DeleteOnClose);
                importDialog->show();
                importDialog->setInputs(parser.values(import), parser.value(project));
                if (parser.isSet(screenshot)) {
                    const QString file = parser.value(screenshot);
                    QObject::connect(importDialog, &ImportDialog::previewed, importDialog, [importDialog, file] {
                        QTimer::singleShot(200, importDialog, [importDialog, file] {
                            const bool saved = importDialog->grab().save(file, "PNG");
                            QCoreApplication::exit(saved ? 0 : 2);
                        });
                    });
                }
            },
            Qt::SingleShotConnection);
    }

    if (parser.isSet(screenshot) && !parser.isSet(import)) {
        const QString file = parser.value(screenshot);
        window.resize(1600, 960);
        QObject::connect(
            &window, &MainWindow::registryLoaded, &window,
            [&window, file] {
                // Let layouts settle, and tabs that compute in the background finish, before grabbing.
                auto *poll = new QTimer(&window);
                QObject::connect(poll, &QTimer::timeout, &window, [&window, file, poll] {
                    if (window.isBusy())
                        return;
                    poll->stop();
                    const bool saved = window.grab().save(file, "PNG");
                    if (!saved)
                        std::fprintf(stderr, "service-registry-console: cannot write %s\n", qPrintable(file));
                    QCoreApplication::exit(saved ? 0 : 2);
                });
                poll->start(100);
            },
            Qt::SingleShotConnection);
        QTimer::singleShot(120000, &app, [] {
            std::fprintf(stderr, "service-registry-console: loading did not finish within 120 s\n");
            QCoreApplication::exit(2);
        });
    }
    window.show();
    window.openRegistry(root);
    if (parser.isSet(screenshot) && !QFileInfo(root).isDir()) {
        std::fprintf(stderr, "service-registry-console: registry folder %s does not exist\n", qPrintable(root));
        return 2;
    }
    const int code = app.exec();
    // Background work (loads, layouts, generation) finishes while the window it reports to
    // still exists; Qt would wait for it anyway, but only after the window is gone.
    latestJobPool()->waitForDone();
    QThreadPool::globalInstance()->waitForDone();
    return code;
}
