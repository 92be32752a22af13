#pragma once

#include "deploy/deploymentstore.h"

#include <QSqlDatabase>

namespace sr::detail {

/// Brings a freshly opened store to DeploymentStore::schemaVersion: creates the tables of an
/// empty database, applies the migrations an older store lacks, each in one transaction, and
/// refuses a store written by a newer program. Idempotent; safe against a second process
/// migrating at the same time.
DeploymentStore::Failure migrateSchema(QSqlDatabase db, bool postgres, const QString &url, QString *error);

} // namespace sr::detail
