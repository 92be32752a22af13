<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Appearance</name>
    <message>
        <source>global</source>
        <translation></translation>
    </message>
    <message>
        <source>override</source>
        <translation></translation>
    </message>
    <message>
        <source>project</source>
        <translation></translation>
    </message>
    <message>
        <source>running</source>
        <translation></translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation></translation>
    </message>
    <message>
        <source>failed</source>
        <translation></translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation></translation>
    </message>
    <message>
        <source>elite</source>
        <translation></translation>
    </message>
    <message>
        <source>high</source>
        <translation></translation>
    </message>
    <message>
        <source>medium</source>
        <translation></translation>
    </message>
    <message>
        <source>low</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ChangeModel</name>
    <message>
        <source>breaking</source>
        <translation></translation>
    </message>
    <message>
        <source>warning</source>
        <translation></translation>
    </message>
    <message>
        <source>info</source>
        <translation></translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Reaches %n service(s)</source>
        <translation>
            <numerusform>Reaches %n service</numerusform>
            <numerusform>Reaches %n services</numerusform>
        </translation>
    </message>
    <message>
        <source>Severity</source>
        <translation></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation></translation>
    </message>
    <message>
        <source>Service</source>
        <translation></translation>
    </message>
    <message>
        <source>Field</source>
        <translation></translation>
    </message>
    <message>
        <source>Affected projects</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CurrentStateModel</name>
    <message>
        <source>%1 → %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 runs since %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>Rollback candidate: %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Drift: the registry says %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Drift: the project has no such service any more.</source>
        <translation></translation>
    </message>
    <message>
        <source>Drift: the registry has no such project.</source>
        <translation></translation>
    </message>
    <message>
        <source>Drift: deployment.toml has no such target or region.</source>
        <translation></translation>
    </message>
    <message>
        <source>Project</source>
        <translation></translation>
    </message>
    <message>
        <source>Service</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DeploymentHistoryModel</name>
    <message>
        <source>running</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation></translation>
    </message>
    <message>
        <source>Started</source>
        <translation></translation>
    </message>
    <message>
        <source>Service</source>
        <translation></translation>
    </message>
    <message>
        <source>Project</source>
        <translation></translation>
    </message>
    <message>
        <source>Target</source>
        <translation></translation>
    </message>
    <message>
        <source>Version</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation></translation>
    </message>
    <message>
        <source>Deployer</source>
        <translation></translation>
    </message>
    <message>
        <source>Commit</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DeploymentTimeline</name>
    <message>
        <source>One mark per deployment, by target and region: green succeeded, red failed, orange rolled back, blue running. Marks on one pixel show the worst of them.</source>
        <translation></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation></translation>
    </message>
    <message>
        <source>No deployments in this period</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DeploymentsPane</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>All services (Ctrl+F)</source>
        <translation></translation>
    </message>
    <message>
        <source>Show one service&apos;s deployments; selecting a service anywhere fills it in</source>
        <translation></translation>
    </message>
    <message>
        <source>All targets</source>
        <translation></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Last %n day</numerusform>
            <numerusform>Last %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation></translation>
    </message>
    <message>
        <source>Query the deployment store again (Ctrl+Shift+R)</source>
        <translation></translation>
    </message>
    <message>
        <source>S&amp;ervice:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation></translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation></translation>
    </message>
    <message>
        <source>Deployment frequency</source>
        <translation></translation>
    </message>
    <message>
        <source>Lead time for changes</source>
        <translation></translation>
    </message>
    <message>
        <source>Change failure rate</source>
        <translation></translation>
    </message>
    <message>
        <source>Time to restore</source>
        <translation></translation>
    </message>
    <message>
        <source>Deployments per week</source>
        <translation></translation>
    </message>
    <message>
        <source>failed or rolled back, % of finished</source>
        <translation></translation>
    </message>
    <message>
        <source>History</source>
        <translation></translation>
    </message>
    <message>
        <source>Current state</source>
        <translation></translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>The deployment store cannot be used: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Current state (%n drifted)</source>
        <translation>
            <numerusform>Current state (%n drifted)</numerusform>
            <numerusform>Current state (%n drifted)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Change failure rate per week</source>
        <translation></translation>
    </message>
    <message>
        <source>all services</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;b&gt;DORA&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;%2</source>
        <translation></translation>
    </message>
    <message>
        <source>all targets</source>
        <translation></translation>
    </message>
    <message>
        <source>no data</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 a day</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 a week</source>
        <translation></translation>
    </message>
    <message>
        <source>From… to…</source>
        <translation></translation>
    </message>
    <message>
        <source>The period the charts, the figures and the history cover</source>
        <translation></translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation></translation>
    </message>
    <message>
        <source>Last day of the period (included)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Double-click a row to open the file where the value is defined</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a service to see its resolved fields.&lt;/i&gt;</source>
        <translation></translation>
    </message>
    <message>
        <source>global catalog</source>
        <translation></translation>
    </message>
    <message>
        <source>project %1</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) — %3, %4</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>EditSession</name>
    <message>
        <source>no registry is open</source>
        <translation></translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Clear %1 of %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Restore unsaved edits</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ExportPreviewDialog</name>
    <message>
        <source>Export: what changes in %1</source>
        <translation></translation>
    </message>
    <message>
        <source>changed</source>
        <translation></translation>
    </message>
    <message>
        <source>new</source>
        <translation></translation>
    </message>
    <message>
        <source>removed</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in this folder would change. The folder&apos;s version is on the left, the new one on the right.</source>
        <translation>
            <numerusform>%n file in this folder would change. The folder's version is on the left, the new one on the right.</numerusform>
            <numerusform>%n files in this folder would change. The folder's version is on the left, the new one on the right.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Write %n file(s)</source>
        <translation>
            <numerusform>&amp;Write %n file</numerusform>
            <numerusform>&amp;Write %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GeneratedFileModel</name>
    <message numerus="yes">
        <source>%1 — %2, %n line(s)</source>
        <translation>
            <numerusform>%1 — %2, %n line</numerusform>
            <numerusform>%1 — %2, %n lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GraphPane</name>
    <message>
        <source>%1 — in another project</source>
        <translation></translation>
    </message>
    <message>
        <source>Find a service (Ctrl+F; Enter: next)</source>
        <translation></translation>
    </message>
    <message>
        <source>all</source>
        <translation></translation>
    </message>
    <message>
        <source>Only the services this many dependencies away from the current one (0: all)</source>
        <translation></translation>
    </message>
    <message>
        <source>Only services of this type</source>
        <translation></translation>
    </message>
    <message>
        <source>Only services of this owner</source>
        <translation></translation>
    </message>
    <message>
        <source>Only services in this lifecycle</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation></translation>
    </message>
    <message>
        <source>Show the whole graph (Ctrl+0)</source>
        <translation></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation></translation>
    </message>
    <message>
        <source>Save the graph as SVG or PNG</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Depth:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Lifecycle:</source>
        <translation></translation>
    </message>
    <message>
        <source>All types</source>
        <translation></translation>
    </message>
    <message>
        <source>All owners</source>
        <translation></translation>
    </message>
    <message>
        <source>All lifecycles</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n service(s)…</source>
        <translation>
            <numerusform>Laying out %n service…</numerusform>
            <numerusform>Laying out %n services…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 may use %2 (optional)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dependenc(ies)</source>
        <translation>
            <numerusform>%n dependency</numerusform>
            <numerusform>%n dependencies</numerusform>
        </translation>
    </message>
    <message>
        <source>laid out with %1 in %2 ms</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) on a cycle (red)</source>
        <translation>
            <numerusform>%n service on a cycle (red)</numerusform>
            <numerusform>%n services on a cycle (red)</numerusform>
        </translation>
    </message>
    <message>
        <source>No service matches &apos;%1&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>Dependency graph</source>
        <translation></translation>
    </message>
    <message>
        <source>Export the dependency graph</source>
        <translation></translation>
    </message>
    <message>
        <source>SVG (*.svg);;PNG (*.png)</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation></translation>
    </message>
    <message>
        <source>drawn in %1 ms</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Service Registry</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Services</source>
        <translation></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation></translation>
    </message>
    <message>
        <source>Details</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Open Registry…</source>
        <translation></translation>
    </message>
    <message>
        <source>Open a registry folder</source>
        <translation></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Find Service</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;About Service Registry</source>
        <translation></translation>
    </message>
    <message>
        <source>About Service Registry</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Service Registry %1&lt;/h3&gt;&lt;p&gt;Administration console for a central, multi-project service registry.&lt;/p&gt;</source>
        <translation></translation>
    </message>
    <message>
        <source>Main</source>
        <translation></translation>
    </message>
    <message>
        <source>Open Registry</source>
        <translation></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 — Service Registry</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 holds no services. See the Problems pane for what is missing.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>The registry has %n error(s); the parts that could be read are shown.</source>
        <translation>
            <numerusform>The registry has %n error; the parts that could be read are shown.</numerusform>
            <numerusform>The registry has %n errors; the parts that could be read are shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loaded %1 files in %2 ms</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Reload When Files &amp;Change</source>
        <translation></translation>
    </message>
    <message>
        <source>Reload the registry when one of its files changes on disk</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Policies</source>
        <translation></translation>
    </message>
    <message>
        <source>Policy findings; the Policies tab lists them</source>
        <translation></translation>
    </message>
    <message>
        <source>Policies: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Manifests</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Graph</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation></translation>
    </message>
    <message>
        <source>Write the edited files (only the bytes that changed)</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Edit Service</source>
        <translation></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;New Service…</source>
        <translation></translation>
    </message>
    <message>
        <source>D&amp;uplicate Service…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Delete Service…</source>
        <translation></translation>
    </message>
    <message>
        <source>Re&amp;name Service…</source>
        <translation></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Deployments</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ManifestsPane</name>
    <message>
        <source>Docker Compose</source>
        <translation></translation>
    </message>
    <message>
        <source>Kubernetes</source>
        <translation></translation>
    </message>
    <message>
        <source>Terraform</source>
        <translation></translation>
    </message>
    <message>
        <source>KCL</source>
        <translation></translation>
    </message>
    <message>
        <source>Argo CD</source>
        <translation></translation>
    </message>
    <message>
        <source>Flux</source>
        <translation></translation>
    </message>
    <message>
        <source>Prometheus rules</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation></translation>
    </message>
    <message>
        <source>The project to generate</source>
        <translation></translation>
    </message>
    <message>
        <source>The deployment target of deployment.toml</source>
        <translation></translation>
    </message>
    <message>
        <source>Kubernetes: the base and one region&apos;s overlay</source>
        <translation></translation>
    </message>
    <message>
        <source>The output format</source>
        <translation></translation>
    </message>
    <message>
        <source>Repository URL Argo CD and Flux read the files from</source>
        <translation></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation></translation>
    </message>
    <message>
        <source>All regions</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation></translation>
    </message>
    <message>
        <source>The registry has no projects to generate.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 needs the URL of the git repository the generated files are committed to: enter it above.</source>
        <translation></translation>
    </message>
    <message>
        <source>Export %1 files of %2 (%3)</source>
        <translation></translation>
    </message>
    <message>
        <source>The files are still being generated; export again in a moment.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds these %n file(s), unchanged.</source>
        <translation>
            <numerusform>%1 already holds this file, unchanged.</numerusform>
            <numerusform>%1 already holds these %n files, unchanged.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing more was written: %1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n file to %1.</numerusform>
            <numerusform>Wrote %n files to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write these files into a folder, as service-registry generate does (Ctrl+E)</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>The registry has %n error(s) (see Problems): these files show what could be read, and cannot be exported until they are fixed.</source>
        <translation>
            <numerusform>The registry has %n error (see Problems): these files show what could be read, and cannot be exported until it is fixed.</numerusform>
            <numerusform>The registry has %n errors (see Problems): these files show what could be read, and cannot be exported until they are fixed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
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
        <source>Dismiss</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PoliciesPane</name>
    <message>
        <source>By severity</source>
        <translation></translation>
    </message>
    <message>
        <source>By rule</source>
        <translation></translation>
    </message>
    <message>
        <source>By project</source>
        <translation></translation>
    </message>
    <message>
        <source>By service</source>
        <translation></translation>
    </message>
    <message>
        <source>Group the findings</source>
        <translation></translation>
    </message>
    <message>
        <source>Filter findings by rule, service, message or file (Ctrl+F)</source>
        <translation></translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the file at the finding</source>
        <translation></translation>
    </message>
    <message>
        <source>Select a finding to see why its rule exists and how to fix it.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waived</source>
        <translation>
            <numerusform>%n waived</numerusform>
            <numerusform>%n waived</numerusform>
        </translation>
    </message>
    <message>
        <source>Why:</source>
        <translation></translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PolicyFindingModel</name>
    <message>
        <source>error</source>
        <translation></translation>
    </message>
    <message>
        <source>warning</source>
        <translation></translation>
    </message>
    <message>
        <source>waived</source>
        <translation></translation>
    </message>
    <message>
        <source>expired waiver</source>
        <translation></translation>
    </message>
    <message>
        <source>stale waiver</source>
        <translation></translation>
    </message>
    <message>
        <source>waiver of no rule</source>
        <translation></translation>
    </message>
    <message>
        <source>info</source>
        <translation></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation></translation>
    </message>
    <message>
        <source>Service</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <source>Location</source>
        <translation></translation>
    </message>
    <message>
        <source>(registry)</source>
        <translation></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation></translation>
    </message>
    <message>
        <source>Waived</source>
        <translation></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>Waived by %1 until %2: %3</source>
        <translation></translation>
    </message>
    <message>
        <source>Waivers to review (%1)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <source>Error</source>
        <translation></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation></translation>
    </message>
    <message>
        <source>Note</source>
        <translation></translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation></translation>
    </message>
    <message>
        <source>Code</source>
        <translation></translation>
    </message>
    <message>
        <source>Message</source>
        <translation></translation>
    </message>
    <message>
        <source>Location</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ProblemsPane</name>
    <message>
        <source>All problems</source>
        <translation></translation>
    </message>
    <message>
        <source>Errors and warnings</source>
        <translation></translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation></translation>
    </message>
    <message>
        <source>Filter problems by code, message or file</source>
        <translation></translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the file at the problem</source>
        <translation></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation></translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>Validation and policies</source>
        <translation></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation></translation>
    </message>
    <message>
        <source>Policies</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ProjectTreeModel</name>
    <message>
        <source>Global catalog</source>
        <translation></translation>
    </message>
    <message>
        <source>Global catalog %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1
