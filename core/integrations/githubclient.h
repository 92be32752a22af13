#pragma once

#include "integrations/httpclient.h"

#include <optional>

namespace sr {

/// The few GitHub REST calls the product makes (docs/cli.md, "review --post github"): against
/// `apiBase` (https://api.github.com by default; any server that answers the same paths).
class GitHubClient
{
public:
    static constexpr const char *defaultApi = "https://api.github.com";

    GitHubClient(const QUrl &apiBase, const QString &token, HttpPolicy policy = {});

    HttpClient &http() { return m_http; }

    /// The pull request's head commit (GET /repos/{repo}/pulls/{number}).
    std::optional<QString> pullHeadSha(const QString &repo, int number, QString *error);

    enum class CommentOutcome { Created, Updated, Unchanged };
    /// Keeps one comment per pull request: the one whose body holds `marker` (searched through
    /// every page of GET …/issues/{number}/comments) is updated with PATCH, else one is created.
    std::optional<CommentOutcome> upsertComment(const QString &repo, int number, const QString &marker, const QString &body,
                                                QString *error);

    /// POST /repos/{repo}/statuses/{sha}: `state` success, failure, pending or error; the
    /// description is cut to GitHub's 140 characters.
    bool setStatus(const QString &repo, const QString &sha, const QString &state, const QString &description,
                   const QString &context, QString *error);

private:
    HttpRequest request(const QByteArray &method, const QString &path, const QByteArray &body = {}) const;
    QUrl url(const QString &path) const;

    QUrl m_api;
    QString m_token;
    HttpClient m_http;
};

} // namespace sr
