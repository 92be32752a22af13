#pragma once

#include "catalog/registry.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace sr {

/// One generated file: a path relative to the format's output folder, and its bytes.
struct GeneratedFile
{
    QString path; ///< "compose.yaml", "base/cart.yaml"; only ids the validator accepted
    QByteArray content;
};

/// What to generate: one project as deployed to one of its targets.
struct GenerationRequest
{
    QString project;
    QString target; ///< empty: the project's default target
    QString pattern; ///< empty: every service of the project; else only the pattern's members
    QString commit; ///< the registry's commit, written into each file's header when known
    /// GitOps: the git repository Argo CD or Flux reads the generated files from, the folder
    /// the output folder is in that repository ("" for its root) and the revision to follow.
    /// An empty URL or revision takes the registry's [gitops] (governance.toml), else "main".
    QString repositoryUrl;
    QString repositoryPath;
    QString repositoryRevision;
};

class GenerationContext;

/// One output format (docs/generators.md). Generators are pure functions of their context:
/// the same registry and request give byte-identical files.
class SERVICEREGISTRY_EXPORT Generator
{
public:
    virtual ~Generator();
    /// The format's name on the command line: "docker", "kubernetes", …
    virtual QString format() const = 0;
    /// The format as people read it ("Docker Compose"), in English; translated in the
    /// "Generator" context.
    virtual const char *displayName() const = 0;
    /// The files name the git repository they are committed to (Argo CD, Flux), so a request
    /// needs its repositoryUrl.
    virtual bool needsRepository() const { return false; }
    /// Besides the base, the files hold an overlay per region of the target (Kubernetes).
    virtual bool hasRegionOverlays() const { return false; }
    /// The files, sorted by path.
    virtual QList<GeneratedFile> generate(const GenerationContext &context) const = 0;

    /// Every format, in the order the documentation lists them.
    static const QList<const Generator *> &all();
    /// The names of every format.
    static QStringList formats();
    /// The generator of a format, or null.
    static const Generator *find(QStringView format);
};

/// The files of each requested format for one project and target, each path prefixed with
/// "<project>/<target>/<format>/". `error` says why nothing was generated (an unknown
/// project, target or pattern); generation itself never fails.
SERVICEREGISTRY_EXPORT QList<GeneratedFile> generateFiles(const Registry &registry, const GenerationRequest &request,
                                                          const QList<const Generator *> &generators, QString *error);

/// The same for several projects or targets at once, on the global thread pool; the files
/// in the order of `requests`. `error` names the first request that cannot be generated.
SERVICEREGISTRY_EXPORT QList<GeneratedFile> generateFiles(const Registry &registry, const QList<GenerationRequest> &requests,
                                                          const QList<const Generator *> &generators, QString *error);

} // namespace sr
