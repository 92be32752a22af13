#pragma once

#include "analysis/changedetector.h"
#include "analysis/report.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <span>

namespace sr {

class JsonWriter;
struct ChangeImpact;

/// The change review's reports (docs/change-review.md). `base` and `head` name the two sides;
/// `headRegistry` is the registry the change leads to (for the steps of the migration guides
/// and SARIF's root).
class SERVICEREGISTRY_EXPORT ChangeReportFormat : public Report
{
public:
    /// What the text report leads with: the changes (diff), or the services they reach
    /// (impact-analysis), grouped by changed service.
    enum class TextView { Changes, Impact };

    ChangeReportFormat(const ChangeReport &report, const Registry &headRegistry, QString base, QString head,
                       TextView view = TextView::Changes);

    static std::span<const ReportFormat> formats(); ///< text, json, markdown, sarif
    /// Text: compiler style. JSON: the shape of docs/cli.md. Markdown: for a pull-request
    /// comment, summary table first, details and migration guides folded. SARIF 2.1.0. A
    /// format it does not list renders as text.
    void render(ReportFormat format, QIODevice &out) const override;
    using Report::render;

    /// The migration guide of one breaking change: what changed, who is affected (with the
    /// dependency paths), the concrete steps (file:line where they are to be made) and a rough
    /// effort figure.
    static QString migrationGuide(const RegistryChange &change, const Registry &headRegistry);

    /// The members of one change in a JSON report ("rule", "severity", … "head_location").
    static void writeChangeMembers(JsonWriter &json, const RegistryChange &change);
    /// SARIF: a descriptor of every change rule (`index`: rule id → its place), and one change's result.
    static QJsonArray sarifRules(QHash<QString, int> &index);
    static QJsonObject sarifResult(const RegistryChange &change, const QHash<QString, int> &index);
    /// The "changed_services" and "affected" members of a JSON report: each service once.
    static void writeImpactJson(JsonWriter &json, const ChangeImpact &impact);

private:
    void writeText(QIODevice &out) const;
    void writeImpactText(QIODevice &out) const;
    void writeJson(QIODevice &out) const;
    void writeMarkdown(QIODevice &out) const;
    void writeSarif(QIODevice &out) const;

    const ChangeReport &m_report;
    const Registry &m_head;
    QString m_baseName;
    QString m_headName;
    TextView m_view;
};

} // namespace sr
