#include "integrations/secrets.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace sr::secrets {

std::optional<QString> read(const char *environmentVariable, const char *key, QString *error)
{
    const QString fromEnvironment = qEnvironmentVariable(environmentVariable);
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    struct Answer
    {
        bool finished = false;
        QKeychain::Error error = QKeychain::NoError;
        QString why;
        QString secret;
    };
    auto answer = std::make_shared<Answer>();
    auto *job = new QKeychain::ReadPasswordJob(QString::fromLatin1(keychainService)); // deletes itself when finished
    job->setKey(QString::fromLatin1(key));
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [answer, &loop](QKeychain::Job *done) {
        answer->finished = true;
        answer->error = done->error();
        answer->why = done->errorString();
        answer->secret = static_cast<QKeychain::ReadPasswordJob *>(done)->textData();
        loop.quit();
    });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit); // a keychain that never answers
    job->start();
    loop.exec();
    if (answer->finished && answer->error == QKeychain::NoError && !answer->secret.isEmpty())
        return answer->secret;
    const QString keychain = !answer->finished ? QStringLiteral("the keychain did not answer")
        : answer->error == QKeychain::EntryNotFound || answer->error == QKeychain::NoError
        ? QStringLiteral("the keychain has no \"%1\"").arg(QString::fromLatin1(key))
        : QStringLiteral("the keychain cannot be read: %1").arg(answer->why);
    *error
        = QStringLiteral("%1 is not set and %2; set the variable, or keep the token in the keychain from the console's Settings")
              .arg(QString::fromLatin1(environmentVariable), keychain);
    return std::nullopt;
}

} // namespace sr::secrets
