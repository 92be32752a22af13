#include "settingsdialog.h"

#include "deploy/deploymentstore.h"

#include "credentialstore.h"
#include "theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace {
const QString registryKey = QStringLiteral("defaultRegistry");
const QString themeKey = QStringLiteral("theme");
const QString storeKey = QStringLiteral("deployments/url");
const QString repositoryKey = QStringLiteral("manifests/repositoryUrl"); // the Manifests tab's field
const QString branchKey = QStringLiteral("manifests/repositoryRevision");
} // namespace

SettingsDialog::SettingsDialog(CredentialStore *credentials, QWidget *parent)
    : QDialog(parent)
    , m_credentials(credentials)
    , m_registry(new QLineEdit(this))
    , m_theme(new QComboBox(this))
    , m_store(new QLineEdit(this))
    , m_repository(new QLineEdit(this))
    , m_branch(new QLineEdit(this))
    , m_keychain(new QLabel(this))
{
    setWindowTitle(tr("Settings"));
    const QSettings settings;

    m_registry->setText(settings.value(registryKey).toString());
    m_registry->setPlaceholderText(tr("Opened when the console starts without a folder"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Default Registry"), m_registry->text());
        if (!dir.isEmpty())
            m_registry->setText(QDir::toNativeSeparators(dir));
    });
    auto *registryRow = new QHBoxLayout;
    registryRow->addWidget(m_registry, 1);
    registryRow->addWidget(browse);
    m_theme->setObjectName(QStringLiteral("settingsTheme"));
    m_theme->addItem(tr("Follow the system"), QString());
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(settings.value(themeKey).toString())));
    auto *general = new QGroupBox(tr("General"), this);
    auto *generalForm = new QFormLayout(general);
    auto *registryLabel = new QLabel(tr("Default &registry:"), this);
    registryLabel->setBuddy(m_registry); // a row of two widgets gets no buddy from the form
    generalForm->addRow(registryLabel, registryRow);
    generalForm->addRow(tr("&Theme:"), m_theme);

    m_store->setObjectName(QStringLiteral("settingsDeploymentStore"));
    m_store->setText(settings.value(storeKey).toString());
    m_store->setPlaceholderText(tr("sqlite:PATH (default: a file in your data folder) or postgresql://user@host:5432/db"));
    auto *store = new QGroupBox(tr("Deployment store"), this);
    auto *storeForm = new QFormLayout(store);
    storeForm->addRow(tr("&Connection:"), m_store);

    m_repository->setText(settings.value(repositoryKey).toString());
    m_repository->setPlaceholderText(tr("https://git.example.com/platform/deploy.git"));
    m_branch->setText(settings.value(branchKey).toString());
    m_branch->setPlaceholderText(tr("the registry's [gitops] branch, else main"));
    auto *generators = new QGroupBox(tr("Generators (Argo CD, Flux)"), this);
    auto *generatorForm = new QFormLayout(generators);
    generatorForm->addRow(tr("Re&pository:"), m_repository);
    generatorForm->addRow(tr("B&ranch:"), m_branch);

    auto *secrets = new QGroupBox(tr("Passwords and tokens (kept in the system keychain only)"), this);
    auto *secretForm = new QFormLayout(secrets);
    const std::pair<const char *, QString> secretRows[] = {
        {CredentialStore::databasePassword, tr("PostgreSQL &password:")},
        {CredentialStore::gitToken, tr("&Git hosting token:")},
        {CredentialStore::notificationToken, tr("&Notification token:")},
    };
    for (const auto &[key, label] : secretRows) {
        auto *field = new QLineEdit(this);
        field->setEchoMode(QLineEdit::Password);
        field->setEnabled(false); // until the keychain answers
        field->setProperty("edited", false);
        connect(field, &QLineEdit::textEdited, field, [field] { field->setProperty("edited", true); });
        secretForm->addRow(label, field);
        m_secrets.insert(QLatin1String(key), field);
    }
    m_keychain->setObjectName(QStringLiteral("settingsKeychainStatus"));
    m_keychain->setWordWrap(true);
    m_keychain->setMinimumHeight(m_keychain->fontMetrics().lineSpacing() * 3); // room for the longest answer
    m_keychain->setText(tr("Looking for a keychain…"));
    secretForm->addRow(m_keychain);

    connect(m_credentials, &CredentialStore::availabilityKnown, this, [this](bool available, const QString &why) {
        if (!available) {
            m_keychain->setText(tr("No keychain is available (%1): passwords and tokens cannot be kept. Start a Secret "
                                   "Service such as GNOME Keyring or KWallet, or set PGPASSWORD for the deployment store.")
                                    .arg(why));
            return;
        }
        m_keychain->setText(tr("Stored in the system keychain; never written to the settings file."));
        for (auto it = m_secrets.cbegin(); it != m_secrets.cend(); ++it) {
            it.value()->setEnabled(true);
            m_credentials->read(it.key());
        }
    });
    connect(m_credentials, &CredentialStore::readDone, this, [this](const QString &key, const QString &secret, bool found) {
        QLineEdit *field = m_secrets.value(key);
        if (field && found && !field->property("edited").toBool())
            field->setText(secret);
    });
    connect(m_credentials, &CredentialStore::written, this, &SettingsDialog::secretStored);
    connect(m_credentials, &CredentialStore::removed, this, &SettingsDialog::secretStored);
    m_credentials->probe();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    for (QWidget *group : {static_cast<QWidget *>(general), static_cast<QWidget *>(store), static_cast<QWidget *>(generators),
                           static_cast<QWidget *>(secrets)})
        layout->addWidget(group);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(640, sizeHint().height());
}

