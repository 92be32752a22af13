#pragma once

#include <QObject>
#include <QString>

class CredentialStore;
class DeploymentStoreClient;

/// The console's one deployment store (docs/deployments.md): its URL (Settings, or the
/// console's --db), opened on first use — nothing touches a database the user never looks at —
/// with the password from the keychain, and the client every pane queries it through.
class StoreConnection : public QObject
{
    Q_OBJECT

public:
    /// `credentials` may be null: no password is looked up (libpq's PGPASSWORD still applies).
    explicit StoreConnection(CredentialStore *credentials, QObject *parent = nullptr);

    DeploymentStoreClient *client() const { return m_client; }
    QString url() const { return m_url; }
    bool hasUrl() const { return !m_url.isEmpty(); }
    /// Another store: the next ensureOpen() opens it.
    void setUrl(const QString &url);
    /// Opens the store unless it is open or opening; the client's opened() answers.
    void ensureOpen();

Q_SIGNALS:
    void urlChanged(const QString &url);

private:
    CredentialStore *m_credentials;
    DeploymentStoreClient *m_client;
    QString m_url;
    bool m_needsOpen = false;
};
