#pragma once

#include "catalog/diagnostic.h"
#include "catalog/service.h"
#include "deploy/deploymentrecord.h"
#include "deploy/dora.h"

#include <QColor>
#include <QIcon>

namespace sr {
enum class ChangeSeverity; // analysis/changedetector.h
}

/// Colours and icons for severities and origins, shared by every model so that
/// the same meaning always looks the same.
namespace Appearance {
QColor severityColor(sr::Severity severity);
QIcon severityIcon(sr::Severity severity);
/// How a change's severity looks: breaking as an error, a warning as one, info as a note.
sr::Severity severityOf(sr::ChangeSeverity severity);
QColor originColor(sr::Origin origin);

/// A position short enough for a narrow column: "catalog.toml:12", "shop/services.toml:8",
/// "policies/security.toml:22" (the folders every such file is in are left out).
QString shortLocation(const sr::SourceLocation &location);

/// True when the application palette is dark (text lighter than the base): every colour
/// here then has a lighter variant, readable on a dark background.
bool isDarkPalette();
/// The background of the line a viewer points at.
QColor currentLineColor();
/// The background of an added (green) or removed (red) line in a comparison.
QColor changedLineColor(bool added);
/// Syntax colours for the source highlighters.
enum class Syntax { Header, Key, Keyword, Number, String, Comment };
QColor syntaxColor(Syntax role);

/// A deployment status: green succeeded, red failed, orange rolled back, blue running.
QColor deploymentStatusColor(sr::DeploymentStatus status);
/// A DORA band: green elite, teal high, amber medium, red low.
QColor doraBandColor(sr::DoraBand band);
/// The text of something set aside but kept in view (a waived finding): readable, quieter
/// than the text around it.
QColor mutedTextColor();
/// The background of a cell whose running version drifted from the registry.
QColor driftColor();
} // namespace Appearance