%2
Pinned to catalog %3</source>
        <translation></translation>
    </message>
    <message>
        <source>Project</source>
        <translation></translation>
    </message>
    <message>
        <source>Services</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>RecentRegistriesMenu</name>
    <message>
        <source>No recent registries</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ReviewPane</name>
    <message>
        <source>&amp;Compare</source>
        <translation></translation>
    </message>
    <message>
        <source>Export &amp;migration guide…</source>
        <translation></translation>
    </message>
    <message>
        <source>Where the change starts: a branch, tag or commit of the registry&apos;s repository, a folder, or a project&apos;s upgrade preview</source>
        <translation></translation>
    </message>
    <message>
        <source>Where the change ends: the working tree (with unsaved edits), a branch, tag, commit or folder</source>
        <translation></translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation></translation>
    </message>
    <message>
        <source>Compare base and head (Ctrl+Return)</source>
        <translation></translation>
    </message>
    <message>
        <source>Save the changes and a migration guide for each breaking one, as Markdown for a pull request</source>
        <translation></translation>
    </message>
    <message>
        <source>Filter changes by rule, service, field or project (Ctrl+F)</source>
        <translation></translation>
    </message>
    <message>
        <source>The changed files</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Base:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Head:</source>
        <translation></translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation></translation>
    </message>
    <message>
        <source>Compare with a registry folder</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a base and a head, then Compare.</source>
        <translation></translation>
    </message>
    <message>
        <source>Working tree</source>
        <translation></translation>
    </message>
    <message>
        <source>Upgrade preview: %1 (catalog %2 → %3)</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a base: a branch, tag, commit or folder.</source>
        <translation></translation>
    </message>
    <message>
        <source>the working tree</source>
        <translation></translation>
    </message>
    <message>
        <source>Comparing %1 with %2…</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 → %2: %3 breaking · %4 · %5 info · %6</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) changed</source>
        <translation>
            <numerusform>%n file changed</numerusform>
            <numerusform>%n files changed</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the migration guide</source>
        <translation></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ServiceDetailsModel</name>
    <message>
        <source>Id</source>
        <translation></translation>
    </message>
    <message>
        <source>yes</source>
        <translation></translation>
    </message>
    <message>
        <source>no</source>
        <translation></translation>
    </message>
    <message>
        <source>default</source>
        <translation></translation>
    </message>
    <message>
        <source>Field</source>
        <translation></translation>
    </message>
    <message>
        <source>Value</source>
        <translation></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation></translation>
    </message>
    <message>
        <source>Defined at</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ServiceEditorPane</name>
    <message>
        <source>&amp;Form</source>
        <translation></translation>
    </message>
    <message>
        <source>TOML &amp;Source</source>
        <translation></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation></translation>
    </message>
    <message>
        <source>A TOML value, e.g. [{ name = &quot;http&quot;, port = 8080 }]</source>
        <translation></translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove this project&apos;s override: the service inherits the catalog&apos;s value again</source>
        <translation></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation></translation>
    </message>
    <message>
        <source>not a TOML value: write it as in the file, e.g. [&quot;a&quot;, &quot;b&quot;] or { key = &quot;value&quot; }</source>
        <translation></translation>
    </message>
    <message>
        <source>Select a service to edit it.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 as project %2 sees it — overrides go to %3</source>
        <translation></translation>
    </message>
    <message>
        <source>(inherited: %1)</source>
        <translation></translation>
    </message>
    <message>
        <source>Inherited from the catalog; typing overrides it for %1</source>
        <translation></translation>
    </message>
    <message>
        <source>New service %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Duplicate %1 as %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation></translation>
    </message>
    <message>
        <source>the global catalog</source>
        <translation></translation>
    </message>
    <message>
        <source>project %1</source>
        <translation></translation>
    </message>
    <message>
        <source>New Service</source>
        <translation></translation>
    </message>
    <message>
        <source>Id of the new service in %1:</source>
        <translation></translation>
    </message>
    <message>
        <source>Type of %1:</source>
        <translation></translation>
    </message>
    <message>
        <source>Duplicate Service</source>
        <translation></translation>
    </message>
    <message>
        <source>Id of the copy of %1:</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete service %1 and all its tables?</source>
        <translation></translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation></translation>
    </message>
    <message>
        <source>These services need it, directly or through others, and will report a missing dependency:</source>
        <translation></translation>
    </message>
    <message>
        <source>You can undo it (Ctrl+Z) until you save.</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete Service</source>
        <translation></translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Rename Service</source>
        <translation></translation>
    </message>
    <message>
        <source>New id of %1:</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>These lines of %n file(s) change. Text that only mentions the name (descriptions, alert expressions) is left as it is.</source>
        <translation>
            <numerusform>These lines of %n file change. Text that only mentions the name (descriptions, alert expressions) is left as it is.</numerusform>
            <numerusform>These lines of %n files change. Text that only mentions the name (descriptions, alert expressions) is left as it is.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Port</source>
        <translation></translation>
    </message>
    <message>
        <source>Container port</source>
        <translation></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation></translation>
    </message>
    <message>
        <source>Host port</source>
        <translation></translation>
    </message>
    <message>
        <source>Host IP</source>
        <translation></translation>
    </message>
    <message>
        <source>Service</source>
        <translation></translation>
    </message>
    <message>
        <source>Version range</source>
        <translation></translation>
    </message>
    <message>
        <source>Waits until</source>
        <translation></translation>
    </message>
    <message>
        <source>External</source>
        <translation></translation>
    </message>
    <message>
        <source>a port needs its number, from 1 to 65535</source>
        <translation></translation>
    </message>
    <message>
        <source>a host IP needs a host port</source>
        <translation></translation>
    </message>
    <message>
        <source>name the service it needs</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in the catalog (a global service may only need global services)</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a service of project %2, nor project/service of another project</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is version %2, which %3 does not allow</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no port named &apos;%2&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>Inherited from the catalog; any change here overrides the whole list for %1.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ServiceField</name>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Description</source>
        <translation></translation>
    </message>
    <message>
        <source>Type</source>
        <translation></translation>
    </message>
    <message>
        <source>Version</source>
        <translation></translation>
    </message>
    <message>
        <source>Image</source>
        <translation></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation></translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation></translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation></translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation></translation>
    </message>
    <message>
        <source>Shared</source>
        <translation></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation></translation>
    </message>
    <message>
        <source>CPU request</source>
        <translation></translation>
    </message>
    <message>
        <source>Memory request</source>
        <translation></translation>
    </message>
    <message>
        <source>CPU limit</source>
        <translation></translation>
    </message>
    <message>
        <source>Memory limit</source>
        <translation></translation>
    </message>
    <message>
        <source>Health check</source>
        <translation></translation>
    </message>
    <message>
        <source>Requires</source>
        <translation></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation></translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation></translation>
    </message>
    <message>
        <source>Property</source>
        <translation></translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation></translation>
    </message>
    <message>
        <source>Liveness probe</source>
        <translation></translation>
    </message>
    <message>
        <source>Readiness probe</source>
        <translation></translation>
    </message>
    <message>
        <source>Startup probe</source>
        <translation></translation>
    </message>
    <message>
        <source>Command</source>
        <translation></translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation></translation>
    </message>
    <message>
        <source>Working folder</source>
        <translation></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation></translation>
    </message>
    <message>
        <source>Data path</source>
        <translation></translation>
    </message>
    <message>
        <source>Run as user</source>
        <translation></translation>
    </message>
    <message>
        <source>Run as group</source>
        <translation></translation>
    </message>
    <message>
        <source>File system group</source>
        <translation></translation>
    </message>
    <message>
        <source>Non-root</source>
        <translation></translation>
    </message>
    <message>
        <source>Read-only root</source>
        <translation></translation>
    </message>
    <message>
        <source>Privilege escalation</source>
        <translation></translation>
    </message>
    <message>
        <source>Privileged</source>
        <translation></translation>
    </message>
    <message>
        <source>Capabilities dropped</source>
        <translation></translation>
    </message>
    <message>
        <source>Capabilities added</source>
        <translation></translation>
    </message>
    <message>
        <source>Service account</source>
        <translation></translation>
    </message>
    <message>
        <source>Label</source>
        <translation></translation>
    </message>
    <message>
        <source>Pod annotation</source>
        <translation></translation>
    </message>
    <message>
        <source>Service annotation</source>
        <translation></translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation></translation>
    </message>
    <message>
        <source>Init container</source>
        <translation></translation>
    </message>
    <message>
        <source>Container name</source>
        <translation></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation></translation>
    </message>
    <message>
        <source>Build context</source>
        <translation></translation>
    </message>
    <message>
        <source>Dockerfile</source>
        <translation></translation>
    </message>
    <message>
        <source>Build target</source>
        <translation></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ServiceTableModel</name>
    <message>
        <source>Id</source>
        <translation></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ServicesPane</name>
    <message>
        <source>Filter services (Ctrl+K): words, or type:api owner:@core-team port:8080 origin:override</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;b&gt;Pattern %1&lt;/b&gt;</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;b&gt;Global catalog&lt;/b&gt;</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation></translation>
    </message>
    <message>
        <source>Opened when the console starts without a folder</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation></translation>
    </message>
    <message>
        <source>Default Registry</source>
        <translation></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation></translation>
    </message>
    <message>
        <source>Light</source>
        <translation></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation></translation>
    </message>
    <message>
        <source>General</source>
        <translation></translation>
    </message>
    <message>
        <source>Default &amp;registry:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation></translation>
    </message>
    <message>
        <source>sqlite:PATH (default: a file in your data folder) or postgresql://user@host:5432/db</source>
        <translation></translation>
    </message>
    <message>
        <source>Deployment store</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation></translation>
    </message>
    <message>
        <source>https://git.example.com/platform/deploy.git</source>
        <translation></translation>
    </message>
    <message>
        <source>Generators (Argo CD, Flux)</source>
        <translation></translation>
    </message>
    <message>
        <source>Re&amp;pository:</source>
        <translation></translation>
    </message>
    <message>
        <source>B&amp;ranch:</source>
        <translation></translation>
    </message>
    <message>
        <source>Passwords and tokens (kept in the system keychain only)</source>
        <translation></translation>
    </message>
    <message>
        <source>PostgreSQL &amp;password:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Git hosting token:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Notification token:</source>
        <translation></translation>
    </message>
    <message>
        <source>Looking for a keychain…</source>
        <translation></translation>
    </message>
    <message>
        <source>No keychain is available (%1): passwords and tokens cannot be kept. Start a Secret Service such as GNOME Keyring or KWallet, or set PGPASSWORD for the deployment store.</source>
        <translation></translation>
    </message>
    <message>
        <source>Stored in the system keychain; never written to the settings file.</source>
        <translation></translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation></translation>
    </message>
    <message>
        <source>Not every secret could be stored: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SourceLexer</name>
    <message>
        <source>Text</source>
        <translation></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation></translation>
    </message>
    <message>
        <source>String</source>
        <translation></translation>
    </message>
    <message>
        <source>Number</source>
        <translation></translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation></translation>
    </message>
    <message>
        <source>Key</source>
        <translation></translation>
    </message>
    <message>
        <source>Block</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SourceViewer</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — line %2</source>
        <translation></translation>
    </message>
    <message>
        <source>it is %1 MiB, more than the 8 MiB a registry file may have</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>TableFieldEditor</name>
    <message>
        <source>Add</source>
        <translation></translation>
    </message>
    <message>
        <source>Add an entry (Insert)</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove the selected entries (Delete)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>UnsavedEdits</name>
    <message>
        <source>Cannot Save</source>
        <translation></translation>
    </message>
    <message>
        <source>The edits were not written, and nothing on disk changed: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Unsaved Edits</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) have unsaved edits: %1</source>
        <translation>
            <numerusform>%n file has unsaved edits: %1</numerusform>
            <numerusform>%n files have unsaved edits: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation></translation>
    </message>
    <message>
        <source>Unsaved edits to %1 from %2 were kept when the console last stopped without saving. Restore them?</source>
        <translation></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation></translation>
    </message>
    <message>
        <source>Take the files as they are on disk; your edits to them are dropped</source>
        <translation></translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation></translation>
    </message>
    <message>
        <source>Keep your edits; saving overwrites the files on disk</source>
        <translation></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 changed on disk while you were editing it.</source>
        <translation></translation>
    </message>
    <message>
        <source>On Disk and Edited</source>
        <translation></translation>
    </message>
    <message>
        <source>Left: %1 as it is on disk now. Right: your edited text.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Cannot open %1: the folder does not exist. Choose a registry folder with File › Open.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Administration console for a central service registry.</source>
        <translation></translation>
    </message>
    <message>
        <source>Registry folder (default: the last one opened, else the example).</source>
        <translation></translation>
    </message>
    <message>
        <source>Render the window to a PNG file once loaded, then exit.</source>
        <translation></translation>
    </message>
    <message>
        <source>file</source>
        <translation></translation>
    </message>
    <message>
        <source>Project to select at start.</source>
        <translation></translation>
    </message>
    <message>
        <source>name</source>
        <translation></translation>
    </message>
    <message>
        <source>Service to select at start.</source>
        <translation></translation>
    </message>
    <message>
        <source>id</source>
        <translation></translation>
    </message>
    <message>
        <source>Initial service filter.</source>
        <translation></translation>
    </message>
    <message>
        <source>text</source>
        <translation></translation>
    </message>
    <message>
        <source>Colour theme: light or dark.</source>
        <translation></translation>
    </message>
    <message>
        <source>theme</source>
        <translation></translation>
    </message>
    <message>
        <source>Review tab: compare from this git revision or folder.</source>
        <translation></translation>
    </message>
    <message>
        <source>rev</source>
        <translation></translation>
    </message>
    <message>
        <source>Review tab: compare to this git revision or folder (default: the working tree).</source>
        <translation></translation>
    </message>
    <message>
        <source>Open the editor on the service (--service): the same as --view edit.</source>
        <translation></translation>
    </message>
    <message>
        <source>Central tab to show: services, policies, graph, review, deployments, manifests or edit.</source>
        <translation></translation>
    </message>
    <message>
        <source>Deployments tab: use this store (sqlite:PATH or postgresql://USER@HOST:PORT/DB) instead of the one in Settings.</source>
        <translation></translation>
    </message>
    <message>
        <source>url</source>
        <translation></translation>
    </message>
</context>
</TS>
