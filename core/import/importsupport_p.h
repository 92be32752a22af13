#pragma once

// What both importers need: names, versions and types guessed from images, durations.

#include "import/importedproject.h"

#include <QString>
#include <QStringList>

namespace sr::detail {

/// A DNS-1123 label made from any name ("Cart_Service" → "cart-service"); empty when nothing is left.
QString serviceIdFrom(const QString &name);
/// "cart-service" → "Cart Service".
QString displayNameFrom(const QString &id);
/// The image without its tag or digest ("registry:5000/shop/cart:1.2" → "registry:5000/shop/cart").
QString imageRepository(const QString &image);
/// The repository as Docker resolves it: "redis" is "docker.io/library/redis".
QString canonicalRepository(const QString &image);
/// The image's tag ("" when it has none or only a digest).
QString imageTag(const QString &image);
/// A semantic version from an image tag: "v1.2.3" and "1.2.3-alpine" exactly, "7.2" as 7.2.0
/// (`exact` false); nullopt-like empty string when the tag holds none.
QString versionFromTag(const QString &tag, bool *exact);
/// The service type an image suggests: databases, caches, brokers by their well-known images;
/// else a job, a web front end or an api by what the workload does.
QString serviceTypeFor(const QString &image, bool job, bool hasPorts);
/// Whole seconds as a duration: 90 → "90s", 120 → "2m", 0 → "0s".
QString durationFromSeconds(qint64 seconds);
/// Splits a command line as a POSIX shell does for words (quotes, backslashes), without
/// expansions; `ok` false when a quote is left open.
QStringList splitShellWords(const QString &line, bool *ok);

/// Collects the report's facts for one object.
class FactLog
{
public:
    FactLog(QList<ImportFact> &facts, QString object)
        : m_facts(facts)
        , m_object(std::move(object))
    { }
    void carried(const QString &field) { m_facts.append({m_object, field, ImportOutcome::Carried, {}}); }
    void approximated(const QString &field, const QString &how)
    {
        m_facts.append({m_object, field, ImportOutcome::Approximated, how});
    }
    void notCarried(const QString &field, const QString &why)
    {
        m_facts.append({m_object, field, ImportOutcome::NotCarried, why});
    }
    const QString &object() const { return m_object; }

private:
    QList<ImportFact> &m_facts;
    QString m_object;
};

} // namespace sr::detail
