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

inline CliRun runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(SR_CLI), arguments);
    if (!process.waitForFinished(60000))
        qFatal("the CLI did not finish");
    return CliRun{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                  QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}
