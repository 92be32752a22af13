#include "invocation.h"
#include "command.h"
#include "standardoutput.h"

#include "deploy/deploymentstore.h"
#include "vcs/gitrevisionsource.h"

#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

namespace cli {

void printErr(const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

int fail(const QString &message, int code)
{
    printErr(QStringLiteral("service-registry: ") + message + QLatin1Char('\n'));
    return code;
}

bool writeStandardOutput(const QByteArray &data)
{
    StandardOutput out;
    out.write(data);
    return out.finish();
}

Invocation::Invocation(const Command &command, const QString &program, QStringList arguments,
                       std::vector<std::shared_ptr<const void>> *kept)
    : m_command(command)
    , m_arguments(std::move(arguments))
    , m_kept(kept)
{
    m_arguments.prepend(program); // the parser skips the first argument
    const QString description = QCoreApplication::translate("Command", command.summary);
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    // The usage line reads "service-registry [options] deploy record".
    m_parser.addPositionalArgument(command.name, description);
    if (!command.formats.isEmpty()) {
        const QString list = command.formats.join(QLatin1String(", "));
        m_format.emplace(QStringList{QStringLiteral("f"), QStringLiteral("format")},
                         command.formatList ? tr("Comma-separated formats from %1, or all (the default).").arg(list)
                                            : tr("Output format: %1 (default: %2).").arg(list, command.formats.constFirst()),
                         command.formatList ? tr("list") : tr("format"),
                         command.formatList ? QStringLiteral("all") : command.formats.constFirst());
        m_parser.addOption(*m_format);
    }
}

void Invocation::useRegistry(const QString &help)
{
    m_registry.emplace(QStringList{QStringLiteral("r"), QStringLiteral("registry")},
                       help.isEmpty() ? tr("Registry folder (default: the current folder).") : help, tr("dir"),
                       QStringLiteral("."));
    m_parser.addOption(*m_registry);
}

void Invocation::useRevision(const QString &help)
{
    m_revision.emplace(QStringList{QStringLiteral("revision")},
                       help.isEmpty() ? tr("Read the registry as it is at this git revision (branch, tag, commit id, HEAD~1), "
                                           "straight from the repository that holds the registry folder, without a checkout.")
                                      : help,
                       tr("rev"));
    m_parser.addOption(*m_revision);
}

void Invocation::useStore()
{
    m_store.emplace(QStringLiteral("db"),
                    tr("The deployment store: sqlite:PATH or postgresql://USER@HOST:PORT/DATABASE "
                       "(default: the local store, %1). A PostgreSQL password comes from PGPASSWORD.")
                        .arg(sr::DeploymentStore::defaultUrl()),
                    tr("url"), sr::DeploymentStore::defaultUrl());
    m_parser.addOption(*m_store);
}

void Invocation::useOutput()
{
    m_output.emplace(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                     tr("Write the report to a file (atomically) instead of standard output."), tr("file"));
    m_parser.addOption(*m_output);
}

std::optional<int> Invocation::parse(const QString &strayHint)
{
    return parseArguments(false, strayHint);
}

std::optional<int> Invocation::parseWithArguments()
{
    return parseArguments(true, {});
}

std::optional<int> Invocation::parseArguments(bool positionals, const QString &strayHint)
{
    if (!m_parser.parse(m_arguments))
        return usage(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        return finish(m_parser.helpText());
    }
    if (!positionals && !m_parser.positionalArguments().isEmpty()) {
        const QString stray = m_parser.positionalArguments().constFirst();
        return usage(tr("unexpected argument '%1'").arg(stray)
                     + (strayHint.isEmpty() ? QString() : QStringLiteral("; ") + strayHint.arg(stray)));
    }
    if (m_format) {
        const QString list = m_command.formats.join(QLatin1String(", "));
        for (const QString &name : formats()) {
            if (!m_command.formats.contains(name))
                return usage(m_command.formatList
                                 ? tr("unknown format '%1'; use a comma-separated list of %2, or all").arg(name, list)
                                 : tr("unknown format '%1'; %2 writes %3").arg(name, m_command.name, list));
        }
        if (formats().isEmpty())
            return usage(tr("--format needs at least one of %1, or all").arg(list));
    }
    if (m_registry && !QFileInfo(registryRoot()).isDir())
        return usage(tr("registry folder '%1' does not exist or is not a folder").arg(registryRoot()));
    return std::nullopt;
}

QString Invocation::format() const
{
    return m_format ? m_parser.value(*m_format) : QString();
}

sr::ReportFormat Invocation::reportFormat() const
{
    return sr::parseName<sr::ReportFormat>(format()).value_or(sr::ReportFormat::Text);
}

QStringList Invocation::formats() const
{
    if (!m_format)
        return {};
    if (!m_command.formatList)
        return {format()};
    QStringList names;
    for (const QString &part : format().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = part.trimmed();
        if (name == QLatin1String("all"))
            return m_command.formats;
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

QString Invocation::registryRoot() const
{
    return m_registry ? m_parser.value(*m_registry) : QString();
}

bool Invocation::registryGiven() const
{
    return m_registry && m_parser.isSet(*m_registry);
}

bool Invocation::hasRevision() const
{
    return m_revision && m_parser.isSet(*m_revision);
}

QString Invocation::revision() const
{
    return m_revision ? m_parser.value(*m_revision) : QString();
}

std::unique_ptr<sr::DeploymentStore> Invocation::openStore() const
{
    QString error;
    auto store = sr::DeploymentStore::open(storeUrl(), {}, &error);
    if (!store)
        fail(error, UsageError);
    return store;
}

int Invocation::storeFailed(const sr::DeploymentStore &store) const
{
    return fail(store.lastError(), store.lastFailure() == sr::DeploymentStore::Failure::Invalid ? Findings : UsageError);
}

QString Invocation::storeUrl() const
{
    return m_store ? m_parser.value(*m_store) : QString();
}

sr::RegistrySourcePtr Invocation::source(QString *commit)
{
    if (!hasRevision())
        return std::make_shared<sr::FolderSource>(registryRoot());
    QString error;
    auto git = sr::GitRevisionSource::open(registryRoot(), revision(), &error);
    if (!git) {
        usage(error);
        return nullptr;
    }
    if (commit)
        *commit = git->commitId();
    return git;
}

sr::RegistryPtr Invocation::load(const sr::RegistrySourcePtr &source, const sr::RegistryLoader::Options &options)
{
    sr::RegistryPtr registry = sr::RegistryLoader::load(source, options);
    m_kept->push_back(registry);
    return registry;
}

int Invocation::usage(const QString &message) const
{
    return fail(message, UsageError);
}

int Invocation::fail(const QString &message, int code) const
{
    return cli::fail(message, code);
}

bool Invocation::write(const std::function<void(QIODevice &)> &produce) const
{
    const QString file = m_output ? m_parser.value(*m_output) : QString();
    if (file.isEmpty()) {
        StandardOutput out;
        produce(out);
        return out.finish();
    }
    QSaveFile out(file);
    const bool opened = out.open(QIODevice::WriteOnly);
    if (opened)
        produce(out);
    if (!opened || !out.commit()) {
        fail(tr("cannot write %1: %2").arg(file, out.errorString()), UsageError);
        return false;
    }
    return true;
}

bool Invocation::write(const QByteArray &data) const
{
    return write([&data](QIODevice &out) { out.write(data); });
}

int Invocation::finish(const QByteArray &data, int code) const
{
    return write(data) ? code : int(UsageError);
}

int Invocation::finish(const sr::Report &report, int code) const
{
    return write([&](QIODevice &out) { report.render(reportFormat(), out); }) ? code : int(UsageError);
}

} // namespace cli