QString SettingsDialog::savedTheme()
{
    return QSettings().value(themeKey).toString();
}

QString SettingsDialog::savedDeploymentStore()
{
    const QString url = QSettings().value(storeKey).toString().trimmed();
    return url.isEmpty() ? sr::DeploymentStore::defaultUrl() : url;
}

QString SettingsDialog::savedDefaultRegistry()
{
    return QSettings().value(registryKey).toString();
}

void SettingsDialog::accept()
{
    QSettings settings;
    settings.setValue(registryKey, m_registry->text().trimmed());
    const QString theme = m_theme->currentData().toString();
    if (theme != settings.value(themeKey).toString()) {
        settings.setValue(themeKey, theme);
        if (!theme.isEmpty())
            Theme::apply(theme);
    }
    settings.setValue(storeKey, m_store->text().trimmed());
    settings.setValue(repositoryKey, m_repository->text().trimmed());
    if (m_branch->text().trimmed().isEmpty())
        settings.remove(branchKey); // the registry's branch applies
    else
        settings.setValue(branchKey, m_branch->text().trimmed());

    // Secrets: only those typed into, to the keychain; an emptied field removes its secret.
    m_writeErrors.clear();
    for (auto it = m_secrets.cbegin(); it != m_secrets.cend(); ++it) {
        if (!it.value()->isEnabled() || !it.value()->property("edited").toBool())
            continue;
        ++m_pendingWrites;
        if (it.value()->text().isEmpty())
            m_credentials->remove(it.key());
        else
            m_credentials->write(it.key(), it.value()->text());
    }
    if (m_pendingWrites == 0)
        QDialog::accept(); // else once the keychain has answered for each (secretStored)
}

void SettingsDialog::secretStored(const QString &key, bool ok, const QString &error)
{
    if (m_pendingWrites == 0)
        return;
    if (!ok)
        m_writeErrors.append(key + QLatin1String(": ") + error);
    if (--m_pendingWrites > 0)
        return;
    if (!m_writeErrors.isEmpty())
        QMessageBox::warning(this, tr("Keychain"),
                             tr("Not every secret could be stored: %1").arg(m_writeErrors.join(QLatin1String("; "))));
    QDialog::accept();
}
