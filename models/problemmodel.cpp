#include "problemmodel.h"

#include "appearance.h"

ProblemModel::ProblemModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ProblemModel::setDiagnostics(sr::Diagnostics diagnostics)
{
    beginResetModel();
    m_diagnostics = std::move(diagnostics);
    endResetModel();
}

const sr::Diagnostic *ProblemModel::diagnosticAt(int row) const
{
    return row >= 0 && row < m_diagnostics.size() ? &m_diagnostics[row] : nullptr;
}

int ProblemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_diagnostics.size());
}

int ProblemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const sr::Diagnostic &d = m_diagnostics[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Severity:
            switch (d.severity) {
            case sr::Severity::Error:
                return tr("Error");
            case sr::Severity::Warning:
                return tr("Warning");
            case sr::Severity::Note:
                return tr("Note");
            }
            break;
        case Code:
            return d.code;
        case Message:
            return d.message;
        case Location:
            return d.location.toString();
        case ColumnCount:
            break;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == Severity)
            return Appearance::severityIcon(d.severity);
        break;
    case Qt::ToolTipRole:
        return d.hint.isEmpty() ? d.message : d.message + QLatin1Char('\n') + tr("Hint: %1").arg(d.hint);
    case SortRole:
        switch (Column(index.column())) {
        case Severity:
            return int(d.severity);
        case Location:
            return QStringLiteral("%1:%2:%3")
                .arg(d.location.file)
                .arg(d.location.line, 8, 10, QLatin1Char('0'))
                .arg(d.location.column, 6, 10, QLatin1Char('0'));
        default:
            return data(index, Qt::DisplayRole);
        }
    case SeverityRole:
        return int(d.severity);
    case FileRole:
        return d.location.file;
    case LineRole:
        return d.location.line;
    case ColumnRole:
        return d.location.column;
    case HintRole:
        return d.hint;
    default:
        break;
    }
    return {};
}

QVariant ProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Severity:
        return tr("Severity");
    case Code:
        return tr("Code");
    case Message:
        return tr("Message");
    case Location:
        return tr("Location");
    case ColumnCount:
        break;
    }
    return {};
}
