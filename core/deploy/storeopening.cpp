#include "deploy/deploymentstore_p.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>

#include <pwd.h>
#include <unistd.h>

// Opening a store: where it is by default, the URL forms it takes, its connection and schema.

namespace sr {

namespace {

QString operatingSystemUser()
{
    if (const passwd *entry = getpwuid(geteuid()))
        return QString::fromLocal8Bit(entry->pw_name);
    return QString::number(geteuid());
}

} // namespace

QString DeploymentStore::defaultUrl()
{
    const QString folder
        = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/service-registry");
    return QStringLiteral("sqlite:") + folder + QStringLiteral("/deployments.sqlite");
}

QString DeploymentStore::passwordAccount(const QString &url)
{
    if (!url.startsWith(QLatin1String("postgres")))
        return {};
    const QUrl parsed(url);
    return QStringLiteral("%1@%2:%3%4")
        .arg(parsed.userName(), parsed.host().isEmpty() ? QStringLiteral("localhost") : parsed.host())
        .arg(parsed.port(5432))
        .arg(parsed.path());
}

std::unique_ptr<DeploymentStore> DeploymentStore::open(const QString &url, const QString &password, QString *error,
                                                       Failure *failure)
{
    auto p = std::make_unique<Private>();
    p->url = url;
    p->connectionName = QStringLiteral("sr-deployments-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    // Removes the connection of a store that could not be opened, once every handle to it is gone.
    struct Cleanup
    {
        QString name;
        ~Cleanup()
        {
            if (!name.isEmpty())
                QSqlDatabase::removeDatabase(name);
        }
    } cleanup{p->connectionName};
    const auto refuse = [&](Failure kind, const QString &message) -> std::unique_ptr<DeploymentStore> {
        if (error)
            *error = message;
        if (failure)
            *failure = kind;
        return nullptr;
    };
    const bool postgres = url.startsWith(QLatin1String("postgresql://")) || url.startsWith(QLatin1String("postgres://"));
    if (postgres) {
        const QUrl parsed(url);
        if (!parsed.isValid() || parsed.path().size() < 2)
            return refuse(Failure::Invalid,
                          QStringLiteral("'%1' is not a PostgreSQL URL; write postgresql://USER@HOST:PORT/DATABASE").arg(url));
        if (!parsed.password().isEmpty())
            return refuse(Failure::Invalid,
                          QStringLiteral("%1: a password in the URL would end up in shell histories and "
                                         "files; set PGPASSWORD or store it in the console's settings")
                              .arg(parsed.toString(QUrl::RemovePassword)));
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            return refuse(Failure::Unreachable,
                          QStringLiteral("Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql)"));
        p->backend = Backend::PostgreSQL;
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), p->connectionName);
        db.setHostName(parsed.host().isEmpty() ? QStringLiteral("localhost") : parsed.host());
        db.setPort(parsed.port(5432));
        db.setDatabaseName(parsed.path().mid(1));
        db.setUserName(parsed.userName());
        if (!password.isEmpty())
            db.setPassword(password);
        db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=service-registry"));
        if (!db.open())
            return refuse(Failure::Unreachable,
                          QStringLiteral("%1: cannot connect: %2").arg(url, db.lastError().text().trimmed()));
        QSqlQuery who(db);
        if (!who.exec(QStringLiteral("SELECT session_user")) || !who.next())
            return refuse(Failure::Unreachable, QStringLiteral("%1: %2").arg(url, who.lastError().text()));
        p->identity = who.value(0).toString();
        QSqlQuery(db).exec(QStringLiteral("SET client_min_messages TO warning"));
    } else {
        QString path = url.startsWith(QLatin1String("sqlite:")) ? url.mid(7) : url;
        if (path.startsWith(QLatin1String("//")))
            path = path.mid(2);
        if (path.isEmpty())
            return refuse(Failure::Invalid, QStringLiteral("'%1' names no file; write sqlite:PATH").arg(url));
        const QFileInfo info(path);
        if (info.isDir())
            return refuse(Failure::Invalid,
                          QStringLiteral("%1: is a folder; name the store's file, e.g. %2/deployments.sqlite").arg(path, path));
        if (!info.exists() && !QDir().mkpath(info.absolutePath()))
            return refuse(Failure::Unreachable, QStringLiteral("%1: cannot create the folder %2").arg(path, info.absolutePath()));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), p->connectionName);
        db.setDatabaseName(path);
        const bool readOnly = info.exists() && !info.isWritable();
        db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000;QSQLITE_OPEN_READONLY")
                                      : QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
        if (!db.open())
            return refuse(Failure::Unreachable, QStringLiteral("%1: cannot open: %2").arg(path, db.lastError().text()));
        p->identity = operatingSystemUser();
        QSqlQuery pragma(db);
        if (!pragma.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
            return refuse(Failure::Corrupt,
                          QStringLiteral("%1: is not a deployment store (%2); move it away or name another file")
                              .arg(path, pragma.lastError().databaseText()));
        if (!readOnly) {
            // A new store gets 16 KiB pages (only a new file can): fewer, fuller pages for the
            // random ids and keys, which made an import of 100,000 rows about a fifth faster.
            if (!info.exists())
                pragma.exec(QStringLiteral("PRAGMA page_size=16384"));
            pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
            pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL")); // with WAL: durable across a killed process
            // Ids are random, so an import touches index pages all over the file: keep up to
            // 128 MiB of them in memory rather than re-reading them (used only as needed).
            pragma.exec(QStringLiteral("PRAGMA cache_size=-131072"));
        }
    }
    QString migrationError;
    const Failure migrated = detail::migrateSchema(p->db(), p->backend == Backend::PostgreSQL, url, &migrationError);
    if (migrated != Failure::None)
        return refuse(migrated, migrationError);
    cleanup.name.clear();
    return std::unique_ptr<DeploymentStore>(new DeploymentStore(std::move(p)));
}

} // namespace sr
