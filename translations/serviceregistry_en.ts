<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApprovalStateModel</name>
    <message numerus="yes">
        <location filename="../models/approvalstatemodel.cpp" line="+79"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pending, blocks</source>
        <translation>pending, blocks</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Members: %1</source>
        <translation>Members: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a group of policies/governance.toml</source>
        <translation>%1 is not a group of policies/governance.toml</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required for</source>
        <translation>Required for</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>ChangeModel</name>
    <message>
        <location filename="../models/changemodel.cpp" line="+56"/>
        <source>breaking</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>info</source>
        <translation></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Hint: %1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Reaches %n service(s)</source>
        <translation>
            <numerusform>Reaches %n service</numerusform>
            <numerusform>Reaches %n services</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Severity</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Affected projects</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ChangeReview</name>
    <message>
        <location filename="../core/analysis/changereview.cpp" line="+40"/>
        <source>the working tree</source>
        <translation></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>no project &apos;%1&apos; in the registry</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>project &apos;%1&apos; follows the current catalog %2: there is nothing to upgrade</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>catalog %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CheckCommands</name>
    <message>
        <location filename="../app/cli/checkcommands.cpp" line="+82"/>
        <source>global catalog %1: start-up order</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>project %1 (catalog %2): start-up order</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>needs from other projects: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cycle: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CheckedRegistry</name>
    <message>
        <location filename="../app/cli/checkedregistry.cpp" line="+8"/>
        <source>Exit with 1 on warnings too.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>to check the registry in that folder, write --registry %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <location filename="../app/cli/cliapplication.cpp" line="+17"/>
        <source>Start:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deploy:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Service Registry: validate and analyse a central multi-project service registry.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A command from the list below.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&lt;command&gt; [options]</source>
        <translation></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Run &apos;service-registry &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown option &apos;%1&apos;; run service-registry --help to list the commands and their options</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown command &apos;%1 %2&apos;; %1 needs one of: %3 (e.g. service-registry %4 --help)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs one of: %2 (e.g. service-registry %3 --help)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown command &apos;%1&apos;; run service-registry --help to list the commands</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="+35"/>
        <source>Write a new, empty registry that validates clean: where a team starts</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a project from Compose files, with a report of every fact carried or not</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a project from Kubernetes manifests, with a report of every fact carried or not</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check syntax, schema, references, ports and dependencies</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print each project&apos;s start-up order and every dependency cycle</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the security and compliance policies, with their waivers</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check every policy, with its waivers</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the policy rules, built-in and custom</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explain a policy rule: why it exists and how to fix a finding</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write Compose, Kubernetes, Terraform, KCL, GitOps and alert files</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a deterministic synthetic registry (benchmarks)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review a change for its approver: the verdict, then changes, reach, findings, approvals, deployments</source>
        <translation>Review a change for its approver: the verdict, then changes, reach, findings, approvals, deployments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the changes between two versions of the registry, breaking ones first</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show which projects and services a change reaches, and through what</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the approvals a change between two revisions requires</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve a change on behalf of a governance group, or list its approvals</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a deployment, or a change of its status</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import deployment history from a .csv or .jsonl file, all of it or nothing</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the version running at every target and region</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List a service&apos;s deployments, newest first</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List where the running version differs from the registry&apos;s (exit 1 if any)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a deterministic deployment history as CSV (benchmarks, demonstrations)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the DORA figures of a project, with their bands</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serve the registry&apos;s and the store&apos;s figures to Prometheus, and run the services&apos; health checks</source>
        <translation>Serve the registry&apos;s and the store&apos;s figures to Prometheus, and run the services&apos; health checks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the audit log&apos;s hash chain (exit 1 naming the first broken row)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set fields of a service in the registry&apos;s files, keeping their layout</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove fields of a service, or a project&apos;s overrides of them</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CurrentStateModel</name>
    <message>
        <location filename="../models/currentstatemodel.cpp" line="+70"/>
        <source>%1 → %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 runs since %2.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rollback candidate: %1.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drift: the registry says %1.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drift: the project has no such service any more.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drift: the registry has no such project.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drift: deployment.toml has no such target or region.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Project</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DeployCommands</name>
    <message>
        <location filename="../app/cli/deploycommands.cpp" line="+72"/>
        <location line="+118"/>
        <source>The service&apos;s id.</source>
        <translation></translation>
    </message>
    <message>
        <location line="-117"/>
        <source>The project it was deployed for.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The version deployed.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The deployment target (staging, production…).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The target&apos;s region, when it has regions.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>started, succeeded, failed or rolled_back.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who or what deployed it (default: the store&apos;s user).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The commit id deployed.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When that commit was made (ISO 8601), for lead time.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The deployment&apos;s UUID; record it again with a new --status as it progresses.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it started (ISO 8601; default: now).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it finished (ISO 8601; default: now for a final status).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The catalog version it was generated from.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free text.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>deploy record needs --%1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown status &apos;%1&apos;; use started, succeeded, failed or rolled_back</source>
        <translation></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--%1 &apos;%2&apos; is not a time; write ISO 8601, e.g. 2026-11-28T14:05:00Z</source>
        <translation></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Recorded deployment %1.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated deployment %1.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployment %1 was already recorded.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file to import.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>deploy import needs one file: deploy import history.csv</source>
        <translation></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>100% read; indexing and committing…</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Imported %1: %n record(s), %2 new.</source>
        <translation>
            <numerusform>Imported %1: %n record, %2 new.</numerusform>
            <numerusform>Imported %1: %n records, %2 new.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>id</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+93"/>
        <source>Only this project.</source>
        <translation></translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+2"/>
        <location line="+89"/>
        <location line="+1"/>
        <location line="+86"/>
        <location line="+1"/>
        <location line="+71"/>
        <source>name</source>
        <translation></translation>
    </message>
    <message>
        <location line="-249"/>
        <location line="+90"/>
        <source>Only this target.</source>
        <translation></translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Only the last N days (default: 30).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+138"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+33"/>
        <source>n</source>
        <translation></translation>
    </message>
    <message>
        <location line="-176"/>
        <source>At most N deployments (default: 1000).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>deploy history needs --service ID</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--days and --limit take a whole number of at least 1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>No deployments of %1 in the last %n day(s).
</source>
        <translation>
            <numerusform>No deployments of %1 in the last day.
</numerusform>
            <numerusform>No deployments of %1 in the last %n days.
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>STARTED</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+21"/>
        <source>PROJECT</source>
        <translation></translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+20"/>
        <source>TARGET</source>
        <translation></translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source>VERSION</source>
        <translation></translation>
    </message>
    <message>
        <location line="-21"/>
        <source>STATUS</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DEPLOYER</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No succeeded deployments recorded.
