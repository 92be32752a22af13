#pragma once

// Writes small registries into a temporary folder: a valid base that each test case
// changes file by file, so that every fixture is visible in the test itself.

#include <QDir>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>

class RegistryBuilder
{
public:
    RegistryBuilder()
    {
        m_files.insert(QStringLiteral("services/catalog.toml"), baseCatalog());
        m_files.insert(QStringLiteral("projects/p1/services.toml"), baseProject());
    }

    /// Lines 4-10 define "db", lines 12-19 "api" (19: its dependency on db ^15).
    static QString baseCatalog()
    {
        return QStringLiteral(R"([catalog]
version = "1.0.0"

[services.db]
display_name = "Database"
type = "database"
version = "15.0.0"
image = "postgres:15"
owner = "@data"
ports = [{ name = "pg", port = 5432 }]

[services.api]
display_name = "API"
type = "api"
version = "1.2.0"
image = "api:1.2.0"
owner = "@core"
ports = [{ name = "http", port = 8080 }]
dependencies = { requires = [{ service = "db", version = "^15" }] }
)");
    }
    /// Line 3 is the uses list.
    static QString baseProject()
    {
        return QStringLiteral(R"([project]
owner = "@p1"
uses = ["api", "db"]
)");
    }

    /// Replaces (or adds) one file; an empty QString() content removes it.
    RegistryBuilder &set(const QString &path, const QString &content)
    {
        if (content.isNull())
            m_files.remove(path);
        else
            m_files.insert(path, content);
        return *this;
    }
    RegistryBuilder &setFiles(const QMap<QString, QString> &files)
    {
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            set(it.key(), it.value());
        return *this;
    }

    /// Writes the files and returns the registry folder.
    QString write()
    {
        for (auto it = m_files.cbegin(); it != m_files.cend(); ++it) {
            const QString path = m_dir.filePath(it.key());
            QDir().mkpath(QFileInfo(path).path());
            // Special contents for inputs that TOML text cannot express.
            if (it.value() == QLatin1String("@DIRECTORY")) {
                QDir().mkpath(path);
                continue;
            }
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                qFatal("cannot write %s", qPrintable(path));
            if (it.value() == QLatin1String("@20MB")) {
                const QByteArray line = QByteArrayLiteral("# padding padding padding padding padding padding padding\n");
                for (int written = 0; written < 20 * 1024 * 1024; written += int(line.size()))
                    file.write(line);
            } else if (it.value() == QLatin1String("@BINARY")) {
                QByteArray garbage(4096, '\0');
                for (int i = 0; i < garbage.size(); ++i)
                    garbage[i] = char((i * 7919 + 13) % 256);
                file.write(garbage);
            } else {
                file.write(it.value().toUtf8());
            }
        }
        return m_dir.path();
    }
    QString path(const QString &relative) const { return m_dir.filePath(relative); }

private:
    QTemporaryDir m_dir;
    QMap<QString, QString> m_files;
};
