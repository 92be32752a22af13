#include "generatedfilemodel.h"

#include <QLocale>

GeneratedFileModel::GeneratedFileModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void GeneratedFileModel::setFiles(const QList<sr::GeneratedFile> &files)
{
    beginResetModel();
    m_files = files;
    endResetModel();
}

int GeneratedFileModel::rowOf(const QString &path) const
{
    for (qsizetype i = 0; i < m_files.size(); ++i) {
        if (m_files.at(i).path == path)
            return int(i);
    }
    return -1;
}

int GeneratedFileModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_files.size());
}

QVariant GeneratedFileModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_files.size())
        return {};
    const sr::GeneratedFile &file = m_files.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case PathRole:
        return file.path;
    case Qt::ToolTipRole:
        return tr("%1 — %2, %n line(s)", nullptr, int(file.content.count('\n')))
            .arg(file.path, QLocale().formattedDataSize(file.content.size()));
    case ContentRole:
        return file.content;
    default:
        return {};
    }
}
