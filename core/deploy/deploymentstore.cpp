#include "deploymentstore.h"
#include "deploymentstore_p.h"

#include <QUuid>

#include <utility>

namespace sr {

DeploymentStore::DeploymentStore(std::unique_ptr<Private> p)
    : d(std::move(p))
{ }

DeploymentStore::~DeploymentStore()
{
    const QString name = d->connectionName;
    {
        QSqlDatabase db = d->db();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

DeploymentStore::Backend DeploymentStore::backend() const
{
    return d->backend;
}

QString DeploymentStore::url() const
{
    return d->url;
}

QString DeploymentStore::identity() const
{
    return d->identity;
}

QString DeploymentStore::lastError() const
{
    return d->error;
}

DeploymentStore::Failure DeploymentStore::lastFailure() const
{
    return d->failure;
}

QSqlDatabase DeploymentStore::database() const
{
    return d->db();
}

DeploymentStore::RecordOutcome DeploymentStore::record(DeploymentRecord deployment)
{
    if (const QString problem = deployment.problem(); !problem.isEmpty()) {
        d->fail(Failure::Invalid, problem);
        return RecordOutcome::Failed;
    }
    if (deployment.id.isEmpty())
        deployment.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    deployment.id = QUuid::fromString(deployment.id).toString(QUuid::WithoutBraces);
    if (deployment.deployer.isEmpty())
        deployment.deployer = d->identity;
    RecordOutcome outcome = RecordOutcome::Failed;
    const bool ok = d->write(
        [&] {
            QSqlQuery existing(d->db());
            existing.prepare(QStringLiteral("SELECT %1 FROM deployments WHERE id = ?").arg(deploymentColumns()));
            existing.addBindValue(deployment.id);
            if (!d->exec(existing, QStringLiteral("reading deployment %1").arg(deployment.id)))
                return false;
            if (existing.next()) {
                const DeploymentRecord before = recordFrom(existing);
                if (before.service != deployment.service || before.project != deployment.project
                    || before.version != deployment.version || before.target != deployment.target
                    || before.region != deployment.region)
                    return d->fail(Failure::Invalid,
                                   QStringLiteral("deployment %1 was recorded for %2 %3 in %4 at %5; an id names one "
                                                  "deployment, so record this one under a new id")
                                       .arg(before.id, before.service, before.version, before.project,
                                            QStringList{before.target, before.region}.join(QLatin1Char('/'))));
                if (before.status == deployment.status) {
                    outcome = RecordOutcome::Unchanged;
                    return true;
                }
                if (!isStatusChangeAllowed(before.status, deployment.status))
                    return d->fail(Failure::Invalid,
                                   QStringLiteral("deployment %1 is already %2; it cannot become %3")
                                       .arg(before.id, nameOf(before.status), nameOf(deployment.status)));
                QSqlQuery update(d->db());
                update.prepare(QStringLiteral("UPDATE deployments SET status = ?, finished = ?, notes = ? WHERE id = ?"));
                update.addBindValue(nameOf(deployment.status));
                update.addBindValue(timeValue(deployment.finished.isValid() ? deployment.finished : before.finished));
                update.addBindValue(text(deployment.notes.isEmpty() ? before.notes : deployment.notes));
                update.addBindValue(deployment.id);
                if (!d->exec(update, QStringLiteral("updating deployment %1").arg(deployment.id)))
                    return false;
                outcome = RecordOutcome::Updated;
            } else {
                QSqlQuery insert(d->db());
                insert.prepare(QStringLiteral("INSERT INTO deployments (%1) VALUES (%2)")
                                   .arg(deploymentColumns(), deploymentPlaceholders()));
                for (const QVariant &v : valuesOf(deployment))
                    insert.addBindValue(v);
                if (!d->exec(insert, QStringLiteral("recording deployment %1").arg(deployment.id)))
                    return false;
                outcome = RecordOutcome::Added;
            }
            QJsonObject details = deployment.toJson();
            details.insert(QStringLiteral("change"),
                           outcome == RecordOutcome::Added ? QStringLiteral("added") : QStringLiteral("status"));
            return d->refreshCurrent(
                       QList<QStringList>{{deployment.project, deployment.service, deployment.target, deployment.region}})
                && d->appendAudit(QStringLiteral("deploy"), deployment.id, compact(details));
        },
        QStringLiteral("recording a deployment"));
    return ok ? outcome : RecordOutcome::Failed;
}

std::optional<QList<CurrentVersion>> DeploymentStore::current(const QString &target, const QString &project)
{
    QString sql = QStringLiteral("SELECT project, service, target, region, version, deployment_id, started, previous_version "
                                 "FROM current_versions WHERE 1 = 1");
    QVariantList values;
    if (!target.isEmpty()) {
        sql += QStringLiteral(" AND target = ?");
        values.append(target);
    }
    if (!project.isEmpty()) {
        sql += QStringLiteral(" AND project = ?");
        values.append(project);
    }
    sql += QStringLiteral(" ORDER BY project, service, target, region");
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!d->exec(q, QStringLiteral("reading the running versions")))
        return std::nullopt;
    QList<CurrentVersion> rows;
    while (q.next())
        rows.append(CurrentVersion{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                   q.value(4).toString(), q.value(5).toString(), timeFrom(q.value(6)), q.value(7).toString()});
    return rows;
}

namespace {

/// The WHERE clause of a history filter and its values.
QString whereOf(const HistoryFilter &f, QVariantList &values, bool paging)
{
    QString where = QStringLiteral(" WHERE 1 = 1");
    const auto add = [&](const char *column, const QVariant &value) {
        where += QStringLiteral(" AND %1 ?").arg(QLatin1String(column));
        values.append(value.userType() == QMetaType::QString ? text(value.toString()) : value);
    };
    if (!f.service.isEmpty())
        add("service =", f.service);
    if (!f.project.isEmpty())
        add("project =", f.project);
    if (!f.target.isEmpty())
        add("target =", f.target);
    if (!f.region.isEmpty())
        add("region =", f.region);
    if (f.status)
        add("status =", nameOf(*f.status));
    if (f.from.isValid())
        add("started >=", f.from.toMSecsSinceEpoch());
    if (f.to.isValid())
        add("started <", f.to.toMSecsSinceEpoch());
    if (paging && f.beforeStarted.isValid()) {
        where += QStringLiteral(" AND (started < ? OR (started = ? AND id < ?))");
        values << f.beforeStarted.toMSecsSinceEpoch() << f.beforeStarted.toMSecsSinceEpoch() << f.beforeId;
    }
    return where;
}

} // namespace

std::optional<QList<DeploymentRecord>> DeploymentStore::history(const HistoryFilter &filter)
{
    QVariantList values;
    const QString sql = QStringLiteral("SELECT %1 FROM deployments").arg(deploymentColumns()) + whereOf(filter, values, true)
        + QStringLiteral(" ORDER BY started DESC, id DESC LIMIT %1").arg(filter.limit);
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!d->exec(q, QStringLiteral("reading the history")))
        return std::nullopt;
    QList<DeploymentRecord> rows;
    while (q.next())
        rows.append(recordFrom(q));
    return rows;
}

std::optional<qint64> DeploymentStore::count(const HistoryFilter &filter)
{
    QVariantList values;
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("SELECT count(*) FROM deployments") + whereOf(filter, values, false));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!d->exec(q, QStringLiteral("counting deployments")) || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

std::optional<QMap<QString, std::vector<DoraReport::Sample>>> DeploymentStore::Private::doraSamples(HistoryFilter filter,
                                                                                                    const QDateTime &to)
{
    // Only what the figures need rather than whole records: a project's quarter is tens of
    // thousands of rows.
    filter.to = to.addDays(30); // failures near the end are restored after it
    QVariantList values;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT project, target, region, service, status, started, COALESCE(finished, started), "
                             "COALESCE(commit_time, -1) FROM deployments")
              + whereOf(filter, values, false) + QStringLiteral(" ORDER BY started, id"));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!exec(q, QStringLiteral("reading the deployments for DORA")))
        return std::nullopt;
    QMap<QString, std::vector<DoraReport::Sample>> samples;
    QHash<QString, qint64> places;
    while (q.next()) {
        const QString project = q.value(0).toString();
        const QString place = project + QChar(0x1f) + q.value(1).toString() + QChar(0x1f) + q.value(2).toString() + QChar(0x1f)
            + q.value(3).toString();
        samples[project].push_back(
            DoraReport::Sample{places.emplace(place, places.size()).value(),
                               parseName<DeploymentStatus>(q.value(4).toString()).value_or(DeploymentStatus::Started),
                               q.value(5).toLongLong(), q.value(6).toLongLong(), q.value(7).toLongLong()});
    }
    return samples;
}

