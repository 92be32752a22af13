#pragma once

#include <QString>

/// The console's colour themes: "light" and "dark" (Fusion with a matching palette), or
/// the platform's own when none is asked for. Every colour the panes draw comes from the
/// palette or from Appearance, which follows it.
namespace Theme {
/// Applies `name` ("light" or "dark"); false for an unknown name.
bool apply(const QString &name);
} // namespace Theme
