#pragma once

#include "catalog/sourcelocation.h"
#include "catalog/vocabulary.h"

#include <QList>
#include <QString>

namespace sr {

enum class Severity { Error, Warning, Note };
SR_DECLARE_VOCABULARY(Severity) ///< "error", "warning", "note"

/// One problem found in a registry: what, where, and how to fix it.
struct SERVICEREGISTRY_EXPORT Diagnostic
{
    Severity severity = Severity::Error;
    QString code; ///< stable, documented in docs/diagnostics.md, e.g. "SR012"
    QString message;
    SourceLocation location;
    QString hint;
    /// The key it is about within its table ("version", "image"), when it is about one: what
    /// a form asks instead of reading the message.
    QString field = {};

    friend bool operator==(const Diagnostic &, const Diagnostic &) = default;
};

using Diagnostics = QList<Diagnostic>;

SERVICEREGISTRY_EXPORT int countBySeverity(const Diagnostics &diagnostics, Severity severity);
/// Orders diagnostics by file, line, column, then code, so output is stable.
SERVICEREGISTRY_EXPORT void sortDiagnostics(Diagnostics &diagnostics);

/// The catalogue of diagnostic codes; docs/diagnostics.md documents each one.
namespace code {
inline constexpr auto SyntaxError = "SR001";
inline constexpr auto UnknownKey = "SR002";
inline constexpr auto WrongType = "SR003";
inline constexpr auto MissingField = "SR004";
inline constexpr auto InvalidId = "SR005";
inline constexpr auto DuplicateId = "SR006";
inline constexpr auto InvalidValue = "SR007";
inline constexpr auto InvalidVersion = "SR008";
inline constexpr auto InvalidConstraint = "SR009";
inline constexpr auto PortOutOfRange = "SR010";
inline constexpr auto PortClash = "SR011";
inline constexpr auto UnknownDependency = "SR012";
inline constexpr auto ConstraintNotSatisfied = "SR013";
inline constexpr auto DependencyCycle = "SR014";
inline constexpr auto NotShared = "SR015";
inline constexpr auto DeprecatedUse = "SR016";
inline constexpr auto OverrideUnknownField = "SR017";
inline constexpr auto UnknownService = "SR018";
inline constexpr auto UnknownPatternMember = "SR019";
inline constexpr auto UnknownCatalogVersion = "SR020";
inline constexpr auto UnreadableFile = "SR021";
inline constexpr auto FileTooLarge = "SR022";
inline constexpr auto BinaryFile = "SR023";
inline constexpr auto EmptyFile = "SR024";
inline constexpr auto NestingTooDeep = "SR025";
inline constexpr auto MissingLayout = "SR026";
inline constexpr auto SymlinkLoop = "SR027";
inline constexpr auto VersionMismatch = "SR028";
inline constexpr auto UnknownProjectFile = "SR029";
inline constexpr auto NewerFormat = "SR030";
} // namespace code

} // namespace sr
