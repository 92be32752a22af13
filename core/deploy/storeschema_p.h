#pragma once

#include "deploy/deploymentstore.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

class QSqlError;

namespace sr::detail {

/// What a failed statement means, from its error code, never its message: SQLite's result
/// code (an extended code keeps the primary one in its low byte), PostgreSQL's SQLSTATE.
enum class StoreError { Other, Busy, ReadOnly, Corrupt, Denied };
StoreError classifyStoreError(const QSqlError &error, bool postgres);

/// An index of the deployments table that a large import drops and builds again afterwards:
/// one sort then beats inserting every row at a random place in it.
struct RebuildableIndex
{
    QString drop;
    QString create;
};

/// The deployments table's rebuildable indexes on one backend, as the schema defines them.
QList<RebuildableIndex> rebuildableIndexes(bool postgres);

/// Brings a freshly opened store to DeploymentStore::schemaVersion: creates the tables of an
/// empty database, applies the migrations an older store lacks, each in one transaction, and
/// refuses a store written by a newer program. Idempotent; safe against a second process
/// migrating at the same time.
DeploymentStore::Failure migrateSchema(QSqlDatabase db, bool postgres, const QString &url, QString *error);

} // namespace sr::detail
