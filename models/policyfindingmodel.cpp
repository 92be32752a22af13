#include "policyfindingmodel.h"

#include "appearance.h"

#include <QCoreApplication>
#include <QFont>
#include <QMap>

namespace {

QString statusOf(const sr::PolicyFinding &f)
{
    return f.waiver ? QStringLiteral("waived") : sr::nameOf(f.severity);
}

QString statusLabel(const QString &status)
{
    // The model's words as people read them; StatusRole keeps the English keyword.
    if (status == QLatin1String("error"))
        return PolicyFindingModel::tr("error");
    if (status == QLatin1String("warning"))
        return PolicyFindingModel::tr("warning");
    if (status == QLatin1String("waived"))
        return PolicyFindingModel::tr("waived");
    if (status == QLatin1String("expired"))
        return PolicyFindingModel::tr("expired waiver");
    if (status == QLatin1String("stale"))
        return PolicyFindingModel::tr("stale waiver");
    if (status == QLatin1String("unknown-rule"))
        return PolicyFindingModel::tr("waiver of no rule");
    return PolicyFindingModel::tr("info");
}

QList<QStandardItem *> row(const QString &finding, const QString &rule, const QString &service, const QString &status,
                           const sr::SourceLocation &where)
{
    QList<QStandardItem *> items;
    for (const QString &text : {finding, rule, service, statusLabel(status), Appearance::shortLocation(where)}) {
        auto *item = new QStandardItem(text);
        item->setEditable(false);
        item->setData(where.file, PolicyFindingModel::FileRole);
        item->setData(where.line, PolicyFindingModel::LineRole);
        item->setData(where.column, PolicyFindingModel::ColumnRole);
        item->setData(rule, PolicyFindingModel::RuleRole);
        item->setData(status, PolicyFindingModel::StatusRole);
        items.append(item);
    }
    items[PolicyFindingModel::Finding]->setToolTip(finding);
    items[PolicyFindingModel::Location]->setToolTip(where.toString());
    // Waived findings are greyed and in italics; problems with waivers carry their severity's colour.
    QColor color;
    if (status == QLatin1String("waived")) {
        color = QColor(Qt::gray);
        for (QStandardItem *item : items) {
            QFont font = item->font();
            font.setItalic(true);
            item->setFont(font);
        }
    } else if (status == QLatin1String("error") || status == QLatin1String("expired")
               || status == QLatin1String("unknown-rule")) {
        color = Appearance::severityColor(sr::Severity::Error);
        items[0]->setIcon(Appearance::severityIcon(sr::Severity::Error));
    } else if (status == QLatin1String("warning") || status == QLatin1String("stale")) {
        color = Appearance::severityColor(sr::Severity::Warning);
        items[0]->setIcon(Appearance::severityIcon(sr::Severity::Warning));
    } else {
        items[0]->setIcon(Appearance::severityIcon(sr::Severity::Note));
    }
    if (color.isValid())
        items[PolicyFindingModel::Status]->setForeground(color);
    return items;
}

/// A group's row: its title in bold, the other cells empty.
QList<QStandardItem *> group(const QString &title)
{
    QList<QStandardItem *> items;
    for (int c = 0; c < PolicyFindingModel::ColumnCount; ++c) {
        auto *item = new QStandardItem(c == 0 ? title : QString());
        item->setEditable(false);
        items.append(item);
    }
    QFont bold = items.first()->font();
    bold.setBold(true);
    items.first()->setFont(bold);
    return items;
}

} // namespace

PolicyFindingModel::PolicyFindingModel(QObject *parent)
    : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({tr("Finding"), tr("Rule"), tr("Service"), tr("Status"), tr("Location")});
}

void PolicyFindingModel::setReport(const sr::PolicyReport &report)
{
    m_report = report;
    rebuild();
}

void PolicyFindingModel::setGroupBy(GroupBy groupBy)
{
    if (groupBy == m_groupBy)
        return;
    m_groupBy = groupBy;
    rebuild();
}

const sr::PolicyRuleInfo *PolicyFindingModel::ruleOf(const QModelIndex &index) const
{
    const QString id = index.siblingAtColumn(Finding).data(RuleRole).toString();
    for (const auto &rule : m_report.rules) {
        if (rule.id == id)
            return &rule;
    }
    return nullptr;
}

void PolicyFindingModel::rebuild()
{
    removeRows(0, rowCount());
    // Groups in a stable order: severities from worst, the rest by name.
    QMap<QString, QList<const sr::PolicyFinding *>> groups;
    for (const sr::PolicyFinding &f : m_report.findings) {
        QString key;
        switch (m_groupBy) {
        case GroupBy::Severity:
            key = f.waiver ? QStringLiteral("9 waived")
                           : QString::number(int(f.severity)) + QLatin1Char(' ') + sr::nameOf(f.severity);
            break;
        case GroupBy::Rule:
            key = f.rule;
            break;
        case GroupBy::Project:
            key = f.project.isEmpty() ? tr("(registry)") : f.project;
            break;
        case GroupBy::Service:
            key = f.service.isEmpty() ? tr("(registry)") : f.project + QLatin1Char('/') + f.service;
            break;
        }
        groups[key].append(&f);
    }
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        QString title = it.key();
        if (m_groupBy == GroupBy::Severity) {
            const QString status = it.key().section(QLatin1Char(' '), 1);
            title = status == QLatin1String("error") ? tr("Errors")
                : status == QLatin1String("warning") ? tr("Warnings")
                : status == QLatin1String("waived")  ? tr("Waived")
                                                     : tr("Notes");
        }
        const sr::PolicyFinding *first = it.value().first();
        const QList<QStandardItem *> groupRow = group(tr("%1 (%2)").arg(title).arg(it.value().size()));
        QStandardItem *header = groupRow.first();
        header->setData(m_groupBy == GroupBy::Rule ? first->rule : QString(), RuleRole);
        for (const sr::PolicyFinding *f : it.value()) {
            QList<QStandardItem *> items
                = row(f->message, f->rule, f->project.isEmpty() ? QString() : f->project + QLatin1Char('/') + f->service,
                      statusOf(*f), f->location);
            for (QStandardItem *item : items) {
                item->setData(f->project, ProjectRole);
                item->setData(f->service, ServiceRole);
            }
            if (f->waiver) {
                const sr::Waiver &w = m_report.waivers.at(*f->waiver).waiver;
                items[Status]->setToolTip(
                    tr("Waived by %1 until %2: %3").arg(w.approvedBy, w.expires.toString(Qt::ISODate), w.reason));
            }
            header->appendRow(items);
        }
        appendRow(groupRow);
    }
    // The waivers that need attention, in a group of their own.
    QList<QList<QStandardItem *>> waivers;
    for (const sr::WaiverResult &w : m_report.waivers) {
        const std::optional<sr::Diagnostic> d = sr::waiverDiagnostic(w);
        if (!d)
            continue;
        QList<QStandardItem *> items = row(d->message, w.waiver.rule, w.waiver.service, sr::nameOf(w.status), d->location);
        items[Finding]->setToolTip(d->message + QStringLiteral("\n") + d->hint);
        waivers.append(items);
    }
    if (!waivers.isEmpty()) {
        const QList<QStandardItem *> groupRow = group(tr("Waivers to review (%1)").arg(waivers.size()));
        for (const auto &items : waivers)
            groupRow.first()->appendRow(items);
        appendRow(groupRow);
    }
}
