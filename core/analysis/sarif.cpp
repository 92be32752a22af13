#include "analysis/sarif_p.h"

#include "analysis/jsonwriter.h"

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

SarifWriter::SarifWriter(JsonWriter &json, const QString &registryRoot)
    : m_json(json)
{
    const QString rootAbsolute = QDir(registryRoot).absolutePath();
    m_json.beginObject();
    m_json.member("$schema", QStringLiteral("https://json.schemastore.org/sarif-2.1.0.json"));
    m_json.key("runs");
    m_json.beginArray();
    m_json.element();
    m_json.beginObject();
    m_json.member(
        "originalUriBaseIds",
        QJsonObject{{QStringLiteral("REGISTRY_ROOT"),
                     QJsonObject{{QStringLiteral("uri"), QUrl::fromLocalFile(rootAbsolute + QLatin1Char('/')).toString()}}}});
    m_json.key("results");
    m_json.beginArray();
}

void SarifWriter::result(const QJsonObject &result)
{
    m_json.arrayElement(result);
}

void SarifWriter::finish(const QJsonArray &rules)
{
    m_json.endArray();
    const QJsonObject driver{{QStringLiteral("name"), QStringLiteral("service-registry")},
                             {QStringLiteral("version"), QCoreApplication::applicationVersion()},
                             {QStringLiteral("rules"), rules}};
    m_json.member("tool", QJsonObject{{QStringLiteral("driver"), driver}});
    m_json.endObject();
    m_json.endArray();
    m_json.member("version", QStringLiteral("2.1.0"));
    m_json.endObject();
}

} // namespace sr::detail
