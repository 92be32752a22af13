#include "catalog/documentshapes_p.h"

namespace sr::detail {

namespace {
const Shape text{Shape::String, {}};
const Shape integer{Shape::Integer, {}};
const Shape boolean{Shape::Boolean, {}};
const Shape date{Shape::Date, {}};
const Shape strings{Shape::StringArray, {}};
const Shape integerMap{Shape::Map, {}, &integer};
} // namespace

const Shape &deploymentShape()
{
    static const Shape region{
        Shape::Table,
        {{"cluster", &text, true}, {"traffic_split", &integer}, {"canary_percentage", &integer}, {"replicas", &integer}}};
    static const Shape regions{Shape::Map, {}, &region};
    static const Shape target{Shape::Table,
                              {{"cluster", &text, true},
                               {"namespace", &text},
                               {"replicas", &integer},
                               {"strategy", &text},
                               {"canary_percentage", &integer},
                               {"approval_required", &boolean},
                               {"auto_deploy", &boolean},
                               {"service_replicas", &integerMap},
                               {"regions", &regions}}};
    static const Shape targets{Shape::Map, {}, &target};
    static const Shape multiRegion{Shape::Table, {{"strategy", &text, true}, {"failover", &text}}};
    static const Shape deployment{Shape::Table,
                                  {{"default_target", &text}, {"multi_region", &multiRegion}, {"targets", &targets, true}}};
    return deployment;
}

const Shape &monitoringShape()
{
    static const Shape slo{Shape::Table, {{"availability", &text}, {"latency_p99", &text}, {"error_budget_window", &text}}};
    static const Shape slos{Shape::Map, {}, &slo};
    static const Shape alert{
        Shape::Table, {{"service", &text}, {"expr", &text, true}, {"for", &text}, {"severity", &text, true}, {"summary", &text}}};
    static const Shape alerts{Shape::Map, {}, &alert};
    static const Shape scrape{Shape::Table, {{"interval", &text}, {"path", &text}}};
    static const Shape monitoring{Shape::Table, {{"scrape", &scrape}, {"slo", &slos}, {"alerts", &alerts}}};
    return monitoring;
}

const Shape *policyShape(const QString &kind)
{
    static const Shape group{Shape::Table, {{"members", &strings, true}, {"description", &text}}};
    static const Shape groups{Shape::Map, {}, &group};
    static const Shape changeControl{Shape::Table,
                                     {{"breaking_changes_require", &strings},
                                      {"version_bumps_require", &strings},
                                      {"config_changes_require", &strings},
                                      {"new_services_require", &strings},
                                      {"min_approvals", &integer}}};
    static const Shape governance{Shape::Table, {{"change_control", &changeControl, true}, {"groups", &groups}}};

    static const Shape waiver{Shape::TableArray,
                              {{"rule", &text, true},
                               {"service", &text, true},
                               {"project", &text},
                               {"reason", &text, true},
                               {"approved_by", &text, true},
                               {"expires", &date, true}}};
    static const Shape images{Shape::Table,
                              {{"allowed_registries", &strings}, {"forbid_latest_tag", &boolean}, {"require_digest", &boolean}}};
    static const Shape secrets{Shape::Table, {{"allowed_backends", &strings}, {"forbid_plain_env", &strings}}};
    static const Shape privileges{
        Shape::Table, {{"allow_privileged", &boolean}, {"run_as_non_root", &boolean}, {"read_only_root_fs", &boolean}}};
    static const Shape security{Shape::Table,
                                {{"images", &images}, {"secrets", &secrets}, {"privileges", &privileges}, {"waivers", &waiver}}};

    static const Shape encryption{Shape::Table, {{"in_transit", &text}, {"at_rest", &text}, {"algorithm", &text}}};
    static const Shape audit{Shape::Table, {{"enabled", &boolean}, {"retention_days", &integer}, {"log_all_access", &boolean}}};
    static const Shape complianceBody{Shape::Table,
                                      {{"pci_dss_applicable", &boolean},
                                       {"hipaa_applicable", &boolean},
                                       {"gdpr_applicable", &boolean},
                                       {"encryption", &encryption},
                                       {"audit", &audit}}};
    static const Shape compliance{Shape::Table, {{"compliance", &complianceBody, true}}};

    static const Shape tier{
        Shape::Table,
        {{"availability", &text, true}, {"response_time_p99", &text}, {"support_hours", &text}, {"rto", &text}, {"rpo", &text}}};
    static const Shape tiers{Shape::Map, {}, &tier};
    static const Shape sla{Shape::Table, {{"sla", &tiers, true}}};

    if (kind == QLatin1String("governance"))
        return &governance;
    if (kind == QLatin1String("security"))
        return &security;
    if (kind == QLatin1String("compliance"))
        return &compliance;
    if (kind == QLatin1String("sla"))
        return &sla;
    return nullptr;
}

} // namespace sr::detail
