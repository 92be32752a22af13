#include "import/importsupport_p.h"

#include <QRegularExpression>

namespace sr {

QString ImportError::text() const
{
    QString out = file;
    if (line > 0)
        out += QStringLiteral(":%1:%2").arg(line).arg(std::max(column, 1));
    out += QStringLiteral(": error: ") + message;
    if (!hint.isEmpty())
        out += QStringLiteral("\n    hint: ") + hint;
    return out;
}

namespace detail {

QString serviceIdFrom(const QString &name)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name.toLower()) {
        const bool keep = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        if (keep)
            out += c;
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    out.truncate(63);
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}

QString displayNameFrom(const QString &id)
{
    QStringList words = id.split(QLatin1Char('-'), Qt::SkipEmptyParts);
    for (QString &w : words)
        w[0] = w[0].toUpper();
    return words.join(QLatin1Char(' '));
}

QString imageRepository(const QString &image)
{
    QString out = image.section(QLatin1Char('@'), 0, 0);
    const qsizetype slash = out.lastIndexOf(QLatin1Char('/'));
    const qsizetype colon = out.lastIndexOf(QLatin1Char(':'));
    if (colon > slash)
        out.truncate(colon);
    return out;
}

QString canonicalRepository(const QString &image)
{
    const QString repository = imageRepository(image);
    if (repository.isEmpty())
        return {};
    const QString first = repository.section(QLatin1Char('/'), 0, 0);
    const bool hasRegistry = repository.contains(QLatin1Char('/'))
        && (first.contains(QLatin1Char('.')) || first.contains(QLatin1Char(':')) || first == QLatin1String("localhost"));
    if (hasRegistry)
        return repository;
    return QStringLiteral("docker.io/")
        + (repository.contains(QLatin1Char('/')) ? repository : QStringLiteral("library/") + repository);
}

QString imageTag(const QString &image)
{
    const QString name = image.section(QLatin1Char('@'), 0, 0);
    const qsizetype slash = name.lastIndexOf(QLatin1Char('/'));
    const qsizetype colon = name.lastIndexOf(QLatin1Char(':'));
    return colon > slash ? name.mid(colon + 1) : QString();
}

QString versionFromTag(const QString &tag, bool *exact)
{
    static const QRegularExpression pattern(
        QStringLiteral("^v?(0|[1-9][0-9]*)(?:\\.(0|[1-9][0-9]*))?(?:\\.(0|[1-9][0-9]*))?(-[0-9A-Za-z.-]+)?$"));
    const auto m = pattern.match(tag);
    if (!m.hasMatch()) {
        *exact = false;
        return {};
    }
    // "-rc.1" is a pre-release; "-alpine", "-management" name a variant of the same release.
    static const QRegularExpression preRelease(QStringLiteral("^-(rc|alpha|beta|pre|preview|dev)([.0-9]*)$"),
                                               QRegularExpression::CaseInsensitiveOption);
    const bool variant = m.hasCaptured(4) && !preRelease.match(m.captured(4)).hasMatch();
    *exact = m.hasCaptured(3) && !tag.startsWith(QLatin1Char('v')) && !variant;
    QString out = m.captured(1) + QLatin1Char('.') + (m.hasCaptured(2) ? m.captured(2) : QStringLiteral("0")) + QLatin1Char('.')
        + (m.hasCaptured(3) ? m.captured(3) : QStringLiteral("0"));
    if (m.hasCaptured(4) && !variant)
        out += m.captured(4);
    return out;
}

QString serviceTypeFor(const QString &image, bool job, bool hasPorts)
{
    if (job)
        return QStringLiteral("job");
    const QString name = imageRepository(image).section(QLatin1Char('/'), -1).toLower();
    struct Known
    {
        const char *type;
        std::initializer_list<const char *> names;
    };
    static const Known known[] = {
        {"database", {"postgres", "postgresql", "mysql", "mariadb", "mongo", "mongodb", "cockroach", "cassandra", "spanner"}},
        {"cache", {"redis", "valkey", "memcached", "keydb", "dragonfly"}},
        {"broker", {"rabbitmq", "kafka", "nats", "activemq", "pulsar", "mosquitto"}},
        {"storage", {"minio", "seaweedfs"}},
        {"secrets", {"vault"}},
        {"monitoring", {"prometheus", "jaeger", "otel-collector", "opentelemetry-collector", "loki", "tempo"}},
        {"dashboard", {"grafana", "kibana"}},
        {"gateway", {"nginx", "envoy", "traefik", "haproxy", "kong"}},
    };
    for (const Known &k : known) {
        for (const char *n : k.names) {
            if (name == QLatin1String(n) || name.startsWith(QLatin1String(n) + QLatin1Char('-')))
                return QString::fromLatin1(k.type);
        }
    }
    if (name.contains(QLatin1String("frontend")) || name.contains(QLatin1String("web")))
        return QStringLiteral("web");
    return hasPorts ? QStringLiteral("api") : QStringLiteral("worker");
}

QString durationFromSeconds(qint64 seconds)
{
    if (seconds > 0 && seconds % 3600 == 0)
        return QStringLiteral("%1h").arg(seconds / 3600);
    if (seconds > 0 && seconds % 60 == 0)
        return QStringLiteral("%1m").arg(seconds / 60);
    return QStringLiteral("%1s").arg(seconds);
}

QStringList splitShellWords(const QString &line, bool *ok)
{
    QStringList words;
    QString word;
    bool inWord = false;
    QChar quote;
    *ok = true;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else if (c == QLatin1Char('\\') && quote == QLatin1Char('"') && i + 1 < line.size())
                word += line[++i];
            else
                word += c;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
            inWord = true;
        } else if (c == QLatin1Char('\\') && i + 1 < line.size()) {
            word += line[++i];
            inWord = true;
        } else if (c.isSpace()) {
            if (inWord)
                words.append(word);
            word.clear();
            inWord = false;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (!quote.isNull())
        *ok = false;
    if (inWord)
        words.append(word);
    return words;
}

} // namespace detail
} // namespace sr
