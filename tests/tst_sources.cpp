// Registry sources: a folder, a git revision read through libgit2 (the repository is built
// here with libgit2 too: several commits, a branch, a tag, a deleted file), unsaved buffers
// over either; source ranges; cancellation.

#include "gitrepository.h"
#include "registrybuilder.h"
#include "testmain.h"

#include "analysis/validator.h"
#include "catalog/registryloader.h"
#include "catalog/servicefields.h"
#include "policy/policyengine.h"
#include "vcs/gitrevisionsource.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <atomic>

using namespace sr;

namespace {

QString catalogVersion(const QString &version)
{
    return RegistryBuilder::baseCatalog().replace(QStringLiteral("version = \"1.0.0\""),
                                                  QStringLiteral("version = \"%1\"").arg(version));
}

RegistryPtr loadAt(const QString &folder, const QString &revision, QString *error = nullptr)
{
    const auto source = GitRevisionSource::open(folder, revision, error);
    return source ? RegistryLoader::load(source, {}) : nullptr;
}

/// Everything a reader of a snapshot sees, as text: projects, resolved services with every
/// field's origin and position, and the validation. Two loads that print the same are the same.
QStringList describe(const Registry &registry)
{
    QStringList out;
    auto service = [&out](const ResolvedService &r) {
        const Service &s = *r.service;
        out.append(QStringLiteral("  %1 %2 %3").arg(s.id, nameOf(r.origin), s.location.toString()));
        for (const FieldSource &f : s.sources)
            out.append(QStringLiteral("    %1 %2 %3 %4-%5 key %6-%7")
                           .arg(f.path, nameOf(f.origin), f.location.toString())
                           .arg(f.location.offset)
                           .arg(f.location.end.offset)
                           .arg(f.key.begin.offset)
                           .arg(f.key.end.offset));
        for (const ServiceField &field : serviceFields()) {
            for (const FieldValue &v : field.values(s))
                out.append(QStringLiteral("    = %1: %2").arg(v.path, v.text));
        }
    };
    out.append(QStringLiteral("catalog %1").arg(registry.catalog.version));
    for (const ResolvedService &r : registry.globalView)
        service(r);
    for (const Project &p : registry.projects) {
        out.append(QStringLiteral("project %1 monitoring %2").arg(p.name).arg(p.monitoring ? p.monitoring->alerts.size() : -1));
        for (const DeploymentTarget &t : p.deployment ? p.deployment->targets : QList<DeploymentTarget>())
            out.append(QStringLiteral("  target %1 replicas %2").arg(t.name).arg(t.replicas));
        for (const ResolvedService &r : p.resolved)
            service(r);
    }
    out.append(QStringLiteral("rules %1").arg(registry.policies.rules ? registry.policies.rules->rules.size() : -1));
    for (const Waiver &w : registry.policies.security ? registry.policies.security->waivers : QList<Waiver>())
        out.append(QStringLiteral("waiver %1 %2").arg(w.rule, w.positions.location.toString()));
    for (const Diagnostic &d : Validator::validate(registry))
        out.append(QStringLiteral("%1 %2 %3").arg(d.code, d.location.toString(), d.message));
    return out;
}

} // namespace

