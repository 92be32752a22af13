#pragma once

#include <QDialog>
#include <QHash>

class CredentialStore;
class QComboBox;
class QLabel;
class QLineEdit;

/// File › Settings: the default registry, the theme, the deployment store, the generators'
/// GitOps repository (QSettings), and the passwords and tokens, which go to the system
/// keychain only (CredentialStore). Says plainly when no keychain is available.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(CredentialStore *credentials, QWidget *parent = nullptr);

    QLineEdit *defaultRegistry() const { return m_registry; }
    /// The secret fields by keychain key (CredentialStore::databasePassword, …).
    QLineEdit *secret(const QString &key) const { return m_secrets.value(key); }
    /// Saves the settings and the changed secrets; the dialog closes once the keychain has
    /// taken them (or says why it could not).
    void accept() override;

    /// The theme to start with: "light", "dark" or "" (the system's).
    static QString savedTheme();
    static QString savedDefaultRegistry();
    /// The deployment store's URL: the one chosen here, else the local default.
    static QString savedDeploymentStore();

private:
    void secretStored(const QString &key, bool ok, const QString &error);

    CredentialStore *m_credentials;
    QLineEdit *m_registry;
    QComboBox *m_theme;
    QLineEdit *m_store;
    QLineEdit *m_repository;
    QLineEdit *m_branch;
    QHash<QString, QLineEdit *> m_secrets;
    QLabel *m_keychain;
    int m_pendingWrites = 0;
    QStringList m_writeErrors;
};
