#pragma once

#include <QString>

#include <optional>

namespace sr {

/// Where the product keeps tokens: the system keychain (QtKeychain: the Secret Service on
/// Linux) under this service name, or, on a headless machine, an environment variable.
/// Never a file, a setting or the store.
namespace secrets {

inline constexpr const char *keychainService = "Service Registry";
/// The keys of the keychain entries (the console's Settings writes them).
inline constexpr const char *gitHostingToken = "git-hosting-token";
inline constexpr const char *notificationToken = "notification-token";
/// What a scraper of `serve` presents as a bearer token.
inline constexpr const char *metricsToken = "metrics-token";

/// The secret from `environmentVariable` when it is set, else the keychain's `key`; nullopt
/// with `error` saying where it looked when neither has it. Blocking, with a timeout: for a
/// command or a worker thread.
std::optional<QString> read(const char *environmentVariable, const char *key, QString *error);

} // namespace secrets
} // namespace sr