std::optional<DoraReport> DeploymentStore::dora(const QString &project, const QString &target, const QDateTime &from,
                                                const QDateTime &to)
{
    HistoryFilter filter;
    filter.project = project;
    filter.target = target;
    filter.from = from;
    const auto samples = d->doraSamples(filter, to);
    if (!samples)
        return std::nullopt;
    if (samples->size() <= 1)
        return DoraReport::compute(samples->isEmpty() ? std::vector<DoraReport::Sample>() : samples->first(), from, to);
    // Every project together: one sequence sorted by start, as the figures expect.
    std::vector<DoraReport::Sample> all;
    for (const auto &perProject : *samples)
        all.insert(all.end(), perProject.begin(), perProject.end());
    std::stable_sort(all.begin(), all.end(), [](const auto &a, const auto &b) { return a.started < b.started; });
    return DoraReport::compute(all, from, to);
}

std::optional<QMap<QString, DoraReport>> DeploymentStore::doraByProject(const QDateTime &from, const QDateTime &to)
{
    HistoryFilter filter;
    filter.from = from;
    const auto samples = d->doraSamples(filter, to);
    if (!samples)
        return std::nullopt;
    QMap<QString, DoraReport> reports;
    for (auto it = samples->cbegin(); it != samples->cend(); ++it)
        reports.insert(it.key(), DoraReport::compute(it.value(), from, to));
    return reports;
}

