#include "integrations/githubclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

namespace sr {

GitHubClient::GitHubClient(const QUrl &apiBase, const QString &token, HttpPolicy policy)
    : m_api(apiBase)
    , m_token(token)
    , m_http(policy)
{
    m_http.addSecret(token);
}

QUrl GitHubClient::url(const QString &path) const
{
    QUrl out = m_api;
    QString base = out.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    out.setPath(base + path);
    return out;
}

HttpRequest GitHubClient::request(const QByteArray &method, const QString &path, const QByteArray &body) const
{
    HttpRequest r;
    r.method = method;
    r.url = url(path);
    r.headers = {{"Accept", "application/vnd.github+json"},
                 {"Authorization", "Bearer " + m_token.toUtf8()},
                 {"X-GitHub-Api-Version", "2022-11-28"},
                 {"User-Agent", "service-registry"}};
    if (!body.isEmpty())
        r.headers.emplaceBack("Content-Type", "application/json");
    r.body = body;
    return r;
}

std::optional<QString> GitHubClient::pullHeadSha(const QString &repo, int number, QString *error)
{
    const HttpResponse r = m_http.send(request("GET", QStringLiteral("/repos/%1/pulls/%2").arg(repo).arg(number)));
    if (!r.ok()) {
        *error = r.error;
        return std::nullopt;
    }
    const QString sha = QJsonDocument::fromJson(r.body)
                            .object()
                            .value(QStringLiteral("head"))
                            .toObject()
                            .value(QStringLiteral("sha"))
                            .toString();
    if (sha.isEmpty()) {
        *error = QStringLiteral("GitHub's answer for pull request %1 of %2 names no head commit").arg(number).arg(repo);
        return std::nullopt;
    }
    return sha;
}

std::optional<GitHubClient::CommentOutcome> GitHubClient::upsertComment(const QString &repo, int number, const QString &marker,
                                                                        const QString &body, QString *error)
{
    // Every page of the pull request's comments, until one holds the marker.
    const QString comments = QStringLiteral("/repos/%1/issues/%2/comments").arg(repo).arg(number);
    qint64 found = 0;
    QString foundBody;
    for (int page = 1; page <= 100 && found == 0; ++page) {
        HttpRequest list = request("GET", comments);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
        query.addQueryItem(QStringLiteral("page"), QString::number(page));
        list.url.setQuery(query);
        const HttpResponse r = m_http.send(list);
        if (!r.ok()) {
            *error = r.error;
            return std::nullopt;
        }
        const QJsonArray items = QJsonDocument::fromJson(r.body).array();
        for (const QJsonValue &item : items) {
            if (item[QStringLiteral("body")].toString().contains(marker)) {
                found = item[QStringLiteral("id")].toInteger();
                foundBody = item[QStringLiteral("body")].toString();
                break;
            }
        }
        if (items.size() < 100 && !r.header("Link").contains("rel=\"next\""))
            break;
    }
    if (found != 0 && foundBody == body)
        return CommentOutcome::Unchanged;
    const QByteArray payload = QJsonDocument(QJsonObject{{QStringLiteral("body"), body}}).toJson(QJsonDocument::Compact);
    const HttpResponse r = found != 0
        ? m_http.send(request("PATCH", QStringLiteral("/repos/%1/issues/comments/%2").arg(repo).arg(found), payload))
        : m_http.send(request("POST", comments, payload));
    if (!r.ok()) {
        *error = r.error;
        return std::nullopt;
    }
    return found != 0 ? CommentOutcome::Updated : CommentOutcome::Created;
}

bool GitHubClient::setStatus(const QString &repo, const QString &sha, const QString &state, const QString &description,
                             const QString &context, QString *error)
{
    QString shortDescription = description;
    if (shortDescription.size() > 140)
        shortDescription = shortDescription.left(139) + QStringLiteral("…");
    const QByteArray payload = QJsonDocument(QJsonObject{{QStringLiteral("state"), state},
                                                         {QStringLiteral("description"), shortDescription},
                                                         {QStringLiteral("context"), context}})
                                   .toJson(QJsonDocument::Compact);
    const HttpResponse r = m_http.send(request("POST", QStringLiteral("/repos/%1/statuses/%2").arg(repo, sha), payload));
    if (!r.ok()) {
        *error = r.error;
        return false;
    }
    return true;
}

} // namespace sr
