#include "startcommands.h"

#include "invocation.h"

#include "edit/starterregistry.h"

#include <QDir>

using namespace sr;

namespace cli {

int StartCommands::init(Invocation &invocation)
{
    invocation.parser().addPositionalArgument(QStringLiteral("dir"), tr("The folder to create (it must be empty or absent)."));
    const QCommandLineOption owner{QStringLiteral("owner"),
                                   tr("The team that owns the catalog and approves changes (default: @platform-team)."),
                                   tr("team"), QStringLiteral("@platform-team")};
    const QCommandLineOption imageRegistry{QStringLiteral("image-registry"),
                                           tr("The one registry images may come from (default: any)."), tr("host")};
    invocation.parser().addOptions({owner, imageRegistry});
    if (const auto stop = invocation.parseWithArguments())
        return *stop;
    if (invocation.positionalArguments().size() != 1)
        return invocation.usage(tr("init needs one folder: service-registry init DIR"));
    StarterRegistry::Options options;
    options.owner = invocation.value(owner);
    if (!options.owner.startsWith(QLatin1Char('@')) || options.owner.size() < 2)
        return invocation.usage(tr("--owner takes a team written @name, e.g. @platform-team"));
    options.imageRegistry = invocation.value(imageRegistry);
    const QString dir = invocation.positionalArguments().constFirst();
    if (const QString error = StarterRegistry::write(dir, options); !error.isEmpty())
        return invocation.fail(error, UsageError);
    return invocation.finish(tr("wrote a new registry to %1\nnext: service-registry validate -r %2, then import a project "
                                "(service-registry import --help)")
                                 .arg(QDir::toNativeSeparators(dir), dir)
                             + QLatin1Char('\n'));
}

} // namespace cli