</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SERVICE</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PREVIOUS</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SINCE</source>
        <translation></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1: runs %2, the registry says %3
</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: runs %2, but the project has no such service (removed or renamed?)
</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: runs %2, but the registry has no project &apos;%3&apos;
</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: runs %2, but the project&apos;s deployment.toml has no such target or region
</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>No drift: %n running version(s) match the registry.
</source>
        <translation>
            <numerusform>No drift: %n running version matches the registry.
</numerusform>
            <numerusform>No drift: %n running versions match the registry.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n running version(s) drifted from the registry.
</source>
        <translation>
            <numerusform>%n running version drifted from the registry.
</numerusform>
            <numerusform>%n running versions drifted from the registry.
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deploy this registry&apos;s services to its targets (default: invented names).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of deployments (default: 10000).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spread over the last N days (default: 90).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random seed; the same seed writes the same history.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CSV file to write.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--rows, --days (at least 1) and --seed take whole numbers</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deploy synth needs --out FILE</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot write %1: %2</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>wrote %n deployment(s) to %1</source>
        <translation>
            <numerusform>wrote %n deployment to %1</numerusform>
            <numerusform>wrote %n deployments to %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The project (default: every project).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The target that counts (default: production).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period: the last N days (default: 30).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--days takes a whole number of at least 1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>not known (no data)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DORA figures of %1 at %2, %3 to %4:
</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every project</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FIGURE</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VALUE</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BAND</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployment frequency</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 per day (%2 succeeded)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead time for changes</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change failure rate</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1% (%2 of %3)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time to restore</source>
        <translation></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Registry folder, inside a git work tree (default: the current folder).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The revision the change starts from.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>rev</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The revision the change ends at.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The governance group approving (e.g. platform-team).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why, or what was checked.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>text</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only list the change&apos;s approvals.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>approve needs --base REV and --head REV, the change&apos;s two revisions</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approve needs --group NAME, the governance group you approve for (or --list)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>there is no group &apos;%1&apos; in policies/governance.toml at %2</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Approvals of %1..%2 (%n person(s)):
</source>
        <translation>
            <numerusform>Approvals of %1..%2 (%n person):
</numerusform>
            <numerusform>Approvals of %1..%2 (%n people):
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>The audit log is intact: %n row(s), last hash %1.
</source>
        <translation>
            <numerusform>The audit log is intact: %n row, last hash %1.
</numerusform>
            <numerusform>The audit log is intact: %n rows, last hash %1.
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit log is broken at row %1: %2.
</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DeploymentHistoryModel</name>
    <message>
        <location filename="../models/deploymenthistorymodel.cpp" line="+118"/>
        <source>running</source>
        <translation></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Started</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deployer</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commit</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DeploymentTimeline</name>
    <message>
        <location filename="../views/deployments/deploymenttimeline.cpp" line="+38"/>
        <source>One mark per deployment, by target and region: green succeeded, red failed, orange rolled back, blue running. Marks on one pixel show the worst of them.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Timeline</source>
        <translation></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No deployments in this period</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DeploymentsPane</name>
    <message>
        <location filename="../views/deployments/deploymentspane.cpp" line="+136"/>
        <source>All services (Ctrl+F)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show one service&apos;s deployments; selecting a service anywhere fills it in</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+325"/>
        <source>All targets</source>
        <translation></translation>
    </message>
    <message>
        <location line="-323"/>
        <source>Any status</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Last %n day</numerusform>
            <numerusform>Last %n days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Refresh</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Query the deployment store again (Ctrl+Shift+R)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;ervice:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Target:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>St&amp;atus:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Deployment frequency</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lead time for changes</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+48"/>
        <source>Change failure rate</source>
        <translation></translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Time to restore</source>
        <translation></translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+271"/>
        <source>Deployments per week</source>
        <translation></translation>
    </message>
    <message>
        <location line="-252"/>
        <source>failed or rolled back, % of finished</source>
        <translation></translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+39"/>
        <source>History</source>
        <translation></translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+156"/>
        <source>Current state</source>
        <translation></translation>
    </message>
    <message>
        <location line="-118"/>
        <source>History (%1)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The deployment store cannot be used: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="-222"/>
        <location line="+214"/>
        <source>Store: %1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="+115"/>
        <source>Current state (%n drifted)</source>
        <translation>
            <numerusform>Current state (%n drifted)</numerusform>
            <numerusform>Current state (%n drifted)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 – %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change failure rate per week</source>
        <translation></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>all services</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;DORA&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;%2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>all targets</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no data</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 a day</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 a week</source>
        <translation></translation>
    </message>
    <message>
        <location line="-407"/>
        <source>From… to…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period the charts, the figures and the history cover</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>First day of the period</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of the period (included)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <location filename="../views/details/detailspane.cpp" line="+47"/>
        <source>Double-click a row to open the file where the value is defined</source>
        <translation></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;i&gt;Select a service to see its resolved fields.&lt;/i&gt;</source>
        <translation></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>global catalog</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>project %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) — %3, %4</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message numerus="yes">
        <location filename="../core/deploy/humanduration.cpp" line="+15"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditCommands</name>
    <message>
        <location filename="../app/cli/editcommands.cpp" line="+31"/>
        <source>The service&apos;s id.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fields to remove: version, resources.memory, environment.LOG_LEVEL…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields to set: version=2.4.2, replicas=4, tags=&apos;[&quot;a&quot;, &quot;b&quot;]&apos;. The value is a TOML value; a bare word is a string.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;field&gt;…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&lt;field=value&gt;…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit the service as this project sees it: a global service&apos;s field becomes (or, with unset, stops being) an override in the project&apos;s services.toml.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the edit even when it introduces errors.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write nothing; print the change as a unified diff.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unset needs a service and at least one field, e.g. unset --project shop postgresql resources.memory</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set needs a service and at least one field=value, e.g. set auth version=2.4.0</source>
        <translation></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&apos;%1&apos; is not field=value; write e.g. version=2.4.0</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 for %2; quote strings for the shell, e.g. %2=&apos;&quot;text&quot;&apos;</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>the edit would introduce %n error(s); nothing was written (--force writes it anyway)</source>
        <translation>
            <numerusform>the edit would introduce %n error; nothing was written (--force writes it anyway)</numerusform>
            <numerusform>the edit would introduce %n errors; nothing was written (--force writes it anyway)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>written with %n error(s) it introduces (--force)</source>
        <translation>
            <numerusform>written with %n error it introduces (--force)</numerusform>
            <numerusform>written with %n errors it introduces (--force)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1; nothing was changed</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>EditSession</name>
    <message>
        <location filename="../models/editsession.cpp" line="+207"/>
        <source>no registry is open</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set %1 of %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear %1 of %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+2"/>
        <source>Restore unsaved edits</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ExportPreviewDialog</name>
    <message>
        <location filename="../views/manifests/exportpreviewdialog.cpp" line="+24"/>
        <source>Export: what changes in %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>changed</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>removed</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n file(s) in this folder would change. The folder&apos;s version is on the left, the new one on the right.</source>
        <translation>
            <numerusform>%n file in this folder would change. The folder&apos;s version is on the left, the new one on the right.</numerusform>
            <numerusform>%n files in this folder would change. The folder&apos;s version is on the left, the new one on the right.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>&amp;Write %n file(s)</source>
        <translation>
            <numerusform>&amp;Write %n file</numerusform>
            <numerusform>&amp;Write %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingDeltaModel</name>
    <message>
        <location filename="../models/findingdeltamodel.cpp" line="+47"/>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fixed</source>
        <translation>fixed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the registry</source>
        <translation>the registry</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
