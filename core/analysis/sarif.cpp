#include "analysis/sarif_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QUrl>

namespace sr::detail {

QJsonArray sarifLocations(const SourceLocation &location)
{
    if (!location.isValid())
        return {};
    QJsonObject physical{{QStringLiteral("artifactLocation"),
                          QJsonObject{{QStringLiteral("uri"), QString::fromUtf8(QUrl::toPercentEncoding(location.file, "/"))},
                                      {QStringLiteral("uriBaseId"), QStringLiteral("REGISTRY_ROOT")}}}};
    if (location.line > 0) {
        QJsonObject region{{QStringLiteral("startLine"), location.line}};
        if (location.column > 0)
            region.insert(QStringLiteral("startColumn"), location.column);
        if (location.column > 0 && location.end.line > 0) {
            region.insert(QStringLiteral("endLine"), location.end.line);
            region.insert(QStringLiteral("endColumn"), location.end.column);
        }
        physical.insert(QStringLiteral("region"), region);
    }
    return QJsonArray{QJsonObject{{QStringLiteral("physicalLocation"), physical}}};
}

QJsonObject sarifLog(const QJsonArray &rules, const QJsonArray &results, const QString &registryRoot)
{
    const QString rootAbsolute = QDir(registryRoot).absolutePath();
    const QJsonObject driver{{QStringLiteral("name"), QStringLiteral("service-registry")},
                             {QStringLiteral("version"), QCoreApplication::applicationVersion()},
                             {QStringLiteral("rules"), rules}};
    const QJsonObject run{
        {QStringLiteral("tool"), QJsonObject{{QStringLiteral("driver"), driver}}},
        {QStringLiteral("originalUriBaseIds"),
         QJsonObject{{QStringLiteral("REGISTRY_ROOT"),
                      QJsonObject{{QStringLiteral("uri"), QUrl::fromLocalFile(rootAbsolute + QLatin1Char('/')).toString()}}}}},
        {QStringLiteral("results"), results}};
    return QJsonObject{{QStringLiteral("$schema"), QStringLiteral("https://json.schemastore.org/sarif-2.1.0.json")},
                       {QStringLiteral("version"), QStringLiteral("2.1.0")},
                       {QStringLiteral("runs"), QJsonArray{run}}};
}

} // namespace sr::detail
