#include "credentialstore.h"

#include <qt6keychain/keychain.h>

namespace {
const QString service = QStringLiteral("Service Registry");
} // namespace

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{ }

void CredentialStore::write(const QString &key, const QString &secret)
{
    auto *job = new QKeychain::WritePasswordJob(service, this); // deletes itself when finished
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this,
            [this, key](QKeychain::Job *done) { emit written(key, done->error() == QKeychain::NoError, done->errorString()); });
    job->start();
}

void CredentialStore::read(const QString &key)
{
    auto *job = new QKeychain::ReadPasswordJob(service, this);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *done) {
        const auto *reader = static_cast<QKeychain::ReadPasswordJob *>(done);
        const bool found = done->error() == QKeychain::NoError;
        emit readDone(key, found ? reader->textData() : QString(), found,
                      done->error() == QKeychain::EntryNotFound ? QString() : done->errorString());
    });
    job->start();
}

void CredentialStore::remove(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(service, this);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *done) {
        emit removed(key, done->error() == QKeychain::NoError || done->error() == QKeychain::EntryNotFound, done->errorString());
    });
    job->start();
}

void CredentialStore::probe()
{
    // Reading a key that is never written: "not found" means a keychain answered.
    auto *job = new QKeychain::ReadPasswordJob(service, this);
    job->setKey(QStringLiteral("availability-probe"));
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *done) {
        const bool available = done->error() == QKeychain::NoError || done->error() == QKeychain::EntryNotFound;
        emit availabilityKnown(available, available ? QString() : done->errorString());
    });
    job->start();
}
