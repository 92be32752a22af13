#include "catalog/semver.h"

namespace sr {

namespace {

/// A numeric identifier: digits without a leading zero, small enough for an int.
std::optional<int> numericPart(QStringView text)
{
    if (text.isEmpty() || text.size() > 9 || (text.size() > 1 && text.front() == QLatin1Char('0')))
        return std::nullopt;
    int value = 0;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        value = value * 10 + (c.unicode() - '0');
    }
    return value;
}

/// Dot-separated identifiers of [0-9A-Za-z-]; numeric ones without leading zeros when
/// `strictNumbers` (pre-release), any digits for build metadata.
bool validIdentifiers(QStringView text, bool strictNumbers)
{
    if (text.isEmpty())
        return false;
    for (const QStringView part : text.split(QLatin1Char('.'))) {
        if (part.isEmpty())
            return false;
        bool numeric = true;
        for (const QChar c : part) {
            const bool digit = c >= QLatin1Char('0') && c <= QLatin1Char('9');
            const bool letter
                = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
            if (!digit && !letter && c != QLatin1Char('-'))
                return false;
            numeric = numeric && digit;
        }
        if (strictNumbers && numeric && part.size() > 1 && part.front() == QLatin1Char('0'))
            return false;
    }
    return true;
}

int comparePrerelease(const QString &a, const QString &b)
{
    if (a == b)
        return 0;
    if (a.isEmpty())
        return 1; // a release ranks above its pre-releases
    if (b.isEmpty())
        return -1;
    const auto pa = a.split(QLatin1Char('.'));
    const auto pb = b.split(QLatin1Char('.'));
    for (qsizetype i = 0; i < std::min(pa.size(), pb.size()); ++i) {
        bool na = false;
        bool nb = false;
        const qlonglong ia = pa[i].toLongLong(&na);
        const qlonglong ib = pb[i].toLongLong(&nb);
        if (na && nb) {
            if (ia != ib)
                return ia < ib ? -1 : 1;
        } else if (na != nb) {
            return na ? -1 : 1; // numeric identifiers rank below alphanumeric ones
        } else if (const int c = pa[i].compare(pb[i]); c != 0) {
            return c < 0 ? -1 : 1;
        }
    }
    return pa.size() == pb.size() ? 0 : (pa.size() < pb.size() ? -1 : 1);
}

/// A version with some parts left out ("1", "1.2", "1.x"); missing parts are -1.
struct Partial
{
    int parts[3] = {-1, -1, -1};
    QString prerelease;
    int given() const { return parts[0] < 0 ? 0 : parts[1] < 0 ? 1 : parts[2] < 0 ? 2 : 3; }
    SemVer floor() const { return SemVer{std::max(parts[0], 0), std::max(parts[1], 0), std::max(parts[2], 0), prerelease}; }
};

std::optional<Partial> parsePartial(QStringView text)
{
    Partial p;
    QStringView rest = text;
    if (const auto dash = rest.indexOf(QLatin1Char('-')); dash >= 0) {
        p.prerelease = rest.mid(dash + 1).toString();
        rest = rest.left(dash);
    }
    if (const auto plus = rest.indexOf(QLatin1Char('+')); plus >= 0)
        rest = rest.left(plus);
    const auto pieces = rest.split(QLatin1Char('.'));
    if (pieces.isEmpty() || pieces.size() > 3)
        return std::nullopt;
    bool wildcard = false;
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        const QStringView piece = pieces[i];
        if (piece == u"x" || piece == u"X" || piece == u"*") {
            wildcard = true;
            continue;
        }
        if (wildcard)
            return std::nullopt; // "1.x.3" is meaningless
        bool ok = false;
        const int value = piece.toInt(&ok);
        if (!ok || value < 0 || piece.isEmpty() || (piece.size() > 1 && piece.front() == QLatin1Char('0')))
            return std::nullopt;
        p.parts[i] = value;
    }
    if (!p.prerelease.isEmpty() && p.given() != 3)
        return std::nullopt;
    return p;
}

} // namespace

std::optional<SemVer> SemVer::parse(QStringView text)
{
    // semver.org 2.0.0 grammar, by hand: this runs for every service and dependency.
    // No trimming: "1.2.3 " is not a semantic version.
    if (const auto plus = text.indexOf(QLatin1Char('+')); plus >= 0) {
        if (!validIdentifiers(text.mid(plus + 1), false))
            return std::nullopt;
        text = text.left(plus);
    }
    QStringView prerelease;
    if (const auto dash = text.indexOf(QLatin1Char('-')); dash >= 0) {
        prerelease = text.mid(dash + 1);
        if (!validIdentifiers(prerelease, true))
            return std::nullopt;
        text = text.left(dash);
    }
    const auto parts = text.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return std::nullopt;
    const auto major = numericPart(parts[0]);
    const auto minor = numericPart(parts[1]);
    const auto patch = numericPart(parts[2]);
    if (!major || !minor || !patch)
        return std::nullopt;
    return SemVer{*major, *minor, *patch, prerelease.toString()};
}

QString SemVer::toString() const
{
    QString s = QString::number(major) + QLatin1Char('.') + QString::number(minor) + QLatin1Char('.') + QString::number(patch);
    if (!prerelease.isEmpty())
        s += QLatin1Char('-') + prerelease;
    return s;
}

