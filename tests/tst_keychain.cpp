// Secrets through QtKeychain and a real Secret Service: run by tests/with-keyring.sh inside a
// D-Bus session of its own with an unlocked GNOME Keyring.

#include "findchild.h"
#include "testmain.h"

#include "credentialstore.h"
#include "settings/settingsdialog.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>

class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "run through tests/with-keyring.sh");
        QStandardPaths::setTestModeEnabled(true);
    }

    void storesReadsAndRemoves()
    {
        CredentialStore store;
        QSignalSpy available(&store, &CredentialStore::availabilityKnown);
        store.probe();
        QVERIFY(available.wait(10000));
        QCOMPARE(available.first().at(0).toBool(), true);

        QSignalSpy written(&store, &CredentialStore::written);
        store.write(QString::fromLatin1(CredentialStore::databasePassword), QStringLiteral("s3cr3t-ü"));
        QVERIFY(written.wait(10000));
        QCOMPARE(written.first().at(1).toBool(), true);

        QSignalSpy read(&store, &CredentialStore::readDone);
        store.read(QString::fromLatin1(CredentialStore::databasePassword));
        QVERIFY(read.wait(10000));
        QCOMPARE(read.first().at(1).toString(), QStringLiteral("s3cr3t-ü"));
        QCOMPARE(read.first().at(2).toBool(), true);

        QSignalSpy removed(&store, &CredentialStore::removed);
        store.remove(QString::fromLatin1(CredentialStore::databasePassword));
        QVERIFY(removed.wait(10000));
        read.clear();
        store.read(QString::fromLatin1(CredentialStore::databasePassword));
        QVERIFY(read.wait(10000));
        QCOMPARE(read.first().at(2).toBool(), false);
        QCOMPARE(read.first().at(3).toString(), QString()); // "not found" is no error
    }

    // The dialog keeps settings in QSettings and secrets in the keychain, never in the file.
    void settingsDialogKeepsSecretsOutOfFiles()
    {
        CredentialStore store;
        {
            SettingsDialog dialog(&store);
            QTRY_VERIFY_WITH_TIMEOUT(dialog.secret(QString::fromLatin1(CredentialStore::gitToken))->isEnabled(), 10000);
            QCOMPARE(child<QLabel>(dialog, "settingsKeychainStatus")->text(),
                     QStringLiteral("Stored in the system keychain; never written to the settings file."));
            child<QLineEdit>(dialog, "settingsDeploymentStore")
                ->setText(QStringLiteral("postgresql://deployer@127.0.0.1:5432/registry"));
            child<QComboBox>(dialog, "settingsTheme")
                ->setCurrentIndex(child<QComboBox>(dialog, "settingsTheme")->findData(QStringLiteral("dark")));
            QLineEdit *token = dialog.secret(QString::fromLatin1(CredentialStore::gitToken));
            token->setFocus();
            QTest::keyClicks(token, QStringLiteral("ghp-token-1234567890"));
            QSignalSpy finished(&dialog, &QDialog::finished);
            dialog.accept();
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QSettings settings;
        settings.sync();
        QCOMPARE(settings.value(QStringLiteral("deployments/url")).toString(),
                 QStringLiteral("postgresql://deployer@127.0.0.1:5432/registry"));
        QCOMPARE(SettingsDialog::savedTheme(), QStringLiteral("dark"));
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(written.contains("postgresql://deployer@127.0.0.1:5432/registry"));
        QVERIFY(!written.contains("ghp-token"));

        // A second dialog reads the token back from the keychain.
        SettingsDialog again(&store);
        QTRY_COMPARE_WITH_TIMEOUT(again.secret(QString::fromLatin1(CredentialStore::gitToken))->text(),
                                  QStringLiteral("ghp-token-1234567890"), 10000);
        QCOMPARE(again.secret(QString::fromLatin1(CredentialStore::databasePassword))->text(), QString());
    }
};

SR_TEST_MAIN(TestKeychain)
#include "tst_keychain.moc"
