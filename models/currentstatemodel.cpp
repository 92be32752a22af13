#include "currentstatemodel.h"

#include "appearance.h"

#include <QLocale>

#include <algorithm>

using namespace sr;

CurrentStateModel::CurrentStateModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void CurrentStateModel::setState(const QList<CurrentVersion> &running, const RegistryPtr &registry)
{
    beginResetModel();
    m_rows.clear();
    m_places.clear();
    m_drift.clear();
    const auto placeOf = [](const CurrentVersion &c) { return deploymentPlace(c.target, c.region); };
    for (const CurrentVersion &c : running)
        if (!m_places.contains(placeOf(c)))
            m_places.append(placeOf(c));
    std::sort(m_places.begin(), m_places.end());
    QHash<QString, int> rowOf;
    for (const CurrentVersion &c : running) { // sorted by project and service
        const QString key = c.project + QLatin1Char('/') + c.service;
        auto it = rowOf.constFind(key);
        if (it == rowOf.cend()) {
            it = rowOf.insert(key, int(m_rows.size()));
            m_rows.append(Row{c.project, c.service, {}});
        }
        m_rows[*it].versions.insert(int(m_places.indexOf(placeOf(c))), c);
    }
    if (registry)
        for (const DriftEntry &e : findDrift(running, *registry))
            m_drift.insert(e.running.deploymentId, e);
    endResetModel();
}

int CurrentStateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CurrentStateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstPlace + int(m_places.size());
}

QVariant CurrentStateModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (index.column() == Project)
        return role == Qt::DisplayRole || role == SortRole ? QVariant(row.project) : QVariant();
    if (index.column() == Service)
        return role == Qt::DisplayRole || role == SortRole ? QVariant(row.service) : QVariant();
    const auto found = row.versions.constFind(index.column() - FirstPlace);
    if (found == row.versions.cend())
        return {};
    const CurrentVersion &c = *found;
    const auto drift = m_drift.constFind(c.deploymentId);
    const bool drifted = drift != m_drift.cend();
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        return drifted && drift->kind == DriftEntry::Kind::VersionDiffers ? tr("%1 → %2").arg(c.version, drift->expected)
                                                                          : c.version;
    case DriftRole:
        return drifted;
    case Qt::BackgroundRole:
        return drifted ? QVariant(Appearance::driftColor()) : QVariant();
    case Qt::ToolTipRole: {
        QString tip = tr("%1 runs since %2.").arg(c.version, QLocale().toString(c.started.toLocalTime(), QLocale::ShortFormat));
        if (!c.previousVersion.isEmpty())
            tip += QLatin1Char('\n') + tr("Rollback candidate: %1.").arg(c.previousVersion);
        if (drifted) {
            switch (drift->kind) {
            case DriftEntry::Kind::VersionDiffers:
                tip += QLatin1Char('\n') + tr("Drift: the registry says %1.").arg(drift->expected);
                break;
            case DriftEntry::Kind::UnknownService:
                tip += QLatin1Char('\n') + tr("Drift: the project has no such service any more.");
                break;
            case DriftEntry::Kind::UnknownProject:
                tip += QLatin1Char('\n') + tr("Drift: the registry has no such project.");
                break;
            case DriftEntry::Kind::UnknownTarget:
                tip += QLatin1Char('\n') + tr("Drift: deployment.toml has no such target or region.");
                break;
            }
        }
        return tip;
    }
    default:
        return {};
    }
}

QVariant CurrentStateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == Project)
        return tr("Project");
    if (section == Service)
        return tr("Service");
    return m_places.value(section - FirstPlace);
}
