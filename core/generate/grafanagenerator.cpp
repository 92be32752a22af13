#include "generate/grafanagenerator.h"

#include "generate/generationcontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sr {

namespace {

/// The classic dashboard model of Grafana 12 (schemaVersion 41), which Grafana 10 and later import.
constexpr int schemaVersion = 41;

const QJsonObject datasource{{QStringLiteral("type"), QStringLiteral("prometheus")},
                             {QStringLiteral("uid"), QStringLiteral("${datasource}")}};

struct Query
{
    QString expr;
    QString legend;
    bool instant = false;
};

/// Lays panels out left to right in rows of 24 columns.
class Board
{
public:
    QJsonArray panels;

    void add(const QString &type, const QString &title, const QString &description, const QList<Query> &queries,
             const QString &unit, int width, int height)
    {
        if (m_x + width > 24) {
            m_x = 0;
            m_y += m_rowHeight;
            m_rowHeight = 0;
        }
        QJsonArray targets;
        char ref = 'A';
        for (const Query &q : queries) {
            QJsonObject target{{QStringLiteral("datasource"), datasource},
                               {QStringLiteral("expr"), q.expr},
                               {QStringLiteral("refId"), QString(QLatin1Char(ref++))}};
            if (!q.legend.isEmpty())
                target.insert(QStringLiteral("legendFormat"), q.legend);
            if (q.instant) {
                target.insert(QStringLiteral("instant"), true);
                target.insert(QStringLiteral("range"), false);
                target.insert(QStringLiteral("format"),
                              type == QLatin1String("table") ? QStringLiteral("table") : QStringLiteral("time_series"));
            }
            targets.append(target);
        }
        QJsonObject defaults;
        if (!unit.isEmpty())
            defaults.insert(QStringLiteral("unit"), unit);
        QJsonObject panel{{QStringLiteral("id"), int(panels.size()) + 1},
                          {QStringLiteral("type"), type},
                          {QStringLiteral("title"), title},
                          {QStringLiteral("description"), description},
                          {QStringLiteral("datasource"), datasource},
                          {QStringLiteral("gridPos"),
                           QJsonObject{{QStringLiteral("x"), m_x},
                                       {QStringLiteral("y"), m_y},
                                       {QStringLiteral("w"), width},
                                       {QStringLiteral("h"), height}}},
                          {QStringLiteral("fieldConfig"),
                           QJsonObject{{QStringLiteral("defaults"), defaults}, {QStringLiteral("overrides"), QJsonArray()}}},
                          {QStringLiteral("targets"), targets}};
        if (type == QLatin1String("table") && queries.size() == 1 && queries.first().instant)
            panel.insert(QStringLiteral("transformations"),
                         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("organize")},
                                                {QStringLiteral("options"),
                                                 QJsonObject{{QStringLiteral("excludeByName"),
                                                              QJsonObject{{QStringLiteral("Time"), true},
                                                                          {QStringLiteral("Value"), true},
                                                                          {QStringLiteral("__name__"), true}}}}}}});
        panels.append(panel);
        m_x += width;
        m_rowHeight = std::max(m_rowHeight, height);
    }

private:
    int m_x = 0;
    int m_y = 0;
    int m_rowHeight = 0;
};

QJsonObject datasourceVariable()
{
    return {{QStringLiteral("name"), QStringLiteral("datasource")},
            {QStringLiteral("label"), QStringLiteral("Data source")},
            {QStringLiteral("type"), QStringLiteral("datasource")},
            {QStringLiteral("query"), QStringLiteral("prometheus")},
            {QStringLiteral("current"), QJsonObject()},
            {QStringLiteral("hide"), 0}};
}