int compare(const SemVer &a, const SemVer &b)
{
    if (a.major != b.major)
        return a.major < b.major ? -1 : 1;
    if (a.minor != b.minor)
        return a.minor < b.minor ? -1 : 1;
    if (a.patch != b.patch)
        return a.patch < b.patch ? -1 : 1;
    return comparePrerelease(a.prerelease, b.prerelease);
}

std::optional<VersionConstraint> VersionConstraint::parse(QStringView text, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<VersionConstraint> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    VersionConstraint result;
    result.m_text = text.trimmed().toString();
    if (result.m_text.isEmpty())
        return fail(QStringLiteral("the constraint is empty"));

    for (const QStringView alternative : QStringView(result.m_text).split(u"||")) {
        QList<Comparator> set;
        // Commas separate like spaces; ">= 1.2" means ">=1.2".
        QString normalized;
        normalized.reserve(alternative.size());
        for (const QChar c : alternative) {
            const bool separator = c == QLatin1Char(',') || c.isSpace();
            if (separator && !normalized.isEmpty() && QStringLiteral("<>=^~").contains(normalized.back()))
                continue;
            normalized += separator ? QLatin1Char(' ') : c;
        }
        const auto tokens = QStringView(normalized).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (tokens.isEmpty())
            return fail(QStringLiteral("an alternative after \"||\" is empty"));
        for (QStringView token : tokens) {
            QStringView op;
            for (const char *candidate : {">=", "<=", ">", "<", "=", "^", "~"}) {
                if (token.startsWith(QLatin1String(candidate))) {
                    op = token.left(qsizetype(qstrlen(candidate)));
                    break;
                }
            }
            QStringView versionText = token.mid(op.size());
            if (versionText.startsWith(QLatin1Char('v')))
                versionText = versionText.mid(1);
            if (versionText == u"*" && op.isEmpty())
                continue; // any version
            const auto partial = parsePartial(versionText);
            if (!partial || partial->given() == 0)
                return fail(QStringLiteral("\"%1\" is not a version or a range operator followed by a version").arg(token));
            const int given = partial->given();
            const SemVer low = partial->floor();
            const int M = low.major;
            const int m = low.minor;
            const int p = low.patch;
            auto add = [&set](Op o, SemVer v) { set.append(Comparator{o, std::move(v)}); };
            // An exclusive upper bound that a partial version or an operator implies also
            // excludes that version's pre-releases ("^1.2" means <2.0.0-0, as npm writes it).
            auto below = [](int major, int minor, int patch) { return SemVer{major, minor, patch, QStringLiteral("0")}; };
            if (op == u"^") {
                add(Op::GreaterEqual, low);
                if (M > 0 || given == 1)
                    add(Op::Less, below(M + 1, 0, 0));
                else if (m > 0 || given == 2)
                    add(Op::Less, below(0, m + 1, 0));
                else
                    add(Op::Less, below(0, 0, p + 1));
            } else if (op == u"~") {
                add(Op::GreaterEqual, low);
                add(Op::Less, given == 1 ? below(M + 1, 0, 0) : below(M, m + 1, 0));
            } else if (op.isEmpty() || op == u"=") {
                if (given == 3) {
                    add(Op::Equal, low);
                } else {
                    add(Op::GreaterEqual, low);
                    add(Op::Less, given == 1 ? below(M + 1, 0, 0) : below(M, m + 1, 0));
                }
            } else if (op == u">=") {
                add(Op::GreaterEqual, low);
            } else if (op == u"<") {
                add(Op::Less, given == 3 ? low : below(M, m, p));
            } else if (op == u">") {
                add(given == 3 ? Op::Greater : Op::GreaterEqual,
                    given == 1       ? SemVer{M + 1, 0, 0, {}}
                        : given == 2 ? SemVer{M, m + 1, 0, {}}
                                     : low);
            } else if (op == u"<=") {
                add(given == 3 ? Op::LessEqual : Op::Less,
                    given == 1       ? below(M + 1, 0, 0)
                        : given == 2 ? below(M, m + 1, 0)
                                     : low);
            }
        }
        result.m_alternatives.append(set);
    }
    return result;
}

bool VersionConstraint::isSatisfiedBy(const SemVer &version) const
{
    for (const auto &set : m_alternatives) {
        // node-semver's rule: a pre-release satisfies a set only when one of its comparators
        // names a pre-release of the same MAJOR.MINOR.PATCH (opting in to that series).
        if (!version.prerelease.isEmpty()) {
            const bool optedIn = std::any_of(set.cbegin(), set.cend(), [&version](const Comparator &c) {
                return !c.version.prerelease.isEmpty() && c.version.major == version.major && c.version.minor == version.minor
                    && c.version.patch == version.patch;
            });
            if (!optedIn)
                continue;
        }
        const bool all = std::all_of(set.cbegin(), set.cend(), [&version](const Comparator &c) {
            const int r = compare(version, c.version);
            switch (c.op) {
            case Op::Less:
                return r < 0;
            case Op::LessEqual:
                return r <= 0;
            case Op::Greater:
                return r > 0;
            case Op::GreaterEqual:
                return r >= 0;
            case Op::Equal:
                return r == 0;
            }
            return false;
        });
        if (all)
            return true;
    }
    return false;
}

} // namespace sr
