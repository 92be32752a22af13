#pragma once

#include "analysis/report.h"

#include <span>

namespace sr {

struct ApproverReview;

/// The approver's review as a report (docs/change-review.md, "review"): Markdown for the pull
/// request (verdict first, each section's top items with totals, the rest folded; never more
/// than maxMarkdown characters), complete and deduplicated JSON written as a stream, SARIF for
/// code scanning (the changes and the new policy findings), and text for a terminal.
class SERVICEREGISTRY_EXPORT ApproverReviewFormat : public Report
{
public:
    /// GitHub refuses comments over 65,536 characters; this leaves room for a poster's marker.
    static constexpr qsizetype maxMarkdown = 60000;
    /// The hidden line that finds the sticky pull-request comment again.
    static constexpr const char *marker = "<!-- service-registry-review -->";

    explicit ApproverReviewFormat(const ApproverReview &review);

    static std::span<const ReportFormat> formats(); ///< markdown, json, sarif, text
    void render(ReportFormat format, QIODevice &out) const override;
    using Report::render;

    /// The verdict and its first reason in one line: a commit status' description.
    QString headline() const;

private:
    QString markdown() const;
    void writeJson(QIODevice &out) const;
    void writeSarif(QIODevice &out) const;
    QString text() const;

    const ApproverReview &m_review;
};

} // namespace sr
