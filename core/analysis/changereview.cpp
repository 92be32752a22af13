#include "analysis/changereview.h"

#include "catalog/registrysource.h"
#include "vcs/gitrevisionsource.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace sr {

namespace {

QString textOf(const RegistrySourcePtr &source, const QString &path)
{
    if (!source || path.isEmpty())
        return {};
    const auto content = source->read(path, 8 * 1024 * 1024);
    return content.status == RegistrySource::Content::Ok ? QString::fromUtf8(content.bytes) : QString();
}

} // namespace

RegistrySourcePtr ChangeReview::openSide(const QString &root, const QString &side, QString *error)
{
    if (QFileInfo(side).isDir())
        return std::make_shared<FolderSource>(side);
    return GitRevisionSource::open(root, side, error);
}

std::optional<ChangeReview> ChangeReview::compare(const QString &root, const QString &base, const QString &head,
                                                  const RegistryPtr &workingTree, const RegistryLoader::Options &options,
                                                  const Load &load)
{
    const Load loadSide = load
        ? load
        : Load([](const RegistrySourcePtr &source, const RegistryLoader::Options &o) { return RegistryLoader::load(source, o); });
    const auto cancelled = [&options] { return options.cancelled && options.cancelled(); };
    ChangeReview review;
    review.m_baseName = base;
    review.m_headName = head.isEmpty() ? QCoreApplication::translate("ChangeReview", "the working tree") : head;
    const RegistrySourcePtr baseSource = openSide(root, base, &review.m_error);
    if (!baseSource)
        return review;
    RegistrySourcePtr headSource;
    if (!head.isEmpty()) {
        headSource = openSide(root, head, &review.m_error);
        if (!headSource)
            return review;
    } else if (!workingTree) {
        headSource = std::make_shared<FolderSource>(root);
    }
    review.m_head = headSource ? loadSide(headSource, options) : workingTree;
    if (!review.m_head || cancelled())
        return std::nullopt;
    // The two ends share most files: the base keeps what the head's load made of every file
    // with the same bytes, and of every project whose files and catalog are the same.
    RegistryLoader::Options baseOptions = options;
    if (!baseOptions.previous && review.m_head->loadCache)
        baseOptions.previous = review.m_head;
    review.m_base = loadSide(baseSource, baseOptions);
    if (!review.m_base || cancelled())
        return std::nullopt;
    review.m_report = ChangeDetector::compare(*review.m_base, *review.m_head);
    return review;
}

ChangeReview ChangeReview::upgrade(const RegistryPtr &registry, const QString &projectName)
{
    ChangeReview review;
    review.m_head = registry;
    const Project *project = registry->project(projectName);
    if (!project) {
        review.m_error = QCoreApplication::translate("ChangeReview", "no project '%1' in the registry").arg(projectName);
        return review;
    }
    if (project->catalogVersion.isEmpty() || project->catalogVersion == registry->catalog.version) {
        review.m_error = QCoreApplication::translate("ChangeReview",
                                                     "project '%1' follows the current catalog %2: there is nothing to upgrade")
                             .arg(project->name, registry->catalog.version);
        return review;
    }
    review.m_report = ChangeDetector::upgradePreview(*registry, project->name);
    review.m_baseName = QCoreApplication::translate("ChangeReview", "catalog %1").arg(project->catalogVersion);
    review.m_headName = QCoreApplication::translate("ChangeReview", "catalog %1").arg(registry->catalog.version);
    review.m_baseCatalog = registry->catalogFor(*project).file;
    return review;
}

namespace {

QString commitOf(const RegistryPtr &registry)
{
    const auto *git = registry ? dynamic_cast<const GitRevisionSource *>(registry->source.get()) : nullptr;
    return git ? git->commitId() : QString();
}

} // namespace

QString ChangeReview::baseCommit() const
{
    return m_baseCatalog.isEmpty() ? commitOf(m_base) : QString();
}

QString ChangeReview::headCommit() const
{
    return m_baseCatalog.isEmpty() ? commitOf(m_head) : QString();
}

QList<ChangeReview::ChangedFile> ChangeReview::changedFiles() const
{
    QList<ChangedFile> files;
    if (!m_head)
        return files;
    if (!m_baseCatalog.isEmpty()) {
        files.append({QStringLiteral("services/catalog.toml"), textOf(m_head->source, m_baseCatalog),
                      textOf(m_head->source, m_head->catalog.file)});
        return files;
    }
    if (!m_base)
        return files;
    QStringList paths = m_base->files + m_head->files;
    paths.removeDuplicates();
    paths.sort();
    for (const QString &path : std::as_const(paths)) {
        ChangedFile file{path, textOf(m_base->source, path), textOf(m_head->source, path)};
        if (file.before != file.after)
            files.append(std::move(file));
    }
    return files;
}

} // namespace sr
