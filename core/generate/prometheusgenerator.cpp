#include "generate/prometheusgenerator.h"

#include "catalog/servicefields.h"
#include "generate/generationcontext.h"
#include "generate/kubernetesobjects_p.h"
#include "generate/yamlwriter_p.h"

#include <QJsonArray>

namespace sr {

namespace {

QJsonObject rule(const QString &alert, const QString &expr, const QString &forDuration, const QString &severity,
                 const QJsonObject &extraLabels, const QString &summary)
{
    QJsonObject labels = extraLabels;
    labels.insert(QStringLiteral("severity"), severity);
    return {{QStringLiteral("alert"), alert},
            {QStringLiteral("expr"), expr},
            {QStringLiteral("for"), forDuration},
            {QStringLiteral("labels"), labels},
            {QStringLiteral("annotations"), QJsonObject{{QStringLiteral("summary"), summary}}}};
}

/// "99.9%" → 99.9; nullopt when it is not a percentage.
std::optional<double> percent(const QString &text)
{
    bool ok = false;
    const double value = QString(text).remove(QLatin1Char('%')).trimmed().toDouble(&ok);
    return ok && value > 0 && value <= 100 ? std::optional<double>(value) : std::nullopt;
}

/// The port Prometheus scrapes: one named "metrics", else the first HTTP one.
const Port *metricsPort(const Service &service)
{
    for (const Port &p : service.ports) {
        if (p.name == QLatin1String("metrics"))
            return &p;
    }
    for (const Port &p : service.ports) {
        if (p.protocol == QLatin1String("http") || p.name == QLatin1String("http"))
            return &p;
    }
    return nullptr;
}

} // namespace

QList<GeneratedFile> PrometheusGenerator::generate(const GenerationContext &context) const
{
    const QString ns = context.kubernetesNamespace();
    const QString project = context.project().name;
    const auto &monitoring = context.project().monitoring;
    const QJsonObject projectLabel{{QStringLiteral("project"), project}};

    // Alerts the project wrote in monitoring.toml, as written.
    QJsonArray written;
    if (monitoring) {
        for (const Alert &a : monitoring->alerts) {
            if (!a.service.isEmpty() && !context.service(a.service))
                continue; // outside the generated services (a pattern)
            QJsonObject labels = projectLabel;
            if (!a.service.isEmpty())
                labels.insert(QStringLiteral("service"), a.service);
            written.append(rule(a.name, a.expr, a.forDuration.isEmpty() ? QStringLiteral("0s") : a.forDuration,
                                nameOf(a.severity), labels, a.summary.isEmpty() ? a.name : a.summary));
        }
    }

    // Health and rollout alerts for every generated service (the roadmap's names).
    QStringList ids;
    for (const ServicePtr &s : context.services()) {
        if (s->type != ServiceType::Job)
            ids.append(s->id);
    }
    QJsonArray health;
    if (!ids.isEmpty()) {
        const QString selector = QStringLiteral("namespace=\"%1\", service=~\"%2\"").arg(ns, ids.join(QLatin1Char('|')));
        health.append(
            rule(QStringLiteral("ServiceNotHealthy"), QStringLiteral("up{%1} == 0").arg(selector), QStringLiteral("5m"),
                 QStringLiteral("critical"), projectLabel,
                 QStringLiteral("{{ $labels.service }} in %1 has not answered its scrapes for 5 minutes").arg(project)));
        health.append(
            rule(QStringLiteral("DeploymentFailed"),
                 QStringLiteral("kube_deployment_status_replicas_unavailable{namespace=\"%1\", deployment=~\"%2\"} > 0 or "
                                "kube_statefulset_status_replicas_ready{namespace=\"%1\", statefulset=~\"%2\"} < "
                                "kube_statefulset_replicas{namespace=\"%1\", statefulset=~\"%2\"}")
                     .arg(ns, ids.join(QLatin1Char('|'))),
                 QStringLiteral("10m"), QStringLiteral("high"), projectLabel,
                 QStringLiteral("A rollout in %1 has had unavailable replicas for 10 minutes").arg(project)));
    }

    // Service-level objectives: the project's SLOs, else the SLA tier of the service's criticality.
    QJsonArray slos;
    const auto &sla = context.registry().policies.sla;
    for (const ServicePtr &s : context.services()) {
        if (s->type == ServiceType::Job)
            continue;
        QString availability;
        QString latency;
        QString source;
        const Slo *slo = nullptr;
        if (monitoring) {
            for (const Slo &candidate : monitoring->slos) {
                if (candidate.service == s->id)
                    slo = &candidate;
            }
        }
        if (slo) {
            availability = slo->availability;
            latency = slo->latencyP99;
            source = QStringLiteral("SLO");
        } else if (const SlaTier *tier = sla ? sla->tier(s->criticality) : nullptr) {
            availability = tier->availability;
            latency = tier->responseTimeP99;
            source = QStringLiteral("SLA tier %1").arg(nameOf(s->criticality));
        }
        const QString selector = QStringLiteral("namespace=\"%1\", service=\"%2\"").arg(ns, s->id);
        QJsonObject labels = projectLabel;
        labels.insert(QStringLiteral("service"), s->id);
        if (const auto target = percent(availability)) {
            labels.insert(QStringLiteral("slo"), QStringLiteral("availability"));
            slos.append(rule(QStringLiteral("SLAViolation"),
                             QStringLiteral("(1 - sum(rate(http_requests_total{%1, code=~\"5..\"}[5m])) / "
                                            "sum(rate(http_requests_total{%1}[5m]))) * 100 < %2")
                                 .arg(selector, QString::number(*target, 'g', 10)),
                             QStringLiteral("15m"), QStringLiteral("high"), labels,
                             QStringLiteral("%1 answers fewer than %2 of requests (%3)").arg(s->id, availability, source)));
        }
        if (const auto ms = durationMilliseconds(latency)) {
            labels.insert(QStringLiteral("slo"), QStringLiteral("latency"));
            slos.append(rule(
                QStringLiteral("SLAViolation"),
                QStringLiteral("histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{%1}[5m]))) > %2")
                    .arg(selector, QString::number(*ms / 1000.0, 'g', 10)),
                QStringLiteral("15m"), QStringLiteral("high"), labels,
                QStringLiteral("the slowest 1% of requests to %1 take longer than %2 (%3)").arg(s->id, latency, source)));
        }
    }

    QJsonArray groups;
    auto group = [&groups, &project](const QString &name, const QJsonArray &rules) {
        if (!rules.isEmpty())
            groups.append(QJsonObject{{QStringLiteral("name"), QString(project + QLatin1Char('-') + name)},
                                      {QStringLiteral("rules"), rules}});
    };
    group(QStringLiteral("alerts"), written);
    group(QStringLiteral("health"), health);
    group(QStringLiteral("slo"), slos);

    const QStringList header = context.header();
    QList<GeneratedFile> files;
    files.append({QStringLiteral("rules.yaml"), yaml::documents(header, {QJsonObject{{QStringLiteral("groups"), groups}}})});
    const QJsonObject labels = projectLabels(context);
    files.append({QStringLiteral("prometheusrule.yaml"),
                  yaml::documents(header,
                                  {QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("monitoring.coreos.com/v1")},
                                               {QStringLiteral("kind"), QStringLiteral("PrometheusRule")},
                                               {QStringLiteral("metadata"),
                                                QJsonObject{{QStringLiteral("name"), project},
                                                            {QStringLiteral("namespace"), ns},
                                                            {QStringLiteral("labels"), labels}}},
                                               {QStringLiteral("spec"), QJsonObject{{QStringLiteral("groups"), groups}}}}})});

    QList<QJsonObject> monitors;
    const auto &scrape = monitoring ? monitoring->scrape : std::nullopt;
    for (const ServicePtr &s : context.services()) {
        const Port *port = s->type == ServiceType::Job ? nullptr : metricsPort(*s);
        if (!port)
            continue;
        QJsonObject endpoint{{QStringLiteral("port"), kubernetesPortName(*port)}};
        if (scrape && !scrape->interval.isEmpty())
            endpoint.insert(QStringLiteral("interval"), goDuration(scrape->interval));
        if (scrape && !scrape->path.isEmpty())
            endpoint.insert(QStringLiteral("path"), scrape->path);
        QJsonObject selector;
        selector.insert(QStringLiteral("app.kubernetes.io/name"), s->id);
        selector.insert(QStringLiteral("app.kubernetes.io/instance"), s->id);
        monitors.append(
            {{QStringLiteral("apiVersion"), QStringLiteral("monitoring.coreos.com/v1")},
             {QStringLiteral("kind"), QStringLiteral("ServiceMonitor")},
             {QStringLiteral("metadata"),
              QJsonObject{{QStringLiteral("name"), s->id},
                          {QStringLiteral("namespace"), ns},
                          {QStringLiteral("labels"), recommendedLabels(context, *s)}}},
             {QStringLiteral("spec"),
              QJsonObject{{QStringLiteral("selector"), QJsonObject{{QStringLiteral("matchLabels"), selector}}},
                          {QStringLiteral("namespaceSelector"), QJsonObject{{QStringLiteral("matchNames"), QJsonArray{ns}}}},
                          {QStringLiteral("endpoints"), QJsonArray{endpoint}}}}});
    }
    if (!monitors.isEmpty())
        files.append({QStringLiteral("servicemonitors.yaml"), yaml::documents(header, monitors)});
    std::sort(files.begin(), files.end(), [](const GeneratedFile &a, const GeneratedFile &b) { return a.path < b.path; });
    return files;
}

} // namespace sr
