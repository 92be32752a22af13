#pragma once

#include "generate/generator.h"

#include <QAbstractListModel>

/// The files of one generation (project, target, format) for the Manifests tab: the path
/// below the format's folder, its size as a tooltip, its bytes under ContentRole.
class GeneratedFileModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { ContentRole = Qt::UserRole + 1, PathRole };

    explicit GeneratedFileModel(QObject *parent = nullptr);

    void setFiles(const QList<sr::GeneratedFile> &files);
    const QList<sr::GeneratedFile> &files() const { return m_files; }
    /// The row of a path, or -1.
    int rowOf(const QString &path) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<sr::GeneratedFile> m_files;
};
