// The console, offscreen: opens the example registry, filters and selects like a user,
// and renders a screenshot through the real executable.

#include "testmain.h"

#include "approvalstatemodel.h"
#include "changemodel.h"
#include "codeview.h"
#include "credentialstore.h"
#include "editor/serviceeditorpane.h"
#include "editor/tablefieldeditor.h"
#include "editsession.h"
#include "findchild.h"
#include "generatedfilemodel.h"
#include "gitrepository.h"
#include "graph/graphpane.h"
#include "graph/graphview.h"
#include "mainwindow.h"
#include "manifests/exportpreviewdialog.h"
#include "manifests/importdialog.h"
#include "manifests/manifestspane.h"
#include "messagebar.h"
#include "policies/policiespane.h"
#include "policyfindingmodel.h"
#include "problemmodel.h"
#include "registrybuilder.h"
#include "review/impactgraphview.h"
#include "review/reviewpane.h"
#include "runningstatemodel.h"
#include "servicedetailsmodel.h"
#include "settings/settingsdialog.h"
#include "source/sourcelexer.h"
#include "source/sourceviewer.h"
#include "storeconnection.h"
#include "translationloader.h"
#include "workspace.h"

#include "deploy/deploymentstore.h"
#include "edit/starterregistry.h"
#include "import/registryimport.h"

#include <sys/stat.h>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QFont>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextLayout>
#include <QTimeZone>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

namespace {
QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Runs the console executable offscreen with its settings in `dir`; its exit code.
int runConsole(const QTemporaryDir &dir, const QStringList &arguments)
{
    QProcess console;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    console.setProcessEnvironment(env);
    console.start(QStringLiteral(SR_CONSOLE), arguments);
    const bool finished = console.waitForFinished(60000);
    const int code = !finished ? -2 : console.exitStatus() == QProcess::NormalExit ? console.exitCode() : -1;
    if (code != 0) // the console's own account of the failure, for CI logs
        qWarning().noquote() << "console exited with" << code << "\n" << console.readAllStandardError().right(8000);
    return code;
}
} // namespace

namespace {
/// The validation problems (SR codes) the Problems dock lists; policy findings come after.
int validationProblems(const QAbstractItemModel *model)
{
    int count = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        count += model->index(row, ProblemModel::Code).data().toString().startsWith(QLatin1String("SR"));
    return count;
}

/// What an editor outside the console does: saves services/catalog.toml with api needing
/// db ^16 (db is 15.0.0, so SR013).
bool saveCatalogNeedingDb16(const RegistryBuilder &builder)
{
    QFile catalog(builder.path(QStringLiteral("services/catalog.toml")));
    return catalog.open(QIODevice::WriteOnly)
        && catalog.write(RegistryBuilder::baseCatalog().replace(QStringLiteral("\"^15\""), QStringLiteral("\"^16\"")).toUtf8())
        > 0;
}

/// Shows the window with the registry at `root` loaded and the Edit tab open on `service`.
bool openEditorOn(MainWindow &window, const QString &root, const QString &service)
{
    window.show();
    QSignalSpy loaded(&window, &MainWindow::registryLoaded);
    window.openRegistry(root);
    return loaded.wait(30000) && window.selectService(service) && window.showView(QStringLiteral("edit"));
}

int validationProblems(const sr::Diagnostics &diagnostics)
{
    return int(std::count_if(diagnostics.cbegin(), diagnostics.cend(),
                             [](const sr::Diagnostic &d) { return d.code.startsWith(QLatin1String("SR")); }));
}
} // namespace