</context>
<context>
    <name>GenerateCommands</name>
    <message>
        <location filename="../app/cli/generatecommands.cpp" line="+20"/>
        <source>Generate from the registry as it is at this git revision; its commit id goes into each file&apos;s header.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A project to generate; repeat for more (default: every project).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>name</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The deployment target (default: each project&apos;s default target; all: every target of each project).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the services of this catalog pattern.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>id</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output folder: files go to OUT/&lt;project&gt;/&lt;target&gt;/&lt;format&gt;/.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+135"/>
        <source>dir</source>
        <translation></translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Write nothing; exit with 1 and list the files when OUT differs from what would be generated.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>url</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Argo CD and Flux: the output folder&apos;s path in that repository (default: --out when it is relative).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>path</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>branch</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>generate needs --out DIR, the folder the files go to (or are compared with, with --check)</source>
        <translation></translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Argo CD and Flux: the git repository the generated files are committed to (default: [gitops] repository in policies/governance.toml).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Argo CD and Flux: the branch they follow (default: the registry&apos;s [gitops] branch, else main).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>--repo-url URL is needed for %1: the git repository the generated files are committed to and read from (or name it once in policies/governance.toml, [gitops] repository = &quot;URL&quot;; or leave them out of --format)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the registry has errors; nothing was generated</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%n generated file(s) in %1 are up to date</source>
        <translation>
            <numerusform>%n generated file in %1 is up to date</numerusform>
            <numerusform>%n generated files in %1 are up to date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n file(s) differ from what the registry generates; run service-registry generate to update them</source>
        <translation>
            <numerusform>%n file differs from what the registry generates; run service-registry generate to update it</numerusform>
            <numerusform>%n files differ from what the registry generates; run service-registry generate to update them</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 written, %3 unchanged, %4 removed</source>
        <translation></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Number of projects.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+4"/>
        <source>n</source>
        <translation></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Services per project.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services in the global catalog.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random seed; the same seed writes the same registry.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deployment targets per project, 1-6: staging, production, qa, performance, sandbox, dr.</source>
        <translation>Deployment targets per project, 1-6: staging, production, qa, performance, sandbox, dr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder to write (created; must be empty or absent).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to write the registry there, write --out %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>synth needs --out DIR</source>
        <translation></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--targets takes a number from 1 to 6</source>
        <translation>--targets takes a number from 1 to 6</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--projects (0-999), --services (1-9999), --globals (0-999) and --seed take whole numbers</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; exists and is not empty; choose a new folder</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>wrote %1 projects x %2 services to %3</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>GeneratedFileModel</name>
    <message numerus="yes">
        <location filename="../models/generatedfilemodel.cpp" line="+40"/>
        <source>%1 — %2, %n line(s)</source>
        <translation>
            <numerusform>%1 — %2, %n line</numerusform>
            <numerusform>%1 — %2, %n lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Generator</name>
    <message>
        <location filename="../core/generate/argocdgenerator.h" line="+14"/>
        <source>Argo CD</source>
        <translation>Argo CD</translation>
    </message>
    <message>
        <location filename="../core/generate/composegenerator.h" line="+13"/>
        <source>Docker Compose</source>
        <translation>Docker Compose</translation>
    </message>
    <message>
        <location filename="../core/generate/fluxgenerator.h" line="+14"/>
        <source>Flux</source>
        <translation>Flux</translation>
    </message>
    <message>
        <location filename="../core/generate/grafanagenerator.h" line="+16"/>
        <source>Grafana dashboards</source>
        <translation>Grafana dashboards</translation>
    </message>
    <message>
        <location filename="../core/generate/kclgenerator.h" line="+14"/>
        <source>KCL</source>
        <translation>KCL</translation>
    </message>
    <message>
        <location filename="../core/generate/kubernetesgenerator.h" line="+14"/>
        <source>Kubernetes</source>
        <translation>Kubernetes</translation>
    </message>
    <message>
        <location filename="../core/generate/prometheusgenerator.h" line="+14"/>
        <source>Prometheus rules</source>
        <translation>Prometheus rules</translation>
    </message>
    <message>
        <location filename="../core/generate/terraformgenerator.h" line="+14"/>
        <source>Terraform</source>
        <translation>Terraform</translation>
    </message>
