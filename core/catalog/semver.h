#pragma once

#include "serviceregistry_export.h"

#include <QList>
#include <QString>

#include <optional>

namespace sr {

/// A semantic version (semver.org 2.0.0): MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD].
struct SERVICEREGISTRY_EXPORT SemVer
{
    int major = 0;
    int minor = 0;
    int patch = 0;
    QString prerelease;

    static std::optional<SemVer> parse(QStringView text);
    QString toString() const;
    /// Precedence as semver.org §11 defines it (build metadata ignored).
    friend SERVICEREGISTRY_EXPORT int compare(const SemVer &a, const SemVer &b);
    friend bool operator<(const SemVer &a, const SemVer &b) { return compare(a, b) < 0; }
    friend bool operator==(const SemVer &a, const SemVer &b) { return compare(a, b) == 0; }
};

/// A version range: comparator sets joined by "||"; comparators inside a set (separated
/// by spaces or commas) must all hold. Operators: ^ ~ >= > <= < = and bare or partial
/// versions ("1.2" means any 1.2.x), "*" for any.
class SERVICEREGISTRY_EXPORT VersionConstraint
{
public:
    /// On failure returns nullopt and, if given, sets *error to a sentence for the user.
    static std::optional<VersionConstraint> parse(QStringView text, QString *error = nullptr);
    bool isSatisfiedBy(const SemVer &version) const;
    QString toString() const { return m_text; }

private:
    enum class Op { Less, LessEqual, Greater, GreaterEqual, Equal };
    struct Comparator
    {
        Op op;
        SemVer version;
    };
    QString m_text;
    QList<QList<Comparator>> m_alternatives;
};

} // namespace sr