/// A variable filled from a label's values, `current` selected at first.
QJsonObject labelVariable(const QString &name, const QString &label, const QString &query, const QString &current, bool multi)
{
    QJsonObject v{{QStringLiteral("name"), name},
                  {QStringLiteral("label"), label},
                  {QStringLiteral("type"), QStringLiteral("query")},
                  {QStringLiteral("datasource"), datasource},
                  {QStringLiteral("query"), QJsonObject{{QStringLiteral("query"), query}, {QStringLiteral("refId"), name}}},
                  {QStringLiteral("definition"), query},
                  {QStringLiteral("refresh"), 2},
                  {QStringLiteral("sort"), 1},
                  {QStringLiteral("multi"), multi},
                  {QStringLiteral("includeAll"), multi},
                  {QStringLiteral("current"),
                   QJsonObject{{QStringLiteral("text"), current},
                               {QStringLiteral("value"), multi ? QJsonValue(QJsonArray{current}) : QJsonValue(current)}}}};
    return v;
}

QJsonObject dashboard(const GenerationContext &context, const QString &uid, const QString &title, const QStringList &tags,
                      const QJsonArray &variables, const QJsonArray &panels, const QJsonArray &annotations)
{
    return {{QStringLiteral("uid"), uid},
            {QStringLiteral("title"), title},
            {QStringLiteral("description"), context.header().join(QLatin1Char(' '))}, // JSON has no comments
            {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
            {QStringLiteral("schemaVersion"), schemaVersion},
            {QStringLiteral("version"), 1},
            {QStringLiteral("editable"), true},
            {QStringLiteral("graphTooltip"), 1},
            {QStringLiteral("refresh"), QStringLiteral("1m")},
            {QStringLiteral("time"),
             QJsonObject{{QStringLiteral("from"), QStringLiteral("now-7d")}, {QStringLiteral("to"), QStringLiteral("now")}}},
            {QStringLiteral("timezone"), QStringLiteral("browser")},
            {QStringLiteral("templating"), QJsonObject{{QStringLiteral("list"), variables}}},
            {QStringLiteral("annotations"), QJsonObject{{QStringLiteral("list"), annotations}}},
            {QStringLiteral("panels"), panels}};
}

QByteArray jsonFile(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

/// A uid Grafana accepts (at most 40 characters) that is the same at every generation.
QString uidOf(const QString &kind, const QString &project, const QString &target)
{
    const QString uid = QStringLiteral("sr-%1-%2-%3").arg(kind, project, target);
    return uid.size() <= 40 ? uid : uid.left(31) + QLatin1Char('-') + QString::number(qHash(uid) % 100000000u, 16);
}

} // namespace

QList<GeneratedFile> GrafanaGenerator::generate(const GenerationContext &context) const
{
    const QString project = context.project().name;
    const QString target = context.target().name;
    QString firstService;
    for (const ServicePtr &s : context.services()) {
        if (s->type != ServiceType::Job) {
            firstService = s->id;
            break;
        }
    }

    // The fleet: every project the exporter sees, this one selected at first.
    const QString fleet = QStringLiteral("project=~\"$project\"");
    const QString fleetAt = QStringLiteral("project=~\"$project\", target=~\"$target\"");
    Board f;
    f.add(QStringLiteral("stat"), QStringLiteral("Services"), QStringLiteral("Services each project runs (registry_services)."),
          {{QStringLiteral("sum by (project) (registry_services{%1})").arg(fleet), QStringLiteral("{{project}}"), true}},
          QString(), 6, 5);
    f.add(QStringLiteral("stat"), QStringLiteral("Unhealthy services"),
          QStringLiteral("Services whose declared health check fails at the target (registry_service_up == 0)."),
          {{QStringLiteral("count(registry_service_up{%1} == 0) or vector(0)").arg(fleetAt), QString(), true}}, QString(), 6, 5);
    f.add(QStringLiteral("stat"), QStringLiteral("Drifted places"),
          QStringLiteral("Where what runs differs from what the registry resolves (registry_drift)."),
          {{QStringLiteral("count(registry_drift{%1}) or vector(0)").arg(fleetAt), QString(), true}}, QString(), 6, 5);
    f.add(QStringLiteral("stat"), QStringLiteral("Catalog errors"),
          QStringLiteral("Error diagnostics of the registry's last load, and how old the exporter's figures are."),
          {{QStringLiteral("registry_catalog_errors"), QStringLiteral("errors"), true},
           {QStringLiteral("max(registry_exporter_data_age_seconds)"), QStringLiteral("data age (s)"), true}},
          QString(), 6, 5);
    f.add(QStringLiteral("timeseries"), QStringLiteral("Deployments per day"),
          QStringLiteral("Finished deployments by result (registry_deployments_total)."),
          {{QStringLiteral("sum by (result) (increase(registry_deployments_total{%1}[1d]))").arg(fleetAt),
            QStringLiteral("{{result}}")}},
          QString(), 12, 8);
    f.add(QStringLiteral("timeseries"), QStringLiteral("Failed deployments"),
          QStringLiteral("Failed and rolled-back deployments per service over the last hour."),
          {{QStringLiteral(
                "sum by (project, service) (increase(registry_deployments_total{%1, result=~\"failed|rolled_back\"}[1h])) > 0")
                .arg(fleetAt),
            QStringLiteral("{{project}}/{{service}}")}},
          QString(), 12, 8);
    f.add(QStringLiteral("table"), QStringLiteral("DORA: deployment frequency and change failure rate"),
          QStringLiteral("The last 30 days per project: succeeded deployments per day, and the share that failed."),
          {{QStringLiteral("registry_dora_deployments{%1} / scalar(registry_dora_window_seconds / 86400)").arg(fleet),
            QStringLiteral("{{project}} per day")},
           {QStringLiteral("registry_dora_change_failure_ratio{%1}").arg(fleet), QStringLiteral("{{project}} failure rate")}},
          QString(), 12, 8);
    f.add(QStringLiteral("bargauge"), QStringLiteral("DORA: lead time and time to restore"),
          QStringLiteral("Medians over the last 30 days per project."),
          {{QStringLiteral("registry_dora_lead_time_seconds{%1}").arg(fleet), QStringLiteral("{{project}} lead time"), true},
           {QStringLiteral("registry_dora_time_to_restore_seconds{%1}").arg(fleet), QStringLiteral("{{project}} time to restore"),
            true}},
          QStringLiteral("s"), 12, 8);
    f.add(QStringLiteral("table"), QStringLiteral("Drift"),
          QStringLiteral("Each place where the running version is not the registry's."),
          {{QStringLiteral("registry_drift{%1}").arg(fleetAt), QString(), true}}, QString(), 12, 8);
    f.add(QStringLiteral("timeseries"), QStringLiteral("Policy findings and breaking changes"),
          QStringLiteral("Unwaived policy findings by severity, and breaking changes seen per day."),
          {{QStringLiteral("sum by (severity) (registry_policy_findings)"), QStringLiteral("{{severity}} findings")},
           {QStringLiteral("sum by (project) (increase(registry_breaking_changes_total[1d]))"),
            QStringLiteral("breaking in {{project}}")}},
          QString(), 12, 8);
    f.add(QStringLiteral("timeseries"), QStringLiteral("Time to approve a change"),
          QStringLiteral("90th percentile of the time from a change's commit to its approvals, by group."),
          {{QStringLiteral("histogram_quantile(0.9, sum by (group, le) (registry_change_approval_duration_seconds_bucket))"),
            QStringLiteral("@{{group}}")}},
          QStringLiteral("s"), 24, 8);
    const QJsonArray fleetVariables{datasourceVariable(),
                                    labelVariable(QStringLiteral("project"), QStringLiteral("Project"),
                                                  QStringLiteral("label_values(registry_services, project)"), project, true),
                                    labelVariable(QStringLiteral("target"), QStringLiteral("Target"),
                                                  QStringLiteral("label_values(registry_running_version_info, target)"), target,
                                                  true)};

    // One service at a time, chosen in the board.
    const QString one = QStringLiteral("project=\"$project\", service=\"$service\", target=\"$target\"");
    Board s;
    s.add(QStringLiteral("stat"), QStringLiteral("Availability over the SLO window"),
          QStringLiteral("Share of requests answered without a server error, against the objective."),
          {{QStringLiteral("1 - slo:sli_error:ratio_rate_window{%1, slo=\"availability\"}").arg(one),
            QStringLiteral("availability"), true},
           {QStringLiteral("slo:objective:ratio{%1, slo=\"availability\"}").arg(one), QStringLiteral("objective"), true}},
          QStringLiteral("percentunit"), 8, 6);
    s.add(QStringLiteral("stat"), QStringLiteral("Error budget left"),
          QStringLiteral("What remains of each objective's error budget over its window (below 0: the objective is missed)."),
          {{QStringLiteral("slo:error_budget_remaining:ratio{%1}").arg(one), QStringLiteral("{{slo}}"), true}},
          QStringLiteral("percentunit"), 8, 6);
    s.add(QStringLiteral("stat"), QStringLiteral("Health"),
          QStringLiteral("The last result of the service's declared health check (1 up, 0 down)."),
          {{QStringLiteral("registry_service_up{%1}").arg(one), QStringLiteral("{{region}} {{endpoint}}"), true}}, QString(), 8,
          6);
    s.add(QStringLiteral("timeseries"), QStringLiteral("Burn rate"),
          QStringLiteral("How fast the error budget burns over the last hour (1: exactly spent by the window's end)."),
          {{QStringLiteral("slo:sli_error:ratio_rate1h{%1} / ignoring (window) (1 - slo:objective:ratio{%1})").arg(one),
            QStringLiteral("{{slo}}")}},
          QString(), 12, 8);
    s.add(QStringLiteral("timeseries"), QStringLiteral("Health check duration"),
          QStringLiteral("How long the exporter's health check of the service took."),
          {{QStringLiteral("registry_probe_duration_seconds{%1}").arg(one), QStringLiteral("{{region}}")}}, QStringLiteral("s"),
          12, 8);
    s.add(QStringLiteral("timeseries"), QStringLiteral("Deployments"),
          QStringLiteral("Finished deployments of the service per hour, by target and result."),
          {{QStringLiteral(
                "sum by (target, result) (increase(registry_deployments_total{project=\"$project\", service=\"$service\"}[1h]))"),
            QStringLiteral("{{target}} {{result}}")}},
          QString(), 12, 8);
    s.add(QStringLiteral("table"), QStringLiteral("Running versions"), QStringLiteral("What runs at each target and region."),
          {{QStringLiteral("registry_running_version_info{project=\"$project\", service=\"$service\"}"), QString(), true}},
          QString(), 12, 8);
    const QJsonArray serviceVariables{
        datasourceVariable(),
        labelVariable(QStringLiteral("project"), QStringLiteral("Project"),
                      QStringLiteral("label_values(registry_services, project)"), project, false),
        labelVariable(QStringLiteral("service"), QStringLiteral("Service"),
                      QStringLiteral("label_values(registry_running_version_info{project=\"$project\"}, service)"), firstService,
                      false),
        labelVariable(QStringLiteral("target"), QStringLiteral("Target"),
                      QStringLiteral("label_values(registry_running_version_info{project=\"$project\"}, target)"), target,
                      false)};
    const QJsonArray deployments{
        QJsonObject{{QStringLiteral("name"), QStringLiteral("Deployments")},
                    {QStringLiteral("datasource"), datasource},
                    {QStringLiteral("enable"), true},
                    {QStringLiteral("iconColor"), QStringLiteral("blue")},
                    {QStringLiteral("expr"),
                     QStringLiteral("sum by (target, result) (increase(registry_deployments_total{project=\"$project\", "
                                    "service=\"$service\"}[2m])) > 0")},
                    {QStringLiteral("step"), QStringLiteral("1m")},
                    {QStringLiteral("titleFormat"), QStringLiteral("Deployment {{result}}")},
                    {QStringLiteral("textFormat"), QStringLiteral("at {{target}}")},
                    {QStringLiteral("tagKeys"), QStringLiteral("target,result")}}};

    return {{QStringLiteral("fleet-overview.json"),
             jsonFile(dashboard(context, uidOf(QStringLiteral("fleet"), project, target),
                                QStringLiteral("Service Registry: fleet overview"), {QStringLiteral("service-registry")},
                                fleetVariables, f.panels, {}))},
            {QStringLiteral("service.json"),
             jsonFile(dashboard(context, uidOf(QStringLiteral("service"), project, target),
                                QStringLiteral("Service Registry: %1 services").arg(project),
                                {QStringLiteral("service-registry"), project}, serviceVariables, s.panels, deployments))}};
}

} // namespace sr
