// Every model and proxy under QAbstractItemModelTester, with exact contents.

#include "testmain.h"

#include "registrybuilder.h"

#include "catalog/registryloader.h"
#include "latestjob.h"
#include "problemfilterproxymodel.h"
#include "problemmodel.h"
#include "projecttreemodel.h"
#include "servicedetailsmodel.h"
#include "servicefilterproxymodel.h"
#include "servicetablemodel.h"

#include <QAbstractItemModelTester>
#include <QThread>

#include <atomic>

using namespace sr;

namespace {
QStringList column(const QAbstractItemModel &model, int col, const QModelIndex &parent = {})
{
    QStringList out;
    for (int r = 0; r < model.rowCount(parent); ++r)
        out.append(model.index(r, col, parent).data().toString());
    return out;
}

ResolvedService makeService(const QString &id, const QString &type, const QString &version, int port, const QString &criticality,
                            Origin origin, const QStringList &patterns = {})
{
    auto s = std::make_shared<Service>();
    s->id = id;
    s->displayName = id.toUpper();
    s->type = *parseName<ServiceType>(type);
    s->version = version;
    s->image = QStringLiteral("img/") + id;
    s->owner = QStringLiteral("@team-") + type;
    s->criticality = *parseName<Criticality>(criticality);
    s->lifecycle = Lifecycle::Production;
    Port http;
    http.name = QStringLiteral("http");
    http.port = port;
    s->ports = {http};
    s->patterns = patterns;
    return ResolvedService{s, origin, QStringLiteral("p")};
}
} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void latestJobDeliversOnlyTheNewest()
    {
        QObject context;
        LatestJob<std::shared_ptr<int>> job(&context);
        std::atomic<int> sawCancel{0};
        std::weak_ptr<int> staleResult;
        QList<int> delivered;
        auto deliver = [&delivered](std::shared_ptr<int> value) { delivered.append(*value); };
        // The first run ignores cancellation and returns anyway: its result must be dropped
        // and freed; the second stops when cancelled (or never starts); the third is delivered.
        std::atomic<bool> firstStarted{false};
        job.start(
            [&](JobControl &control) -> std::optional<std::shared_ptr<int>> {
                firstStarted = true;
                while (!control.isCancelled())
                    QThread::msleep(1);
                ++sawCancel;
                auto value = std::make_shared<int>(1);
                staleResult = value;
                return value;
            },
            deliver);
        QTRY_VERIFY(firstStarted);
        job.start(
            [&](JobControl &control) -> std::optional<std::shared_ptr<int>> {
                while (!control.isCancelled())
                    QThread::msleep(1);
                ++sawCancel;
                return std::nullopt;
            },
            deliver);
        job.start([](JobControl &) -> std::optional<std::shared_ptr<int>> { return std::make_shared<int>(3); }, deliver);
        QTRY_COMPARE(delivered, QList<int>{3});
        QTRY_VERIFY(sawCancel.load() >= 1); // the second may be cancelled before it ever starts
        QTRY_VERIFY(staleResult.expired());
        // Nothing else can arrive: no run is left, and whatever was queued is delivered now.
        QTRY_VERIFY(!job.isRunning());
        QCoreApplication::processEvents();
        QCOMPARE(delivered, QList<int>{3});
    }

    void serviceTableAndProxy()
    {
        ServiceTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ServiceFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        model.setServices({makeService(QStringLiteral("redis"), QStringLiteral("cache"), QStringLiteral("7.2.4"), 6379,
                                       QStringLiteral("high"), Origin::Global),
                           makeService(QStringLiteral("api"), QStringLiteral("api"), QStringLiteral("10.0.0"), 8080,
                                       QStringLiteral("critical"), Origin::Override, {QStringLiteral("web")}),
                           makeService(QStringLiteral("web"), QStringLiteral("web"), QStringLiteral("9.1.0"), 3000,
                                       QStringLiteral("low"), Origin::Project)});
        QCOMPARE(model.columnCount(), 9);
        QCOMPARE(model.headerData(ServiceTableModel::Origin, Qt::Horizontal).toString(), QStringLiteral("Origin"));
        QCOMPARE(model.index(1, ServiceTableModel::Origin).data().toString(), QStringLiteral("override"));
        QCOMPARE(model.index(0, ServiceTableModel::Ports).data().toString(), QStringLiteral("6379"));

        proxy.sort(ServiceTableModel::Id);
        QCOMPARE(column(proxy, ServiceTableModel::Id),
                 QStringList({QStringLiteral("api"), QStringLiteral("redis"), QStringLiteral("web")}));
        proxy.sort(ServiceTableModel::Version); // numeric, not lexical
        QCOMPARE(column(proxy, ServiceTableModel::Id),
                 QStringList({QStringLiteral("redis"), QStringLiteral("web"), QStringLiteral("api")}));
        proxy.sort(ServiceTableModel::Criticality); // critical first
        QCOMPARE(column(proxy, ServiceTableModel::Id),
                 QStringList({QStringLiteral("api"), QStringLiteral("redis"), QStringLiteral("web")}));
        proxy.sort(ServiceTableModel::Ports, Qt::DescendingOrder);
        QCOMPARE(column(proxy, ServiceTableModel::Id),
                 QStringList({QStringLiteral("api"), QStringLiteral("redis"), QStringLiteral("web")}));

        proxy.sort(ServiceTableModel::Id);
        proxy.setFilterText(QStringLiteral("RED"));
        QCOMPARE(column(proxy, ServiceTableModel::Id), QStringList{QStringLiteral("redis")});
        proxy.setFilterText(QStringLiteral("type:web"));
        QCOMPARE(column(proxy, ServiceTableModel::Id), QStringList{QStringLiteral("web")});
        proxy.setFilterText(QStringLiteral("origin:override port:8080"));
        QCOMPARE(column(proxy, ServiceTableModel::Id), QStringList{QStringLiteral("api")});
        proxy.setFilterText(QStringLiteral("origin:global port:8080"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setFilterText(QString());
        proxy.setPatternFilter({QStringLiteral("api"), QStringLiteral("redis")});
        QCOMPARE(column(proxy, ServiceTableModel::Id), QStringList({QStringLiteral("api"), QStringLiteral("redis")}));
        proxy.clearPatternFilter();
        QCOMPARE(proxy.rowCount(), 3);
        model.setServices({});
        QCOMPARE(proxy.rowCount(), 0);
    }

    void problemsAndSeverityFilter()
    {
        ProblemModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ProblemFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        model.setDiagnostics({Diagnostic{Severity::Warning,
                                         QStringLiteral("SR002"),
                                         QStringLiteral("unknown key 'x'"),
                                         {QStringLiteral("services/catalog.toml"), 4, 1},
                                         QStringLiteral("remove it")},
                              Diagnostic{Severity::Error,
                                         QStringLiteral("SR012"),
                                         QStringLiteral("depends on 'dbb'"),
                                         {QStringLiteral("projects/a/services.toml"), 9, 5},
                                         QStringLiteral("did you mean 'db'?")},
                              Diagnostic{Severity::Note, QStringLiteral("SR099"), QStringLiteral("a note"), {}, {}}});
        QCOMPARE(model.index(0, ProblemModel::Location).data().toString(), QStringLiteral("services/catalog.toml:4:1"));
        QCOMPARE(model.index(1, ProblemModel::Severity).data().toString(), QStringLiteral("Error"));
        QCOMPARE(model.index(1, ProblemModel::Code).data(ProblemModel::LineRole).toInt(), 9);
        QVERIFY(model.index(1, ProblemModel::Message).data(Qt::ToolTipRole).toString().contains(QLatin1String("did you mean")));
        QVERIFY(!model.index(0, ProblemModel::Severity).data(Qt::DecorationRole).value<QIcon>().isNull());

        proxy.sort(ProblemModel::Severity);
        QCOMPARE(column(proxy, ProblemModel::Code),
                 QStringList({QStringLiteral("SR012"), QStringLiteral("SR002"), QStringLiteral("SR099")}));
        proxy.setSeverityFilter(Severity::Warning);
        QCOMPARE(column(proxy, ProblemModel::Code), QStringList({QStringLiteral("SR012"), QStringLiteral("SR002")}));
        proxy.setSeverityFilter(Severity::Error);
        QCOMPARE(column(proxy, ProblemModel::Code), QStringList{QStringLiteral("SR012")});
        proxy.setSeverityFilter(Severity::Note);
        proxy.setFilterText(QStringLiteral("catalog.toml"));
        QCOMPARE(column(proxy, ProblemModel::Code), QStringList{QStringLiteral("SR002")});
    }

    void projectTreeAndDetails()
    {
        const RegistryPtr registry = RegistryLoader::load(QStringLiteral(SR_EXAMPLE_REGISTRY));
        ProjectTreeModel tree;
        QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tree.setRegistry(registry);
        QCOMPARE(column(tree, ProjectTreeModel::Name),
                 QStringList({QStringLiteral("Global catalog 1.2.0"), QStringLiteral("analytics"), QStringLiteral("payments"),
                              QStringLiteral("shop")}));
        QCOMPARE(column(tree, ProjectTreeModel::Services),
                 QStringList({QStringLiteral("14"), QStringLiteral("7"), QStringLiteral("8"), QStringLiteral("12")}));
        QCOMPARE(column(tree, ProjectTreeModel::Name, tree.globalIndex()),
                 QStringList({QStringLiteral("web-stack"), QStringLiteral("data"), QStringLiteral("observability")}));
        const QModelIndex pattern = tree.index(1, 0, tree.globalIndex());
        QCOMPARE(pattern.data(ProjectTreeModel::PatternRole).toString(), QStringLiteral("data"));
        QCOMPARE(tree.projectIndex(QStringLiteral("shop")).data(ProjectTreeModel::KindRole).toInt(),
                 int(ProjectTreeModel::Kind::Project));
        QVERIFY(tree.projectIndex(QStringLiteral("payments")).data(Qt::ToolTipRole).toString().contains(QLatin1String("1.1.0")));

        ServiceDetailsModel details;
        QAbstractItemModelTester detailsTester(&details, QAbstractItemModelTester::FailureReportingMode::QtTest);
        details.setService(*registry->project(QStringLiteral("shop"))->find(QStringLiteral("postgresql")));
        QCOMPARE(details.serviceId(), QStringLiteral("postgresql"));
        auto rowOf = [&details](const QString &path) {
            for (int r = 0; r < details.rowCount(); ++r) {
                if (details.index(r, 0).data(ServiceDetailsModel::PathRole).toString() == path)
                    return r;
            }
            return -1;
        };
        const int memory = rowOf(QStringLiteral("resources.memory"));
        QVERIFY(memory >= 0);
        QCOMPARE(details.index(memory, ServiceDetailsModel::Value).data().toString(), QStringLiteral("4Gi"));
        QCOMPARE(details.index(memory, ServiceDetailsModel::Origin).data().toString(), QStringLiteral("override"));
        QCOMPARE(details.index(memory, ServiceDetailsModel::Location).data().toString(), QStringLiteral("shop/services.toml:14"));
        const int version = rowOf(QStringLiteral("version"));
        QCOMPARE(details.index(version, ServiceDetailsModel::Origin).data().toString(), QStringLiteral("global"));
        QCOMPARE(details.index(version, ServiceDetailsModel::Location).data().toString(), QStringLiteral("catalog.toml:169"));
        const int lifecycle = rowOf(QStringLiteral("lifecycle"));
        QCOMPARE(details.index(lifecycle, ServiceDetailsModel::Origin).data().toString(), QStringLiteral("default"));
        details.clear();
        QCOMPARE(details.rowCount(), 0);
    }
};

SR_TEST_MAIN(TestModels)
#include "tst_models.moc"
