#include "storeconnection.h"

#include "credentialstore.h"
#include "deploymentstoreclient.h"

StoreConnection::StoreConnection(CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_credentials(credentials)
    , m_client(new DeploymentStoreClient(this))
{ }

void StoreConnection::setUrl(const QString &url)
{
    m_url = url;
    m_needsOpen = true;
    Q_EMIT urlChanged(url);
}

void StoreConnection::ensureOpen()
{
    if (!m_needsOpen || m_url.isEmpty())
        return;
    m_needsOpen = false;
    const QString url = m_url;
    if (sr::DeploymentStore::passwordAccount(url).isEmpty() || !m_credentials) {
        m_client->open(url, {});
        return;
    }
    // The password comes from the keychain (Settings); without one libpq uses PGPASSWORD.
    auto *connection = new QMetaObject::Connection;
    *connection = connect(m_credentials, &CredentialStore::readDone, this,
                          [this, url, connection](const QString &key, const QString &secret, bool, const QString &) {
                              if (key != QLatin1String(CredentialStore::databasePassword))
                                  return;
                              disconnect(*connection);
                              delete connection;
                              if (url == m_url)
                                  m_client->open(url, secret);
                          });
    m_credentials->read(QString::fromLatin1(CredentialStore::databasePassword));
}
