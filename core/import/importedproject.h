#pragma once

#include "serviceregistry_export.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace sr {

/// What became of one fact of an imported file (docs/import.md).
enum class ImportOutcome {
    Carried, ///< written to the registry; `generate` gives it back
    Approximated, ///< written, but not exactly as it was (the note says how)
    NotCarried, ///< left out (the note says why)
};

/// One line of the import report: a field of an object of the imported files.
struct ImportFact
{
    QString object; ///< "Deployment/frontend", "compose service web"
    QString field; ///< "image", "ports.http", "env.REDIS_ADDR"
    ImportOutcome outcome = ImportOutcome::Carried;
    QString note; ///< how it was approximated, or why it was not carried
};

/// A service as the importer read it: the keys of its [services.<id>] table, in the order they
/// are written, each with its TOML value text.
struct ImportedService
{
    QString id;
    QString object; ///< where it came from, as the report names it
    QString image;
    QList<std::pair<QString, QByteArray>> keys; ///< "image" → "\"redis:7\"", "probes.liveness" → "{ … }"
    int replicas = -1; ///< -1: not said
    QStringList networks; ///< Compose networks it joins; `default` is the project's own

    const QByteArray *value(const QString &key) const
    {
        for (const auto &[k, v] : keys) {
            if (k == key)
                return &v;
        }
        return nullptr;
    }
};

/// Everything read from a set of Compose files or manifests, before it meets a registry.
struct ImportedProject
{
    QList<ImportedService> services;
    QList<ImportFact> facts;
    QString namespaceName; ///< Kubernetes: the objects' namespace; empty: not said
    QString source; ///< "compose" or "kubernetes"
};

/// An input that cannot be imported at all: where and why.
struct SERVICEREGISTRY_EXPORT ImportError
{
    QString file;
    int line = 0; ///< 1-based; 0: the file as a whole
    int column = 0;
    QString message;
    QString hint;

    QString text() const;
};

} // namespace sr
