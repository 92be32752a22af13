#pragma once

#include "serviceregistry_export.h"

#include <QString>

namespace sr {

/// A position in a registry file. Lines and columns start at 1; 0 means "whole file".
struct SERVICEREGISTRY_EXPORT SourceLocation
{
    QString file;
    int line = 0;
    int column = 0;

    bool isValid() const { return !file.isEmpty(); }
    /// "file:line:col", "file:line" or "file", as compilers print it.
    QString toString() const;
    friend bool operator==(const SourceLocation &, const SourceLocation &) = default;
};

} // namespace sr
