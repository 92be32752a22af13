#include "policyfindingmodel.h"

#include "appearance.h"

#include <QCoreApplication>
#include <QFont>
#include <QHash>

#include <numeric>

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

/// The severity a status is shown with: its colour and icon.
sr::Severity severityOf(const QString &status)
{
    if (status == QLatin1String("error") || status == QLatin1String("expired") || status == QLatin1String("unknown-rule"))
        return sr::Severity::Error;
    if (status == QLatin1String("warning") || status == QLatin1String("stale"))
        return sr::Severity::Warning;
    return sr::Severity::Note;
}

/// `text` lower-cased in UTF-8 at the end of `out`; ASCII without a detour through a copy.
void appendLowered(QByteArray &out, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            out += text.toLower().toUtf8(); // the whole field, as Unicode lower-cases it
            return;
        }
    }
    const qsizetype at = out.size();
    out.resize(at + text.size());
    char *to = out.data() + at;
    for (const QChar c : text)
        *to++ = char(c.unicode() >= 'A' && c.unicode() <= 'Z' ? c.unicode() + ('a' - 'A') : c.unicode());
}

/// A group's index carries no parent; a row's carries its group's number plus one.
constexpr quintptr topLevel = 0;

} // namespace

PolicyFindingModel::PolicyFindingModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void PolicyFindingModel::setReport(const sr::PolicyReport &report)
{
    m_report = report;
    m_searchText.clear();
    m_searchStart.clear();
    rebuild();
}

void PolicyFindingModel::setGroupBy(GroupBy groupBy)
{
    if (groupBy == m_groupBy)
        return;
    m_groupBy = groupBy;
    rebuild();
}

void PolicyFindingModel::setFilterText(const QString &text)
{
    if (text == m_filter)
        return;
    const bool narrowing = !m_filter.isEmpty() && text.contains(m_filter, Qt::CaseInsensitive);
    m_filter = text;
    rebuild(narrowing);
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

void PolicyFindingModel::rebuild(bool narrowing)
{
    beginResetModel();
    m_groups.clear();
    // The findings to look at: while a filter only grows (typing), those it showed before.
    std::vector<int> candidates;
    if (narrowing) {
        candidates = std::move(m_shown);
    } else {
        candidates.resize(size_t(m_report.findings.size()));
        std::iota(candidates.begin(), candidates.end(), 0);
    }
    m_shown.clear();
    // What the status column says, matched once per filter rather than once per finding.
    const auto statusMatches
        = [this](const QString &status) { return statusLabel(status).contains(m_filter, Qt::CaseInsensitive); };
    const bool statusMatch[] = {statusMatches(QStringLiteral("error")), statusMatches(QStringLiteral("warning")),
                                statusMatches(QStringLiteral("info")), statusMatches(QStringLiteral("waived"))};
    // Each finding's searchable text, lower-cased in one buffer, built when first filtered: a
    // plain search there is several times faster than a case-insensitive compare per field.
    if (!m_filter.isEmpty() && m_searchStart.empty()) {
        m_searchStart.reserve(size_t(m_report.findings.size()) + 1);
        for (const sr::PolicyFinding &f : std::as_const(m_report.findings)) {
            m_searchStart.push_back(m_searchText.size());
            for (const QString *field : {&f.message, &f.rule, &f.project, &f.service, &f.location.file}) {
                appendLowered(m_searchText, *field);
                m_searchText += '\n';
            }
        }
        m_searchStart.push_back(m_searchText.size());
    }
    const QByteArray needle = m_filter.toLower().toUtf8();
    const auto matches = [&](int i) {
        if (m_filter.isEmpty())
            return true;
        const sr::PolicyFinding &f = m_report.findings.at(i);
        const int status = f.waiver ? 3 : f.severity == sr::Severity::Error ? 0 : f.severity == sr::Severity::Warning ? 1 : 2;
        const qsizetype from = m_searchStart[size_t(i)];
        return statusMatch[status]
            || QByteArrayView(m_searchText).sliced(from, m_searchStart[size_t(i) + 1] - from).indexOf(needle) >= 0;
    };
    // Groups in a stable order: severities from worst, the rest by name.
    const QString registryWide = tr("(registry)");
    const QString severityKeys[]
        = {QStringLiteral("0 error"), QStringLiteral("1 warning"), QStringLiteral("2 info"), QStringLiteral("9 waived")};
    QHash<QString, std::vector<int>> byKey;
    for (const int i : candidates) {
        if (!matches(i))
            continue;
        const sr::PolicyFinding &f = m_report.findings.at(i);
        m_shown.push_back(i);
        QString key;
        switch (m_groupBy) {
        case GroupBy::Severity:
            key = severityKeys[f.waiver ? 3 : std::min(int(f.severity), 2)];
            break;
        case GroupBy::Rule:
            key = f.rule;
            break;
        case GroupBy::Project:
            key = f.project.isEmpty() ? registryWide : f.project;
            break;
        case GroupBy::Service:
            key = f.service.isEmpty() ? registryWide : f.project + QLatin1Char('/') + f.service;
            break;
        }
        byKey[key].push_back(i);
    }
    QStringList keys = byKey.keys();
    keys.sort();
    for (const QString &key : std::as_const(keys)) {
        std::vector<int> &findings = byKey[key];
        Group group;
        group.title = key;
        if (m_groupBy == GroupBy::Severity) {
            const QString status = key.section(QLatin1Char(' '), 1);
            group.title = status == QLatin1String("error") ? tr("Errors")
                : status == QLatin1String("warning")       ? tr("Warnings")
                : status == QLatin1String("waived")        ? tr("Waived")
                                                           : tr("Notes");
        }
        if (m_groupBy == GroupBy::Rule)
            group.rule = m_report.findings.at(findings.front()).rule;
        group.findings = std::move(findings);
        m_groups.push_back(std::move(group));
    }
    // The waivers that need attention, in a group of their own.
    Group waivers;
    waivers.title = tr("Waivers to review");
    for (qsizetype i = 0; i < m_report.waivers.size(); ++i) {
        std::optional<sr::Diagnostic> d = sr::waiverDiagnostic(m_report.waivers.at(i));
        if (d && (m_filter.isEmpty() || matchesFilter(waiverRow(m_report.waivers.at(i), *d)))) {
            waivers.waivers.push_back(int(i));
            waivers.waiverProblems.push_back(std::move(*d));
        }
    }
    if (waivers.size() > 0)
        m_groups.push_back(std::move(waivers));
    endResetModel();
}

QModelIndex PolicyFindingModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < int(m_groups.size()) ? createIndex(row, column, topLevel) : QModelIndex();
    if (parent.internalId() != topLevel || parent.column() != 0 || row >= m_groups.at(size_t(parent.row())).size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex PolicyFindingModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == topLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, topLevel);
}

int PolicyFindingModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != topLevel || parent.column() != 0)
        return 0;
    return m_groups.at(size_t(parent.row())).size();
}

int PolicyFindingModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PolicyFindingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Finding:
        return tr("Finding");
    case Rule:
        return tr("Rule");
    case Service:
        return tr("Service");
    case Status:
        return tr("Status");
    case Location:
        return tr("Location");
    default:
        return {};
    }
}

QVariant PolicyFindingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == topLevel)
        return groupData(m_groups.at(size_t(index.row())), index.column(), role);
    return rowData(rowAt(m_groups.at(size_t(index.internalId() - 1)), index.row()), index.column(), role);
}

QVariant PolicyFindingModel::groupData(const Group &group, int column, int role) const
{
    if (column != Finding)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%2)").arg(group.title).arg(group.size());
    case Qt::FontRole: {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case RuleRole:
        return group.rule;
    default:
        return {};
    }
}

PolicyFindingModel::Row PolicyFindingModel::findingRow(const sr::PolicyFinding &f) const
{
    Row out;
    out.finding = f.message;
    out.rule = f.rule;
    out.project = f.project;
    out.service = f.service;
    out.status = statusOf(f);
    out.where = f.location;
    out.findingTip = f.message;
    if (f.waiver) {
        const sr::Waiver &w = m_report.waivers.at(*f.waiver).waiver;
        out.statusTip = tr("Waived by %1 until %2: %3").arg(w.approvedBy, w.expires.toString(Qt::ISODate), w.reason);
    }
    return out;
}

PolicyFindingModel::Row PolicyFindingModel::waiverRow(const sr::WaiverResult &w, const sr::Diagnostic &problem) const
{
    Row out;
    out.finding = problem.message;
    out.rule = w.waiver.rule;
    out.service = w.waiver.service;
    out.status = sr::nameOf(w.status);
    out.where = problem.location;
    out.findingTip = problem.message + QLatin1Char('\n') + problem.hint;
    return out;
}

bool PolicyFindingModel::matchesFilter(const Row &row) const
{
    const auto has = [this](const QString &text) { return text.contains(m_filter, Qt::CaseInsensitive); };
    return has(row.finding) || has(row.rule) || has(row.project) || has(row.service) || has(statusLabel(row.status))
        || has(row.where.file);
}

PolicyFindingModel::Row PolicyFindingModel::rowAt(const Group &group, int row) const
{
    if (row < int(group.findings.size()))
        return findingRow(m_report.findings.at(group.findings[size_t(row)]));
    const size_t at = size_t(row) - group.findings.size();
    return waiverRow(m_report.waivers.at(group.waivers[at]), group.waiverProblems[at]);
}

QVariant PolicyFindingModel::rowData(const Row &row, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Finding:
            return row.finding;
        case Rule:
            return row.rule;
        case Service:
            // A waiver names its service alone; a finding with its project.
            return row.project.isEmpty() ? row.service : row.project + QLatin1Char('/') + row.service;
        case Status:
            return statusLabel(row.status);
        case Location:
            return Appearance::shortLocation(row.where);
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Finding)
            return row.findingTip;
        if (column == Location)
            return row.where.toString();
        if (column == Status && !row.statusTip.isEmpty())
            return row.statusTip;
        return {};
    case Qt::DecorationRole:
        return column == Finding && row.status != QLatin1String("waived")
            ? QVariant(Appearance::severityIcon(severityOf(row.status)))
            : QVariant();
    case Qt::ForegroundRole:
        // Waived findings are greyed and in italics; the status cell carries its severity's colour.
        if (row.status == QLatin1String("waived"))
            return Appearance::mutedTextColor();
        if (column == Status && severityOf(row.status) != sr::Severity::Note)
            return Appearance::severityColor(severityOf(row.status));
        return {};
    case Qt::FontRole:
        if (row.status == QLatin1String("waived")) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case FileRole:
        return row.where.file;
    case LineRole:
        return row.where.line;
    case ColumnRole:
        return row.where.column;
    case RuleRole:
        return row.rule;
    case ProjectRole:
        return row.project;
    case ServiceRole:
        return row.service;
    case StatusRole:
        return row.status;
    default:
        return {};
    }
}