std::optional<QList<DeploymentCount>> DeploymentStore::countByPlace()
{
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT project, service, target, status, COUNT(*) FROM deployments "
                             "GROUP BY project, service, target, status ORDER BY project, service, target, status"));
    if (!d->exec(q, QStringLiteral("counting the deployments")))
        return std::nullopt;
    QList<DeploymentCount> rows;
    while (q.next())
        rows.append(DeploymentCount{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                    parseName<DeploymentStatus>(q.value(3).toString()).value_or(DeploymentStatus::Started),
                                    q.value(4).toLongLong()});
    return rows;
}

bool DeploymentStore::approve(const Approval &approval, const QStringList &members)
{
    if (approval.base.isEmpty() || approval.head.isEmpty() || approval.group.isEmpty())
        return d->fail(Failure::Invalid, QStringLiteral("an approval names the change's base and head revisions and a group"));
    if (!members.contains(d->identity))
        return d->fail(Failure::Denied,
                       QStringLiteral("%1 is not a member of @%2 in policies/governance.toml (members: %3); "
                                      "only a member may approve on its behalf")
                           .arg(d->identity, approval.group,
                                members.isEmpty() ? QStringLiteral("none") : members.join(QLatin1String(", "))));
    return d->write(
        [&] {
            QSqlQuery insert(d->db());
            insert.prepare(QStringLiteral("INSERT INTO approvals (base, head, group_name, approver, comment, approved) "
                                          "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (base, head, group_name, approver) DO NOTHING"));
            for (const QVariant &v :
                 {QVariant(approval.base), QVariant(approval.head), QVariant(approval.group), QVariant(d->identity),
                  text(approval.comment), QVariant(QDateTime::currentMSecsSinceEpoch())})
                insert.addBindValue(v);
            if (!d->exec(insert, QStringLiteral("recording the approval")))
                return false;
            if (insert.numRowsAffected() == 0)
                return true; // approved before: nothing new to audit
            return d->appendAudit(
                QStringLiteral("approve"), approval.base + QStringLiteral("..") + approval.head,
                compact(QJsonObject{{QStringLiteral("group"), approval.group}, {QStringLiteral("comment"), approval.comment}}));
        },
        QStringLiteral("recording an approval"));
}

std::optional<QList<Approval>> DeploymentStore::approvals(const QString &base, const QString &head)
{
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("SELECT base, head, group_name, approver, comment, approved FROM approvals "
                             "WHERE base = ? AND head = ? ORDER BY approved, id"));
    q.addBindValue(base);
    q.addBindValue(head);
    if (!d->exec(q, QStringLiteral("reading approvals")))
        return std::nullopt;
    QList<Approval> rows;
    while (q.next())
        rows.append(Approval{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                             q.value(4).toString(), timeFrom(q.value(5))});
    return rows;
}

void DeploymentStore::keepMemorySmall()
{
    if (d->backend == Backend::SQLite)
        d->exec(QStringLiteral("PRAGMA cache_size=-8192"), QStringLiteral("limiting the page cache"));
}

std::optional<QList<Approval>> DeploymentStore::allApprovals()
{
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT base, head, group_name, approver, comment, approved FROM approvals ORDER BY approved, id"));
    if (!d->exec(q, QStringLiteral("reading approvals")))
        return std::nullopt;
    QList<Approval> rows;
    while (q.next())
        rows.append(Approval{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                             q.value(4).toString(), timeFrom(q.value(5))});
    return rows;
}

std::optional<AuditVerification> DeploymentStore::verifyAudit()
{
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT seq, at, actor, action, subject, details, previous_hash, hash FROM audit_log ORDER BY seq"))) {
        d->failQuery(q.lastError(), QStringLiteral("reading the audit log"));
        return std::nullopt;
    }
    AuditChainVerifier verifier;
    while (q.next())
        verifier.add(AuditEntry{q.value(0).toLongLong(), timeFrom(q.value(1)), q.value(2).toString(), q.value(3).toString(),
                                q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString()});
    return verifier.result();
}

} // namespace sr
