#include "generate/generator.h"

#include "generate/argocdgenerator.h"
#include "generate/composegenerator.h"
#include "generate/fluxgenerator.h"
#include "generate/generationcontext.h"
#include "generate/grafanagenerator.h"
#include "generate/kclgenerator.h"
#include "generate/kubernetesgenerator.h"
#include "generate/prometheusgenerator.h"
#include "generate/terraformgenerator.h"

#include <QtConcurrent/QtConcurrentMap>

namespace sr {

Generator::~Generator() = default;

const QList<const Generator *> &Generator::all()
{
    static const ComposeGenerator compose;
    static const KubernetesGenerator kubernetes;
    static const TerraformGenerator terraform;
    static const KclGenerator kcl;
    static const ArgoCdGenerator argocd;
    static const FluxGenerator flux;
    static const PrometheusGenerator prometheus;
    static const GrafanaGenerator grafana;
    static const QList<const Generator *> generators{&compose, &kubernetes, &terraform,  &kcl,
                                                     &argocd,  &flux,       &prometheus, &grafana};
    return generators;
}

QStringList Generator::formats()
{
    QStringList out;
    for (const Generator *g : all())
        out.append(g->format());
    return out;
}

const Generator *Generator::find(QStringView format)
{
    for (const Generator *g : all()) {
        if (g->format() == format)
            return g;
    }
    return nullptr;
}

QList<GeneratedFile> generateFiles(const Registry &registry, const GenerationRequest &request,
                                   const QList<const Generator *> &generators, QString *error)
{
    const auto context = GenerationContext::create(registry, request, error);
    if (!context)
        return {};
    QList<GeneratedFile> out;
    const QString prefix = context->project().name + QLatin1Char('/') + context->target().name + QLatin1Char('/');
    for (const Generator *generator : generators) {
        for (GeneratedFile &file : generator->generate(*context)) {
            file.path = prefix + generator->format() + QLatin1Char('/') + file.path;
            out.append(std::move(file));
        }
    }
    return out;
}

QList<GeneratedFile> generateFiles(const Registry &registry, const QList<GenerationRequest> &requests,
                                   const QList<const Generator *> &generators, QString *error)
{
    struct Result
    {
        QList<GeneratedFile> files;
        QString error;
    };
    const QList<Result> results = QtConcurrent::blockingMapped(requests, [&](const GenerationRequest &request) {
        Result r;
        r.files = generateFiles(registry, request, generators, &r.error);
        return r;
    });
    QList<GeneratedFile> out;
    for (const Result &r : results) {
        if (!r.error.isEmpty()) {
            *error = r.error;
            return {};
        }
        out += r.files;
    }
    return out;
}

} // namespace sr
