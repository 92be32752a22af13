#pragma once

#include <QString>

namespace sr {

/// Languages whose double-quoted strings are also templates.
enum class TemplateSyntax {
    Hcl, ///< "${…}" and "%{…}": written "$${" and "%%{"
    Kcl, ///< "${…}": written "\${"
};

/// A double-quoted string literal: quotes, backslashes, line breaks, tabs and other control
/// characters escaped (\uXXXX), and template openings escaped as the language writes them.
QString quotedLiteral(const QString &text, TemplateSyntax syntax);

} // namespace sr
