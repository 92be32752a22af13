#pragma once

// Runs the command-line tool as CI does: a separate process, its exit code and both streams.

#include <QProcess>
#include <QString>
#include <QStringList>

struct CliRun
{
    int exitCode = -1; ///< -1 when it crashed
    QString out;
    QString err;
};

/// `environment`: variables to set for this run ("LANG=es_ES.UTF-8").
inline CliRun runCli(const QStringList &arguments, const QStringList &environment = {})
{
    QProcess process;
    if (!environment.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &variable : environment)
            env.insert(variable.section(QLatin1Char('='), 0, 0), variable.section(QLatin1Char('='), 1));
        process.setProcessEnvironment(env);
    }
    process.start(QStringLiteral(SR_CLI), arguments);
    if (!process.waitForFinished(60000))
        qFatal("the CLI did not finish");
    return CliRun{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                  QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}