class TestSources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Commit 1: the base registry in a subfolder "registry/" (tag v1).
        m_repo.write(QStringLiteral("registry/services/catalog.toml"), catalogVersion(QStringLiteral("1.0.0")));
        m_repo.write(QStringLiteral("registry/projects/p1/services.toml"), RegistryBuilder::baseProject());
        m_repo.write(QStringLiteral("registry/projects/p1/monitoring.toml"), QStringLiteral("[scrape]\ninterval = \"30s\"\n"));
        m_repo.write(QStringLiteral("README.md"), QStringLiteral("not part of the registry\n"));
        m_first = m_repo.commit("first");
        m_repo.tag("v1", m_first);
        // Commit 2 on a branch "feature": a second project.
        m_repo.write(QStringLiteral("registry/projects/p2/services.toml"),
                     QStringLiteral("[project]\nowner = \"@p2\"\nuses = [\"db\"]\n"));
        m_feature = m_repo.commit("feature");
        m_repo.branch("feature", m_feature);
        m_repo.resetSoft(m_first);
        m_repo.remove(QStringLiteral("registry/projects/p2/services.toml"));
        QDir(m_repo.path() + QStringLiteral("/registry/projects/p2")).removeRecursively();
        // Commit 3 on the main line: catalog 1.1.0 and monitoring.toml deleted.
        m_repo.write(QStringLiteral("registry/services/catalog.toml"), catalogVersion(QStringLiteral("1.1.0")));
        m_repo.remove(QStringLiteral("registry/projects/p1/monitoring.toml"));
        m_third = m_repo.commit("third");
        // The work tree then moves on without committing.
        m_repo.write(QStringLiteral("registry/services/catalog.toml"), catalogVersion(QStringLiteral("2.0.0")));
        m_registry = m_repo.path() + QStringLiteral("/registry");
    }

    void revisions_data()
    {
        QTest::addColumn<QString>("revision");
        QTest::addColumn<QString>("catalogVersion");
        QTest::addColumn<QStringList>("projects");
        QTest::addColumn<bool>("hasMonitoring");
        QTest::newRow("HEAD") << "HEAD"
                              << "1.1.0" << QStringList{QStringLiteral("p1")} << false;
        QTest::newRow("HEAD~1") << "HEAD~1"
                                << "1.0.0" << QStringList{QStringLiteral("p1")} << true;
        QTest::newRow("tag") << "v1"
                             << "1.0.0" << QStringList{QStringLiteral("p1")} << true;
        QTest::newRow("branch") << "feature"
                                << "1.0.0" << QStringList{QStringLiteral("p1"), QStringLiteral("p2")} << true;
    }
    void revisions()
    {
        QFETCH(QString, revision);
        QFETCH(QString, catalogVersion);
        QFETCH(QStringList, projects);
        QFETCH(bool, hasMonitoring);
        QString error;
        const RegistryPtr registry = loadAt(m_registry, revision, &error);
        QVERIFY2(registry, qPrintable(error));
        QCOMPARE(registry->catalog.version, catalogVersion);
        QStringList names;
        for (const auto &p : registry->projects)
            names.append(p.name);
        QCOMPARE(names, projects);
        QCOMPARE(registry->files.contains(QStringLiteral("projects/p1/monitoring.toml")), hasMonitoring);
        QCOMPARE(Validator::validate(*registry), Diagnostics());
        QCOMPARE(registry->root, m_registry);
    }

    void commitIds()
    {
        for (const QString &spec : {m_third, m_third.left(9)}) {
            const auto source = GitRevisionSource::open(m_registry, spec, nullptr);
            QVERIFY(source);
            QCOMPARE(source->commitId(), m_third);
            QCOMPARE(source->shortCommitId(), m_third.left(7));
            QCOMPARE(source->description(), QStringLiteral("%1 at %2 (%3)").arg(m_registry, spec, m_third.left(7)));
        }
    }

    void sameDiagnosticsAsTheFolder()
    {
        // Broken at a revision: the git source reports exactly what the folder would.
        m_repo.write(QStringLiteral("registry/services/catalog.toml"),
                     catalogVersion(QStringLiteral("1.2"))
                         .replace(QStringLiteral("service = \"db\""), QStringLiteral("service = \"dbx\"")));
        const QString broken = m_repo.commit("broken");
        const RegistryPtr fromFolder = RegistryLoader::load(m_registry);
        const RegistryPtr fromGit = loadAt(m_registry, broken);
        QVERIFY(fromGit);
        const Diagnostics expected = Validator::validate(*fromFolder);
        QCOMPARE(expected.size(), 2);
        QCOMPARE(expected[0].code, QStringLiteral("SR008"));
        QCOMPARE(expected[1].code, QStringLiteral("SR012"));
        QCOMPARE(Validator::validate(*fromGit), expected);
        QCOMPARE(fromGit->catalog.service(QStringLiteral("api"))->sourceOf(QStringLiteral("version"))->location,
                 fromFolder->catalog.service(QStringLiteral("api"))->sourceOf(QStringLiteral("version"))->location);
        m_repo.resetSoft(m_third);
    }

    void badRevisionsAreExplained_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("revision");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown revision") << "registry"
                                          << "nope"
                                          << "git revision 'nope' not found";
        QTest::newRow("folder missing at the revision") << "registry/projects/p1"
                                                        << "feature~5"
                                                        << "git revision 'feature~5'";
    }
    void badRevisionsAreExplained()
    {
        QFETCH(QString, folder);
        QFETCH(QString, revision);
        QFETCH(QString, error);
        QString why;
        QVERIFY(!GitRevisionSource::open(m_repo.path() + QLatin1Char('/') + folder, revision, &why));
        QVERIFY2(why.startsWith(error), qPrintable(why));
    }

    void notARepository()
    {
        QTemporaryDir plain;
        QString why;
        QVERIFY(!GitRevisionSource::open(plain.path(), QStringLiteral("HEAD"), &why));
        QVERIFY2(why.startsWith(QStringLiteral("'%1' is not inside a git repository").arg(plain.path())), qPrintable(why));
    }

    void overlayReplacesAddsAndRemoves()
    {
        RegistryBuilder builder;
        builder.set(QStringLiteral("projects/p1/monitoring.toml"), QStringLiteral("[scrape]\ninterval = \"30s\"\n"));
        const auto folder = std::make_shared<FolderSource>(builder.write());
        QHash<QString, QByteArray> buffers;
        buffers.insert(QStringLiteral("services/catalog.toml"), catalogVersion(QStringLiteral("3.0.0")).toUtf8());
        buffers.insert(QStringLiteral("projects/p9/services.toml"),
                       QByteArrayLiteral("[project]\nowner = \"@p9\"\nuses = [\"api\"]\n"));
        const auto overlay
            = std::make_shared<OverlaySource>(folder, buffers, QSet<QString>{QStringLiteral("projects/p1/monitoring.toml")});
        const RegistryPtr edited = RegistryLoader::load(overlay, {});
        QCOMPARE(edited->catalog.version, QStringLiteral("3.0.0"));
        QCOMPARE(edited->projects.size(), 2);
        QCOMPARE(edited->projects[1].name, QStringLiteral("p9"));
        QVERIFY(!edited->files.contains(QStringLiteral("projects/p1/monitoring.toml")));
        QCOMPARE(edited->root, folder->root());
        // The files on disk are untouched.
        const RegistryPtr onDisk = RegistryLoader::load(folder, {});
        QCOMPARE(onDisk->catalog.version, QStringLiteral("1.0.0"));
        QCOMPARE(onDisk->projects.size(), 1);
        QVERIFY(onDisk->files.contains(QStringLiteral("projects/p1/monitoring.toml")));

        // An unsaved buffer with a mistake gives the same diagnostic validate would.
        buffers = {{QStringLiteral("services/catalog.toml"),
                    RegistryBuilder::baseCatalog().replace(QStringLiteral("\"^15\""), QStringLiteral("\"^16\"")).toUtf8()}};
        const Diagnostics d = Validator::validate(*RegistryLoader::load(std::make_shared<OverlaySource>(folder, buffers), {}));
        QCOMPARE(d.size(), 1);
        QCOMPARE(d[0].code, QStringLiteral("SR013"));
        QCOMPARE(d[0].location, (SourceLocation{QStringLiteral("services/catalog.toml"), 19, 30}));
    }

    void overlayOverGit()
    {
        const auto git = GitRevisionSource::open(m_registry, QStringLiteral("v1"), nullptr);
        QVERIFY(git);
        QHash<QString, QByteArray> buffers;
        buffers.insert(QStringLiteral("services/catalog.toml"), catalogVersion(QStringLiteral("1.0.1")).toUtf8());
        const RegistryPtr registry = RegistryLoader::load(std::make_shared<OverlaySource>(git, buffers), {});
        QCOMPARE(registry->catalog.version, QStringLiteral("1.0.1"));
        QVERIFY(registry->files.contains(QStringLiteral("projects/p1/monitoring.toml")));
    }

    void sourceRanges()
    {
        // Key and value spans, byte offsets, multi-line arrays, inline tables, dotted keys,
        // and a multi-byte character before a value on the same line.
        const QByteArray catalog = QByteArrayLiteral("[catalog]\n"
                                                     "version = \"1.0.0\"\n"
                                                     "\n"
                                                     "[services.db]\n"
                                                     "display_name = \"Base de datos — principal\" # é\n"
                                                     "type = \"database\"\n"
                                                     "version = \"15.0.0\"\n"
                                                     "image = \"postgres:15\"\n"
                                                     "owner = \"@data\"\n"
                                                     "tags = [\n"
                                                     "  \"sql\",\n"
                                                     "  \"primary\",\n"
                                                     "]\n"
                                                     "resources = { cpu = \"1\", memory = \"2Gi\" }\n"
                                                     "environment.PGDATA = \"/var/lib/pg\"\n");
        QHash<QString, QByteArray> buffers{{QStringLiteral("services/catalog.toml"), catalog}};
        RegistryBuilder builder;
        const auto source = std::make_shared<OverlaySource>(std::make_shared<FolderSource>(builder.write()), buffers);
        const RegistryPtr registry = RegistryLoader::load(source, {});
        const ServicePtr db = registry->catalog.service(QStringLiteral("db"));
        QVERIFY(db);
        auto text = [&catalog](const SourceRange &r) {
            return QString::fromUtf8(catalog.mid(r.begin.offset, r.end.offset - r.begin.offset));
        };
        auto field = [&db](const char *path) { return *db->sourceOf(QString::fromLatin1(path)); };

        const FieldSource name = field("display_name");
        QCOMPARE(text(name.key), QStringLiteral("display_name"));
        QCOMPARE(text(name.location.range()), QStringLiteral("\"Base de datos — principal\""));
        QCOMPARE(name.location.line, 5);
        QCOMPARE(name.location.column, 16);
        QCOMPARE(name.location.offset, 58);
        QCOMPARE(name.location.end, (SourcePosition{5, 43, 87})); // "—" is three bytes, one column

        const FieldSource tags = field("tags");
        QCOMPARE(text(tags.location.range()), QStringLiteral("[\n  \"sql\",\n  \"primary\",\n]"));
        QCOMPARE(tags.location.end.line, 13);

        const FieldSource memory = field("resources.memory");
        QCOMPARE(text(memory.key), QStringLiteral("memory"));
        QCOMPARE(text(memory.location.range()), QStringLiteral("\"2Gi\""));
        QCOMPARE(text(field("resources").location.range()), QStringLiteral("{ cpu = \"1\", memory = \"2Gi\" }"));

        const FieldSource pgdata = field("environment.PGDATA");
        QCOMPARE(text(pgdata.key), QStringLiteral("PGDATA"));
        QCOMPARE(text(pgdata.location.range()), QStringLiteral("\"/var/lib/pg\""));
        QCOMPARE(pgdata.location.file, QStringLiteral("services/catalog.toml"));
    }

    void incrementalReloadMatchesFullLoad_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QStringList>("changedProjects"); // empty: every project
        QTest::addColumn<bool>("catalogChanged");
        QTest::addColumn<bool>("policiesChanged");
        const QString shop = QStringLiteral("projects/shop/services.toml");
        const QStringList onlyShop{QStringLiteral("shop")};
        QTest::newRow("project value") << shop << QStringLiteral("\"Carts and checkout sessions\"") << QStringLiteral("\"Carts\"")
                                       << onlyShop << false << false;
        QTest::newRow("project lines added")
            << shop << QStringLiteral("[overrides.postgresql]\n")
            << QStringLiteral("[overrides.postgresql]\n# one\n# two\nresources.cpu = \"3\"\n") << onlyShop << false << false;
        QTest::newRow("project error") << shop << QStringLiteral("uses = [") << QStringLiteral("uses = [\"nope\", ") << onlyShop
                                       << false << false;
        QTest::newRow("project syntax error")
            << shop << QStringLiteral("[project]") << QStringLiteral("[project") << onlyShop << false << false;
        QTest::newRow("deployment") << QStringLiteral("projects/shop/deployment.toml") << QStringLiteral("replicas = 3")
                                    << QStringLiteral("replicas = 5") << onlyShop << false << false;
        QTest::newRow("catalog") << QStringLiteral("services/catalog.toml")
                                 << QStringLiteral("Platform services shared by all product teams")
                                 << QStringLiteral("Shared platform services") << QStringList() << true << false;
        QTest::newRow("policy") << QStringLiteral("policies/security.toml") << QStringLiteral("[")
                                << QStringLiteral("# a comment\n[") << QStringList{QStringLiteral("-")} << false << true;
    }

    void incrementalReloadMatchesFullLoad()
    {
        QFETCH(QString, file);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QStringList, changedProjects);
        QFETCH(bool, catalogChanged);
        QFETCH(bool, policiesChanged);
        const auto folder = std::make_shared<FolderSource>(QStringLiteral(SR_EXAMPLE_REGISTRY));
        const RegistryPtr before = RegistryLoader::load(folder, {});
        QByteArray text = folder->read(file, 1 << 20).bytes;
        QVERIFY(text.contains(from.toUtf8()));
        text.replace(text.indexOf(from.toUtf8()), from.toUtf8().size(), to.toUtf8());
        const auto edited = std::make_shared<OverlaySource>(folder, QHash<QString, QByteArray>{{file, text}});

        RegistryLoader::Options incremental;
        incremental.previous = before;
        const RegistryPtr after = RegistryLoader::load(edited, incremental);
        const RegistryPtr full = RegistryLoader::load(edited, {});
        QCOMPARE(describe(*after), describe(*full));
        QVERIFY(describe(*after) != describe(*before));

        // What did not change is what the previous load made of it.
        QCOMPARE(after->catalog.generation == before->catalog.generation, !catalogChanged);
        QCOMPARE(after->policies.generation == before->policies.generation, !policiesChanged);
        QCOMPARE(after->projects.size(), before->projects.size());
        for (qsizetype i = 0; i < after->projects.size(); ++i) {
            const Project &p = after->projects[i];
            const bool changed = changedProjects.isEmpty() || changedProjects.contains(p.name);
            QVERIFY(p.generation != 0);
            QCOMPARE(p.generation != before->projects[i].generation, changed);
            QVERIFY(p.generation != full->projects[i].generation); // a load without `previous` starts afresh
        }

        // Validation and policies that reuse the previous snapshot's results per project (and
        // per service) find what a fresh evaluation finds.
        ValidationCache validated;
        PolicyCache evaluated;
        Validator::validate(*before, nullptr, &validated);
        PolicyEngine::evaluate(*before, QDate(2026, 11, 28), PolicyEngine::Scope::All, nullptr, &evaluated);
        ValidationCache validatedAfter;
        QCOMPARE(Validator::validate(*after, &validated, &validatedAfter), Validator::validate(*full));
        QCOMPARE(validatedAfter.projects.size(), after->projects.size());
        const PolicyReport reused
            = PolicyEngine::evaluate(*after, QDate(2026, 11, 28), PolicyEngine::Scope::All, &evaluated, nullptr);
        const PolicyReport fresh = PolicyEngine::evaluate(*full, QDate(2026, 11, 28));
        QCOMPARE(reused.asDiagnostics(), fresh.asDiagnostics());
        QCOMPARE(reused.findings.size(), fresh.findings.size());

        // Told which files may have changed, the loader reads only those.
        RegistryLoader::Options told = incremental;
        told.changedFiles = QSet<QString>{file};
        QCOMPARE(describe(*RegistryLoader::load(edited, told)), describe(*full));
        told.changedFiles = QSet<QString>{};
        QCOMPARE(describe(*RegistryLoader::load(edited, told)), describe(*before)); // the edit is not read

        // Undoing the edit through the chain of incremental loads gives the first state back.
        RegistryLoader::Options back;
        back.previous = after;
        const RegistryPtr undone = RegistryLoader::load(folder, back);
        QCOMPARE(describe(*undone), describe(*before));
    }

    void cancelledLoadReturnsNothing()
    {
        std::atomic<int> asked{0};
        RegistryLoader::Options options;
        options.cancelled = [&asked] { return ++asked > 2; };
        QVERIFY(!RegistryLoader::load(std::make_shared<FolderSource>(QStringLiteral(SR_EXAMPLE_REGISTRY)), options));
        // Not cancelled: the same load completes.
        options.cancelled = [] { return false; };
        QVERIFY(RegistryLoader::load(std::make_shared<FolderSource>(QStringLiteral(SR_EXAMPLE_REGISTRY)), options));
    }

private:
    GitRepository m_repo;
    QString m_registry;
    QString m_first;
    QString m_feature;
    QString m_third;
};

SR_TEST_MAIN(TestSources)
#include "tst_sources.moc"
