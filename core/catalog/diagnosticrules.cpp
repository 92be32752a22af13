#include "catalog/diagnosticrules.h"

#include <array>

namespace sr {

namespace {
constexpr std::array rules{
    DiagnosticRule{code::SyntaxError, Severity::Error, "TomlSyntaxError", "The file is not valid TOML"},
    DiagnosticRule{code::UnknownKey, Severity::Warning, "UnknownKey", "A key the format does not define"},
    DiagnosticRule{code::WrongType, Severity::Error, "WrongValueType", "A value has the wrong TOML type"},
    DiagnosticRule{code::MissingField, Severity::Error, "MissingRequiredField", "A required field is missing"},
    DiagnosticRule{code::InvalidId, Severity::Error, "InvalidIdentifier", "An id is not a DNS-1123 label"},
    DiagnosticRule{code::DuplicateId, Severity::Error, "DuplicateIdentifier", "The same id is defined twice"},
    DiagnosticRule{code::InvalidValue, Severity::Error, "InvalidValue", "A value is outside its allowed set"},
    DiagnosticRule{code::InvalidVersion, Severity::Error, "InvalidVersion", "A version is not semantic (MAJOR.MINOR.PATCH)"},
    DiagnosticRule{code::InvalidConstraint, Severity::Error, "InvalidVersionConstraint", "A version constraint cannot be parsed"},
    DiagnosticRule{code::PortOutOfRange, Severity::Error, "PortOutOfRange", "A port is outside 1-65535"},
    DiagnosticRule{code::PortClash, Severity::Error, "PortClash",
                   "Two services of one project publish the same host port, or one service repeats a port"},
    DiagnosticRule{code::UnknownDependency, Severity::Error, "UnknownDependency", "A dependency names no reachable service"},
    DiagnosticRule{code::ConstraintNotSatisfied, Severity::Error, "DependencyVersionMismatch",
                   "A dependency's version does not satisfy the constraint"},
    DiagnosticRule{code::DependencyCycle, Severity::Error, "DependencyCycle", "Services depend on each other in a cycle"},
    DiagnosticRule{code::NotShared, Severity::Error, "CrossProjectNotShared",
                   "A dependency on another project's service that is not shared"},
    DiagnosticRule{code::DeprecatedUse, Severity::Warning, "DeprecatedServiceUse", "A deprecated service is used or depended on"},
    DiagnosticRule{code::OverrideUnknownField, Severity::Warning, "OverrideOfMissingField",
                   "An override sets a field the global service does not define"},
    DiagnosticRule{code::UnknownService, Severity::Error, "UnknownGlobalService",
                   "A project uses or overrides a service the catalog lacks"},
    DiagnosticRule{code::UnknownPatternMember, Severity::Error, "UnknownPatternMember",
                   "A pattern lists a service the catalog lacks"},
    DiagnosticRule{code::UnknownCatalogVersion, Severity::Error, "UnknownCatalogVersion",
                   "A catalog version is not in services/versions.toml"},
    DiagnosticRule{code::UnreadableFile, Severity::Error, "UnreadableFile", "A registry file cannot be read"},
    DiagnosticRule{code::FileTooLarge, Severity::Error, "FileTooLarge", "A registry file exceeds the size limit"},
    DiagnosticRule{code::BinaryFile, Severity::Error, "BinaryFile", "A registry file is not UTF-8 text"},
    DiagnosticRule{code::EmptyFile, Severity::Error, "EmptyFile", "A registry file is empty"},
    DiagnosticRule{code::NestingTooDeep, Severity::Error, "NestingTooDeep", "Tables or arrays are nested too deeply"},
    DiagnosticRule{code::MissingLayout, Severity::Error, "MissingRegistryLayout",
                   "A required folder or file of the registry layout is missing"},
    DiagnosticRule{code::SymlinkLoop, Severity::Error, "SymlinkLoop", "A symbolic link loops or points nowhere"},
    DiagnosticRule{code::VersionMismatch, Severity::Error, "CatalogVersionMismatch",
                   "catalog.toml and versions.toml disagree on the current version"},
    DiagnosticRule{code::UnknownProjectFile, Severity::Warning, "UnexpectedFile", "A file the registry layout does not define"},
    DiagnosticRule{code::NewerFormat, Severity::Error, "NewerFormatKey",
                   "A catalog uses a key of a newer format than the one it declares"},
};
} // namespace

std::span<const DiagnosticRule> diagnosticRules()
{
    return rules;
}

const DiagnosticRule *findDiagnosticRule(QStringView code)
{
    for (const auto &rule : rules) {
        if (code == QLatin1String(rule.code))
            return &rule;
    }
    return nullptr;
}

} // namespace sr
