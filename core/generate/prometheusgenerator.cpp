#include "generate/prometheusgenerator.h"

#include "catalog/servicefields.h"
#include "generate/generationcontext.h"
#include "generate/kubernetesobjects_p.h"
#include "generate/yamlwriter_p.h"

#include <QJsonArray>

namespace sr {

namespace {

/// A threshold as people write it: 0.0144, 14.4, 1 (twelve significant digits hide the
/// binary rounding of 1 - 0.9995).
QString number(double value)
{
    return QString::number(value, 'g', 12);
}

/// "99.9%" → 0.999; nullopt when it is not a percentage.
std::optional<double> ratioOfPercent(const QString &text)
{
    bool ok = false;
    const double value = QString(text).remove(QLatin1Char('%')).trimmed().toDouble(&ok);
    return ok && value > 0 && value < 100 ? std::optional<double>(value / 100.0) : std::nullopt;
}

/// An SLO window in days: "30d", "4w"; 30 when unset or unreadable.
int windowDays(const QString &text)
{
    const QString t = text.trimmed();
    bool ok = false;
    const int n = t.left(t.size() - 1).toInt(&ok);
    if (ok && n > 0 && t.endsWith(QLatin1Char('d')))
        return n;
    if (ok && n > 0 && t.endsWith(QLatin1Char('w')))
        return n * 7;
    return 30;
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

/// What one objective of one service asks: its SLI, target and window.
struct Objective
{
    QString service;
    QString slo; ///< "availability" or "latency"
    double target = 0; ///< the share of good events, 0–1
    int days = 30;
    QString source; ///< "SLO", "SLA tier high"
    QString stated; ///< "99.9%", "200ms"
    QString selector; ///< namespace and service
    double latencySeconds = 0;

    double budget() const { return 1.0 - target; }
    /// The share of bad events over `window` (a PromQL duration).
    QString errorRatio(const QString &window) const
    {
        if (slo == QLatin1String("latency"))
            return QStringLiteral("1 - (sum(rate(http_request_duration_seconds_bucket{%1, le=\"%3\"}[%2])) / "
                                  "sum(rate(http_request_duration_seconds_count{%1}[%2])))")
                .arg(selector, window, number(latencySeconds));
        return QStringLiteral("sum(rate(http_requests_total{%1, code=~\"5..\"}[%2])) / sum(rate(http_requests_total{%1}[%2]))")
            .arg(selector, window);
    }
    QString labelSelector(const QString &project) const
    {
        return QStringLiteral("project=\"%1\", service=\"%2\", slo=\"%3\"").arg(project, service, slo);
    }
};

/// The multi-window, multi-burn-rate alerts of the Google SRE workbook, for any SLO window: a
/// page when 2% of the budget burns in an hour or 5% in six, a ticket when 10% burns in a day
/// or in three; each long window confirmed by a short one (a twelfth of it) so that the alert
/// stops soon after the burn does.
struct BurnWindow
{
    const char *severity;
    const char *burn; ///< "page" or "ticket"
    const char *longWindow;
    const char *shortWindow;
    double hours;
    double budgetShare;
};
constexpr BurnWindow burnWindows[] = {
    {"critical", "page", "1h", "5m", 1, 0.02},
    {"critical", "page", "6h", "30m", 6, 0.05},
    {"warning", "ticket", "1d", "2h", 24, 0.10},
    {"warning", "ticket", "3d", "6h", 72, 0.10},
};
constexpr const char *sliWindows[] = {"5m", "30m", "1h", "2h", "6h", "1d", "3d"};

QJsonObject labelsOf(std::initializer_list<std::pair<const char *, QString>> pairs)
{
    QJsonObject o;
    for (const auto &[k, v] : pairs)
        o.insert(QLatin1String(k), v);
    return o;
}

/// Fills `{{ $labels.x }}` of an annotation as Prometheus would for `labels`: what the
/// generated unit tests expect.
QString expand(QString text, const QJsonObject &labels)
{
    for (auto it = labels.constBegin(); it != labels.constEnd(); ++it)
        text.replace(QStringLiteral("{{ $labels.%1 }}").arg(it.key()), it.value().toString());
    return text;
}

class RuleWriter
{
public:
    RuleWriter(const GenerationContext &context)
        : m_context(context)
        , m_project(context.project().name)
        , m_runbook(context.project().monitoring && !context.project().monitoring->runbookUrl.isEmpty()
                        ? context.project().monitoring->runbookUrl
                        : QStringLiteral("runbooks/{alert}.md"))
    { }

    QJsonObject alert(const QString &name, const QString &expr, const QString &forDuration, const QJsonObject &labels,
                      const QString &summary, const QString &description) const
    {
        return {{QStringLiteral("alert"), name},
                {QStringLiteral("expr"), expr},
                {QStringLiteral("for"), forDuration},
                {QStringLiteral("labels"), labels},
                {QStringLiteral("annotations"), annotations(name, summary, description)}};
    }
    QJsonObject annotations(const QString &alert, const QString &summary, const QString &description) const
    {
        return {{QStringLiteral("summary"), summary},
                {QStringLiteral("description"), description},
                {QStringLiteral("runbook_url"), QString(m_runbook).replace(QLatin1String("{alert}"), alert)}};
    }
    static QJsonObject record(const QString &name, const QString &expr, const QJsonObject &labels)
    {
        QJsonObject rule{{QStringLiteral("record"), name}, {QStringLiteral("expr"), expr}};
        if (!labels.isEmpty())
            rule.insert(QStringLiteral("labels"), labels);
        return rule;
    }

    const GenerationContext &m_context;
    QString m_project;
    QString m_runbook;
};

/// The alert of `rules` named `name` whose labels include `match`.
QJsonObject findAlert(const QJsonArray &rules, const QString &name, const QJsonObject &match = {})
{
    for (const QJsonValue &v : rules) {
        const QJsonObject rule = v.toObject();
        if (rule.value(QStringLiteral("alert")).toString() != name)
            continue;
        const QJsonObject labels = rule.value(QStringLiteral("labels")).toObject();
        bool all = true;
        for (auto it = match.constBegin(); it != match.constEnd(); ++it)
            all = all && labels.value(it.key()) == it.value();
        if (all)
            return rule;
    }
    return {};
}

/// What promtool expects of `alert` fired for a series with `seriesLabels`.
QJsonObject expected(const QJsonObject &alert, const QJsonObject &seriesLabels)
{
    QJsonObject labels = seriesLabels;
    const QJsonObject own = alert.value(QStringLiteral("labels")).toObject();
    for (auto it = own.constBegin(); it != own.constEnd(); ++it)
        labels.insert(it.key(), it.value());
    QJsonObject annotations;
    const QJsonObject written = alert.value(QStringLiteral("annotations")).toObject();
    for (auto it = written.constBegin(); it != written.constEnd(); ++it)
        annotations.insert(it.key(), expand(it.value().toString(), labels));
    return {{QStringLiteral("exp_labels"), labels}, {QStringLiteral("exp_annotations"), annotations}};
}

QString seriesName(const QString &metric, const QJsonObject &labels)
{
    QStringList parts;
    for (auto it = labels.constBegin(); it != labels.constEnd(); ++it)
        parts.append(QStringLiteral("%1=\"%2\"").arg(it.key(), it.value().toString()));
    return metric + QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

QJsonObject series(const QString &metric, const QJsonObject &labels, const char *values)
{
    return {{QStringLiteral("series"), seriesName(metric, labels)}, {QStringLiteral("values"), QLatin1String(values)}};
}

QJsonObject alertTest(const char *evalTime, const QString &name, const QJsonArray &alerts)
{
    return {{QStringLiteral("eval_time"), QLatin1String(evalTime)},
            {QStringLiteral("alertname"), name},
            {QStringLiteral("exp_alerts"), alerts}};
}

/// `promtool test rules` cases for the generated rules (rules.test.yaml): for the project's
/// first service, a failing health check, a failed deployment and, for its first availability
/// objective, half of the requests failing for an hour. The expected labels and annotations
/// are the rules' own, filled in as Prometheus fills them.
QJsonObject unitTests(const QString &project, const QString &target, const QString &ns, const Service &first,
                      const QJsonArray &health, const QJsonArray &slo, const QList<Objective> &objectives)
{
    QJsonArray tests;
    const QJsonObject place = labelsOf({{"project", project}, {"service", first.id}, {"target", target}});

    QJsonObject probed = place;
    probed.insert(QStringLiteral("endpoint"), QStringLiteral("http://%1:8080/healthz").arg(first.id));
    tests.append(QJsonObject{
        {QStringLiteral("interval"), QStringLiteral("1m")},
        {QStringLiteral("input_series"), QJsonArray{series(QStringLiteral("registry_service_up"), probed, "1 1 0x15")}},
        {QStringLiteral("alert_rule_test"),
         QJsonArray{alertTest("6m", QStringLiteral("ServiceNotHealthy"), {}),
                    alertTest("10m", QStringLiteral("ServiceNotHealthy"),
                              QJsonArray{expected(findAlert(health, QStringLiteral("ServiceNotHealthy")), probed)})}}});

    QJsonObject succeeded = place;
    succeeded.insert(QStringLiteral("result"), QStringLiteral("succeeded"));
    QJsonObject failed = place;
    failed.insert(QStringLiteral("result"), QStringLiteral("failed"));
    tests.append(
        QJsonObject{{QStringLiteral("interval"), QStringLiteral("1m")},
                    {QStringLiteral("input_series"),
                     QJsonArray{series(QStringLiteral("registry_deployments_total"), succeeded, "1x40"),
                                series(QStringLiteral("registry_deployments_total"), failed, "0 0 0 0 0 1x35")}},
                    {QStringLiteral("alert_rule_test"),
                     QJsonArray{alertTest("4m", QStringLiteral("DeploymentFailed"), {}),
                                alertTest("30m", QStringLiteral("DeploymentFailed"),
                                          QJsonArray{expected(findAlert(health, QStringLiteral("DeploymentFailed")), place)})}}});

    for (const Objective &o : objectives) {
        if (o.slo != QLatin1String("availability"))
            continue;
        const QJsonObject of = labelsOf({{"service", o.service}, {"slo", o.slo}});
        QJsonArray burns;
        for (const char *burn : {"page", "ticket"}) {
            QJsonObject match = of;
            match.insert(QStringLiteral("burn"), QLatin1String(burn));
            burns.append(expected(findAlert(slo, QStringLiteral("ErrorBudgetBurn"), match), {}));
        }
        const QJsonObject requests = labelsOf({{"namespace", ns}, {"service", o.service}});
        QJsonObject errors = requests;
        errors.insert(QStringLiteral("code"), QStringLiteral("500"));
        QJsonObject good = requests;
        good.insert(QStringLiteral("code"), QStringLiteral("200"));
        tests.append(QJsonObject{
            {QStringLiteral("interval"), QStringLiteral("1m")},
            {QStringLiteral("input_series"),
             QJsonArray{series(QStringLiteral("http_requests_total"), good, "0+10x100"),
                        series(QStringLiteral("http_requests_total"), errors, "0+10x100")}},
            {QStringLiteral("alert_rule_test"),
             QJsonArray{alertTest("70m", QStringLiteral("ErrorBudgetBurn"), burns),
                        alertTest("70m", QStringLiteral("SLAViolation"),
                                  QJsonArray{expected(findAlert(slo, QStringLiteral("SLAViolation"), of),
                                                      labelsOf({{"window", QStringLiteral("%1d").arg(o.days)}}))})}}});
        break;
    }
    return {{QStringLiteral("rule_files"), QJsonArray{QStringLiteral("rules.yaml")}},
            {QStringLiteral("evaluation_interval"), QStringLiteral("1m")},
            {QStringLiteral("tests"), tests}};
}

} // namespace

QList<GeneratedFile> PrometheusGenerator::generate(const GenerationContext &context) const
{
    const QString ns = context.kubernetesNamespace();
    const QString project = context.project().name;
    const QString target = context.target().name;
    const auto &monitoring = context.project().monitoring;
    const RuleWriter w(context);
    const QJsonObject projectLabel = labelsOf({{"project", project}});
    const QString scope = QStringLiteral("project=\"%1\", target=\"%2\"").arg(project, target);

    // Alerts the project wrote in monitoring.toml, as written.
    QJsonArray written;
    if (monitoring) {
        for (const Alert &a : monitoring->alerts) {
            if (!a.service.isEmpty() && !context.service(a.service))
                continue; // outside the generated services (a pattern)
            QJsonObject labels = projectLabel;
            if (!a.service.isEmpty())
                labels.insert(QStringLiteral("service"), a.service);
            labels.insert(QStringLiteral("severity"), nameOf(a.severity));
            written.append(w.alert(a.name, a.expr, a.forDuration.isEmpty() ? QStringLiteral("0s") : a.forDuration, labels,
                                   a.summary.isEmpty() ? a.name : a.summary,
                                   QStringLiteral("Written in %1: %2").arg(monitoring->file, a.expr)));
        }
    }

    QList<const Service *> running;
    QStringList ids;
    for (const ServicePtr &s : context.services()) {
        if (s->type != ServiceType::Job) {
            running.append(s.get());
            ids.append(s->id);
        }
    }

    // Health and deployments: the roadmap's alerts, from the registry's exporter (`serve`).
    QJsonArray health;
    if (!ids.isEmpty()) {
        const QString pods = ids.join(QLatin1Char('|'));
        health.append(RuleWriter::record(
            QStringLiteral("registry:deployments:success_ratio_rate1h"),
            QStringLiteral(
                "sum by (project, service, target) (increase(registry_deployments_total{%1, result=\"succeeded\"}[1h])) / "
                "sum by (project, service, target) (increase(registry_deployments_total{%1}[1h]))")
                .arg(scope),
            {}));
        health.append(w.alert(
            QStringLiteral("ServiceNotHealthy"),
            QStringLiteral("registry_service_up{%1} == 0 or up{namespace=\"%2\", service=~\"%3\"} == 0").arg(scope, ns, pods),
            QStringLiteral("5m"), labelsOf({{"project", project}, {"severity", QStringLiteral("critical")}}),
            QStringLiteral("{{ $labels.service }} is not healthy at %1").arg(target),
            QStringLiteral("{{ $labels.service }} of %1 has failed its health check (or its scrapes) at %2 for 5 minutes.")
                .arg(project, target)));
        health.append(w.alert(
            QStringLiteral("DeploymentFailed"), QStringLiteral("registry:deployments:success_ratio_rate1h{%1} < 0.95").arg(scope),
            QStringLiteral("10m"), labelsOf({{"project", project}, {"severity", QStringLiteral("high")}}),
            QStringLiteral("Deployments of {{ $labels.service }} to %1 fail").arg(target),
            QStringLiteral("Fewer than 95% of the deployments of {{ $labels.service }} (%1) to %2 in the last hour succeeded.")
                .arg(project, target)));
        health.append(
            w.alert(QStringLiteral("RolloutStuck"),
                    QStringLiteral("kube_deployment_status_replicas_unavailable{namespace=\"%1\", deployment=~\"%2\"} > 0 or "
                                   "kube_statefulset_status_replicas_ready{namespace=\"%1\", statefulset=~\"%2\"} < "
                                   "kube_statefulset_replicas{namespace=\"%1\", statefulset=~\"%2\"}")
                        .arg(ns, pods),
                    QStringLiteral("10m"), labelsOf({{"project", project}, {"severity", QStringLiteral("high")}}),
                    QStringLiteral("A rollout in %1 is stuck").arg(project),
                    QStringLiteral("A Deployment or StatefulSet of %1 has had unavailable replicas for 10 minutes "
                                   "(kube-state-metrics).")
                        .arg(project)));
    }

    // Service-level objectives: each objective from the project's SLO, else from the SLA tier
    // of the service's criticality.
    QList<Objective> objectives;
    const auto &sla = context.registry().policies.sla;
    for (const Service *s : std::as_const(running)) {
        const Slo *slo = nullptr;
        if (monitoring) {
            for (const Slo &candidate : monitoring->slos) {
                if (candidate.service == s->id)
                    slo = &candidate;
            }
        }
        const SlaTier *tier = sla ? sla->tier(s->criticality) : nullptr;
        const QString tierName = QStringLiteral("SLA tier %1").arg(nameOf(s->criticality));
        Objective base;
        base.service = s->id;
        base.days = windowDays(slo ? slo->errorBudgetWindow : QString());
        base.selector = QStringLiteral("namespace=\"%1\", service=\"%2\"").arg(ns, s->id);
        const bool sloAvailability = slo && !slo->availability.isEmpty();
        const QString availability = sloAvailability ? slo->availability : tier ? tier->availability : QString();
        if (const auto ratio = ratioOfPercent(availability)) {
            Objective o = base;
            o.slo = QStringLiteral("availability");
            o.target = *ratio;
            o.stated = availability;
            o.source = sloAvailability ? QStringLiteral("SLO") : tierName;
            objectives.append(o);
        }
        const bool sloLatency = slo && !slo->latencyP99.isEmpty();
        const QString latency = sloLatency ? slo->latencyP99 : tier ? tier->responseTimeP99 : QString();
        if (const auto ms = durationMilliseconds(latency); ms && *ms > 0) {
            Objective o = base;
            o.slo = QStringLiteral("latency");
            o.target = 0.99; // a p99 objective: 99% of requests faster than the threshold
            o.latencySeconds = *ms / 1000.0;
            o.stated = latency;
            o.source = sloLatency ? QStringLiteral("SLO") : tierName;
            objectives.append(o);
        }
    }

    QJsonArray sli;
    QJsonArray slo;
    for (const Objective &o : std::as_const(objectives)) {
        const QJsonObject labels = labelsOf({{"project", project}, {"service", o.service}, {"target", target}, {"slo", o.slo}});
        const QString selector = o.labelSelector(project);
        for (const char *window : sliWindows)
            sli.append(RuleWriter::record(QStringLiteral("slo:sli_error:ratio_rate%1").arg(QLatin1String(window)),
                                          o.errorRatio(QLatin1String(window)), labels));
        QJsonObject windowLabels = labels;
        windowLabels.insert(QStringLiteral("window"), QStringLiteral("%1d").arg(o.days));
        sli.append(RuleWriter::record(
            QStringLiteral("slo:sli_error:ratio_rate_window"),
            QStringLiteral("avg_over_time(slo:sli_error:ratio_rate5m{%1}[%2d])").arg(selector).arg(o.days), windowLabels));
        sli.append(RuleWriter::record(QStringLiteral("slo:objective:ratio"), QStringLiteral("vector(%1)").arg(number(o.target)),
                                      windowLabels));
        sli.append(RuleWriter::record(
            QStringLiteral("slo:error_budget_remaining:ratio"),
            QStringLiteral("1 - slo:sli_error:ratio_rate_window{%1} / %2").arg(selector, number(o.budget())), windowLabels));

        const QString what = o.slo == QLatin1String("latency")
            ? QStringLiteral("requests to %1 faster than %2").arg(o.service, o.stated)
            : QStringLiteral("requests to %1 answered without a server error").arg(o.service);
        for (const char *burn : {"page", "ticket"}) {
            QStringList conditions;
            const char *severity = nullptr;
            for (const BurnWindow &b : burnWindows) {
                if (qstrcmp(b.burn, burn) != 0)
                    continue;
                severity = b.severity;
                const double factor = b.budgetShare * o.days * 24.0 / b.hours;
                const QString threshold = number(factor * o.budget());
                conditions.append(QStringLiteral("(slo:sli_error:ratio_rate%1{%2} > %3 and slo:sli_error:ratio_rate%4{%2} > %3)")
                                      .arg(QLatin1String(b.longWindow), selector, threshold, QLatin1String(b.shortWindow)));
            }
            QJsonObject alertLabels = labels;
            alertLabels.insert(QStringLiteral("severity"), QLatin1String(severity));
            alertLabels.insert(QStringLiteral("burn"), QLatin1String(burn));
            slo.append(w.alert(QStringLiteral("ErrorBudgetBurn"), conditions.join(QLatin1String(" or ")), QStringLiteral("0s"),
                               alertLabels, QStringLiteral("%1 burns its %2 error budget too fast").arg(o.service, o.slo),
                               QStringLiteral("At this rate the %1-day error budget of %2 (%3% of %4, %5) is spent %6.")
                                   .arg(o.days)
                                   .arg(o.slo, number(o.target * 100), what, o.source,
                                        qstrcmp(burn, "page") == 0 ? QStringLiteral("within days: act now")
                                                                   : QStringLiteral("before the window ends: plan a fix"))));
        }
        QJsonObject violationLabels = labels;
        violationLabels.insert(QStringLiteral("severity"), QStringLiteral("high"));
        slo.append(w.alert(QStringLiteral("SLAViolation"),
                           QStringLiteral("slo:sli_error:ratio_rate_window{%1} > %2").arg(selector, number(o.budget())),
                           QStringLiteral("15m"), violationLabels,
                           QStringLiteral("%1 misses its %2 objective of %3").arg(o.service, o.slo, o.stated),
                           QStringLiteral("Over the last %1 days fewer than %2% of %3 (%4).")
                               .arg(o.days)
                               .arg(number(o.target * 100), what, o.source)));
    }

    QJsonArray groups;
    auto group = [&groups, &project](const QString &name, const QJsonArray &rules) {
        if (!rules.isEmpty())
            groups.append(QJsonObject{{QStringLiteral("name"), QString(project + QLatin1Char('-') + name)},
                                      {QStringLiteral("rules"), rules}});
    };
    group(QStringLiteral("alerts"), written);
    group(QStringLiteral("health"), health);
    group(QStringLiteral("sli"), sli);
    group(QStringLiteral("slo"), slo);

    const QStringList header = context.header();
    QList<GeneratedFile> files;
    files.append({QStringLiteral("rules.yaml"), yaml::documents(header, {QJsonObject{{QStringLiteral("groups"), groups}}})});
    if (!running.isEmpty())
        files.append({QStringLiteral("rules.test.yaml"),
                      yaml::documents(header, {unitTests(project, target, ns, *running.first(), health, slo, objectives)})});
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