</context>
<context>
    <name>GraphPane</name>
    <message>
        <location filename="../views/graph/graphnodeitem.cpp" line="+17"/>
        <source>%1 — in another project</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../views/graph/graphpane.cpp" line="+65"/>
        <source>Find a service (Ctrl+F; Enter: next)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>all</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the services this many dependencies away from the current one (0: all)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only services of this type</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only services of this owner</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only services in this lifecycle</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Fit</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole graph (Ctrl+0)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the graph as SVG or PNG</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Depth:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Type:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Owner:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lifecycle:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>All types</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All owners</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All lifecycles</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>Laying out %n service(s)…</source>
        <translation>
            <numerusform>Laying out %n service…</numerusform>
            <numerusform>Laying out %n services…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 may use %2 (optional)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 needs %2</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n dependenc(ies)</source>
        <translation>
            <numerusform>%n dependency</numerusform>
            <numerusform>%n dependencies</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>laid out with %1 in %2 ms</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n service(s) on a cycle (red)</source>
        <translation>
            <numerusform>%n service on a cycle (red)</numerusform>
            <numerusform>%n services on a cycle (red)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+76"/>
        <source>No service matches &apos;%1&apos;</source>
        <translation></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Dependency graph</source>
        <translation></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export the dependency graph</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SVG (*.svg);;PNG (*.png)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="-149"/>
        <source>drawn in %1 ms</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ImpactGraphView</name>
    <message>
        <location filename="../views/review/impactgraphview.cpp" line="+32"/>
        <location line="+17"/>
        <source>Select a change to see the services it reaches.</source>
        <translation>Select a change to see the services it reaches.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The change reaches no deployed service.</source>
        <translation>The change reaches no deployed service.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The graph cannot be laid out.</source>
        <translation>The graph cannot be laid out.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1: reached by a %2 change</source>
        <translation>%1: reached by a %2 change</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n more service(s) farther away are not drawn</source>
        <translation>
            <numerusform>%n more service farther away is not drawn</numerusform>
            <numerusform>%n more services farther away are not drawn</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../views/manifests/importdialog.cpp" line="+37"/>
        <source>carried</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approximated</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not carried</source>
        <translation></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Import Compose Files or Kubernetes Manifests</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compose files</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kubernetes manifests</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>docker-compose.yml, or manifest files and folders (separated by ;)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a project of the registry, or a new one</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;Files…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add F&amp;older…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Source:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;iles:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Project:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Object and field</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How, or why not</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Report</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Changes</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import</source>
        <translation></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose the files a project runs today and the project they go to. Nothing is written until you press Import.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Compose Files or Manifests</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YAML files (*.yaml *.yml);;All files (*)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Folder of Manifests</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Reading %n file(s) or folder(s)…</source>
        <translation>
            <numerusform>Reading %n file or folder…</numerusform>
            <numerusform>Reading %n files or folders…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot import: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 → %2 (%3)</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n not carried</source>
        <translation>
            <numerusform>%n not carried</numerusform>
            <numerusform>%n not carried</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n approximated</source>
        <translation>
            <numerusform>%n approximated</numerusform>
            <numerusform>%n approximated</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all carried</source>
        <translation></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1  (new)</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n service(s) into project %1: %2 carried, %3 approximated, %4 not carried.</source>
        <translation>
            <numerusform>%n service into project %1: %2 carried, %3 approximated, %4 not carried.</numerusform>
            <numerusform>%n services into project %1: %2 carried, %3 approximated, %4 not carried.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1&lt;br&gt;&lt;b&gt;The registry would have %n error(s), so nothing can be imported:&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>
            <numerusform>%1&lt;br&gt;&lt;b&gt;The registry would have %n error, so nothing can be imported:&lt;/b&gt;&lt;br&gt;%2</numerusform>
            <numerusform>%1&lt;br&gt;&lt;b&gt;The registry would have %n errors, so nothing can be imported:&lt;/b&gt;&lt;br&gt;%2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 The registry already holds all of it: nothing to write.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 Check what is approximated or not carried, then Import writes %n file(s).</source>
        <translation>
            <numerusform>%1 Check what is approximated or not carried, then Import writes %n file.</numerusform>
            <numerusform>%1 Check what is approximated or not carried, then Import writes %n files.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing was written: %1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Imported %n service(s) into project %1: %2 approximated, %3 not carried.</source>
        <translation>
            <numerusform>Imported %n service into project %1: %2 approximated, %3 not carried.</numerusform>
            <numerusform>Imported %n services into project %1: %2 approximated, %3 not carried.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Invocation</name>
    <message>
        <location filename="../app/cli/invocation.cpp" line="+49"/>
        <source>Comma-separated formats from %1, or all (the default).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output format: %1 (default: %2).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>format</source>
        <translation></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Registry folder (default: the current folder).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dir</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read the registry as it is at this git revision (branch, tag, commit id, HEAD~1), straight from the repository that holds the registry folder, without a checkout.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rev</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The deployment store: sqlite:PATH or postgresql://USER@HOST:PORT/DATABASE (default: the local store, %1). A PostgreSQL password comes from PGPASSWORD.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>url</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write the report to a file (atomically) instead of standard output.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file</source>
        <translation></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown format &apos;%1&apos;; use a comma-separated list of %2, or all</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown format &apos;%1&apos;; %2 writes %3</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--format needs at least one of %1, or all</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>registry folder &apos;%1&apos; does not exist or is not a folder</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/cli/standardoutput.cpp" line="+43"/>
        <source>cannot write the report to standard output: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write error</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../app/cli/invocation.cpp" line="+115"/>
        <source>cannot write %1: %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ListField</name>
    <message>
        <location filename="../core/catalog/listfields.cpp" line="+24"/>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>Port</source>
        <translation></translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Container port</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Transport</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host port</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host IP</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Service</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version range</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waits until</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>External</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../views/mainwindow.cpp" line="+54"/>
        <source>Service Registry</source>
        <translation></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&amp;Services</source>
        <translation></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Projects</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>&amp;File</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Registry…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a registry folder</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Reload</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Import Compose or Kubernetes Files…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Quit</source>
        <translation></translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+119"/>
        <source>&amp;Edit</source>
        <translation></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Find Service</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Service Registry</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Service Registry</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Service Registry %1&lt;/h3&gt;&lt;p&gt;Administration console for a central, multi-project service registry.&lt;/p&gt;</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Main</source>
        <translation></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Open Registry</source>
        <translation></translation>
    </message>
    <message>
        <location line="-248"/>
        <source>Loading %1…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+283"/>
        <source>%1 — Service Registry</source>
        <translation></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 holds no services. See the Problems pane for what is missing.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The registry has %n error(s); the parts that could be read are shown.</source>
        <translation>
            <numerusform>The registry has %n error; the parts that could be read are shown.</numerusform>
            <numerusform>The registry has %n errors; the parts that could be read are shown.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loaded %1 files in %2 ms</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <location line="-202"/>
        <source>Reload When Files &amp;Change</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload the registry when one of its files changes on disk</source>
        <translation></translation>
    </message>
    <message>
        <location line="-107"/>
        <source>&amp;Policies</source>
        <translation></translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Policy findings; the Policies tab lists them</source>
        <translation></translation>
    </message>
    <message>
        <location line="+342"/>
        <source>Policies: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="-299"/>
        <source>&amp;Manifests</source>
        <translation></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>&amp;Graph</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Review</source>
        <translation></translation>
    </message>
    <message>
        <location line="+85"/>
        <source>&amp;Save</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the edited files (only the bytes that changed)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;Undo</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit Service</source>
        <translation></translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Saved</source>
        <translation></translation>
    </message>
    <message>
        <location line="-63"/>
        <source>&amp;New Service…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate Service…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete Service…</source>
        <translation></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Re&amp;name Service…</source>
        <translation></translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Se&amp;ttings…</source>
        <translation></translation>
    </message>
    <message>
        <location line="-114"/>
        <source>&amp;Deployments</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ManifestsPane</name>
    <message>
        <location filename="../views/manifests/manifestspane.cpp" line="+45"/>
        <source>&amp;Export…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The project to generate</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The deployment target of deployment.toml</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kubernetes: the base and one region&apos;s overlay</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The output format</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+157"/>
        <source>Repository URL Argo CD and Flux read the files from</source>
        <translation></translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Ctrl+E</source>
        <translation></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Project:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Target:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Region:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Format:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Bring a project in from its Compose files or Kubernetes manifests, with a report of what is carried (Ctrl+I)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+30"/>
        <source>All regions</source>
        <translation></translation>
    </message>
    <message>
        <location line="-26"/>
        <source>%1 (default)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The registry has no projects to generate.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (the registry&apos;s; type to override)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 needs the URL of the git repository the generated files are committed to: enter it above.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Export %1 files of %2 (%3)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open a registry first: the import writes into one of its projects.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save or undo your edits first: the import writes the registry&apos;s files.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The files are still being generated; export again in a moment.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 already holds these %n file(s), unchanged.</source>
        <translation>
            <numerusform>%1 already holds this file, unchanged.</numerusform>
            <numerusform>%1 already holds these %n files, unchanged.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing more was written: %1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Wrote %n file(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n file to %1.</numerusform>
            <numerusform>Wrote %n files to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-330"/>
        <source>Write these files into a folder, as service-registry generate does (Ctrl+E)</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="+190"/>
        <source>The registry has %n error(s) (see Problems): these files show what could be read, and cannot be exported until they are fixed.</source>
        <translation>
            <numerusform>The registry has %n error (see Problems): these files show what could be read, and cannot be exported until it is fixed.</numerusform>
            <numerusform>The registry has %n errors (see Problems): these files show what could be read, and cannot be exported until they are fixed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+114"/>
        <source>The registry has %n error(s): fix them before exporting (see Problems).</source>
        <translation>
            <numerusform>The registry has %n error: fix it before exporting (see Problems).</numerusform>
            <numerusform>The registry has %n errors: fix them before exporting (see Problems).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../views/messagebar.cpp" line="+20"/>
        <source>Dismiss</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>MetricsExporter</name>
    <message numerus="yes">
        <location filename="../core/observe/metricsexporter.cpp" line="+210"/>
        <source>Registry loaded again: %n breaking change(s).</source>
        <translation>
            <numerusform>Registry loaded again: %n breaking change.</numerusform>
            <numerusform>Registry loaded again: %n breaking changes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The store cannot be read (the last good figures are served): %1</source>
        <translation>The store cannot be read (the last good figures are served): %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the registry is still loading</source>
        <translation>the registry is still loading</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the store has not been read yet: %1</source>
        <translation>the store has not been read yet: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the store is still being read</source>
        <translation>the store is still being read</translation>
    </message>
</context>
<context>
    <name>ObserveCommands</name>
    <message>
        <location filename="../app/cli/observecommands.cpp" line="+60"/>
        <source>Address and port to serve on (default: 127.0.0.1:9464).</source>
        <translation>Address and port to serve on (default: 127.0.0.1:9464).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host:port</source>
        <translation>host:port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serve HTTPS with this PEM certificate.</source>
        <translation>Serve HTTPS with this PEM certificate.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+4"/>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The PEM private key of --tls-cert.</source>
        <translation>The PEM private key of --tls-cert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow plain HTTP on an address other than loopback (a proxy in front encrypts).</source>
        <translation>Allow plain HTTP on an address other than loopback (a proxy in front encrypts).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Require this bearer token (the file&apos;s first line) on /metrics.</source>
        <translation>Require this bearer token (the file&apos;s first line) on /metrics.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Require the bearer token from SERVICE_REGISTRY_METRICS_TOKEN or the keychain on /metrics.</source>
        <translation>Require the bearer token from SERVICE_REGISTRY_METRICS_TOKEN or the keychain on /metrics.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often to read the store (default: 30s).</source>
        <translation>How often to read the store (default: 30s).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>duration</source>
        <translation>duration</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How often to run the services&apos; health checks (default: 30s).</source>
        <translation>How often to run the services&apos; health checks (default: 30s).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--store-interval and --probe-interval take a duration from 1s to 24h, such as 30s or 5m</source>
        <translation>--store-interval and --probe-interval take a duration from 1s to 24h, such as 30s or 5m</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give --token-file or --require-token, not both</source>
        <translation>give --token-file or --require-token, not both</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read the token file &apos;%1&apos;: %2</source>
        <translation>cannot read the token file &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the token file &apos;%1&apos; is empty: write the token on its first line</source>
        <translation>the token file &apos;%1&apos; is empty: write the token on its first line</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Serving metrics of %1 on %2://%3/metrics
</source>
        <translation>Serving metrics of %1 on %2://%3/metrics
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopped.
</source>
        <translation>Stopped.
</translation>
    </message>
</context>
<context>
    <name>PoliciesPane</name>
    <message>
        <location filename="../views/policies/policiespane.cpp" line="+27"/>
        <source>By severity</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By rule</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By project</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By service</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group the findings</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter findings by rule, service, message or file (Ctrl+F)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Double-click or press Enter to open the file at the finding</source>
        <translation></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Select a finding to see why its rule exists and how to fix it.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n waived</source>
        <translation>
            <numerusform>%n waived</numerusform>
            <numerusform>%n waived</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Why:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix:</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PolicyCommands</name>
    <message>
        <location filename="../app/cli/policycommands.cpp" line="+23"/>
        <source>The date that decides which waivers have expired (default: today), for reproducible runs.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yyyy-mm-dd</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exit with 1 on: error (unwaived errors, expired or unknown-rule waivers), warning (also warnings and stale waivers) or never.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>level</source>
        <translation></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--today &apos;%1&apos; is not a date; write it as 2026-11-28</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown --fail-on level &apos;%1&apos;; use error, warning or never</source>
        <translation></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Also the custom rules of this registry (policies/rules.toml).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The rule&apos;s id, e.g. images.forbid_latest_tag.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>policy explain needs one rule id, e.g. service-registry policy explain images.forbid_latest_tag</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no policy rule &apos;%1&apos;; run service-registry policy list for the rule ids</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Defined at %1:%2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PolicyFindingModel</name>
    <message>
        <location filename="../models/policyfindingmodel.cpp" line="+22"/>
        <source>error</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waived</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expired waiver</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stale waiver</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiver of no rule</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>info</source>
        <translation></translation>
    </message>
    <message>
        <location line="+161"/>
        <source>Waivers to review</source>
        <translation></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Finding</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation></translation>
    </message>
    <message>
        <location line="-105"/>
        <source>(registry)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Errors</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waived</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation></translation>
    </message>
    <message>
        <location line="+89"/>
        <source>%1 (%2)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Waived by %1 until %2: %3</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <location filename="../models/problemmodel.cpp" line="+42"/>
        <source>Error</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Hint: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Severity</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ProblemsPane</name>
    <message>
        <location filename="../views/problems/problemspane.cpp" line="+33"/>
        <source>All problems</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors and warnings</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors only</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter problems by code, message or file</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Double-click or press Enter to open the file at the problem</source>
        <translation></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Problems</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problems (%1)</source>
        <translation></translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Validation and policies</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policies</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ProjectTreeModel</name>
    <message>
        <location filename="../models/projecttreemodel.cpp" line="+89"/>
        <source>Global catalog</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Global catalog %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1
%2
Pinned to catalog %3</source>
        <translation></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Project</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Services</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../views/review/reviewpane.cpp" line="+484"/>
        <source>the deployment store is being read</source>
        <translation>the deployment store is being read</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>approvals name two commits; choose a commit as the head</source>
        <translation>approvals name two commits; choose a commit as the head</translation>
    </message>
</context>
<context>
    <name>RecentRegistriesMenu</name>
    <message>
        <location filename="../views/recentregistriesmenu.cpp" line="+43"/>
        <source>No recent registries</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Clear List</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="+122"/>
        <location line="+56"/>
        <source>Registry folder, inside a git work tree for revisions (default: the current folder).</source>
        <translation></translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+57"/>
        <source>Where the change starts: a git revision (branch, tag, commit) or a folder.</source>
        <translation></translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+3"/>
        <location line="+54"/>
        <location line="+3"/>
        <source>rev|dir</source>
        <translation></translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+57"/>
        <source>Where the change ends: a git revision or a folder (default: the registry folder as it is).</source>
        <translation></translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Only the changes of this service (in any scope).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>id</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instead of two versions: what moving this project from its pinned catalog version to the current catalog changes.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>project</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exit with 1 on: breaking changes (the default), warning (breaking changes or warnings) or never.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>level</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown --fail-on level &apos;%1&apos;; use breaking, warning or never</source>
        <translation></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 needs --base REV (a git revision or a folder), e.g. --base main</source>
        <translation></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>review needs --base REV (a git revision or a folder), e.g. --base main</source>
        <translation>review needs --base REV (a git revision or a folder), e.g. --base main</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>approvals name two commits; give --head REV to read them</source>
        <translation>approvals name two commits; give --head REV to read them</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the working tree</source>
        <translation></translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Registry folder, inside a git work tree (default: the current folder).</source>
        <translation></translation>
    </message>
    <message>
        <location line="-199"/>
        <source>--post takes github (not &apos;%1&apos;)</source>
        <translation>--post takes github (not &apos;%1&apos;)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--post github needs --repo OWNER/NAME</source>
        <translation>--post github needs --repo OWNER/NAME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--repo takes OWNER/NAME (not &apos;%1&apos;)</source>
        <translation>--repo takes OWNER/NAME (not &apos;%1&apos;)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--post github needs --pr N, the pull request&apos;s number</source>
        <translation>--post github needs --pr N, the pull request&apos;s number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--pr takes the pull request&apos;s number (not &apos;%1&apos;)</source>
        <translation>--pr takes the pull request&apos;s number (not &apos;%1&apos;)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--github-api takes an http(s) address (not &apos;%1&apos;)</source>
        <translation>--github-api takes an http(s) address (not &apos;%1&apos;)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>GitHub: %1; trying again in %2 s</source>
        <translation>GitHub: %1; trying again in %2 s</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>review: comment created on %1; status %2 set on %3</source>
        <translation>review: comment created on %1; status %2 set on %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>review: comment updated on %1; status %2 set on %3</source>
        <translation>review: comment updated on %1; status %2 set on %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review: comment on %1 already up to date; status %2 set on %3</source>
        <translation>review: comment on %1 already up to date; status %2 set on %3</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Also keep the review as one comment of a pull request and set a commit status: github.</source>
        <translation>Also keep the review as one comment of a pull request and set a commit status: github.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>where</source>
        <translation>where</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --post github: the repository, OWNER/NAME.</source>
        <translation>With --post github: the repository, OWNER/NAME.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>owner/name</source>
        <translation>owner/name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --post github: the pull request&apos;s number.</source>
        <translation>With --post github: the pull request&apos;s number.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --post github: the API&apos;s address (default: %1).</source>
        <translation>With --post github: the API&apos;s address (default: %1).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--repo and --pr go with --post github</source>
        <translation>--repo and --pr go with --post github</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The revision the change starts from (branch, tag, commit id).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>rev</source>
        <translation></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The revision the change ends at (default: the files as they are).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>approvals needs --base REV, the revision the change starts from (e.g. --base main)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Changes from %1 to %2:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  none</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Required approvals (at least %n in all, each person counted once):</source>
        <translation>
            <numerusform>Required approvals (at least %n in all, each person counted once):</numerusform>
            <numerusform>Required approvals (at least %n in all, each person counted once):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a group of governance.toml</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ReviewPane</name>
    <message>
        <location filename="../views/review/reviewpane.cpp" line="-505"/>
        <source>&amp;Compare</source>
        <translation></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Where the change starts: a branch, tag or commit of the registry&apos;s repository, a folder, or a project&apos;s upgrade preview</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the change ends: the working tree (with unsaved edits), a branch, tag, commit or folder</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Return</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare base and head (Ctrl+Return)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter changes by rule, service, field or project (Ctrl+F)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The changed files</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Base:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Head:</source>
        <translation></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Folder…</source>
        <translation></translation>
    </message>
    <message>
        <location line="-49"/>
        <source>E&amp;xport review…</source>
        <translation>E&amp;xport review…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>P&amp;ending only</source>
        <translation>P&amp;ending only</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+536"/>
        <source>&amp;Approve as…</source>
        <translation>&amp;Approve as…</translation>
    </message>
    <message>
        <location line="-517"/>
        <source>Save the review as Markdown for a pull request: the verdict, the changes with a migration guide for each breaking one, reach, findings, approvals and deployments</source>
        <translation>Save the review as Markdown for a pull request: the verdict, the changes with a migration guide for each breaking one, reach, findings, approvals and deployments</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+48"/>
        <source>Compare with a registry folder</source>
        <translation></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a base and a head, then Compare.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The approval was not recorded: %1</source>
        <translation>The approval was not recorded: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Show only the approvals still pending</source>
        <translation>Show only the approvals still pending</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Approvals</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy findings</source>
        <translation>Policy findings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reach of the selected change</source>
        <translation>Reach of the selected change</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Working tree</source>
        <translation></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Upgrade preview: %1 (catalog %2 → %3)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Choose a base: a branch, tag, commit or folder.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the working tree</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comparing %1 with %2…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 → %2: %3 breaking · %4 · %5 info · %6</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) changed</source>
        <translation>
            <numerusform>%n file changed</numerusform>
            <numerusform>%n files changed</numerusform>
        </translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Export the review</source>
        <translation>Export the review</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Approvals (no group named; %1 of %2 given)</source>
        <translation>Approvals (no group named; %1 of %2 given)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approvals (%1 of %2 pending)</source>
        <translation>Approvals (%1 of %2 pending)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy findings (%1 new, %2 fixed)</source>
        <translation>Policy findings (%1 new, %2 fixed)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running (%1)</source>
        <translation>Running (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running: %1 (%2)</source>
        <translation>Running: %1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reviewing: policies at both ends, approvals, what runs and what generate would change…</source>
        <translation>Reviewing: policies at both ends, approvals, what runs and what generate would change…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Blocked</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needs approval</source>
        <translation>Needs approval</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Select a group of the approvals list</source>
        <translation>Select a group of the approvals list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approvals name two commits: choose a commit as the base and the head</source>
        <translation>Approvals name two commits: choose a commit as the base and the head</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The deployment store has not answered yet (Settings name it)</source>
        <translation>The deployment store has not answered yet (Settings name it)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a group of policies/governance.toml at the base</source>
        <translation>%1 is not a group of policies/governance.toml at the base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only members of %1 may approve for it (%2); you are %3</source>
        <translation>Only members of %1 may approve for it (%2); you are %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Approve as %1…</source>
        <translation>&amp;Approve as %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record your approval of %1 → %2 for %3, with a comment</source>
        <translation>Record your approval of %1 → %2 for %3, with a comment</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Approve as %1</source>
        <translation>Approve as %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You approve %1 → %2 for %3. What did you check?</source>
        <translation>You approve %1 → %2 for %3. What did you check?</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>Markdown (*.md)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>RunningStateModel</name>
    <message>
        <location filename="../models/runningstatemodel.cpp" line="+61"/>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Runs the base&apos;s version: the change creates drift until %1 is deployed here</source>
        <translation>Runs the base&apos;s version: the change creates drift until %1 is deployed here</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head</source>
        <translation>Head</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rollback candidate</source>
        <translation>Rollback candidate</translation>
    </message>
</context>
<context>
    <name>ServiceDetailsModel</name>
    <message>
        <location filename="../models/servicedetailsmodel.cpp" line="+42"/>
        <source>Id</source>
        <translation></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>yes</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>default</source>
        <translation></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Field</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Origin</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Defined at</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ServiceEditorPane</name>
    <message>
        <location filename="../views/editor/serviceeditorpane.cpp" line="+126"/>
        <source>&amp;Form</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOML &amp;Source</source>
        <translation></translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+252"/>
        <source>(not set)</source>
        <translation></translation>
    </message>
    <message>
        <location line="-236"/>
        <source>A TOML value, e.g. [{ name = &quot;http&quot;, port = 8080 }]</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma-separated</source>
        <translation></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reset</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this project&apos;s override: the service inherits the catalog&apos;s value again</source>
        <translation></translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Edit %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>not a TOML value: write it as in the file, e.g. [&quot;a&quot;, &quot;b&quot;] or { key = &quot;value&quot; }</source>
        <translation></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Select a service to edit it.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 — %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 as project %2 sees it — overrides go to %3</source>
        <translation></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>(inherited: %1)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inherited from the catalog; typing overrides it for %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+91"/>
        <source>New service %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Duplicate %1 as %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the global catalog</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>project %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <location line="+5"/>
        <source>New Service</source>
        <translation></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Id of the new service in %1:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type of %1:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+5"/>
        <source>Duplicate Service</source>
        <translation></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Id of the copy of %1:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete service %1 and all its tables?</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>and %1 more</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These services need it, directly or through others, and will report a missing dependency:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can undo it (Ctrl+Z) until you save.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Delete Service</source>
        <translation></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+31"/>
        <location line="+32"/>
        <source>Rename %1 to %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+6"/>
        <source>Rename Service</source>
        <translation></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>New id of %1:</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>These lines of %n file(s) change. Text that only mentions the name (descriptions, alert expressions) is left as it is.</source>
        <translation>
            <numerusform>These lines of %n file change. Text that only mentions the name (descriptions, alert expressions) is left as it is.</numerusform>
            <numerusform>These lines of %n files change. Text that only mentions the name (descriptions, alert expressions) is left as it is.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Rename</source>
        <translation></translation>
    </message>
    <message>
        <location line="-208"/>
        <source>Inherited from the catalog; any change here overrides the whole list for %1.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ServiceField</name>
    <message>
        <location filename="../core/catalog/servicefields.cpp" line="+179"/>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Description</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Version</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Image</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Owner</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Criticality</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lifecycle</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Replaced by</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shared</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ports</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Environment</source>
        <translation></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Secret</source>
        <translation></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CPU request</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Memory request</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CPU limit</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Memory limit</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Health check</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Requires</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Optional</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Patterns</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tags</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Property</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exposure</source>
        <translation></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Liveness probe</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Readiness probe</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Startup probe</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Command</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Arguments</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Working folder</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Volume</source>
        <translation></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Data path</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run as user</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run as group</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>File system group</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Non-root</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read-only root</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Privilege escalation</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Privileged</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Capabilities dropped</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Capabilities added</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Service account</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Account exists</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Label</source>
        <translation></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pod annotation</source>
        <translation></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Service annotation</source>
        <translation></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Grace period</source>
        <translation></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Init container</source>
        <translation></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Container name</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pod container</source>
        <translation></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Networks</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restart</source>
        <translation></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Profiles</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Build context</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dockerfile</source>
        <translation></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Build target</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Schedule</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ServiceTableModel</name>
    <message>
        <location filename="../models/servicetablemodel.cpp" line="+144"/>
        <source>Id</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Origin</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ServicesPane</name>
    <message>
        <location filename="../views/services/servicespane.cpp" line="+31"/>
        <source>Filter services (Ctrl+K): words, or type:api owner:@core-team port:8080 origin:override</source>
        <translation></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>&lt;b&gt;Pattern %1&lt;/b&gt;</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Global catalog&lt;/b&gt;</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../views/settings/settingsdialog.cpp" line="+40"/>
        <source>Settings</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opened when the console starts without a folder</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default Registry</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Follow the system</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>General</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default &amp;registry:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Theme:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sqlite:PATH (default: a file in your data folder) or postgresql://user@host:5432/db</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployment store</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Connection:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>https://git.example.com/platform/deploy.git</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the registry&apos;s [gitops] branch, else main</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generators (Argo CD, Flux)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;pository:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;ranch:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passwords and tokens (kept in the system keychain only)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PostgreSQL &amp;password:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Git hosting token:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notification token:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Looking for a keychain…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No keychain is available (%1): passwords and tokens cannot be kept. Start a Secret Service such as GNOME Keyring or KWallet, or set PGPASSWORD for the deployment store.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stored in the system keychain; never written to the settings file.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Keychain</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not every secret could be stored: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SourceLexer</name>
    <message>
        <location filename="../views/source/sourcelexer.cpp" line="+71"/>
        <source>Text</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>String</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyword</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SourceViewer</name>
    <message>
        <location filename="../views/source/sourceviewer.cpp" line="+45"/>
        <source>Cannot open %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (read-only)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — line %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>it is %1 MiB, more than the 8 MiB a registry file may have</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>StartCommands</name>
    <message>
        <location filename="../app/cli/startcommands.cpp" line="+18"/>
        <source>The folder to create (it must be empty or absent).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The team that owns the catalog and approves changes (default: @platform-team).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+54"/>
        <source>team</source>
        <translation></translation>
    </message>
    <message>
        <location line="-52"/>
        <source>The one registry images may come from (default: any).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>host</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>init needs one folder: service-registry init DIR</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--owner takes a team written @name, e.g. @platform-team</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>wrote a new registry to %1
next: service-registry validate -r %2, then import a project (service-registry import --help)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Compose files; later ones override earlier ones, as with docker compose -f.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FILE…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Manifests: files (multi-document YAML, helm template or kubectl kustomize output) or folders of them.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FILE|DIR…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project to import into (created when missing).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <location line="+2"/>
        <source>name</source>
        <translation></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Print the report and the changes to the TOML files; write nothing.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner of a new project and of the services it adds (default: the project&apos;s owner, else @&lt;project&gt;-team).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The deployment target that gets the replicas (default: production; local for Compose).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cluster of a new target (default: default; docker for Compose).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>import compose needs at least one Compose file</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import kubernetes needs at least one manifest file or folder</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import needs --project NAME, the project the services go to</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--owner takes a team written @name, e.g. @shop-team</source>
        <translation></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the import would leave errors in the registry: nothing was written</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>TableFieldEditor</name>
    <message>
        <location filename="../views/editor/tablefieldeditor.cpp" line="+136"/>
        <source>Add</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an entry (Insert)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected entries (Delete)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>UnsavedEdits</name>
    <message>
        <location filename="../views/editor/unsavededits.cpp" line="+38"/>
        <source>Cannot Save</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The edits were not written, and nothing on disk changed: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unsaved Edits</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s) have unsaved edits: %1</source>
        <translation>
            <numerusform>%n file has unsaved edits: %1</numerusform>
            <numerusform>%n files have unsaved edits: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Restore</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discard</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unsaved edits to %1 from %2 were kept when the console last stopped without saving. Restore them?</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reload</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the files as they are on disk; your edits to them are dropped</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep Mine</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep your edits; saving overwrites the files on disk</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compare</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 changed on disk while you were editing it.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On Disk and Edited</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Left: %1 as it is on disk now. Right: your edited text.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../core/analysis/changedetector.cpp" line="+601"/>
        <location filename="../core/policy/requiredapprovals.cpp" line="+61"/>
        <source>breaking</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../core/catalog/diagnostic.cpp" line="+27"/>
        <source>warning</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>info</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../core/catalog/diagnostic.cpp" line="+0"/>
        <source>error</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../core/catalog/service.cpp" line="+9"/>
        <source>global</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>override</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>project</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../core/deploy/deploymentrecord.cpp" line="+13"/>
        <source>running</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>succeeded</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rolled back</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../core/deploy/dora.cpp" line="+84"/>
        <source>elite</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>high</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medium</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>low</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../core/deploy/drift.cpp" line="+10"/>
        <source>another version</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown service</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown project</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown target</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../core/generate/generatedoutput.cpp" line="+193"/>
        <source>changed</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../core/policy/policyengine.cpp" line="+491"/>
        <source>stale</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../core/policy/policyengine.cpp" line="-1"/>
        <source>active</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>expired</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown rule</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../core/policy/requiredapprovals.cpp" line="+0"/>
        <source>version bump</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>config</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>new service</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../core/analysis/reportformat.cpp" line="+8"/>
        <source>text</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SARIF</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JUnit XML</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../core/review/approverreview.cpp" line="+292"/>
        <source>blocked</source>
        <translation>blocked</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>needs approval</source>
        <translation>needs approval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../models/workspace.cpp" line="+42"/>
        <source>Cannot open %1: the folder does not exist. Choose a registry folder with File › Open.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/console/main.cpp" line="+60"/>
        <source>Administration console for a central service registry.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registry folder (default: the last one opened, else the example).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Render the window to a PNG file once loaded, then exit.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project to select at start.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>name</source>
        <translation></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Service to select at start.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>id</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial service filter.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Colour theme: light or dark.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>theme</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review tab: compare from this git revision or folder.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>rev</source>
        <translation></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Review tab: compare to this git revision or folder (default: the working tree).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the editor on the service (--service): the same as --view edit.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open File › Import… on these Compose files or manifests (repeat for more), into --project.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>path</source>
        <translation></translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Central tab to show: services, policies, graph, review, deployments, manifests or edit.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Deployments tab: use this store (sqlite:PATH or postgresql://USER@HOST:PORT/DB) instead of the one in Settings.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>url</source>
        <translation></translation>
    </message>
</context>
</TS>
