#pragma once

#include <QObject>
#include <QString>

/// Passwords and tokens in the system keychain (QtKeychain: the Secret Service on Linux),
/// never in QSettings or any file. Every call is asynchronous and answers with a signal.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    /// The keys the console keeps.
    static constexpr const char *databasePassword = "database-password";
    static constexpr const char *gitToken = "git-hosting-token";
    static constexpr const char *notificationToken = "notification-token";

    explicit CredentialStore(QObject *parent = nullptr);

    void write(const QString &key, const QString &secret);
    void read(const QString &key);
    void remove(const QString &key);
    /// Finds out whether a keychain answers (availabilityKnown).
    void probe();

Q_SIGNALS:
    void written(const QString &key, bool ok, const QString &error);
    void readDone(const QString &key, const QString &secret, bool found, const QString &error);
    void removed(const QString &key, bool ok, const QString &error);
    /// `why` says, when it is not available, what the keychain answered.
    void availabilityKnown(bool available, const QString &why);
};