class TestConsole : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // recent registries go to a throw-away settings file
        TranslationLoader::install(qApp, QLocale(QLocale::English));
    }

    void spanishTranslation()
    {
        TranslationLoader::install(qApp, QLocale(QLocale::Spanish));
        MainWindow window;
        QCOMPARE(window.findChild<QDockWidget *>(QStringLiteral("problemsDock"))->windowTitle(), QStringLiteral("Problemas"));
        QCOMPARE(child<QLabel>(window, "statusCounts")->text(), QStringLiteral("0 servicios  ·  0 errores  ·  0 advertencias"));
        TranslationLoader::install(qApp, QLocale(QLocale::English));
    }

    void opensFiltersAndSelects()
    {
        MainWindow window;
        window.show();
        QSignalSpy loaded(&window, &MainWindow::registryLoaded);
        window.openRegistry(QStringLiteral(SR_EXAMPLE_REGISTRY));
        QVERIFY(loaded.wait(30000));
        QVERIFY(!window.isLoading());
        QCOMPARE(child<QLabel>(window, "statusCounts")->text(), QStringLiteral("20 services  ·  0 errors  ·  2 warnings"));
        QCOMPARE(validationProblems(child<ProblemModel>(window)), 2);
        // And every policy finding of the example, as `policy check` counts them.
        const sr::PolicyReport &policies = window.workspace()->policyReport();
        QCOMPARE(child<ProblemModel>(window)->rowCount(), 2 + policies.asDiagnostics().size());
        QCOMPARE(window.findChild<QDockWidget *>(QStringLiteral("problemsDock"))->windowTitle(),
                 QStringLiteral("Problems (%1)").arg(child<ProblemModel>(window)->rowCount()));

        QTableView *table = child<QTableView>(window, "serviceView");
        QCOMPARE(table->model()->rowCount(), 14); // global catalog first

        // The same global service seen from a project: the details say which project.
        auto *header = window.findChild<QLabel *>(QStringLiteral("detailsHeader"));
        QVERIFY(window.selectService(QStringLiteral("auth")));
        QVERIFY2(header->text().contains(QLatin1String("global catalog")), qPrintable(header->text()));
        QVERIFY(window.selectProject(QStringLiteral("shop")));
        QCOMPARE(table->model()->rowCount(), 12);
        QCOMPARE(child<ServiceDetailsModel>(window)->serviceId(), QStringLiteral("auth")); // the selection follows
        QVERIFY2(header->text().contains(QLatin1String("project shop")), qPrintable(header->text()));

        // Type into the filter box as a user would (Ctrl+K focuses it).
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        auto *filter = window.findChild<QLineEdit *>(QStringLiteral("serviceFilter"));
        QVERIFY(filter);
        QTRY_VERIFY(filter->hasFocus());
        QTest::keyClicks(filter, QStringLiteral("type:database"));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("postgresql"));
        QCOMPARE(table->model()->index(0, 8).data().toString(), QStringLiteral("override"));

        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("origin:project"));
        QStringList ids;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            ids.append(table->model()->index(r, 0).data().toString());
        QCOMPARE(ids, QStringList({QStringLiteral("cart"), QStringLiteral("recommendations")}));

        // One selection: choosing a row fills the details pane.
        table->setCurrentIndex(table->model()->index(0, 0));
        QCOMPARE(child<ServiceDetailsModel>(window)->serviceId(), QStringLiteral("cart"));
        QCOMPARE(child<ServiceDetailsModel>(window)->index(0, ServiceDetailsModel::Value).data().toString(),
                 QStringLiteral("cart"));
        QCOMPARE(child<ServiceDetailsModel>(window)->index(0, ServiceDetailsModel::Origin).data().toString(),
                 QStringLiteral("project"));

        // A filter that hides everything clears the details.
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("no-such-service"));
        QCOMPARE(table->model()->rowCount(), 0);
        QCOMPARE(child<ServiceDetailsModel>(window)->rowCount(), 0);
    }

    void problemOpensTheFileAtItsLine()
    {
        MainWindow window;
        window.show();
        QSignalSpy loaded(&window, &MainWindow::registryLoaded);
        window.openRegistry(QStringLiteral(SR_EXAMPLE_REGISTRY));
        QVERIFY(loaded.wait(30000));
        auto *problems = window.findChild<QTableView *>(QStringLiteral("problemView"));
        QVERIFY(problems);
        window.findChild<QComboBox *>(QStringLiteral("problemOrigin"))->setCurrentIndex(1); // validation only
        const QModelIndex first = problems->model()->index(0, ProblemModel::Message);
        QCOMPARE(first.data(ProblemModel::LineRole).toInt(), 8);
        problems->setCurrentIndex(first);
        // Enter activates the current problem the same way a double-click does.
        QTest::keyClick(problems->viewport(), Qt::Key_Return);
        QVERIFY(window.sourceViewer());
        QCOMPARE(window.sourceViewer()->filePath(), QStringLiteral(SR_EXAMPLE_REGISTRY "/projects/payments/services.toml"));
        QCOMPARE(window.sourceViewer()->currentLine(), 8);
        QVERIFY(window.sourceViewer()->editor()->isReadOnly());
        QVERIFY(window.sourceViewer()->editor()->text().contains(QLatin1String("notification-service")));
    }

    void reloadsWhenAFileChanges()
    {
        RegistryBuilder builder;
        const QString root = builder.write();
        MainWindow window;
        window.show();
        QSignalSpy loaded(&window, &MainWindow::registryLoaded);
        window.openRegistry(root);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(validationProblems(child<ProblemModel>(window)), 0);

        // An editor saves a broken catalog: the window reloads by itself and shows why.
        QVERIFY(saveCatalogNeedingDb16(builder));
        QVERIFY(loaded.wait(30000));
        QCOMPARE(validationProblems(child<ProblemModel>(window)), 1);
        QCOMPARE(child<ProblemModel>(window)->index(0, ProblemModel::Code).data().toString(), QStringLiteral("SR013"));
    }

    void problemAboutAPipeDoesNotBlock()
    {
        RegistryBuilder builder;
        const QString root = builder.write();
        const QString pipe = builder.path(QStringLiteral("projects/p1/monitoring.toml"));
        QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
        MainWindow window;
        window.show();
        QSignalSpy loaded(&window, &MainWindow::registryLoaded);
        window.openRegistry(root);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(validationProblems(child<ProblemModel>(window)), 1);
        QCOMPARE(child<ProblemModel>(window)->index(0, ProblemModel::Code).data().toString(), QStringLiteral("SR021"));
        auto *problems = window.findChild<QTableView *>(QStringLiteral("problemView"));
        window.findChild<QComboBox *>(QStringLiteral("problemOrigin"))->setCurrentIndex(1); // validation only
        problems->setCurrentIndex(problems->model()->index(0, ProblemModel::Message));
        // Would block forever in QFile::open if the viewer opened the pipe.
        QTest::keyClick(problems->viewport(), Qt::Key_Return);
        QVERIFY(window.sourceViewer());
        QCOMPARE(window.sourceViewer()->editor()->text(), QString());
        const auto labels = window.sourceViewer()->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](QLabel *l) {
            return l->text().contains(QLatin1String("it is a pipe, socket or device, not a regular file"));
        }));
        SourceViewer direct;
        QVERIFY(!direct.openFile(pipe, 1));
    }

    void editsReloadOnlyWhatChanged()
    {
        RegistryBuilder builder;
        builder.set(QStringLiteral("projects/p2/services.toml"), QStringLiteral("[project]\nowner = \"@p2\"\nuses = [\"db\"]\n"));
        Workspace workspace;
        QSignalSpy changed(&workspace, &Workspace::registryChanged);
        QVERIFY(workspace.open(builder.write()));
        QVERIFY(changed.wait(30000));
        const quint64 p1 = workspace.registry()->projects[0].generation;
        const quint64 p2 = workspace.registry()->projects[1].generation;

        // An edit of p2 leaves p1 as it was; the edit's error shows.
        workspace.setBuffer(QStringLiteral("projects/p2/services.toml"),
                            QByteArrayLiteral("[project]\nowner = \"@p2\"\nuses = [\"db\", \"dbx\"]\n"));
        QVERIFY(changed.wait(30000));
        QCOMPARE(workspace.registry()->projects[0].generation, p1);
        QVERIFY(workspace.registry()->projects[1].generation != p2);
        QCOMPARE(validationProblems(workspace.problems()), 1);

        // A change on disk after the edit is still read (the watcher reloads).
        QVERIFY(saveCatalogNeedingDb16(builder));
        QVERIFY(changed.wait(30000));
        QCOMPARE(validationProblems(workspace.problems()), 2);
        QVERIFY(workspace.registry()->projects[0].generation != p1);
    }

    void supersededLoadsDeliverNothing()
    {
        // Three loads in a row: only the newest is delivered, the others are cancelled.
        Workspace workspace;
        QSignalSpy changed(&workspace, &Workspace::registryChanged);
        RegistryBuilder first;
        RegistryBuilder second;
        second.set(
            QStringLiteral("services/catalog.toml"),
            RegistryBuilder::baseCatalog().replace(QStringLiteral("version = \"1.0.0\""), QStringLiteral("version = \"2.0.0\"")));
        QVERIFY(workspace.open(QStringLiteral(SR_EXAMPLE_REGISTRY)));
        QVERIFY(workspace.open(first.write()));
        QVERIFY(workspace.open(second.write()));
        QVERIFY(changed.wait(30000));
        QCOMPARE(workspace.registry()->catalog.version, QStringLiteral("2.0.0"));
        // Nothing else can arrive: no load is running, and whatever was queued is delivered now.
        QVERIFY(!workspace.isLoading());
        QCoreApplication::processEvents();
        QCOMPARE(changed.size(), 1);

        // Closing while loading does not wait for the load.
        auto *closing = new Workspace;
        QVERIFY(closing->open(QStringLiteral(SR_EXAMPLE_REGISTRY)));
        QVERIFY(closing->isLoading());
        delete closing;
    }

    void sourceViewerHighlightsToml()
    {
        SourceViewer viewer;
        QVERIFY(viewer.openFile(QStringLiteral(SR_EXAMPLE_REGISTRY "/services/catalog.toml"), 21));
        QCOMPARE(viewer.currentLine(), 21);
        CodeView *view = viewer.editor();
        QVERIFY(view->isReadOnly());
        view->SendScintilla(QsciScintilla::SCI_COLOURISE, 0, -1); // styled as it is drawn, otherwise
        // The style SourceLexer gave the character at a line and column (1-based).
        auto styleAt = [view](int line, int column) {
            const long position = view->positionFromLineIndex(line - 1, column - 1);
            return int(view->SendScintilla(QsciScintilla::SCI_GETSTYLEAT, position));
        };
        QCOMPARE(styleAt(1, 1), int(SourceLexer::Comment)); // # comment
        QCOMPARE(styleAt(21, 2), int(SourceLexer::Header)); // [services.api-gateway]
        QCOMPARE(styleAt(25, 12), int(SourceLexer::String)); // "2.4.1"
        QCOMPARE(styleAt(25, 1), int(SourceLexer::Key)); // version =
        QVERIFY(!viewer.openFile(QStringLiteral("/nonexistent/file.toml"), 1));
    }

    void missingFolderShowsAMessage()
    {
        MainWindow window;
        window.show();
        window.openRegistry(QStringLiteral("/nonexistent/registry"));
        QVERIFY(!window.isLoading());
        const auto labels = window.findChildren<QLabel *>();
        const bool shown = std::any_of(labels.cbegin(), labels.cend(), [](QLabel *l) {
            return l->isVisible() && l->text().contains(QLatin1String("the folder does not exist"));
        });
        QVERIFY(shown);
    }

    void policiesPane()
    {
        MainWindow window;
        window.show();
        QSignalSpy loaded(&window, &MainWindow::registryLoaded);
        window.openRegistry(QStringLiteral(SR_EXAMPLE_REGISTRY));
        QVERIFY(loaded.wait(30000));
        QVERIFY(window.showView(QStringLiteral("policies")));
        auto *pane = window.findChild<PoliciesPane *>(QStringLiteral("policiesPane"));
        QVERIFY(pane);
        const sr::PolicyReport &report = window.workspace()->policyReport();
        QVERIFY(report.count(sr::Severity::Error) > 0);

        // Grouped by severity: errors, warnings, waived, then the waivers to review; every finding below one.
        PolicyFindingModel *model = pane->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QStringList groups;
        int findings = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            groups.append(model->index(row, 0).data().toString().section(QLatin1Char(' '), 0, 0));
            if (!model->index(row, 0).data().toString().startsWith(QLatin1String("Waivers")))
                findings += model->rowCount(model->index(row, 0));
        }
        QCOMPARE(groups,
                 (QStringList{QStringLiteral("Errors"), QStringLiteral("Warnings"), QStringLiteral("Waived"),
                              QStringLiteral("Waivers")}));
        QCOMPARE(findings, report.findings.size());
        QCOMPARE(model->rowCount(model->index(0, 0)), report.count(sr::Severity::Error));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("policyCounts"))->text(), pane->summary());
        QVERIFY(pane->summary().endsWith(QStringLiteral("3 waived")));
        QCOMPARE(child<QLabel>(window, "statusPolicyCounts")->text(), QStringLiteral("·  Policies: ") + pane->summary());
        // The stale waiver is listed to review, coloured as a warning.
        const QModelIndex waivers = model->index(3, 0);
        QCOMPARE(model->rowCount(waivers), 1);
        QCOMPARE(model->index(0, 0, waivers).data(PolicyFindingModel::StatusRole).toString(), QStringLiteral("stale"));
        QCOMPARE(model->index(0, PolicyFindingModel::Location, waivers).data().toString(),
                 QStringLiteral("policies/security.toml:22"));
        // A waived finding names its project and service, says who waived it, and is set in italics.
        const QModelIndex waived = model->index(2, 0);
        QCOMPARE(model->rowCount(waived), report.waivedCount());
        const QModelIndex firstWaived = model->index(0, PolicyFindingModel::Service, waived);
        QCOMPARE(firstWaived.data().toString(),
                 firstWaived.data(PolicyFindingModel::ProjectRole).toString() + QLatin1Char('/')
                     + firstWaived.data(PolicyFindingModel::ServiceRole).toString());
        QCOMPARE(firstWaived.data(PolicyFindingModel::StatusRole).toString(), QStringLiteral("waived"));
        QVERIFY(firstWaived.data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(firstWaived.siblingAtColumn(PolicyFindingModel::Status)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(QStringLiteral("Waived by ")));
        QVERIFY(!model->index(0, 0, model->index(0, 0)).data(Qt::FontRole).value<QFont>().italic());

        // Grouping by rule; filtering as you type keeps the groups that still match.
        pane->groupBy()->setCurrentIndex(1);
        QCOMPARE(model->groupBy(), PolicyFindingModel::GroupBy::Rule);
        QTest::keyClicks(pane->filter(), QStringLiteral("gdpr"));
        QTreeView *view = pane->view();
        QCOMPARE(view->model()->rowCount(), 1);
        const QModelIndex gdprGroup = view->model()->index(0, 0);
        QVERIFY(gdprGroup.data().toString().startsWith(QLatin1String("compliance.gdpr_classification")));
        const QModelIndex gdpr = view->model()->index(0, 0, gdprGroup);

        // Selecting a finding explains its rule and selects its service everywhere.
        view->setCurrentIndex(gdpr);
        QVERIFY(child<QTextBrowser>(*pane, "policyExplanation")
                    ->toPlainText()
                    .contains(QStringLiteral("Fix: Add properties.data_classification")));
        QCOMPARE(window.workspace()->currentServiceId(), gdpr.data(PolicyFindingModel::ServiceRole).toString());
        QCOMPARE(window.workspace()->currentProject(), gdpr.data(PolicyFindingModel::ProjectRole).toString());

        // Enter opens the file at the finding.
        QTest::keyClick(view->viewport(), Qt::Key_Return);
        QVERIFY(window.sourceViewer());
        QCOMPARE(window.sourceViewer()->filePath(),
                 QStringLiteral(SR_EXAMPLE_REGISTRY "/") + gdpr.data(PolicyFindingModel::FileRole).toString());
        QCOMPARE(window.sourceViewer()->currentLine(), gdpr.data(PolicyFindingModel::LineRole).toInt());

        // The filter ignores case, matches the status words, and clearing it brings every group back.
        pane->filter()->setText(QStringLiteral("GDPR_Class"));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->rowCount(model->index(0, 0)), 1);
        pane->filter()->setText(QStringLiteral("waived"));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->rowCount(model->index(0, 0)), report.waivedCount());
        pane->filter()->clear();
        QSet<QString> rules;
        for (const sr::PolicyFinding &f : report.findings)
            rules.insert(f.rule);
        QCOMPARE(model->rowCount(), rules.size() + 1); // and the waivers to review
    }

    void manifestsPane()
    {
        MainWindow window;
        window.show();
        QSignalSpy loaded(&window, &MainWindow::registryLoaded);
        window.openRegistry(QStringLiteral(SR_EXAMPLE_REGISTRY));
        QVERIFY(loaded.wait(30000));
        QVERIFY(window.showView(QStringLiteral("manifests")));
        ManifestsPane *pane = child<ManifestsPane>(window, "manifestsPane");
        QVERIFY(pane);
        auto waitForGeneration = [pane] {
            if (pane->isGenerating())
                QVERIFY(QSignalSpy(pane, &ManifestsPane::generated).wait(10000));
        };
        QVERIFY(window.selectProject(QStringLiteral("shop")));
        QCOMPARE(child<QComboBox>(*pane, "manifestProject")->currentData().toString(), QStringLiteral("shop"));
        QCOMPARE(child<QComboBox>(*pane, "manifestTarget")->currentData().toString(),
                 QStringLiteral("staging")); // the default target
        child<QComboBox>(*pane, "manifestFormat")
            ->setCurrentIndex(child<QComboBox>(*pane, "manifestFormat")->findData(QStringLiteral("kubernetes")));
        waitForGeneration();
        QAbstractItemModelTester tester(pane->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QStringList paths;
        for (const sr::GeneratedFile &f : pane->model()->files())
            paths.append(f.path);
        QCOMPARE(paths.size(), 14); // the namespace, 12 services, the kustomization
        QVERIFY(paths.contains(QStringLiteral("base/cart.yaml")));

        // It follows the current service: its own file, shown highlighted.
        QVERIFY(window.selectService(QStringLiteral("cart")));
        QCOMPARE(child<QListView>(*pane, "manifestFiles")->currentIndex().data().toString(), QStringLiteral("base/cart.yaml"));
        QCOMPARE(child<CodeView>(*pane, "manifestText")->fileName(), QStringLiteral("base/cart.yaml"));
        QVERIFY(child<CodeView>(*pane, "manifestText")->text().contains(QStringLiteral("kind: Deployment\n")));

        // Production has regions: the region picker shows the base and that region's overlay.
        child<QComboBox>(*pane, "manifestTarget")
            ->setCurrentIndex(child<QComboBox>(*pane, "manifestTarget")->findData(QStringLiteral("production")));
        waitForGeneration();
        QCOMPARE(child<QComboBox>(*pane, "manifestRegion")->count(), 4);
        QVERIFY(child<QComboBox>(*pane, "manifestRegion")->isEnabled());
        QVERIFY(child<CodeView>(*pane, "manifestText")->text().contains(QStringLiteral("kind: Rollout\n")));
        child<QComboBox>(*pane, "manifestRegion")
            ->setCurrentIndex(child<QComboBox>(*pane, "manifestRegion")->findData(QStringLiteral("eu-west")));
        paths.clear();
        for (const sr::GeneratedFile &f : pane->model()->files())
            paths.append(f.path);
        QVERIFY(paths.contains(QStringLiteral("overlays/eu-west/kustomization.yaml")));
        QVERIFY(!paths.contains(QStringLiteral("overlays/us-east/kustomization.yaml")));

        // Compose: one file; the current service's entry is pointed at.
        child<QComboBox>(*pane, "manifestFormat")
            ->setCurrentIndex(child<QComboBox>(*pane, "manifestFormat")->findData(QStringLiteral("docker")));
        waitForGeneration();
        QVERIFY(!child<QComboBox>(*pane, "manifestRegion")->isEnabled());
        QCOMPARE(child<CodeView>(*pane, "manifestText")->fileName(), QStringLiteral("compose.yaml"));
        int line = 0;
        int column = 0;
        child<CodeView>(*pane, "manifestText")->getCursorPosition(&line, &column);
        QCOMPARE(child<CodeView>(*pane, "manifestText")->text(line), QStringLiteral("  cart:\n"));

        // Export: a new folder is written at once; a folder with other contents shows what changes first.
        QTemporaryDir out;
        QVERIFY(pane->exportTo(out.path(), false));
        const QString compose = out.filePath(QStringLiteral("shop/production/docker/compose.yaml"));
        QVERIFY(QFile::exists(compose));
        QFile edited(compose);
        QVERIFY(edited.open(QIODevice::ReadWrite));
        QByteArray text = edited.readAll().replace("replicas: 6", "replicas: 2");
        edited.resize(0);
        edited.write(text);
        edited.close();
        const auto differences = sr::GeneratedOutput::compare(out.path(), pane->filesToExport());
        QCOMPARE(differences.size(), 1);
        ExportPreviewDialog preview(out.path(), pane->filesToExport(), differences);
        QCOMPARE(child<QListWidget>(preview, "exportFiles")->count(), 1);
        QCOMPARE(child<QListWidget>(preview, "exportFiles")->item(0)->text(),
                 QStringLiteral("shop/production/docker/compose.yaml  (changed)"));
        // Aligned: the same line on both sides, the folder's value left, the new one right.
        const int changed = preview.before()->findLine(QRegularExpression(QStringLiteral("replicas: 2$")));
        QVERIFY(changed > 0);
        QCOMPARE(preview.after()->text(changed), QStringLiteral("      replicas: 6\n"));
        QVERIFY(pane->exportTo(out.path(), false));
        QVERIFY(sr::GeneratedOutput::compare(out.path(), pane->filesToExport()).isEmpty());

        // Argo CD reads the files from the repository the registry names ([gitops]): no URL to type.
        child<QComboBox>(*pane, "manifestFormat")
            ->setCurrentIndex(child<QComboBox>(*pane, "manifestFormat")->findData(QStringLiteral("argocd")));
        if (pane->isGenerating())
            QVERIFY(QSignalSpy(pane, &ManifestsPane::generated).wait(10000));
        QCOMPARE(pane->model()->rowCount(), 1);
        QCOMPARE(child<QLineEdit>(*pane, "manifestRepository")->placeholderText(),
                 QStringLiteral("https://git.example.com/platform/deploy.git (the registry's; type to override)"));
    }

    /// File › Import…: the preview (report first where something is not carried, the TOML
    /// files side by side) is computed off the GUI thread; Import writes them and the
    /// workspace reloads with the new project.
    void importDialogPreviewsThenWrites()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("registry"));
        QVERIFY(sr::StarterRegistry::write(root, {}).isEmpty());
        MainWindow window;
        QSignalSpy loaded(&window, &MainWindow::registryLoaded);
        window.openRegistry(root);
        QVERIFY(loaded.wait(30000));
        ImportDialog dialog(window.workspace()->registry(), root, &window);
        QSignalSpy previewed(&dialog, &ImportDialog::previewed);
        dialog.setInputs({QStringLiteral(SR_SOURCE_DIR "/tests/import/shop-compose/compose.yaml")}, QStringLiteral("vote"));
        QVERIFY(dialog.isPreviewing());
        QVERIFY(previewed.wait(30000));
        QVERIFY(dialog.plan());
        QCOMPARE(child<QComboBox>(dialog, "importSource")->currentData().toString(), QStringLiteral("compose"));
        QTreeWidget *report = dialog.reportView();
        QCOMPARE(report->topLevelItemCount(), 6);
        // vote: its type guessed, the registry's restart default, a bind mount's name carried.
        QCOMPARE(report->topLevelItem(0)->text(0), QStringLiteral("service vote → vote (new)"));
        QCOMPARE(report->topLevelItem(0)->text(1), QStringLiteral("2 approximated"));
        QVERIFY(report->topLevelItem(0)->isExpanded());
        QVERIFY(child<QPushButton>(dialog, "importButton")->isEnabled());
        QCOMPARE(child<QListWidget>(dialog, "importFiles")->count(), 2);
        QCOMPARE(child<QListWidget>(dialog, "importFiles")->item(1)->text(),
                 QStringLiteral("projects/vote/services.toml  (new)"));
        QVERIFY(!QFileInfo::exists(QDir(root).filePath(QStringLiteral("projects/vote"))));
        QVERIFY(dialog.importFiles());
        QVERIFY(QFileInfo::exists(QDir(root).filePath(QStringLiteral("projects/vote/services.toml"))));
        QVERIFY2(dialog.summary().startsWith(QStringLiteral("Imported 6 service")), qPrintable(dialog.summary()));
        window.workspace()->reload();
        QVERIFY(loaded.wait(30000));
        QVERIFY(window.workspace()->registry()->project(QStringLiteral("vote")));

        // A file that is not YAML: the reason, and nothing to import.
        const QString bad = dir.filePath(QStringLiteral("bad.yaml"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("apiVersion: v1\nkind: [\n");
        file.close();
        dialog.setInputs({bad}, QStringLiteral("other"));
        QVERIFY(previewed.wait(30000));
        QVERIFY(!dialog.plan());
        QVERIFY(!child<QPushButton>(dialog, "importButton")->isEnabled());
        QVERIFY(child<QLabel>(dialog, "importStatus")->text().contains(QStringLiteral("invalid YAML")));
    }

    void manifestsOfARegistryWithErrorsCannotBeExported()
    {
        RegistryBuilder builder;
        builder.set(QStringLiteral("projects/p1/services.toml"),
                    QStringLiteral("[project]\nowner = \"@p1\"\nuses = [\"api\", \"nope\"]\n"));
        MainWindow window;
        QSignalSpy loaded(&window, &MainWindow::registryLoaded);
        window.openRegistry(builder.write());
        QVERIFY(loaded.wait(30000));
        ManifestsPane *pane = child<ManifestsPane>(window, "manifestsPane");
        if (pane->isGenerating())
            QVERIFY(QSignalSpy(pane, &ManifestsPane::generated).wait(10000));
        QVERIFY(pane->model()->rowCount() > 0); // the preview shows what could be read
        const QString message = window.findChild<QLabel *>(QStringLiteral("manifestMessage"))->text();
        QVERIFY2(message.startsWith(QStringLiteral("The registry has 2 errors (see Problems)")), qPrintable(message));
        QTemporaryDir out;
        QVERIFY(!pane->exportTo(out.path(), false));
        QVERIFY(QDir(out.path()).isEmpty());
    }

    void graphPane()
    {
        MainWindow window;
        window.show();
        QSignalSpy loaded(&window, &MainWindow::registryLoaded);
        window.openRegistry(QStringLiteral(SR_EXAMPLE_REGISTRY));
        QVERIFY(loaded.wait(30000));
        QVERIFY(window.showView(QStringLiteral("graph")));
        GraphPane *pane = child<GraphPane>(window, "graphPane");
        auto waitForLayout = [pane] {
            if (pane->isLayingOut())
                QVERIFY(QSignalSpy(pane, &GraphPane::laidOut).wait(10000));
        };
        QVERIFY(window.selectProject(QStringLiteral("shop")));
        waitForLayout();
        // shop's 12 services and the service of another project that cart needs.
        QCOMPARE(pane->nodeIds().size(), 13);
        QVERIFY(pane->nodeIds().contains(QStringLiteral("payments/payment-api")));
        QCOMPARE(pane->edgeCount(), 21);

        // Selecting a service lights what it needs and what needs it; the rest is dimmed.
        QVERIFY(window.selectService(QStringLiteral("core-api")));
        QCOMPARE(pane->highlighted(),
                 (QStringList{QStringLiteral("auth"), QStringLiteral("cart"), QStringLiteral("core-api"),
                              QStringLiteral("postgresql"), QStringLiteral("rabbitmq"), QStringLiteral("recommendations"),
                              QStringLiteral("redis"), QStringLiteral("vault"), QStringLiteral("worker")}));
        // Type to find: the service becomes current everywhere.
        QTest::keyClicks(child<QLineEdit>(*pane, "graphFind"), QStringLiteral("gatew"));
        QCOMPARE(window.workspace()->currentServiceId(), QStringLiteral("api-gateway"));
        // A depth limit keeps the neighbourhood of the current service.
        child<QSpinBox>(*pane, "graphDepth")->setValue(1);
        waitForLayout();
        QCOMPARE(pane->nodeIds(),
                 (QStringList{QStringLiteral("api-gateway"), QStringLiteral("auth"), QStringLiteral("redis"),
                              QStringLiteral("web-frontend")}));
        child<QSpinBox>(*pane, "graphDepth")->setValue(0);
        waitForLayout();
        // Arrow keys move to a neighbour.
        const QString before = window.workspace()->currentServiceId();
        QTest::keyClick(pane->view(), Qt::Key_Right);
        QVERIFY(window.workspace()->currentServiceId() != before);

        QTemporaryDir out;
        QVERIFY(pane->exportTo(out.filePath(QStringLiteral("graph.svg"))));
        QFile svg(out.filePath(QStringLiteral("graph.svg")));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("core-api"));
        QVERIFY(pane->exportTo(out.filePath(QStringLiteral("graph.png"))));
        QVERIFY(!QImage(out.filePath(QStringLiteral("graph.png"))).isNull());
    }

    void reviewPane()
    {
        GitRepository repo;
        repo.write(QStringLiteral("services/catalog.toml"), RegistryBuilder::baseCatalog());
        repo.write(QStringLiteral("projects/p1/services.toml"), RegistryBuilder::baseProject());
        repo.tag("v1", repo.commit("first"));
        // db moves to 16 and loses its port name: two breaking changes and the one they cause.
        repo.write(QStringLiteral("services/catalog.toml"),
                   RegistryBuilder::baseCatalog()
                       .replace(QStringLiteral("version = \"15.0.0\""), QStringLiteral("version = \"16.0.0\""))
                       .replace(QStringLiteral("name = \"pg\""), QStringLiteral("name = \"sql\"")));
        MainWindow window;
        window.show();
        QSignalSpy loaded(&window, &MainWindow::registryLoaded);
        window.openRegistry(repo.path());
        QVERIFY(loaded.wait(30000));
        QVERIFY(window.showView(QStringLiteral("review")));
        ReviewPane *pane = child<ReviewPane>(window, "reviewPane");
        QTRY_VERIFY(child<QComboBox>(*pane, "reviewBase")->findData(QStringLiteral("v1")) >= 0); // tags and branches listed
        QVERIFY(child<QComboBox>(*pane, "reviewBase")->findData(QStringLiteral("master")) >= 0
                || child<QComboBox>(*pane, "reviewBase")->findData(QStringLiteral("main")) >= 0);
        QCOMPARE(child<QComboBox>(*pane, "reviewHead")->itemText(0), QStringLiteral("Working tree"));

        QSignalSpy compared(pane, &ReviewPane::compared);
        QSignalSpy reviewed(pane, &ReviewPane::reviewed);
        window.reviewChanges(QStringLiteral("v1"), QString());
        QVERIFY(compared.wait(10000));
        QAbstractItemModelTester tester(pane->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QStringList rules;
        for (int row = 0; row < pane->model()->rowCount(); ++row)
            rules.append(pane->model()->index(row, ChangeModel::Rule).data().toString());
        QCOMPARE(
            rules,
            (QStringList{QStringLiteral("port-removed"), QStringLiteral("version-major-bump"), QStringLiteral("field-changed")}));
        QCOMPARE(pane->model()->index(0, ChangeModel::Affected).data().toString(), QStringLiteral("p1"));
        QCOMPARE(child<QComboBox>(*pane, "reviewFile")->count(), 1);
        QCOMPARE(child<QComboBox>(*pane, "reviewFile")->currentText(), QStringLiteral("services/catalog.toml"));

        // Selecting a change shows its line on both sides and makes its service current.
        child<QTableView>(*pane, "changeView")->selectRow(1);
        int line = 0;
        int column = 0;
        pane->after()->getCursorPosition(&line, &column);
        QCOMPARE(pane->after()->text(line), QStringLiteral("version = \"16.0.0\"\n"));
        QCOMPARE(pane->before()->text(line), QStringLiteral("version = \"15.0.0\"\n"));
        QCOMPARE(window.workspace()->currentServiceId(), QStringLiteral("db"));

        QTemporaryDir out;
        QVERIFY(reviewed.count() > 0 || reviewed.wait(20000)); // the approver's part follows the changes
        QVERIFY(pane->exportGuide(out.filePath(QStringLiteral("guide.md"))));
        QFile guide(out.filePath(QStringLiteral("guide.md")));
        QVERIFY(guide.open(QIODevice::ReadOnly));
        const QByteArray markdown = guide.readAll();
        QVERIFY(markdown.contains("<details><summary>Migration guides (2)</summary>"));
        QVERIFY(markdown.contains("update `dependencies.requires` of `api` in `services/catalog.toml:19` to `^16`"));
    }

    // The approver's screen: the verdict first; selecting a change drives the reach, what runs
    // and the approvals' emphasis; a member approves from the tab (recorded in the store), a
    // non-member is refused as the CLI refuses.
    void reviewPaneIsTheApproversScreen()
    {
        QTemporaryDir dir;
        const QString url = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("store.sqlite"));
        QString me;
        {
            auto store = sr::DeploymentStore::open(url);
            QVERIFY(store);
            me = store->identity();
            for (const auto &[version, day] : {std::pair("14.0.0", 1), std::pair("15.0.0", 2)}) {
                sr::DeploymentRecord d;
                d.project = QStringLiteral("p1");
                d.service = QStringLiteral("db");
                d.version = QString::fromLatin1(version);
                d.target = QStringLiteral("production");
                d.status = sr::DeploymentStatus::Succeeded;
                d.started = QDateTime(QDate(2026, 11, day), QTime(10, 0), QTimeZone::utc());
                d.finished = d.started.addSecs(120);
                d.deployer = QStringLiteral("ci");
                QCOMPARE(store->record(d), sr::DeploymentStore::RecordOutcome::Added);
            }
        }
        GitRepository repo;
        repo.write(QStringLiteral("services/catalog.toml"), RegistryBuilder::baseCatalog());
        repo.write(QStringLiteral("projects/p1/services.toml"), RegistryBuilder::baseProject());
        repo.write(
            QStringLiteral("policies/governance.toml"),
            QStringLiteral("[change_control]\nbreaking_changes_require = [\"@platform-team\"]\nversion_bumps_require = []\n"
                           "config_changes_require = [\"@ops-team\"]\nnew_services_require = []\nmin_approvals = 1\n\n"
                           "[groups.platform-team]\nmembers = [\"%1\"]\n\n[groups.ops-team]\nmembers = [\"dave\"]\n")
                .arg(me));
        repo.tag("v1", repo.commit("first"));
        repo.write(QStringLiteral("services/catalog.toml"),
                   RegistryBuilder::baseCatalog()
                       .replace(QStringLiteral("version = \"15.0.0\""), QStringLiteral("version = \"16.0.0\""))
                       .replace(QStringLiteral("owner = \"@core\""), QStringLiteral("owner = \"@api-team\"")));
        repo.tag("v2", repo.commit("db 16, api's owner"));

        MainWindow window;
        window.storeConnection()->setUrl(url);
        window.show();
        QSignalSpy loaded(&window, &MainWindow::registryLoaded);
        window.openRegistry(repo.path());
        QVERIFY(loaded.wait(30000));
        QVERIFY(window.showView(QStringLiteral("review")));
        ReviewPane *pane = child<ReviewPane>(window, "reviewPane");
        QSignalSpy records(pane, &ReviewPane::recordsRead);
        window.reviewChanges(QStringLiteral("v1"), QStringLiteral("v2"));
        QVERIFY(records.wait(20000));
        QLabel *verdict = child<QLabel>(*pane, "reviewVerdict");
        QVERIFY2(verdict->text().contains(QStringLiteral("Blocked</span> — 1 breaking change without the approval of "
                                                         "@platform-team · approval pending from @ops-team")),
                 qPrintable(verdict->text()));
        QAbstractItemModelTester tester(pane->approvals(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto approvalRows = [pane] {
            QStringList rows;
            for (int row = 0; row < pane->approvals()->rowCount(); ++row)
                rows.append(pane->approvals()->index(row, ApprovalStateModel::Group).data().toString() + QLatin1Char(' ')
                            + pane->approvals()->index(row, ApprovalStateModel::State).data().toString() + QLatin1Char(' ')
                            + pane->approvals()->index(row, ApprovalStateModel::ApprovedBy).data().toString());
            return rows;
        };
        QCOMPARE(approvalRows(),
                 (QStringList{QStringLiteral("@platform-team pending, blocks "), QStringLiteral("@ops-team pending ")}));

        // db's major bump: its reach, what runs of it, and its group in bold.
        QTableView *changes = child<QTableView>(*pane, "changeView");
        int dbRow = -1;
        for (int row = 0; row < changes->model()->rowCount(); ++row) {
            if (changes->model()->index(row, ChangeModel::Rule).data().toString() == QLatin1String("version-major-bump"))
                dbRow = row;
        }
        QVERIFY(dbRow >= 0);
        changes->selectRow(dbRow);
        QTRY_COMPARE_WITH_TIMEOUT(pane->impactGraph()->shownServices(),
                                  (QStringList{QStringLiteral("p1/db"), QStringLiteral("p1/api")}), 10000);
        QCOMPARE(pane->running()->rowCount(), 1);
        QStringList running;
        for (int column = 0; column < RunningStateModel::ColumnCount; ++column)
            running.append(pane->running()->index(0, column).data().toString());
        QCOMPARE(running,
                 (QStringList{QStringLiteral("p1/db"), QStringLiteral("production"), QStringLiteral("15.0.0"),
                              QStringLiteral("16.0.0"), QStringLiteral("14.0.0")}));
        QVERIFY(pane->approvals()->index(0, 0).data(Qt::FontRole).value<QFont>().bold()); // platform-team: db's group
        QVERIFY(!pane->approvals()->index(1, 0).data(Qt::FontRole).value<QFont>().bold());

        // A member approves: the verdict follows. A non-member's button is off, and the store refuses them.
        QTableView *approvals = child<QTableView>(*pane, "reviewApprovals");
        QPushButton *approve = child<QPushButton>(*pane, "reviewApprove");
        approvals->selectRow(0);
        QVERIFY(approve->isEnabled());
        QCOMPARE(approve->text(), QStringLiteral("&Approve as @platform-team…"));
        pane->approve(0, QStringLiteral("read the migration guide"));
        QVERIFY(records.wait(10000));
        QCOMPARE(approvalRows(),
                 (QStringList{QStringLiteral("@ops-team pending "), QStringLiteral("@platform-team approved ") + me}));
        QVERIFY2(verdict->text().contains(QStringLiteral("Needs approval</span> — approval pending from @ops-team")),
                 qPrintable(verdict->text()));
        approvals->selectRow(0);
        QVERIFY(!approve->isEnabled());
        QVERIFY(approve->toolTip().startsWith(QStringLiteral("Only members of @ops-team may approve for it (dave); you are ")));
        pane->approve(0, QStringLiteral("not mine to give"));
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(*pane, "reviewSummary")->text().startsWith(QStringLiteral("The approval was not recorded: ")), 10000);
        child<QCheckBox>(*pane, "reviewPendingOnly")->setChecked(true);
        QCOMPARE(approvalRows(), QStringList{QStringLiteral("@ops-team pending ")});
    }

    // Typing into the Edit tab's form edits the file's text, shows the field's problems as
    // you type, undoes to the exact bytes, and saves only the changed bytes.
    void editorFormEditsUndoesAndSaves()
    {
        RegistryBuilder builder;
        const QString root = builder.write();
        const QString catalogPath = builder.path(QStringLiteral("services/catalog.toml"));
        const QByteArray original = RegistryBuilder::baseCatalog().toUtf8();
        MainWindow window;
        QVERIFY(openEditorOn(window, root, QStringLiteral("api")));
        ServiceEditorPane *pane = child<ServiceEditorPane>(window, "editPane");
        auto *version = qobject_cast<QLineEdit *>(pane->editorOf(QStringLiteral("version")));
        QVERIFY(version);
        QCOMPARE(version->text(), QStringLiteral("1.2.0"));

        // A value that is not a version: SR008 under the field, as the CLI reports it.
        version->setFocus();
        version->selectAll();
        QTest::keyClicks(version, QStringLiteral("banana"));
        QTRY_VERIFY_WITH_TIMEOUT(pane->problemsOf(QStringLiteral("version")).startsWith(QLatin1String("SR008: ")), 10000);
        QVERIFY(window.isWindowModified());
        // The TOML source shows the edited text, the problem underlined and explained on hover.
        const int at = int(pane->source()->text().toUtf8().indexOf("\"banana\""));
        QVERIFY(at > 0);
        QVERIFY(pane->source()->problemsAt(at + 1).startsWith(QLatin1String("SR008: version \"banana\" of service 'api'")));
        QCOMPARE(pane->source()->problemsAt(at - 3), QString());

        version->selectAll();
        QTest::keyClicks(version, QStringLiteral("1.3.0"));
        QTRY_COMPARE_WITH_TIMEOUT(window.registry()->catalog.service(QStringLiteral("api"))->version, QStringLiteral("1.3.0"),
                                  10000);
        QCOMPARE(pane->problemsOf(QStringLiteral("version")), QString());
        QByteArray edited = original;
        edited.replace("version = \"1.2.0\"", "version = \"1.3.0\"");
        QCOMPARE(window.editSession()->text(QStringLiteral("services/catalog.toml")), edited);
        QCOMPARE(readAll(catalogPath), original); // nothing written yet

        // Typing in one field is one undo step; undo gives back the exact bytes, redo the edit.
        QUndoStack *stack = window.editSession()->undoStack();
        QCOMPARE(stack->count(), 1);
        stack->undo();
        QCOMPARE(window.editSession()->text(QStringLiteral("services/catalog.toml")), original);
        QVERIFY(!window.isWindowModified());
        stack->redo();
        QCOMPARE(window.editSession()->text(QStringLiteral("services/catalog.toml")), edited);

        // A new key goes to the end of the service's table; Ctrl+S writes the file.
        auto *owner = qobject_cast<QLineEdit *>(pane->editorOf(QStringLiteral("replaced_by")));
        QVERIFY(owner);
        owner->setFocus();
        QTest::keyClicks(owner, QStringLiteral("db"));
        pane->flush();
        edited.replace("dependencies = { requires = [{ service = \"db\", version = \"^15\" }] }\n",
                       "dependencies = { requires = [{ service = \"db\", version = \"^15\" }] }\nreplaced_by = \"db\"\n");
        QCOMPARE(window.editSession()->text(QStringLiteral("services/catalog.toml")), edited);
        QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(readAll(catalogPath), edited);
        QVERIFY(!window.isWindowModified());
        QVERIFY(!window.editSession()->isModified());
    }

    // New, duplicate and delete: whole tables in the scope's file, each one undo step.
    void editorEditsListsInTables()
    {
        RegistryBuilder builder;
        const QString root = builder.write();
        const QByteArray original = RegistryBuilder::baseCatalog().toUtf8();
        MainWindow window;
        QVERIFY(openEditorOn(window, root, QStringLiteral("api")));
        ServiceEditorPane *pane = child<ServiceEditorPane>(window, "editPane");
        auto *dependencies = qobject_cast<TableFieldEditor *>(pane->editorOf(QStringLiteral("dependencies.requires")));
        QVERIFY(dependencies);
        QCOMPARE(dependencies->rows().size(), 1);
        QCOMPARE(dependencies->rows()[0].value(QStringLiteral("service")), QStringLiteral("db"));
        QCOMPARE(dependencies->rows()[0].value(QStringLiteral("version")), QStringLiteral("^15"));
        QCOMPARE(dependencies->completions(QStringLiteral("service")), QStringList{QStringLiteral("db")});
        QVERIFY(!dependencies->isInherited());

        // A version range is checked while it is typed, by the validator's rule: db is 15.0.0.
        QTableWidget *table = child<QTableWidget>(*dependencies, "fieldTable");
        table->setFocus();
        table->editItem(table->item(0, 1));
        auto *cell = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(cell);
        cell->selectAll();
        QTest::keyClicks(cell, QStringLiteral("^16"));
        QCOMPARE(cell->toolTip(), QStringLiteral("service 'api' requires db ^16, but db is version 15.0.0"));
        QTest::keyClick(cell, Qt::Key_Return);
        QCoreApplication::processEvents(); // the table commits a cell after the key
        QCOMPARE(dependencies->problemAt(0, QStringLiteral("version")),
                 QStringLiteral("service 'api' requires db ^16, but db is version 15.0.0"));
        QByteArray edited = original;
        edited.replace("version = \"^15\"", "version = \"^16\"");
        QCOMPARE(window.editSession()->text(QStringLiteral("services/catalog.toml")), edited);
        // After the reload, the validator's diagnostic is shown under the field too.
        QTRY_VERIFY_WITH_TIMEOUT(pane->problemsOf(QStringLiteral("dependencies.requires")).startsWith(QLatin1String("SR013: ")),
                                 10000);

        // A port added in the table: written once it has its number, as an inline table.
        auto *ports = qobject_cast<TableFieldEditor *>(pane->editorOf(QStringLiteral("ports")));
        QVERIFY(ports);
        ports->addRow();
        cell = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(cell);
        QTest::keyClicks(cell, QStringLiteral("metrics"));
        QTest::keyClick(cell, Qt::Key_Return);
        QCoreApplication::processEvents(); // the table commits a cell after the key
        QCOMPARE(ports->problemAt(1, QStringLiteral("port")), QStringLiteral("a port needs its number, from 1 to 65535"));
        QCOMPARE(window.editSession()->text(QStringLiteral("services/catalog.toml")), edited);
        child<QTableWidget>(*ports, "fieldTable")->editItem(child<QTableWidget>(*ports, "fieldTable")->item(1, 1));
        cell = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(cell);
        QTest::keyClicks(cell, QStringLiteral("9x090")); // only digits are taken
        QTest::keyClick(cell, Qt::Key_Return);
        QCoreApplication::processEvents(); // the table commits a cell after the key
        QByteArray withPort = edited;
        withPort.replace("ports = [{ name = \"http\", port = 8080 }]",
                         "ports = [{ name = \"http\", port = 8080 }, { name = \"metrics\", port = 9090 }]");
        QCOMPARE(window.editSession()->text(QStringLiteral("services/catalog.toml")), withPort);
        QTRY_COMPARE_WITH_TIMEOUT(window.registry()->catalog.service(QStringLiteral("api"))->ports.size(), 2, 10000);

        // Delete removes the selected entry; the file is back to its bytes.
        child<QTableWidget>(*ports, "fieldTable")->selectRow(1);
        child<QTableWidget>(*ports, "fieldTable")->setFocus();
        QTest::keyClick(child<QTableWidget>(*ports, "fieldTable"), Qt::Key_Delete);
        QCOMPARE(window.editSession()->text(QStringLiteral("services/catalog.toml")), edited);

        // In a project, a global service's list is inherited: greyed until changed.
        QVERIFY(window.selectProject(QStringLiteral("p1")));
        QVERIFY(window.selectService(QStringLiteral("api")));
        QTRY_VERIFY_WITH_TIMEOUT(dependencies->isInherited(), 10000);
        QCOMPARE(dependencies->rows()[0].value(QStringLiteral("version")), QStringLiteral("^16"));
    }

    void editorCreatesDuplicatesAndDeletes()
    {
        RegistryBuilder builder;
        const QString root = builder.write();
        MainWindow window;
        window.show();
        QSignalSpy loaded(&window, &MainWindow::registryLoaded);
        window.openRegistry(root);
        QVERIFY(loaded.wait(30000));
        ServiceEditorPane *pane = child<ServiceEditorPane>(window, "editPane");
        const QString catalog = QStringLiteral("services/catalog.toml");
        const QByteArray original = RegistryBuilder::baseCatalog().toUtf8();
        QString error;
        QVERIFY(!pane->createService(QStringLiteral("api"), QStringLiteral("api"), &error));
        QCOMPARE(error, QStringLiteral("the global catalog already has a service 'api'"));
        QVERIFY2(pane->createService(QStringLiteral("cache"), QStringLiteral("cache"), &error), qPrintable(error));
        QCOMPARE(window.editSession()->text(catalog),
                 original + "\n[services.cache]\ndisplay_name = \"cache\"\ntype = \"cache\"\nversion = \"0.1.0\"\n");
        QTRY_VERIFY_WITH_TIMEOUT(window.workspace()->currentService() != nullptr, 10000);
        QCOMPARE(window.workspace()->currentServiceId(), QStringLiteral("cache"));
        // The form shows the new service, and the owner it still needs as a problem.
        QTRY_COMPARE_WITH_TIMEOUT(pane->problemsOf(QStringLiteral("owner")),
                                  QStringLiteral("SR004: service 'cache' is missing the required field 'owner'"), 10000);
        QCOMPARE(pane->problemsOf(QStringLiteral("image")),
                 QStringLiteral("SR004: service 'cache' is missing the required field 'image'"));
        QCOMPARE(pane->problemsOf(QStringLiteral("version")), QString());

        QVERIFY(window.selectService(QStringLiteral("db")));
        QVERIFY2(pane->duplicateService(QStringLiteral("db-replica"), &error), qPrintable(error));
        QVERIFY(window.editSession()->text(catalog).endsWith(
            "\n[services.db-replica]\ndisplay_name = \"Database\"\ntype = \"database\"\nversion = \"15.0.0\"\n"
            "image = \"postgres:15\"\nowner = \"@data\"\nports = [{ name = \"pg\", port = 5432 }]\n"));
        QTRY_COMPARE_WITH_TIMEOUT(window.registry()->catalog.services.size(), qsizetype(4), 10000);

        // Renaming db updates api's dependency on it in the same step.
        QVERIFY(window.selectService(QStringLiteral("db")));
        QVERIFY2(pane->renameService(QStringLiteral("database"), &error), qPrintable(error));
        QVERIFY(window.editSession()->text(catalog).contains("[services.database]\n"));
        QVERIFY(window.editSession()->text(catalog).contains(
            "dependencies = { requires = [{ service = \"database\", version = \"^15\" }] }"));
        QTRY_VERIFY_WITH_TIMEOUT(window.registry()->catalog.service(QStringLiteral("database")) != nullptr, 10000);
        QCOMPARE(window.workspace()->currentServiceId(), QStringLiteral("database"));
        QVERIFY(std::none_of(window.workspace()->diagnostics().cbegin(), window.workspace()->diagnostics().cend(),
                             [](const sr::Diagnostic &d) { return d.code == QLatin1String("SR012"); }));

        QVERIFY2(pane->deleteService(&error), qPrintable(error));
        QVERIFY(!window.editSession()->text(catalog).contains("[services.database]"));
        // api still requires db: the dependency is reported.
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(window.workspace()->diagnostics().cbegin(), window.workspace()->diagnostics().cend(),
                                             [](const sr::Diagnostic &d) { return d.code == QLatin1String("SR012"); }),
                                 10000);
        QUndoStack *stack = window.editSession()->undoStack();
        QCOMPARE(stack->count(), 4);
        while (stack->canUndo())
            stack->undo();
        QCOMPARE(window.editSession()->text(catalog), original);
    }

    // Unsaved edits survive a crash: the recovery file is offered back when the registry opens.
    void editorRecoversUnsavedEdits()
    {
        RegistryBuilder builder;
        const QString root = builder.write();
        QByteArray edited;
        {
            MainWindow window;
            QSignalSpy loaded(&window, &MainWindow::registryLoaded);
            window.openRegistry(root);
            QVERIFY(loaded.wait(30000));
            QString error;
            QVERIFY(
                window.editSession()->setField(QString(), QStringLiteral("api"), QStringLiteral("version"), "\"1.9.0\"", &error));
            window.editSession()->writeRecovery(); // what the timer does two seconds after a change
            edited = window.editSession()->text(QStringLiteral("services/catalog.toml"));
            QVERIFY(QFile::exists(window.editSession()->recoveryFile()));
            window.editSession()->undoStack()->setClean(); // leave without the question, as a crash would
        }
        MainWindow window;
        window.show();
        QSignalSpy loaded(&window, &MainWindow::registryLoaded);
        window.openRegistry(root);
        QVERIFY(loaded.wait(30000));
        auto *bar = window.findChild<MessageBar *>(QStringLiteral("messageBar"));
        QVERIFY2(bar->isAsking(), qPrintable(bar->text()));
        QVERIFY(bar->text().startsWith(QLatin1String("Unsaved edits to services/catalog.toml from ")));
        QToolButton *restore = nullptr;
        for (QToolButton *button : bar->findChildren<QToolButton *>()) {
            if (button->text() == QLatin1String("Restore"))
                restore = button;
        }
        QVERIFY(restore);
        restore->click();
        QCOMPARE(window.editSession()->text(QStringLiteral("services/catalog.toml")), edited);
        QVERIFY(window.isWindowModified());
        QTRY_COMPARE_WITH_TIMEOUT(window.registry()->catalog.service(QStringLiteral("api"))->version, QStringLiteral("1.9.0"),
                                  10000);
        QString error;
        QVERIFY(window.save());
        QVERIFY(!QFile::exists(window.editSession()->recoveryFile()));
    }

    // A file edited here that changes on disk too: the window asks; Reload takes the disk's text.
    void editorNoticesChangesOnDisk()
    {
        RegistryBuilder builder;
        const QString root = builder.write();
        MainWindow window;
        window.show();
        QSignalSpy loaded(&window, &MainWindow::registryLoaded);
        window.openRegistry(root);
        QVERIFY(loaded.wait(30000));
        QString error;
        QVERIFY(window.editSession()->setField(QString(), QStringLiteral("api"), QStringLiteral("owner"), "\"@edge\"", &error));
        QVERIFY(loaded.wait(30000));
        QByteArray pulled = RegistryBuilder::baseCatalog().toUtf8();
        pulled.replace("version = \"15.0.0\"", "version = \"15.1.0\"");
        QFile file(builder.path(QStringLiteral("services/catalog.toml")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pulled);
        file.close();
        auto *bar = window.findChild<MessageBar *>(QStringLiteral("messageBar"));
        QTRY_VERIFY_WITH_TIMEOUT(bar->isAsking(), 10000);
        QCOMPARE(bar->text(), QStringLiteral("services/catalog.toml changed on disk while you were editing it."));
        QToolButton *reload = nullptr;
        for (QToolButton *button : bar->findChildren<QToolButton *>()) {
            if (button->text() == QLatin1String("Reload"))
                reload = button;
        }
        QVERIFY(reload);
        reload->click();
        QCOMPARE(window.editSession()->text(QStringLiteral("services/catalog.toml")), pulled);
        QVERIFY(!window.isWindowModified());
        QTRY_COMPARE_WITH_TIMEOUT(window.registry()->catalog.service(QStringLiteral("db"))->version, QStringLiteral("15.1.0"),
                                  10000);
    }

    // In a project, a global service's field is an override; Reset restores inheritance.
    void editorOverridesAndResets()
    {
        RegistryBuilder builder;
        builder.set(QStringLiteral("projects/p1/services.toml"),
                    RegistryBuilder::baseProject() + QStringLiteral("\n[overrides.db]\nimage = \"postgres:15.2\"\n"));
        const QString root = builder.write();
        MainWindow window;
        window.show();
        QSignalSpy loaded(&window, &MainWindow::registryLoaded);
        window.openRegistry(root);
        QVERIFY(loaded.wait(30000));
        QVERIFY(window.selectProject(QStringLiteral("p1")));
        QVERIFY(window.selectService(QStringLiteral("db")));
        ServiceEditorPane *pane = child<ServiceEditorPane>(window, "editPane");
        auto *owner = qobject_cast<QLineEdit *>(pane->editorOf(QStringLiteral("owner")));
        QCOMPARE(owner->text(), QString());
        QCOMPARE(owner->placeholderText(), QStringLiteral("@data")); // inherited, shown greyed
        owner->setFocus();
        QTest::keyClicks(owner, QStringLiteral("@p1-data"));
        pane->flush();
        const QString project = QStringLiteral("projects/p1/services.toml");
        QCOMPARE(window.editSession()->text(project),
                 (RegistryBuilder::baseProject()
                  + QStringLiteral("\n[overrides.db]\nimage = \"postgres:15.2\"\nowner = \"@p1-data\"\n"))
                     .toUtf8());
        QTRY_COMPARE_WITH_TIMEOUT(window.workspace()->currentService()->service->owner, QStringLiteral("@p1-data"), 10000);
        // Reset both overrides: the emptied [overrides.db] table goes too.
        QVERIFY(pane->resetButtonOf(QStringLiteral("owner"))->isVisibleTo(pane));
        pane->resetButtonOf(QStringLiteral("owner"))->click();
        QCOMPARE(window.editSession()->text(project),
                 (RegistryBuilder::baseProject() + QStringLiteral("\n[overrides.db]\nimage = \"postgres:15.2\"\n")).toUtf8());
        pane->resetButtonOf(QStringLiteral("image"))->click();
        QCOMPARE(window.editSession()->text(project), RegistryBuilder::baseProject().toUtf8());
        QTRY_COMPARE_WITH_TIMEOUT(window.workspace()->currentService()->service->image, QStringLiteral("postgres:15"), 10000);
        QVERIFY(!pane->resetButtonOf(QStringLiteral("image"))->isVisibleTo(pane));
        QCOMPARE(window.editSession()->undoStack()->count(), 3);
    }

    // Without a Secret Service the dialog says so and keeps the secret fields closed.
    void settingsWithoutAKeychain()
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/service-registry-test-bus");
        CredentialStore store;
        SettingsDialog dialog(&store);
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(dialog, "settingsKeychainStatus")->text().startsWith(QLatin1String("No keychain is available (")),
            15000);
        QVERIFY(child<QLabel>(dialog, "settingsKeychainStatus")
                    ->text()
                    .endsWith(QLatin1String(
                        "): passwords and tokens cannot be kept. Start a Secret Service such as GNOME Keyring or KWallet, or set "
                        "PGPASSWORD for the deployment store.")));
        QVERIFY(!dialog.secret(QString::fromLatin1(CredentialStore::databasePassword))->isEnabled());
        QVERIFY(!dialog.secret(QString::fromLatin1(CredentialStore::gitToken))->isEnabled());
        child<QLineEdit>(dialog, "settingsDeploymentStore")->setText(QStringLiteral("sqlite:/tmp/deployments.db"));
        dialog.accept(); // settings are still saved
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(QSettings().value(QStringLiteral("deployments/url")).toString(), QStringLiteral("sqlite:/tmp/deployments.db"));
    }

    void screenshotsInBothThemes_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::addColumn<bool>("dark");
        QTest::addColumn<QString>("view");
        for (const char *view : {"services", "policies", "graph", "review", "manifests", "edit"}) {
            QTest::addRow("%s, light", view) << "light" << false << QString::fromLatin1(view);
            QTest::addRow("%s, dark", view) << "dark" << true << QString::fromLatin1(view);
        }
    }
    void screenshotsInBothThemes()
    {
        QFETCH(QString, theme);
        QFETCH(bool, dark);
        QFETCH(QString, view);
        QTemporaryDir dir;
        const QString png = dir.filePath(theme + QStringLiteral(".png"));
        QCOMPARE(runConsole(dir,
                            {QStringLiteral("--screenshot"), png, QStringLiteral("--view"), view, QStringLiteral("--theme"),
                             theme, QStringLiteral("--project"), QStringLiteral("shop"), QStringLiteral("--service"),
                             QStringLiteral("postgresql"), QStringLiteral("--base"), QStringLiteral("HEAD"),
                             QStringLiteral(SR_EXAMPLE_REGISTRY)}),
                 0);
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1600, 960));
        // Mostly dark pixels in the dark theme, mostly light ones in the light theme.
        qint64 lightness = 0;
        int samples = 0;
        for (int y = 0; y < image.height(); y += 9) {
            for (int x = 0; x < image.width(); x += 9, ++samples)
                lightness += QColor(image.pixel(x, y)).lightness();
        }
        const qint64 average = lightness / samples;
        QVERIFY2(dark ? average < 100 : average > 180, qPrintable(QString::number(average)));
    }

    /// What a screenshot of each tab must show, checked on the window itself at the default size:
    /// the tab asked for, something in its main view, and names and headers not cut short.
    void eachTabShowsWholeNames()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), QSize(1600, 960));
        QSignalSpy loaded(&window, &MainWindow::registryLoaded);
        window.openRegistry(QStringLiteral(SR_EXAMPLE_REGISTRY));
        QVERIFY(loaded.wait(30000));
        auto *tabs = window.findChild<QTabWidget *>();
        QVERIFY(tabs);

        // The Projects tree: every scope and pattern name whole ("Global ca…" once).
        auto *projects = window.findChild<QTreeView *>(QStringLiteral("projectView"));
        QVERIFY(projects);
        projects->expandAll();
        QCoreApplication::processEvents();
        const QAbstractItemModel *tree = projects->model();
        QList<QModelIndex> pending{QModelIndex()};
        int names = 0;
        while (!pending.isEmpty()) {
            const QModelIndex parent = pending.takeFirst();
            for (int row = 0; row < tree->rowCount(parent); ++row) {
                const QModelIndex index = tree->index(row, 0, parent);
                pending.append(index);
                const QVariant font = index.data(Qt::FontRole);
                const QFontMetrics metrics(font.isValid() ? font.value<QFont>() : projects->font());
                const QString text = index.data().toString();
                QVERIFY2(projects->visualRect(index).width() >= metrics.horizontalAdvance(text),
                         qPrintable(QStringLiteral("'%1' is cut short").arg(text)));
                ++names;
            }
        }
        QVERIFY(names >= 7); // the catalog, its three patterns, three projects

        QVERIFY(window.selectService(QStringLiteral("postgresql")));
        for (const char *name : {"services", "policies", "graph", "review", "deployments", "manifests", "edit"}) {
            const QString view = QString::fromLatin1(name);
            QVERIFY(window.showView(view));
            QCoreApplication::processEvents(); // its layout
            QCOMPARE(tabs->currentWidget()->objectName(), view + QStringLiteral("Pane"));
            QWidget *pane = tabs->currentWidget();
            // Its main view shows something (the review has nothing to compare yet, the store is
            // empty), once the pane's background work is done.
            if (view != QLatin1String("review") && view != QLatin1String("deployments")) {
                QTRY_VERIFY2_WITH_TIMEOUT(
                    [pane] {
                        for (const auto *items : pane->findChildren<QAbstractItemView *>()) {
                            if (items->isVisible() && items->model() && items->model()->rowCount() > 0)
                                return true;
                        }
                        for (const auto *graph : pane->findChildren<QGraphicsView *>()) {
                            if (graph->isVisible() && graph->scene() && !graph->scene()->items().isEmpty())
                                return true;
                        }
                        return false;
                    }(),
                    qPrintable(view + QStringLiteral(" shows nothing")), 30000);
            }
            // No column header of a visible table is narrower than its title.
            for (const QHeaderView *header : window.findChildren<QHeaderView *>()) {
                if (!header->isVisible() || header->orientation() != Qt::Horizontal || !header->model())
                    continue;
                for (int section = 0; section < header->count(); ++section) {
                    if (header->isSectionHidden(section) || header->sectionSize(section) == 0)
                        continue;
                    const QString title = header->model()->headerData(section, Qt::Horizontal).toString();
                    QVERIFY2(header->sectionSize(section) >= header->fontMetrics().horizontalAdvance(title),
                             qPrintable(QStringLiteral("%1: the header '%2' is cut short").arg(view, title)));
                }
            }
        }
    }

    void screenshotOption()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("console.png"));
        QCOMPARE(runConsole(dir,
                            {QStringLiteral("--screenshot"), png, QStringLiteral("--project"), QStringLiteral("shop"),
                             QStringLiteral("--service"), QStringLiteral("postgresql"), QStringLiteral(SR_EXAMPLE_REGISTRY)}),
                 0);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1600, 960));
        // Not a blank grab: the picture holds many distinct colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));

        QProcess badView;
        badView.setProcessEnvironment(env);
        badView.start(QStringLiteral(SR_CONSOLE),
                      {QStringLiteral("--screenshot"), png, QStringLiteral("--view"), QStringLiteral("nope"),
                       QStringLiteral(SR_EXAMPLE_REGISTRY)});
        QVERIFY(badView.waitForFinished(60000));
        QCOMPARE(badView.exitCode(), 2);
        QVERIFY(badView.readAllStandardError().contains("unknown view 'nope'; the views are: services"));

        QProcess missing;
        missing.setProcessEnvironment(env);
        missing.start(QStringLiteral(SR_CONSOLE), {QStringLiteral("--screenshot"), png, QStringLiteral("/nonexistent/registry")});
        QVERIFY(missing.waitForFinished(60000));
        QCOMPARE(missing.exitCode(), 2);
    }
};

SR_TEST_MAIN(TestConsole)
#include "tst_console.moc"
