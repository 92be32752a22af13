#include "clisupport.h"
#include "allocatortuning.h"

#include "cliapplication.h"

#include <QCommandLineParser>

#include <cstdio>

namespace cli {

void printErr(const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

void setUp(QCommandLineParser &parser, const char *name, const char *description)
{
    parser.setApplicationDescription(CliApplication::tr(description));
    parser.addHelpOption();
    parser.addPositionalArgument(QString::fromLatin1(name), CliApplication::tr(description));
}

std::optional<int> parseCommand(QCommandLineParser &parser, const QStringList &arguments,
                                const std::function<int(const QString &)> &usage, const QString &strayHint)
{
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return int(CliApplication::Clean);
    }
    if (!parser.positionalArguments().isEmpty()) {
        const QString stray = parser.positionalArguments().constFirst();
        return usage(CliApplication::tr("unexpected argument '%1'").arg(stray)
                     + (strayHint.isEmpty() ? QString() : QStringLiteral("; ") + strayHint.arg(stray)));
    }
    return std::nullopt;
}

void keepUntilExit(sr::RegistryPtr registry)
{
    static auto *kept = new std::vector<sr::RegistryPtr>;
    kept->push_back(std::move(registry));
}

sr::RegistryPtr loadRegistry(const sr::RegistrySourcePtr &source, const sr::RegistryLoader::Options &options)
{
    awaitAllocatorTuning();
    return sr::RegistryLoader::load(source, options);
}

} // namespace cli
