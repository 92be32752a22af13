<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ApprovalStateModel</name>
    <message numerus="yes">
        <location filename="../models/approvalstatemodel.cpp" line="+79"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>approved</source>
        <translation>aprobado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pending, blocks</source>
        <translation>pendiente, bloquea</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Members: %1</source>
        <translation>Miembros: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a group of policies/governance.toml</source>
        <translation>%1 no es un grupo de policies/governance.toml</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required for</source>
        <translation>Necesario para</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by</source>
        <translation>Aprobado por</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>ChangeModel</name>
    <message>
        <location filename="../models/changemodel.cpp" line="+56"/>
        <source>breaking</source>
        <translation>incompatible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>info</source>
        <translation>información</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Hint: %1</source>
        <translation>Sugerencia: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Reaches %n service(s)</source>
        <translation>
            <numerusform>Alcanza %n servicio</numerusform>
            <numerusform>Alcanza %n servicios</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Affected projects</source>
        <translation>Proyectos afectados</translation>
    </message>
</context>
<context>
    <name>ChangeReview</name>
    <message>
        <location filename="../core/analysis/changereview.cpp" line="+40"/>
        <source>the working tree</source>
        <translation>el árbol de trabajo</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>no project &apos;%1&apos; in the registry</source>
        <translation>no hay ningún proyecto «%1» en el registro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>project &apos;%1&apos; follows the current catalog %2: there is nothing to upgrade</source>
        <translation>el proyecto «%1» sigue el catálogo actual %2: no hay nada que actualizar</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>catalog %1</source>
        <translation>catálogo %1</translation>
    </message>
</context>
<context>
    <name>CheckCommands</name>
    <message>
        <location filename="../app/cli/checkcommands.cpp" line="+82"/>
        <source>global catalog %1: start-up order</source>
        <translation>catálogo global %1: orden de arranque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>project %1 (catalog %2): start-up order</source>
        <translation>proyecto %1 (catálogo %2): orden de arranque</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>needs from other projects: %1</source>
        <translation>necesita de otros proyectos: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cycle: %1</source>
        <translation>ciclo: %1</translation>
    </message>
</context>
<context>
    <name>CheckedRegistry</name>
    <message>
        <location filename="../app/cli/checkedregistry.cpp" line="+8"/>
        <source>Exit with 1 on warnings too.</source>
        <translation>Salir con 1 también ante avisos.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>to check the registry in that folder, write --registry %1</source>
        <translation>para comprobar el registro de esa carpeta, escriba --registry %1</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <location filename="../app/cli/cliapplication.cpp" line="+17"/>
        <source>Start:</source>
        <translation>Empezar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check:</source>
        <translation>Comprobar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate:</source>
        <translation>Generar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review:</source>
        <translation>Revisar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deploy:</source>
        <translation>Desplegar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit:</source>
        <translation>Editar:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Service Registry: validate and analyse a central multi-project service registry.</source>
        <translation>Service Registry: valida y analiza un registro central de servicios de varios proyectos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A command from the list below.</source>
        <translation>Una orden de la lista siguiente.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&lt;command&gt; [options]</source>
        <translation>&lt;orden&gt; [opciones]</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Run &apos;service-registry &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation>Ejecute «service-registry &lt;orden&gt; --help» para ver las opciones de una orden.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown option &apos;%1&apos;; run service-registry --help to list the commands and their options</source>
        <translation>opción desconocida «%1»; ejecute service-registry --help para ver las órdenes y sus opciones</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown command &apos;%1 %2&apos;; %1 needs one of: %3 (e.g. service-registry %4 --help)</source>
        <translation>orden desconocida «%1 %2»; %1 necesita una de: %3 (p. ej. service-registry %4 --help)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs one of: %2 (e.g. service-registry %3 --help)</source>
        <translation>%1 necesita una de: %2 (p. ej. service-registry %3 --help)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown command &apos;%1&apos;; run service-registry --help to list the commands</source>
        <translation>orden desconocida «%1»; ejecute service-registry --help para ver las órdenes</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="+35"/>
        <source>Write a new, empty registry that validates clean: where a team starts</source>
        <translation>Escribe un registro nuevo y vacío que valida sin errores: donde empieza un equipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a project from Compose files, with a report of every fact carried or not</source>
        <translation>Importa un proyecto desde archivos de Compose, con un informe de cada dato trasladado o no</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a project from Kubernetes manifests, with a report of every fact carried or not</source>
        <translation>Importa un proyecto desde manifiestos de Kubernetes, con un informe de cada dato trasladado o no</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check syntax, schema, references, ports and dependencies</source>
        <translation>Comprueba sintaxis, esquema, referencias, puertos y dependencias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print each project&apos;s start-up order and every dependency cycle</source>
        <translation>Muestra el orden de arranque de cada proyecto y cada ciclo de dependencias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the security and compliance policies, with their waivers</source>
        <translation>Comprueba las políticas de seguridad y cumplimiento, con sus exenciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check every policy, with its waivers</source>
        <translation>Comprueba todas las políticas, con sus exenciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the policy rules, built-in and custom</source>
        <translation>Lista las reglas de política, integradas y propias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explain a policy rule: why it exists and how to fix a finding</source>
        <translation>Explica una regla de política: por qué existe y cómo corregir un hallazgo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write Compose, Kubernetes, Terraform, KCL, GitOps and alert files</source>
        <translation>Escribe archivos de Compose, Kubernetes, Terraform, KCL, GitOps y alertas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a deterministic synthetic registry (benchmarks)</source>
        <translation>Escribe un registro sintético determinista (pruebas de rendimiento)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review a change for its approver: the verdict, then changes, reach, findings, approvals, deployments</source>
        <translation>Revisar un cambio para quien lo aprueba: el veredicto y luego cambios, alcance, hallazgos, aprobaciones, despliegues</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the changes between two versions of the registry, breaking ones first</source>
        <translation>Lista los cambios entre dos versiones del registro, primero los incompatibles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show which projects and services a change reaches, and through what</source>
        <translation>Muestra a qué proyectos y servicios llega un cambio, y a través de qué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the approvals a change between two revisions requires</source>
        <translation>Lista las aprobaciones que requiere un cambio entre dos revisiones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve a change on behalf of a governance group, or list its approvals</source>
        <translation>Aprueba un cambio en nombre de un grupo de gobierno, o lista sus aprobaciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a deployment, or a change of its status</source>
        <translation>Registra un despliegue, o un cambio de su estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import deployment history from a .csv or .jsonl file, all of it or nothing</source>
        <translation>Importa el historial de despliegues de un archivo .csv o .jsonl, todo o nada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the version running at every target and region</source>
        <translation>Lista la versión en ejecución en cada destino y región</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List a service&apos;s deployments, newest first</source>
        <translation>Lista los despliegues de un servicio, los más recientes primero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List where the running version differs from the registry&apos;s (exit 1 if any)</source>
        <translation>Lista dónde la versión en ejecución difiere de la del registro (sale con 1 si hay alguna)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a deterministic deployment history as CSV (benchmarks, demonstrations)</source>
        <translation>Escribe un historial de despliegues determinista en CSV (pruebas de rendimiento, demostraciones)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the DORA figures of a project, with their bands</source>
        <translation>Muestra las cifras DORA de un proyecto, con sus bandas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serve the registry&apos;s and the store&apos;s figures to Prometheus, and run the services&apos; health checks</source>
        <translation>Servir a Prometheus las cifras del registro y del almacén, y ejecutar las comprobaciones de salud de los servicios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the audit log&apos;s hash chain (exit 1 naming the first broken row)</source>
        <translation>Comprueba la cadena de hashes del registro de auditoría (sale con 1 y nombra la primera fila rota)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set fields of a service in the registry&apos;s files, keeping their layout</source>
        <translation>Asigna campos de un servicio en los archivos del registro, conservando su formato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove fields of a service, or a project&apos;s overrides of them</source>
        <translation>Elimina campos de un servicio, o las sobrescrituras de un proyecto</translation>
    </message>
</context>
<context>
    <name>CurrentStateModel</name>
    <message>
        <location filename="../models/currentstatemodel.cpp" line="+70"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 runs since %2.</source>
        <translation>%1 se ejecuta desde %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rollback candidate: %1.</source>
        <translation>Candidata para revertir: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drift: the registry says %1.</source>
        <translation>Deriva: el registro indica %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drift: the project has no such service any more.</source>
        <translation>Deriva: el proyecto ya no tiene ese servicio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drift: the registry has no such project.</source>
        <translation>Deriva: el registro no tiene ese proyecto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drift: deployment.toml has no such target or region.</source>
        <translation>Deriva: deployment.toml no tiene ese destino o región.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
</context>
<context>
    <name>DeployCommands</name>
    <message>
        <location filename="../app/cli/deploycommands.cpp" line="+72"/>
        <location line="+118"/>
        <source>The service&apos;s id.</source>
        <translation>El id del servicio.</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>The project it was deployed for.</source>
        <translation>El proyecto para el que se desplegó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The version deployed.</source>
        <translation>La versión desplegada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The deployment target (staging, production…).</source>
        <translation>El destino del despliegue (staging, production…).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The target&apos;s region, when it has regions.</source>
        <translation>La región del destino, cuando tiene regiones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>started, succeeded, failed or rolled_back.</source>
        <translation>started, succeeded, failed o rolled_back.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who or what deployed it (default: the store&apos;s user).</source>
        <translation>Quién o qué lo desplegó (por omisión: el usuario del almacén).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The commit id deployed.</source>
        <translation>El id del commit desplegado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When that commit was made (ISO 8601), for lead time.</source>
        <translation>Cuándo se hizo ese commit (ISO 8601), para el tiempo de entrega.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The deployment&apos;s UUID; record it again with a new --status as it progresses.</source>
        <translation>El UUID del despliegue; regístrelo de nuevo con otro --status según avance.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it started (ISO 8601; default: now).</source>
        <translation>Cuándo empezó (ISO 8601; por omisión: ahora).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it finished (ISO 8601; default: now for a final status).</source>
        <translation>Cuándo terminó (ISO 8601; por omisión: ahora para un estado final).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The catalog version it was generated from.</source>
        <translation>La versión del catálogo de la que se generó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free text.</source>
        <translation>Texto libre.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>deploy record needs --%1</source>
        <translation>deploy record necesita --%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown status &apos;%1&apos;; use started, succeeded, failed or rolled_back</source>
        <translation>estado desconocido «%1»; use started, succeeded, failed o rolled_back</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--%1 &apos;%2&apos; is not a time; write ISO 8601, e.g. 2026-11-28T14:05:00Z</source>
        <translation>--%1 «%2» no es una hora; escriba ISO 8601, p. ej. 2026-11-28T14:05:00Z</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Recorded deployment %1.</source>
        <translation>Despliegue %1 registrado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated deployment %1.</source>
        <translation>Despliegue %1 actualizado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployment %1 was already recorded.</source>
        <translation>El despliegue %1 ya estaba registrado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file to import.</source>
        <translation>El archivo que importar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>deploy import needs one file: deploy import history.csv</source>
        <translation>deploy import necesita un archivo: deploy import history.csv</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>100% read; indexing and committing…</source>
        <translation>100 % leído; indexando y confirmando…</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Imported %1: %n record(s), %2 new.</source>
        <translation>
            <numerusform>Importado %1: %n registro, %2 nuevos.</numerusform>
            <numerusform>Importado %1: %n registros, %2 nuevos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+93"/>
        <source>Only this project.</source>
        <translation>Solo este proyecto.</translation>
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
        <translation>nombre</translation>
    </message>
    <message>
        <location line="-249"/>
        <location line="+90"/>
        <source>Only this target.</source>
        <translation>Solo este destino.</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Only the last N days (default: 30).</source>
        <translation>Solo los últimos N días (por omisión: 30).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+138"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+33"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>At most N deployments (default: 1000).</source>
        <translation>Como mucho N despliegues (por omisión: 1000).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>deploy history needs --service ID</source>
        <translation>deploy history necesita --service ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--days and --limit take a whole number of at least 1</source>
        <translation>--days y --limit aceptan un número entero de al menos 1</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>No deployments of %1 in the last %n day(s).
</source>
        <translation>
            <numerusform>Ningún despliegue de %1 en el último día.
</numerusform>
            <numerusform>Ningún despliegue de %1 en los últimos %n días.
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>STARTED</source>
        <translation>INICIO</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+21"/>
        <source>PROJECT</source>
        <translation>PROYECTO</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+20"/>
        <source>TARGET</source>
        <translation>DESTINO</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source>VERSION</source>
        <translation>VERSIÓN</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DEPLOYER</source>
        <translation>RESPONSABLE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No succeeded deployments recorded.
</source>
        <translation>No hay despliegues correctos registrados.
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SERVICE</source>
        <translation>SERVICIO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PREVIOUS</source>
        <translation>ANTERIOR</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SINCE</source>
        <translation>DESDE</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1: runs %2, the registry says %3
</source>
        <translation>%1: ejecuta %2, el registro dice %3
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: runs %2, but the project has no such service (removed or renamed?)
</source>
        <translation>%1: ejecuta %2, pero el proyecto no tiene ese servicio (¿eliminado o renombrado?)
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: runs %2, but the registry has no project &apos;%3&apos;
</source>
        <translation>%1: ejecuta %2, pero el registro no tiene el proyecto «%3»
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: runs %2, but the project&apos;s deployment.toml has no such target or region
</source>
        <translation>%1: ejecuta %2, pero el deployment.toml del proyecto no tiene ese destino o región
</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>No drift: %n running version(s) match the registry.
</source>
        <translation>
            <numerusform>Sin deriva: %n versión en ejecución coincide con el registro.
</numerusform>
            <numerusform>Sin deriva: %n versiones en ejecución coinciden con el registro.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n running version(s) drifted from the registry.
</source>
        <translation>
            <numerusform>%n versión en ejecución se desvía del registro.
</numerusform>
            <numerusform>%n versiones en ejecución se desvían del registro.
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deploy this registry&apos;s services to its targets (default: invented names).</source>
        <translation>Desplegar los servicios de este registro en sus destinos (por omisión: nombres inventados).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of deployments (default: 10000).</source>
        <translation>Número de despliegues (por omisión: 10000).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spread over the last N days (default: 90).</source>
        <translation>Repartidos en los últimos N días (por omisión: 90).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random seed; the same seed writes the same history.</source>
        <translation>Semilla aleatoria; la misma semilla escribe el mismo historial.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CSV file to write.</source>
        <translation>El archivo CSV que escribir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--rows, --days (at least 1) and --seed take whole numbers</source>
        <translation>--rows, --days (al menos 1) y --seed aceptan números enteros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deploy synth needs --out FILE</source>
        <translation>deploy synth necesita --out ARCHIVO</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>wrote %n deployment(s) to %1</source>
        <translation>
            <numerusform>%n despliegue escrito en %1</numerusform>
            <numerusform>%n despliegues escritos en %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The project (default: every project).</source>
        <translation>El proyecto (por omisión: todos).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The target that counts (default: production).</source>
        <translation>El destino que cuenta (por omisión: production).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period: the last N days (default: 30).</source>
        <translation>El periodo: los últimos N días (por omisión: 30).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--days takes a whole number of at least 1</source>
        <translation>--days acepta un número entero de al menos 1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>not known (no data)</source>
        <translation>desconocido (sin datos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DORA figures of %1 at %2, %3 to %4:
</source>
        <translation>Cifras DORA de %1 en %2, del %3 al %4:
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every project</source>
        <translation>todos los proyectos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FIGURE</source>
        <translation>CIFRA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VALUE</source>
        <translation>VALOR</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BAND</source>
        <translation>BANDA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployment frequency</source>
        <translation>Frecuencia de despliegue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 per day (%2 succeeded)</source>
        <translation>%1 al día (%2 correctos)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead time for changes</source>
        <translation>Tiempo de entrega de cambios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change failure rate</source>
        <translation>Tasa de fallos de cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1% (%2 of %3)</source>
        <translation>%1 % (%2 de %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time to restore</source>
        <translation>Tiempo de recuperación</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Registry folder, inside a git work tree (default: the current folder).</source>
        <translation>Carpeta del registro, dentro de un árbol de trabajo de git (por omisión: la carpeta actual).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The revision the change starts from.</source>
        <translation>La revisión de la que parte el cambio.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>rev</source>
        <translation>rev</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The revision the change ends at.</source>
        <translation>La revisión en la que termina el cambio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The governance group approving (e.g. platform-team).</source>
        <translation>El grupo de gobierno que aprueba (p. ej. platform-team).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why, or what was checked.</source>
        <translation>Por qué, o qué se comprobó.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only list the change&apos;s approvals.</source>
        <translation>Solo listar las aprobaciones del cambio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>approve needs --base REV and --head REV, the change&apos;s two revisions</source>
        <translation>approve necesita --base REV y --head REV, las dos revisiones del cambio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approve needs --group NAME, the governance group you approve for (or --list)</source>
        <translation>approve necesita --group NOMBRE, el grupo de gobierno por el que aprueba (o --list)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>there is no group &apos;%1&apos; in policies/governance.toml at %2</source>
        <translation>no hay ningún grupo «%1» en policies/governance.toml en %2</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Approvals of %1..%2 (%n person(s)):
</source>
        <translation>
            <numerusform>Aprobaciones de %1..%2 (%n persona):
</numerusform>
            <numerusform>Aprobaciones de %1..%2 (%n personas):
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>The audit log is intact: %n row(s), last hash %1.
</source>
        <translation>
            <numerusform>El registro de auditoría está íntegro: %n fila, último hash %1.
</numerusform>
            <numerusform>El registro de auditoría está íntegro: %n filas, último hash %1.
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit log is broken at row %1: %2.
</source>
        <translation>El registro de auditoría está roto en la fila %1: %2.
</translation>
    </message>
</context>
<context>
    <name>DeploymentHistoryModel</name>
    <message>
        <location filename="../models/deploymenthistorymodel.cpp" line="+118"/>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deployer</source>
        <translation>Desplegado por</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
</context>
<context>
    <name>DeploymentTimeline</name>
    <message>
        <location filename="../views/deployments/deploymenttimeline.cpp" line="+38"/>
        <source>One mark per deployment, by target and region: green succeeded, red failed, orange rolled back, blue running. Marks on one pixel show the worst of them.</source>
        <translation>Una marca por despliegue, por destino y región: verde correcto, rojo fallido, naranja revertido, azul en curso. Las marcas en un mismo píxel muestran la peor de ellas.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No deployments in this period</source>
        <translation>No hay despliegues en este periodo</translation>
    </message>
</context>
<context>
    <name>DeploymentsPane</name>
    <message>
        <location filename="../views/deployments/deploymentspane.cpp" line="+136"/>
        <source>All services (Ctrl+F)</source>
        <translation>Todos los servicios (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show one service&apos;s deployments; selecting a service anywhere fills it in</source>
        <translation>Muestra los despliegues de un servicio; al seleccionar un servicio en cualquier lugar se rellena</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+325"/>
        <source>All targets</source>
        <translation>Todos los destinos</translation>
    </message>
    <message>
        <location line="-323"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Último %n día</numerusform>
            <numerusform>Últimos %n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Query the deployment store again (Ctrl+Shift+R)</source>
        <translation>Consultar de nuevo el almacén de despliegues (Ctrl+Mayús+R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;ervice:</source>
        <translation>S&amp;ervicio:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Target:</source>
        <translation>&amp;Destino:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>St&amp;atus:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Deployment frequency</source>
        <translation>Frecuencia de despliegue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lead time for changes</source>
        <translation>Tiempo de entrega de cambios</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+48"/>
        <source>Change failure rate</source>
        <translation>Tasa de fallos de cambios</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Time to restore</source>
        <translation>Tiempo de recuperación</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+271"/>
        <source>Deployments per week</source>
        <translation>Despliegues por semana</translation>
    </message>
    <message>
        <location line="-252"/>
        <source>failed or rolled back, % of finished</source>
        <translation>fallidos o revertidos, % de los terminados</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+39"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+156"/>
        <source>Current state</source>
        <translation>Estado actual</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>History (%1)</source>
        <translation>Historial (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The deployment store cannot be used: %1</source>
        <translation>No se puede usar el almacén de despliegues: %1</translation>
    </message>
    <message>
        <location line="-222"/>
        <location line="+214"/>
        <source>Store: %1</source>
        <translation>Almacén: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+115"/>
        <source>Current state (%n drifted)</source>
        <translation>
            <numerusform>Estado actual (%n con deriva)</numerusform>
            <numerusform>Estado actual (%n con deriva)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change failure rate per week</source>
        <translation>Tasa de fallos de cambios por semana</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>all services</source>
        <translation>todos los servicios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;DORA&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;%2</source>
        <translation>&lt;b&gt;DORA&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>all targets</source>
        <translation>todos los destinos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 a day</source>
        <translation>%1 al día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 a week</source>
        <translation>%1 a la semana</translation>
    </message>
    <message>
        <location line="-407"/>
        <source>From… to…</source>
        <translation>Desde… hasta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period the charts, the figures and the history cover</source>
        <translation>El periodo que cubren los gráficos, las cifras y el historial</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>First day of the period</source>
        <translation>Primer día del periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of the period (included)</source>
        <translation>Último día del periodo (incluido)</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <location filename="../views/details/detailspane.cpp" line="+47"/>
        <source>Double-click a row to open the file where the value is defined</source>
        <translation>Haga doble clic en una fila para abrir el archivo donde se define el valor</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;i&gt;Select a service to see its resolved fields.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Seleccione un servicio para ver sus campos resueltos.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>global catalog</source>
        <translation>catálogo global</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>project %1</source>
        <translation>proyecto %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) — %3, %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) — %3, %4</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message numerus="yes">
        <location filename="../core/deploy/humanduration.cpp" line="+15"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditCommands</name>
    <message>
        <location filename="../app/cli/editcommands.cpp" line="+31"/>
        <source>The service&apos;s id.</source>
        <translation>El id del servicio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fields to remove: version, resources.memory, environment.LOG_LEVEL…</source>
        <translation>Campos que eliminar: version, resources.memory, environment.LOG_LEVEL…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields to set: version=2.4.2, replicas=4, tags=&apos;[&quot;a&quot;, &quot;b&quot;]&apos;. The value is a TOML value; a bare word is a string.</source>
        <translation>Campos que asignar: version=2.4.2, replicas=4, tags=&apos;[&quot;a&quot;, &quot;b&quot;]&apos;. El valor es un valor TOML; una palabra sin comillas es una cadena.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;field&gt;…</source>
        <translation>&lt;campo&gt;…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&lt;field=value&gt;…</source>
        <translation>&lt;campo=valor&gt;…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit the service as this project sees it: a global service&apos;s field becomes (or, with unset, stops being) an override in the project&apos;s services.toml.</source>
        <translation>Editar el servicio tal como lo ve este proyecto: el campo de un servicio global pasa a ser (o, con unset, deja de ser) una sobrescritura en el services.toml del proyecto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the edit even when it introduces errors.</source>
        <translation>Escribir la edición aunque introduzca errores.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write nothing; print the change as a unified diff.</source>
        <translation>No escribir nada; mostrar el cambio como un diff unificado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unset needs a service and at least one field, e.g. unset --project shop postgresql resources.memory</source>
        <translation>unset necesita un servicio y al menos un campo, p. ej. unset --project shop postgresql resources.memory</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set needs a service and at least one field=value, e.g. set auth version=2.4.0</source>
        <translation>set necesita un servicio y al menos un campo=valor, p. ej. set auth version=2.4.0</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&apos;%1&apos; is not field=value; write e.g. version=2.4.0</source>
        <translation>«%1» no es campo=valor; escriba p. ej. version=2.4.0</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 for %2; quote strings for the shell, e.g. %2=&apos;&quot;text&quot;&apos;</source>
        <translation>%1 para %2; entrecomille las cadenas para el intérprete, p. ej. %2=&apos;&quot;texto&quot;&apos;</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>the edit would introduce %n error(s); nothing was written (--force writes it anyway)</source>
        <translation>
            <numerusform>la edición introduciría %n error; no se escribió nada (--force la escribe de todos modos)</numerusform>
            <numerusform>la edición introduciría %n errores; no se escribió nada (--force la escribe de todos modos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>written with %n error(s) it introduces (--force)</source>
        <translation>
            <numerusform>escrito con %n error que introduce (--force)</numerusform>
            <numerusform>escrito con %n errores que introduce (--force)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1; nothing was changed</source>
        <translation>%1; no se cambió nada</translation>
    </message>
</context>
<context>
    <name>EditSession</name>
    <message>
        <location filename="../models/editsession.cpp" line="+207"/>
        <source>no registry is open</source>
        <translation>no hay ningún registro abierto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set %1 of %2</source>
        <translation>Cambiar %1 de %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear %1 of %2</source>
        <translation>Quitar %1 de %2</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+2"/>
        <source>Restore unsaved edits</source>
        <translation>Recuperar ediciones sin guardar</translation>
    </message>
</context>
<context>
    <name>ExportPreviewDialog</name>
    <message>
        <location filename="../views/manifests/exportpreviewdialog.cpp" line="+24"/>
        <source>Export: what changes in %1</source>
        <translation>Exportar: qué cambia en %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>changed</source>
        <translation>cambiado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>removed</source>
        <translation>eliminado</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n file(s) in this folder would change. The folder&apos;s version is on the left, the new one on the right.</source>
        <translation>
            <numerusform>Cambiaría %n archivo de esta carpeta. La versión de la carpeta está a la izquierda, la nueva a la derecha.</numerusform>
            <numerusform>Cambiarían %n archivos de esta carpeta. La versión de la carpeta está a la izquierda, la nueva a la derecha.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>&amp;Write %n file(s)</source>
        <translation>
            <numerusform>&amp;Escribir %n archivo</numerusform>
            <numerusform>&amp;Escribir %n archivos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingDeltaModel</name>
    <message>
        <location filename="../models/findingdeltamodel.cpp" line="+47"/>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fixed</source>
        <translation>corregido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the registry</source>
        <translation>el registro</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
</context>
<context>
    <name>GenerateCommands</name>
    <message>
        <location filename="../app/cli/generatecommands.cpp" line="+20"/>
        <source>Generate from the registry as it is at this git revision; its commit id goes into each file&apos;s header.</source>
        <translation>Generar a partir del registro tal como está en esta revisión de git; su id de commit va en la cabecera de cada archivo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A project to generate; repeat for more (default: every project).</source>
        <translation>Un proyecto que generar; repítalo para más (por omisión: todos).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The deployment target (default: each project&apos;s default target; all: every target of each project).</source>
        <translation>El destino del despliegue (por omisión: el destino por omisión de cada proyecto; all: todos los destinos de cada proyecto).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the services of this catalog pattern.</source>
        <translation>Solo los servicios de este patrón del catálogo.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output folder: files go to OUT/&lt;project&gt;/&lt;target&gt;/&lt;format&gt;/.</source>
        <translation>Carpeta de salida: los archivos van a SALIDA/&lt;proyecto&gt;/&lt;destino&gt;/&lt;formato&gt;/.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+135"/>
        <source>dir</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Write nothing; exit with 1 and list the files when OUT differs from what would be generated.</source>
        <translation>No escribir nada; salir con 1 y listar los archivos cuando SALIDA difiere de lo que se generaría.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Argo CD and Flux: the output folder&apos;s path in that repository (default: --out when it is relative).</source>
        <translation>Argo CD y Flux: la ruta de la carpeta de salida en ese repositorio (por omisión: --out cuando es relativa).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>branch</source>
        <translation>rama</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>generate needs --out DIR, the folder the files go to (or are compared with, with --check)</source>
        <translation>generate necesita --out CARPETA, la carpeta a la que van los archivos (o con la que se comparan, con --check)</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Argo CD and Flux: the git repository the generated files are committed to (default: [gitops] repository in policies/governance.toml).</source>
        <translation>Argo CD y Flux: el repositorio git donde se confirman los archivos generados (predeterminado: repository de [gitops] en policies/governance.toml).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Argo CD and Flux: the branch they follow (default: the registry&apos;s [gitops] branch, else main).</source>
        <translation>Argo CD y Flux: la rama que siguen (predeterminado: la rama de [gitops] del registro, si no main).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>--repo-url URL is needed for %1: the git repository the generated files are committed to and read from (or name it once in policies/governance.toml, [gitops] repository = &quot;URL&quot;; or leave them out of --format)</source>
        <translation>--repo-url URL es necesario para %1: el repositorio git donde se confirman y de donde se leen los archivos generados (o nómbrelo una vez en policies/governance.toml, [gitops] repository = &quot;URL&quot;; o quítelos de --format)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the registry has errors; nothing was generated</source>
        <translation>el registro tiene errores; no se generó nada</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%n generated file(s) in %1 are up to date</source>
        <translation>
            <numerusform>%n archivo generado en %1 está al día</numerusform>
            <numerusform>%n archivos generados en %1 están al día</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n file(s) differ from what the registry generates; run service-registry generate to update them</source>
        <translation>
            <numerusform>%n archivo difiere de lo que genera el registro; ejecute service-registry generate para actualizarlo</numerusform>
            <numerusform>%n archivos difieren de lo que genera el registro; ejecute service-registry generate para actualizarlos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 written, %3 unchanged, %4 removed</source>
        <translation>%1: %2 escritos, %3 sin cambios, %4 eliminados</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Number of projects.</source>
        <translation>Número de proyectos.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+4"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Services per project.</source>
        <translation>Servicios por proyecto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services in the global catalog.</source>
        <translation>Servicios en el catálogo global.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random seed; the same seed writes the same registry.</source>
        <translation>Semilla aleatoria; la misma semilla escribe el mismo registro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deployment targets per project, 1-6: staging, production, qa, performance, sandbox, dr.</source>
        <translation>Destinos de despliegue por proyecto, 1-6: staging, production, qa, performance, sandbox, dr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder to write (created; must be empty or absent).</source>
        <translation>Carpeta que escribir (se crea; debe estar vacía o no existir).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to write the registry there, write --out %1</source>
        <translation>para escribir el registro ahí, escriba --out %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>synth needs --out DIR</source>
        <translation>synth necesita --out CARPETA</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--targets takes a number from 1 to 6</source>
        <translation>--targets admite un número del 1 al 6</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--projects (0-999), --services (1-9999), --globals (0-999) and --seed take whole numbers</source>
        <translation>--projects (0-999), --services (1-9999), --globals (0-999) y --seed aceptan números enteros</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; exists and is not empty; choose a new folder</source>
        <translation>«%1» existe y no está vacía; elija una carpeta nueva</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>wrote %1 projects x %2 services to %3</source>
        <translation>%1 proyectos x %2 servicios escritos en %3</translation>
    </message>
</context>
<context>
    <name>GeneratedFileModel</name>
    <message numerus="yes">
        <location filename="../models/generatedfilemodel.cpp" line="+40"/>
        <source>%1 — %2, %n line(s)</source>
        <translation>
            <numerusform>%1 — %2, %n línea</numerusform>
            <numerusform>%1 — %2, %n líneas</numerusform>
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
        <translation>Paneles de Grafana</translation>
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
        <translation>Reglas de Prometheus</translation>
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
        <translation>%1 — en otro proyecto</translation>
    </message>
    <message>
        <location filename="../views/graph/graphpane.cpp" line="+65"/>
        <source>Find a service (Ctrl+F; Enter: next)</source>
        <translation>Buscar un servicio (Ctrl+F; Intro: siguiente)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the services this many dependencies away from the current one (0: all)</source>
        <translation>Solo los servicios a esta distancia de dependencias del actual (0: todos)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only services of this type</source>
        <translation>Solo servicios de este tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only services of this owner</source>
        <translation>Solo servicios de este responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only services in this lifecycle</source>
        <translation>Solo servicios en este ciclo de vida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Fit</source>
        <translation>&amp;Ajustar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole graph (Ctrl+0)</source>
        <translation>Muestra el grafo entero (Ctrl+0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the graph as SVG or PNG</source>
        <translation>Guarda el grafo como SVG o PNG</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Depth:</source>
        <translation>&amp;Profundidad:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lifecycle:</source>
        <translation>&amp;Ciclo de vida:</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All owners</source>
        <translation>Todos los responsables</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All lifecycles</source>
        <translation>Todos los ciclos de vida</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>Laying out %n service(s)…</source>
        <translation>
            <numerusform>Disponiendo %n servicio…</numerusform>
            <numerusform>Disponiendo %n servicios…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 may use %2 (optional)</source>
        <translation>%1 puede usar %2 (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 needs %2</source>
        <translation>%1 necesita %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n servicio</numerusform>
            <numerusform>%n servicios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n dependenc(ies)</source>
        <translation>
            <numerusform>%n dependencia</numerusform>
            <numerusform>%n dependencias</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>laid out with %1 in %2 ms</source>
        <translation>dispuesto con %1 en %2 ms</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n service(s) on a cycle (red)</source>
        <translation>
            <numerusform>%n servicio en un ciclo (en rojo)</numerusform>
            <numerusform>%n servicios en un ciclo (en rojo)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+76"/>
        <source>No service matches &apos;%1&apos;</source>
        <translation>Ningún servicio coincide con &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Dependency graph</source>
        <translation>Grafo de dependencias</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export the dependency graph</source>
        <translation>Exportar el grafo de dependencias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SVG (*.svg);;PNG (*.png)</source>
        <translation>SVG (*.svg);;PNG (*.png)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1</source>
        <translation>No se puede escribir %1</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>drawn in %1 ms</source>
        <translation>dibujado en %1 ms</translation>
    </message>
</context>
<context>
    <name>ImpactGraphView</name>
    <message>
        <location filename="../views/review/impactgraphview.cpp" line="+32"/>
        <location line="+17"/>
        <source>Select a change to see the services it reaches.</source>
        <translation>Seleccione un cambio para ver los servicios a los que alcanza.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The change reaches no deployed service.</source>
        <translation>El cambio no alcanza a ningún servicio desplegado.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The graph cannot be laid out.</source>
        <translation>No se puede trazar el grafo.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1: reached by a %2 change</source>
        <translation>%1: alcanzado por un cambio %2</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n more service(s) farther away are not drawn</source>
        <translation>
            <numerusform>%n servicio más lejano no se dibuja</numerusform>
            <numerusform>%n servicios más lejanos no se dibujan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../views/manifests/importdialog.cpp" line="+37"/>
        <source>carried</source>
        <translation>trasladado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approximated</source>
        <translation>aproximado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not carried</source>
        <translation>no trasladado</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Import Compose Files or Kubernetes Manifests</source>
        <translation>Importar archivos de Compose o manifiestos de Kubernetes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compose files</source>
        <translation>Archivos de Compose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kubernetes manifests</source>
        <translation>Manifiestos de Kubernetes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>docker-compose.yml, or manifest files and folders (separated by ;)</source>
        <translation>docker-compose.yml, o archivos y carpetas de manifiestos (separados por ;)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a project of the registry, or a new one</source>
        <translation>un proyecto del registro, o uno nuevo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;Files…</source>
        <translation>Añadir &amp;archivos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add F&amp;older…</source>
        <translation>Añadir ca&amp;rpeta…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Source:</source>
        <translation>&amp;Origen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;iles:</source>
        <translation>Arc&amp;hivos:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Project:</source>
        <translation>&amp;Proyecto:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Object and field</source>
        <translation>Objeto y campo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How, or why not</source>
        <translation>Cómo, o por qué no</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Report</source>
        <translation>&amp;Informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Changes</source>
        <translation>&amp;Cambios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose the files a project runs today and the project they go to. Nothing is written until you press Import.</source>
        <translation>Elija los archivos con los que funciona hoy un proyecto y el proyecto al que van. No se escribe nada hasta que pulse Importar.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Compose Files or Manifests</source>
        <translation>Archivos de Compose o manifiestos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YAML files (*.yaml *.yml);;All files (*)</source>
        <translation>Archivos YAML (*.yaml *.yml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Folder of Manifests</source>
        <translation>Carpeta de manifiestos</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Reading %n file(s) or folder(s)…</source>
        <translation>
            <numerusform>Leyendo %n archivo o carpeta…</numerusform>
            <numerusform>Leyendo %n archivos o carpetas…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot import: %1</source>
        <translation>No se puede importar: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n not carried</source>
        <translation>
            <numerusform>%n no trasladado</numerusform>
            <numerusform>%n no trasladados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n approximated</source>
        <translation>
            <numerusform>%n aproximado</numerusform>
            <numerusform>%n aproximados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all carried</source>
        <translation>todo trasladado</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1  (new)</source>
        <translation>%1  (nuevo)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n service(s) into project %1: %2 carried, %3 approximated, %4 not carried.</source>
        <translation>
            <numerusform>%n servicio en el proyecto %1: %2 trasladados, %3 aproximados, %4 no trasladados.</numerusform>
            <numerusform>%n servicios en el proyecto %1: %2 trasladados, %3 aproximados, %4 no trasladados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1&lt;br&gt;&lt;b&gt;The registry would have %n error(s), so nothing can be imported:&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>
            <numerusform>%1&lt;br&gt;&lt;b&gt;El registro tendría %n error, así que no se puede importar nada:&lt;/b&gt;&lt;br&gt;%2</numerusform>
            <numerusform>%1&lt;br&gt;&lt;b&gt;El registro tendría %n errores, así que no se puede importar nada:&lt;/b&gt;&lt;br&gt;%2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 The registry already holds all of it: nothing to write.</source>
        <translation>%1 El registro ya lo contiene todo: no hay nada que escribir.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 Check what is approximated or not carried, then Import writes %n file(s).</source>
        <translation>
            <numerusform>%1 Revise lo aproximado o no trasladado; después Importar escribe %n archivo.</numerusform>
            <numerusform>%1 Revise lo aproximado o no trasladado; después Importar escribe %n archivos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing was written: %1</source>
        <translation>No se ha escrito nada: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Imported %n service(s) into project %1: %2 approximated, %3 not carried.</source>
        <translation>
            <numerusform>Importado %n servicio en el proyecto %1: %2 aproximados, %3 no trasladados.</numerusform>
            <numerusform>Importados %n servicios en el proyecto %1: %2 aproximados, %3 no trasladados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Invocation</name>
    <message>
        <location filename="../app/cli/invocation.cpp" line="+49"/>
        <source>Comma-separated formats from %1, or all (the default).</source>
        <translation>Formatos separados por comas de entre %1, o all (por omisión).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output format: %1 (default: %2).</source>
        <translation>Formato de salida: %1 (por omisión: %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list</source>
        <translation>lista</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Registry folder (default: the current folder).</source>
        <translation>Carpeta del registro (por omisión: la carpeta actual).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dir</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read the registry as it is at this git revision (branch, tag, commit id, HEAD~1), straight from the repository that holds the registry folder, without a checkout.</source>
        <translation>Leer el registro tal como está en esta revisión de git (rama, etiqueta, id de commit, HEAD~1), directamente del repositorio que contiene la carpeta del registro, sin extraerlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rev</source>
        <translation>rev</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The deployment store: sqlite:PATH or postgresql://USER@HOST:PORT/DATABASE (default: the local store, %1). A PostgreSQL password comes from PGPASSWORD.</source>
        <translation>El almacén de despliegues: sqlite:RUTA o postgresql://USUARIO@HOST:PUERTO/BASE (por omisión: el almacén local, %1). La contraseña de PostgreSQL se toma de PGPASSWORD.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write the report to a file (atomically) instead of standard output.</source>
        <translation>Escribir el informe en un archivo (de forma atómica) en lugar de la salida estándar.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argumento inesperado «%1»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown format &apos;%1&apos;; use a comma-separated list of %2, or all</source>
        <translation>formato desconocido «%1»; use una lista separada por comas de %2, o all</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown format &apos;%1&apos;; %2 writes %3</source>
        <translation>formato desconocido «%1»; %2 escribe %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--format needs at least one of %1, or all</source>
        <translation>--format necesita al menos uno de %1, o all</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>registry folder &apos;%1&apos; does not exist or is not a folder</source>
        <translation>la carpeta del registro «%1» no existe o no es una carpeta</translation>
    </message>
    <message>
        <location filename="../app/cli/standardoutput.cpp" line="+43"/>
        <source>cannot write the report to standard output: %1</source>
        <translation>no se puede escribir el informe en la salida estándar: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write error</source>
        <translation>error de escritura</translation>
    </message>
    <message>
        <location filename="../app/cli/invocation.cpp" line="+115"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>ListField</name>
    <message>
        <location filename="../core/catalog/listfields.cpp" line="+24"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Container port</source>
        <translation>Puerto del contenedor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host port</source>
        <translation>Puerto del host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host IP</source>
        <translation>IP del host</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version range</source>
        <translation>Rango de versiones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waits until</source>
        <translation>Espera hasta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>External</source>
        <translation>Externa</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../views/mainwindow.cpp" line="+54"/>
        <source>Service Registry</source>
        <translation>Service Registry</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&amp;Services</source>
        <translation>&amp;Servicios</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Registry…</source>
        <translation>&amp;Abrir registro…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a registry folder</source>
        <translation>Abrir una carpeta de registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Import Compose or Kubernetes Files…</source>
        <translation>&amp;Importar archivos de Compose o Kubernetes…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+119"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Find Service</source>
        <translation>&amp;Buscar servicio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Service Registry</source>
        <translation>&amp;Acerca de Service Registry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Service Registry</source>
        <translation>Acerca de Service Registry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Service Registry %1&lt;/h3&gt;&lt;p&gt;Administration console for a central, multi-project service registry.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Service Registry %1&lt;/h3&gt;&lt;p&gt;Consola de administración de un registro central de servicios de varios proyectos.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Open Registry</source>
        <translation>Abrir registro</translation>
    </message>
    <message>
        <location line="-248"/>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
    <message>
        <location line="+283"/>
        <source>%1 — Service Registry</source>
        <translation>%1 — Service Registry</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 holds no services. See the Problems pane for what is missing.</source>
        <translation>%1 no contiene servicios. Consulte el panel Problemas para ver qué falta.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The registry has %n error(s); the parts that could be read are shown.</source>
        <translation>
            <numerusform>El registro tiene %n error; se muestran las partes que se pudieron leer.</numerusform>
            <numerusform>El registro tiene %n errores; se muestran las partes que se pudieron leer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loaded %1 files in %2 ms</source>
        <translation>%1 archivos cargados en %2 ms</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n servicio</numerusform>
            <numerusform>%n servicios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <location line="-202"/>
        <source>Reload When Files &amp;Change</source>
        <translation>Recargar cuando &amp;cambien los archivos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload the registry when one of its files changes on disk</source>
        <translation>Recarga el registro cuando cambia uno de sus archivos en disco</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>&amp;Policies</source>
        <translation>&amp;Políticas</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Policy findings; the Policies tab lists them</source>
        <translation>Hallazgos de las políticas; la pestaña Políticas los lista</translation>
    </message>
    <message>
        <location line="+342"/>
        <source>Policies: %1</source>
        <translation>Políticas: %1</translation>
    </message>
    <message>
        <location line="-299"/>
        <source>&amp;Manifests</source>
        <translation>&amp;Manifiestos</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>&amp;Graph</source>
        <translation>&amp;Grafo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Review</source>
        <translation>&amp;Revisión</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the edited files (only the bytes that changed)</source>
        <translation>Escribir los archivos editados (solo los bytes que cambiaron)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit Service</source>
        <translation>&amp;Editar servicio</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>&amp;New Service…</source>
        <translation>&amp;Nuevo servicio…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate Service…</source>
        <translation>D&amp;uplicar servicio…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete Service…</source>
        <translation>&amp;Eliminar servicio…</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Re&amp;name Service…</source>
        <translation>Re&amp;nombrar servicio…</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>&amp;Deployments</source>
        <translation>&amp;Despliegues</translation>
    </message>
</context>
<context>
    <name>ManifestsPane</name>
    <message>
        <location filename="../views/manifests/manifestspane.cpp" line="+45"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The project to generate</source>
        <translation>El proyecto que se genera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The deployment target of deployment.toml</source>
        <translation>El destino de despliegue de deployment.toml</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kubernetes: the base and one region&apos;s overlay</source>
        <translation>Kubernetes: la base y la superposición de una región</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The output format</source>
        <translation>El formato de salida</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+157"/>
        <source>Repository URL Argo CD and Flux read the files from</source>
        <translation>URL del repositorio del que Argo CD y Flux leen los archivos</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Project:</source>
        <translation>&amp;Proyecto:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Target:</source>
        <translation>&amp;Destino:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Bring a project in from its Compose files or Kubernetes manifests, with a report of what is carried (Ctrl+I)</source>
        <translation>Trae un proyecto desde sus archivos de Compose o manifiestos de Kubernetes, con un informe de lo que se traslada (Ctrl+I)</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+30"/>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>%1 (default)</source>
        <translation>%1 (por omisión)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The registry has no projects to generate.</source>
        <translation>El registro no tiene proyectos que generar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (the registry&apos;s; type to override)</source>
        <translation>%1 (el del registro; escriba para sustituirlo)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 needs the URL of the git repository the generated files are committed to: enter it above.</source>
        <translation>%1 necesita la URL del repositorio git en el que se confirman los archivos generados: escríbala arriba.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Export %1 files of %2 (%3)</source>
        <translation>Exportar los archivos %1 de %2 (%3)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open a registry first: the import writes into one of its projects.</source>
        <translation>Abra primero un registro: la importación escribe en uno de sus proyectos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save or undo your edits first: the import writes the registry&apos;s files.</source>
        <translation>Guarde o deshaga primero sus cambios: la importación escribe los archivos del registro.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The files are still being generated; export again in a moment.</source>
        <translation>Los archivos aún se están generando; exporte de nuevo en un momento.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 already holds these %n file(s), unchanged.</source>
        <translation>
            <numerusform>%1 ya contiene este archivo, sin cambios.</numerusform>
            <numerusform>%1 ya contiene estos %n archivos, sin cambios.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing more was written: %1</source>
        <translation>No se escribió nada más: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Wrote %n file(s) to %1.</source>
        <translation>
            <numerusform>Se escribió %n archivo en %1.</numerusform>
            <numerusform>Se escribieron %n archivos en %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-330"/>
        <source>Write these files into a folder, as service-registry generate does (Ctrl+E)</source>
        <translation>Escribe estos archivos en una carpeta, como hace service-registry generate (Ctrl+E)</translation>
    </message>
    <message numerus="yes">
        <location line="+190"/>
        <source>The registry has %n error(s) (see Problems): these files show what could be read, and cannot be exported until they are fixed.</source>
        <translation>
            <numerusform>El registro tiene %n error (vea Problemas): estos archivos muestran lo que se pudo leer y no se pueden exportar hasta corregirlo.</numerusform>
            <numerusform>El registro tiene %n errores (vea Problemas): estos archivos muestran lo que se pudo leer y no se pueden exportar hasta corregirlos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+114"/>
        <source>The registry has %n error(s): fix them before exporting (see Problems).</source>
        <translation>
            <numerusform>El registro tiene %n error: corríjalo antes de exportar (vea Problemas).</numerusform>
            <numerusform>El registro tiene %n errores: corríjalos antes de exportar (vea Problemas).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../views/messagebar.cpp" line="+20"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>MetricsExporter</name>
    <message numerus="yes">
        <location filename="../core/observe/metricsexporter.cpp" line="+210"/>
        <source>Registry loaded again: %n breaking change(s).</source>
        <translation>
            <numerusform>Registro cargado de nuevo: %n cambio incompatible.</numerusform>
            <numerusform>Registro cargado de nuevo: %n cambios incompatibles.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The store cannot be read (the last good figures are served): %1</source>
        <translation>No se puede leer el almacén (se sirven las últimas cifras buenas): %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the registry is still loading</source>
        <translation>el registro aún se está cargando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the store has not been read yet: %1</source>
        <translation>el almacén aún no se ha podido leer: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the store is still being read</source>
        <translation>el almacén aún se está leyendo</translation>
    </message>
</context>
<context>
    <name>ObserveCommands</name>
    <message>
        <location filename="../app/cli/observecommands.cpp" line="+60"/>
        <source>Address and port to serve on (default: 127.0.0.1:9464).</source>
        <translation>Dirección y puerto donde servir (por omisión: 127.0.0.1:9464).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host:port</source>
        <translation>host:puerto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serve HTTPS with this PEM certificate.</source>
        <translation>Servir HTTPS con este certificado PEM.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+4"/>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The PEM private key of --tls-cert.</source>
        <translation>La clave privada PEM de --tls-cert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow plain HTTP on an address other than loopback (a proxy in front encrypts).</source>
        <translation>Permitir HTTP sin cifrar en una dirección que no sea la de bucle local (un proxy delante cifra).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Require this bearer token (the file&apos;s first line) on /metrics.</source>
        <translation>Exigir este token portador (la primera línea del archivo) en /metrics.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Require the bearer token from SERVICE_REGISTRY_METRICS_TOKEN or the keychain on /metrics.</source>
        <translation>Exigir en /metrics el token portador de SERVICE_REGISTRY_METRICS_TOKEN o del llavero.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often to read the store (default: 30s).</source>
        <translation>Cada cuánto leer el almacén (por omisión: 30s).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>duration</source>
        <translation>duración</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How often to run the services&apos; health checks (default: 30s).</source>
        <translation>Cada cuánto ejecutar las comprobaciones de salud de los servicios (por omisión: 30s).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--store-interval and --probe-interval take a duration from 1s to 24h, such as 30s or 5m</source>
        <translation>--store-interval y --probe-interval admiten una duración de 1s a 24h, como 30s o 5m</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give --token-file or --require-token, not both</source>
        <translation>indique --token-file o --require-token, no ambos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read the token file &apos;%1&apos;: %2</source>
        <translation>no se puede leer el archivo de token &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the token file &apos;%1&apos; is empty: write the token on its first line</source>
        <translation>el archivo de token &apos;%1&apos; está vacío: escriba el token en su primera línea</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Serving metrics of %1 on %2://%3/metrics
</source>
        <translation>Sirviendo las métricas de %1 en %2://%3/metrics
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopped.
</source>
        <translation>Detenido.
</translation>
    </message>
</context>
<context>
    <name>PoliciesPane</name>
    <message>
        <location filename="../views/policies/policiespane.cpp" line="+27"/>
        <source>By severity</source>
        <translation>Por gravedad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By rule</source>
        <translation>Por regla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By project</source>
        <translation>Por proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By service</source>
        <translation>Por servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group the findings</source>
        <translation>Agrupar los hallazgos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter findings by rule, service, message or file (Ctrl+F)</source>
        <translation>Filtrar hallazgos por regla, servicio, mensaje o archivo (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Double-click or press Enter to open the file at the finding</source>
        <translation>Doble clic o Intro para abrir el archivo en el hallazgo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Select a finding to see why its rule exists and how to fix it.</source>
        <translation>Seleccione un hallazgo para ver por qué existe su regla y cómo corregirlo.</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n waived</source>
        <translation>
            <numerusform>%n dispensado</numerusform>
            <numerusform>%n dispensados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix:</source>
        <translation>Solución:</translation>
    </message>
</context>
<context>
    <name>PolicyCommands</name>
    <message>
        <location filename="../app/cli/policycommands.cpp" line="+23"/>
        <source>The date that decides which waivers have expired (default: today), for reproducible runs.</source>
        <translation>La fecha que decide qué exenciones han caducado (por omisión: hoy), para ejecuciones reproducibles.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yyyy-mm-dd</source>
        <translation>aaaa-mm-dd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exit with 1 on: error (unwaived errors, expired or unknown-rule waivers), warning (also warnings and stale waivers) or never.</source>
        <translation>Salir con 1 ante: error (errores sin exención, exenciones caducadas o de reglas desconocidas), warning (también avisos y exenciones obsoletas) o never.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>level</source>
        <translation>nivel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--today &apos;%1&apos; is not a date; write it as 2026-11-28</source>
        <translation>--today «%1» no es una fecha; escríbala como 2026-11-28</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown --fail-on level &apos;%1&apos;; use error, warning or never</source>
        <translation>nivel de --fail-on desconocido «%1»; use error, warning o never</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Also the custom rules of this registry (policies/rules.toml).</source>
        <translation>También las reglas propias de este registro (policies/rules.toml).</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The rule&apos;s id, e.g. images.forbid_latest_tag.</source>
        <translation>El id de la regla, p. ej. images.forbid_latest_tag.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>policy explain needs one rule id, e.g. service-registry policy explain images.forbid_latest_tag</source>
        <translation>policy explain necesita un id de regla, p. ej. service-registry policy explain images.forbid_latest_tag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no policy rule &apos;%1&apos;; run service-registry policy list for the rule ids</source>
        <translation>no hay ninguna regla de política «%1»; ejecute service-registry policy list para ver los ids</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why: %1</source>
        <translation>Por qué: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix: %1</source>
        <translation>Corrección: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Defined at %1:%2</source>
        <translation>Definida en %1:%2</translation>
    </message>
</context>
<context>
    <name>PolicyFindingModel</name>
    <message>
        <location filename="../models/policyfindingmodel.cpp" line="+22"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waived</source>
        <translation>dispensado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expired waiver</source>
        <translation>dispensa caducada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stale waiver</source>
        <translation>dispensa sin uso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiver of no rule</source>
        <translation>dispensa de una regla inexistente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>info</source>
        <translation>información</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>Waivers to review</source>
        <translation>Dispensas por revisar</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>(registry)</source>
        <translation>(registro)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waived</source>
        <translation>Dispensados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Waived by %1 until %2: %3</source>
        <translation>Dispensado por %1 hasta %2: %3</translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <location filename="../models/problemmodel.cpp" line="+42"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Hint: %1</source>
        <translation>Sugerencia: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
</context>
<context>
    <name>ProblemsPane</name>
    <message>
        <location filename="../views/problems/problemspane.cpp" line="+33"/>
        <source>All problems</source>
        <translation>Todos los problemas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors and warnings</source>
        <translation>Errores y advertencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors only</source>
        <translation>Solo errores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter problems by code, message or file</source>
        <translation>Filtrar problemas por código, mensaje o archivo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Double-click or press Enter to open the file at the problem</source>
        <translation>Doble clic o Intro para abrir el archivo en el problema</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problems (%1)</source>
        <translation>Problemas (%1)</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Validation and policies</source>
        <translation>Validación y políticas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policies</source>
        <translation>Políticas</translation>
    </message>
</context>
<context>
    <name>ProjectTreeModel</name>
    <message>
        <location filename="../models/projecttreemodel.cpp" line="+89"/>
        <source>Global catalog</source>
        <translation>Catálogo global</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Global catalog %1</source>
        <translation>Catálogo global %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1
%2
Pinned to catalog %3</source>
        <translation>%1
%2
Fijado al catálogo %3</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../views/review/reviewpane.cpp" line="+484"/>
        <source>the deployment store is being read</source>
        <translation>se está leyendo el almacén de despliegues</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>approvals name two commits; choose a commit as the head</source>
        <translation>las aprobaciones nombran dos commits; elija un commit como destino</translation>
    </message>
</context>
<context>
    <name>RecentRegistriesMenu</name>
    <message>
        <location filename="../views/recentregistriesmenu.cpp" line="+43"/>
        <source>No recent registries</source>
        <translation>No hay registros recientes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Clear List</source>
        <translation>&amp;Vaciar la lista</translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="+122"/>
        <location line="+56"/>
        <source>Registry folder, inside a git work tree for revisions (default: the current folder).</source>
        <translation>Carpeta del registro, dentro de un árbol de trabajo de git para revisiones (por omisión: la carpeta actual).</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+57"/>
        <source>Where the change starts: a git revision (branch, tag, commit) or a folder.</source>
        <translation>Dónde empieza el cambio: una revisión de git (rama, etiqueta, commit) o una carpeta.</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+3"/>
        <location line="+54"/>
        <location line="+3"/>
        <source>rev|dir</source>
        <translation>rev|carpeta</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+57"/>
        <source>Where the change ends: a git revision or a folder (default: the registry folder as it is).</source>
        <translation>Dónde termina el cambio: una revisión de git o una carpeta (por omisión: la carpeta del registro tal como está).</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Only the changes of this service (in any scope).</source>
        <translation>Solo los cambios de este servicio (en cualquier ámbito).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instead of two versions: what moving this project from its pinned catalog version to the current catalog changes.</source>
        <translation>En lugar de dos versiones: qué cambia al pasar este proyecto de su versión fijada del catálogo al catálogo actual.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>project</source>
        <translation>proyecto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exit with 1 on: breaking changes (the default), warning (breaking changes or warnings) or never.</source>
        <translation>Salir con 1 ante: cambios incompatibles (por omisión), warning (cambios incompatibles o avisos) o never.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>level</source>
        <translation>nivel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown --fail-on level &apos;%1&apos;; use breaking, warning or never</source>
        <translation>nivel de --fail-on desconocido «%1»; use breaking, warning o never</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 needs --base REV (a git revision or a folder), e.g. --base main</source>
        <translation>%1 necesita --base REV (una revisión de git o una carpeta), p. ej. --base main</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>review needs --base REV (a git revision or a folder), e.g. --base main</source>
        <translation>review necesita --base REV (una revisión de git o una carpeta), p. ej. --base main</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>approvals name two commits; give --head REV to read them</source>
        <translation>las aprobaciones nombran dos commits; indique --head REV para leerlas</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the working tree</source>
        <translation>el árbol de trabajo</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Registry folder, inside a git work tree (default: the current folder).</source>
        <translation>Carpeta del registro, dentro de un árbol de trabajo de git (por omisión: la carpeta actual).</translation>
    </message>
    <message>
        <location line="-199"/>
        <source>--post takes github (not &apos;%1&apos;)</source>
        <translation>--post admite github (no «%1»)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--post github needs --repo OWNER/NAME</source>
        <translation>--post github necesita --repo PROPIETARIO/NOMBRE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--repo takes OWNER/NAME (not &apos;%1&apos;)</source>
        <translation>--repo admite PROPIETARIO/NOMBRE (no «%1»)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--post github needs --pr N, the pull request&apos;s number</source>
        <translation>--post github necesita --pr N, el número de la pull request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--pr takes the pull request&apos;s number (not &apos;%1&apos;)</source>
        <translation>--pr admite el número de la pull request (no «%1»)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--github-api takes an http(s) address (not &apos;%1&apos;)</source>
        <translation>--github-api admite una dirección http(s) (no «%1»)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>GitHub: %1; trying again in %2 s</source>
        <translation>GitHub: %1; se reintenta en %2 s</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>review: comment created on %1; status %2 set on %3</source>
        <translation>review: comentario creado en %1; estado %2 fijado en %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>review: comment updated on %1; status %2 set on %3</source>
        <translation>review: comentario actualizado en %1; estado %2 fijado en %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review: comment on %1 already up to date; status %2 set on %3</source>
        <translation>review: el comentario de %1 ya estaba al día; estado %2 fijado en %3</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Also keep the review as one comment of a pull request and set a commit status: github.</source>
        <translation>Mantener además la revisión como un único comentario de una pull request y fijar un estado del commit: github.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>where</source>
        <translation>dónde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --post github: the repository, OWNER/NAME.</source>
        <translation>Con --post github: el repositorio, PROPIETARIO/NOMBRE.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>owner/name</source>
        <translation>propietario/nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --post github: the pull request&apos;s number.</source>
        <translation>Con --post github: el número de la pull request.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --post github: the API&apos;s address (default: %1).</source>
        <translation>Con --post github: la dirección de la API (por omisión: %1).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--repo and --pr go with --post github</source>
        <translation>--repo y --pr van con --post github</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The revision the change starts from (branch, tag, commit id).</source>
        <translation>La revisión de la que parte el cambio (rama, etiqueta, id de commit).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>rev</source>
        <translation>rev</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The revision the change ends at (default: the files as they are).</source>
        <translation>La revisión en la que termina el cambio (por omisión: los archivos tal como están).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>approvals needs --base REV, the revision the change starts from (e.g. --base main)</source>
        <translation>approvals necesita --base REV, la revisión de la que parte el cambio (p. ej. --base main)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Changes from %1 to %2:</source>
        <translation>Cambios de %1 a %2:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  none</source>
        <translation>  ninguno</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Required approvals (at least %n in all, each person counted once):</source>
        <translation>
            <numerusform>Aprobaciones requeridas (al menos %n en total, cada persona cuenta una vez):</numerusform>
            <numerusform>Aprobaciones requeridas (al menos %n en total, cada persona cuenta una vez):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a group of governance.toml</source>
        <translation>no es un grupo de governance.toml</translation>
    </message>
</context>
<context>
    <name>ReviewPane</name>
    <message>
        <location filename="../views/review/reviewpane.cpp" line="-505"/>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Where the change starts: a branch, tag or commit of the registry&apos;s repository, a folder, or a project&apos;s upgrade preview</source>
        <translation>Dónde empieza el cambio: una rama, etiqueta o commit del repositorio del registro, una carpeta o la vista previa de actualización de un proyecto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the change ends: the working tree (with unsaved edits), a branch, tag, commit or folder</source>
        <translation>Dónde termina el cambio: el árbol de trabajo (con las ediciones sin guardar), una rama, etiqueta, commit o carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare base and head (Ctrl+Return)</source>
        <translation>Compara la base y el destino (Ctrl+Intro)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter changes by rule, service, field or project (Ctrl+F)</source>
        <translation>Filtrar cambios por regla, servicio, campo o proyecto (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The changed files</source>
        <translation>Los archivos cambiados</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Base:</source>
        <translation>&amp;Base:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Head:</source>
        <translation>&amp;Destino:</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Folder…</source>
        <translation>Carpeta…</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>E&amp;xport review…</source>
        <translation>E&amp;xportar revisión…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>P&amp;ending only</source>
        <translation>Solo p&amp;endientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+536"/>
        <source>&amp;Approve as…</source>
        <translation>&amp;Aprobar como…</translation>
    </message>
    <message>
        <location line="-517"/>
        <source>Save the review as Markdown for a pull request: the verdict, the changes with a migration guide for each breaking one, reach, findings, approvals and deployments</source>
        <translation>Guardar la revisión como Markdown para una pull request: el veredicto, los cambios con una guía de migración para cada uno incompatible, alcance, hallazgos, aprobaciones y despliegues</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+48"/>
        <source>Compare with a registry folder</source>
        <translation>Comparar con una carpeta de registro</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a base and a head, then Compare.</source>
        <translation>Elija una base y un destino y pulse Comparar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The approval was not recorded: %1</source>
        <translation>La aprobación no se registró: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Show only the approvals still pending</source>
        <translation>Mostrar solo las aprobaciones aún pendientes</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Approvals</source>
        <translation>Aprobaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy findings</source>
        <translation>Hallazgos de políticas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reach of the selected change</source>
        <translation>Alcance del cambio seleccionado</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Working tree</source>
        <translation>Árbol de trabajo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Upgrade preview: %1 (catalog %2 → %3)</source>
        <translation>Vista previa de actualización: %1 (catálogo %2 → %3)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Choose a base: a branch, tag, commit or folder.</source>
        <translation>Elija una base: una rama, etiqueta, commit o carpeta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the working tree</source>
        <translation>el árbol de trabajo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comparing %1 with %2…</source>
        <translation>Comparando %1 con %2…</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 → %2: %3 breaking · %4 · %5 info · %6</source>
        <translation>%1 → %2: %3 incompatibles · %4 · %5 informativos · %6</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) changed</source>
        <translation>
            <numerusform>%n archivo cambiado</numerusform>
            <numerusform>%n archivos cambiados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Export the review</source>
        <translation>Exportar la revisión</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Approvals (no group named; %1 of %2 given)</source>
        <translation>Aprobaciones (ningún grupo indicado; %1 de %2 dadas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approvals (%1 of %2 pending)</source>
        <translation>Aprobaciones (%1 de %2 pendientes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy findings (%1 new, %2 fixed)</source>
        <translation>Hallazgos de políticas (%1 nuevos, %2 corregidos)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running (%1)</source>
        <translation>En ejecución (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running: %1 (%2)</source>
        <translation>En ejecución: %1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reviewing: policies at both ends, approvals, what runs and what generate would change…</source>
        <translation>Revisando: políticas en ambos extremos, aprobaciones, lo que se ejecuta y lo que cambiaría generate…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needs approval</source>
        <translation>Necesita aprobación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Select a group of the approvals list</source>
        <translation>Seleccione un grupo de la lista de aprobaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approvals name two commits: choose a commit as the base and the head</source>
        <translation>Las aprobaciones nombran dos commits: elija un commit como origen y como destino</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The deployment store has not answered yet (Settings name it)</source>
        <translation>El almacén de despliegues aún no ha respondido (se indica en Preferencias)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a group of policies/governance.toml at the base</source>
        <translation>%1 no es un grupo de policies/governance.toml en el origen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only members of %1 may approve for it (%2); you are %3</source>
        <translation>Solo los miembros de %1 pueden aprobar en su nombre (%2); usted es %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Approve as %1…</source>
        <translation>&amp;Aprobar como %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record your approval of %1 → %2 for %3, with a comment</source>
        <translation>Registrar su aprobación de %1 → %2 para %3, con un comentario</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Approve as %1</source>
        <translation>Aprobar como %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You approve %1 → %2 for %3. What did you check?</source>
        <translation>Aprueba %1 → %2 para %3. ¿Qué ha comprobado?</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1</source>
        <translation>No se puede escribir %1</translation>
    </message>
</context>
<context>
    <name>RunningStateModel</name>
    <message>
        <location filename="../models/runningstatemodel.cpp" line="+61"/>
        <source>removed</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Runs the base&apos;s version: the change creates drift until %1 is deployed here</source>
        <translation>Ejecuta la versión del origen: el cambio crea una deriva hasta que %1 se despliegue aquí</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head</source>
        <translation>Destino del cambio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rollback candidate</source>
        <translation>Candidata para revertir</translation>
    </message>
</context>
<context>
    <name>ServiceDetailsModel</name>
    <message>
        <location filename="../models/servicedetailsmodel.cpp" line="+42"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>default</source>
        <translation>por omisión</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Defined at</source>
        <translation>Definido en</translation>
    </message>
</context>
<context>
    <name>ServiceEditorPane</name>
    <message>
        <location filename="../views/editor/serviceeditorpane.cpp" line="+126"/>
        <source>&amp;Form</source>
        <translation>&amp;Formulario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOML &amp;Source</source>
        <translation>&amp;Fuente TOML</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+252"/>
        <source>(not set)</source>
        <translation>(sin valor)</translation>
    </message>
    <message>
        <location line="-236"/>
        <source>A TOML value, e.g. [{ name = &quot;http&quot;, port = 8080 }]</source>
        <translation>Un valor TOML, p. ej. [{ name = &quot;http&quot;, port = 8080 }]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma-separated</source>
        <translation>Separados por comas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this project&apos;s override: the service inherits the catalog&apos;s value again</source>
        <translation>Quitar la sobrescritura de este proyecto: el servicio vuelve a heredar el valor del catálogo</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>not a TOML value: write it as in the file, e.g. [&quot;a&quot;, &quot;b&quot;] or { key = &quot;value&quot; }</source>
        <translation>no es un valor TOML: escríbalo como en el archivo, p. ej. [&quot;a&quot;, &quot;b&quot;] o { key = &quot;value&quot; }</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Select a service to edit it.</source>
        <translation>Seleccione un servicio para editarlo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 as project %2 sees it — overrides go to %3</source>
        <translation>%1 tal como lo ve el proyecto %2 — las sobrescrituras van a %3</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>(inherited: %1)</source>
        <translation>(heredado: %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inherited from the catalog; typing overrides it for %1</source>
        <translation>Heredado del catálogo; al escribir se sobrescribe para %1</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>New service %1</source>
        <translation>Nuevo servicio %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Duplicate %1 as %2</source>
        <translation>Duplicar %1 como %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the global catalog</source>
        <translation>el catálogo global</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>project %1</source>
        <translation>proyecto %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <location line="+5"/>
        <source>New Service</source>
        <translation>Nuevo servicio</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Id of the new service in %1:</source>
        <translation>Id del nuevo servicio en %1:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type of %1:</source>
        <translation>Tipo de %1:</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+5"/>
        <source>Duplicate Service</source>
        <translation>Duplicar servicio</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Id of the copy of %1:</source>
        <translation>Id de la copia de %1:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete service %1 and all its tables?</source>
        <translation>¿Eliminar el servicio %1 y todas sus tablas?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These services need it, directly or through others, and will report a missing dependency:</source>
        <translation>Estos servicios lo necesitan, directamente o a través de otros, e informarán de una dependencia ausente:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can undo it (Ctrl+Z) until you save.</source>
        <translation>Puede deshacerlo (Ctrl+Z) hasta que guarde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Delete Service</source>
        <translation>Eliminar servicio</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+31"/>
        <location line="+32"/>
        <source>Rename %1 to %2</source>
        <translation>Renombrar %1 a %2</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+6"/>
        <source>Rename Service</source>
        <translation>Renombrar servicio</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>New id of %1:</source>
        <translation>Nuevo id de %1:</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>These lines of %n file(s) change. Text that only mentions the name (descriptions, alert expressions) is left as it is.</source>
        <translation>
            <numerusform>Cambian estas líneas de %n archivo. El texto que solo menciona el nombre (descripciones, expresiones de alertas) se deja como está.</numerusform>
            <numerusform>Cambian estas líneas de %n archivos. El texto que solo menciona el nombre (descripciones, expresiones de alertas) se deja como está.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Rename</source>
        <translation>&amp;Renombrar</translation>
    </message>
    <message>
        <location line="-208"/>
        <source>Inherited from the catalog; any change here overrides the whole list for %1.</source>
        <translation>Heredado del catálogo; cualquier cambio aquí sustituye la lista entera para %1.</translation>
    </message>
</context>
<context>
    <name>ServiceField</name>
    <message>
        <location filename="../core/catalog/servicefields.cpp" line="+179"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Criticality</source>
        <translation>Criticidad</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lifecycle</source>
        <translation>Ciclo de vida</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Replaced by</source>
        <translation>Sustituido por</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shared</source>
        <translation>Compartido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ports</source>
        <translation>Puertos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CPU request</source>
        <translation>CPU solicitada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Memory request</source>
        <translation>Memoria solicitada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CPU limit</source>
        <translation>Límite de CPU</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Memory limit</source>
        <translation>Límite de memoria</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Health check</source>
        <translation>Comprobación de salud</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Requires</source>
        <translation>Requiere</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Patterns</source>
        <translation>Patrones</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Property</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exposure</source>
        <translation>Exposición</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Liveness probe</source>
        <translation>Sonda de vida</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Readiness probe</source>
        <translation>Sonda de disponibilidad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Startup probe</source>
        <translation>Sonda de arranque</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Command</source>
        <translation>Orden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Arguments</source>
        <translation>Argumentos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Working folder</source>
        <translation>Carpeta de trabajo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Data path</source>
        <translation>Ruta de datos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run as user</source>
        <translation>Usuario de ejecución</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run as group</source>
        <translation>Grupo de ejecución</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>File system group</source>
        <translation>Grupo del sistema de archivos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Non-root</source>
        <translation>Sin root</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read-only root</source>
        <translation>Raíz de solo lectura</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Privilege escalation</source>
        <translation>Escalada de privilegios</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Privileged</source>
        <translation>Privilegiado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Capabilities dropped</source>
        <translation>Capacidades retiradas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Capabilities added</source>
        <translation>Capacidades añadidas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Service account</source>
        <translation>Cuenta de servicio</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Account exists</source>
        <translation>La cuenta ya existe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pod annotation</source>
        <translation>Anotación del pod</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Service annotation</source>
        <translation>Anotación del Service</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Grace period</source>
        <translation>Periodo de gracia</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Init container</source>
        <translation>Contenedor de inicio</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Container name</source>
        <translation>Nombre del contenedor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pod container</source>
        <translation>Contenedor del pod</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Networks</source>
        <translation>Redes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restart</source>
        <translation>Reinicio</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Build context</source>
        <translation>Contexto de construcción</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dockerfile</source>
        <translation>Dockerfile</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Build target</source>
        <translation>Etapa de construcción</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
</context>
<context>
    <name>ServiceTableModel</name>
    <message>
        <location filename="../models/servicetablemodel.cpp" line="+144"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
</context>
<context>
    <name>ServicesPane</name>
    <message>
        <location filename="../views/services/servicespane.cpp" line="+31"/>
        <source>Filter services (Ctrl+K): words, or type:api owner:@core-team port:8080 origin:override</source>
        <translation>Filtrar servicios (Ctrl+K): palabras, o type:api owner:@core-team port:8080 origin:override</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>&lt;b&gt;Pattern %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Patrón %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Global catalog&lt;/b&gt;</source>
        <translation>&lt;b&gt;Catálogo global&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../views/settings/settingsdialog.cpp" line="+40"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opened when the console starts without a folder</source>
        <translation>Se abre cuando la consola arranca sin carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default Registry</source>
        <translation>Registro predeterminado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default &amp;registry:</source>
        <translation>&amp;Registro predeterminado:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sqlite:PATH (default: a file in your data folder) or postgresql://user@host:5432/db</source>
        <translation>sqlite:RUTA (predeterminado: un archivo en su carpeta de datos) o postgresql://usuario@host:5432/bd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployment store</source>
        <translation>Almacén de despliegues</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Connection:</source>
        <translation>&amp;Conexión:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>https://git.example.com/platform/deploy.git</source>
        <translation>https://git.example.com/platform/deploy.git</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the registry&apos;s [gitops] branch, else main</source>
        <translation>la rama de [gitops] del registro, si no main</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generators (Argo CD, Flux)</source>
        <translation>Generadores (Argo CD, Flux)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;pository:</source>
        <translation>Re&amp;positorio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;ranch:</source>
        <translation>R&amp;ama:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passwords and tokens (kept in the system keychain only)</source>
        <translation>Contraseñas y tokens (solo en el llavero del sistema)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PostgreSQL &amp;password:</source>
        <translation>&amp;Contraseña de PostgreSQL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Git hosting token:</source>
        <translation>Token del alojamiento &amp;Git:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notification token:</source>
        <translation>Token de &amp;notificaciones:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Looking for a keychain…</source>
        <translation>Buscando un llavero…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No keychain is available (%1): passwords and tokens cannot be kept. Start a Secret Service such as GNOME Keyring or KWallet, or set PGPASSWORD for the deployment store.</source>
        <translation>No hay ningún llavero disponible (%1): no se pueden guardar contraseñas ni tokens. Inicie un Secret Service como GNOME Keyring o KWallet, o defina PGPASSWORD para el almacén de despliegues.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stored in the system keychain; never written to the settings file.</source>
        <translation>Se guardan en el llavero del sistema; nunca en el archivo de configuración.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Keychain</source>
        <translation>Llavero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not every secret could be stored: %1</source>
        <translation>No se pudieron guardar todos los secretos: %1</translation>
    </message>
</context>
<context>
    <name>SourceLexer</name>
    <message>
        <location filename="../views/source/sourcelexer.cpp" line="+71"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>String</source>
        <translation>Cadena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyword</source>
        <translation>Palabra clave</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block</source>
        <translation>Bloque</translation>
    </message>
</context>
<context>
    <name>SourceViewer</name>
    <message>
        <location filename="../views/source/sourceviewer.cpp" line="+45"/>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (read-only)</source>
        <translation>%1 (solo lectura)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — line %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — línea %2</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>it is %1 MiB, more than the 8 MiB a registry file may have</source>
        <translation>ocupa %1 MiB, más de los 8 MiB que puede tener un archivo del registro</translation>
    </message>
</context>
<context>
    <name>StartCommands</name>
    <message>
        <location filename="../app/cli/startcommands.cpp" line="+18"/>
        <source>The folder to create (it must be empty or absent).</source>
        <translation>La carpeta que se crea (debe estar vacía o no existir).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The team that owns the catalog and approves changes (default: @platform-team).</source>
        <translation>El equipo responsable del catálogo que aprueba los cambios (predeterminado: @platform-team).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+54"/>
        <source>team</source>
        <translation>equipo</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>The one registry images may come from (default: any).</source>
        <translation>El único registro del que pueden venir las imágenes (predeterminado: cualquiera).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>host</source>
        <translation>host</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>init needs one folder: service-registry init DIR</source>
        <translation>init necesita una carpeta: service-registry init DIR</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--owner takes a team written @name, e.g. @platform-team</source>
        <translation>--owner recibe un equipo escrito @nombre, p. ej. @platform-team</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>wrote a new registry to %1
next: service-registry validate -r %2, then import a project (service-registry import --help)</source>
        <translation>registro nuevo escrito en %1
siguiente paso: service-registry validate -r %2, después importe un proyecto (service-registry import --help)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Compose files; later ones override earlier ones, as with docker compose -f.</source>
        <translation>Archivos de Compose; los posteriores sobrescriben a los anteriores, como con docker compose -f.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FILE…</source>
        <translation>ARCHIVO…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Manifests: files (multi-document YAML, helm template or kubectl kustomize output) or folders of them.</source>
        <translation>Manifiestos: archivos (YAML de varios documentos, salida de helm template o kubectl kustomize) o carpetas con ellos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FILE|DIR…</source>
        <translation>ARCHIVO|CARPETA…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project to import into (created when missing).</source>
        <translation>El proyecto en el que importar (se crea si no existe).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <location line="+2"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Print the report and the changes to the TOML files; write nothing.</source>
        <translation>Muestra el informe y los cambios en los archivos TOML; no escribe nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner of a new project and of the services it adds (default: the project&apos;s owner, else @&lt;project&gt;-team).</source>
        <translation>Responsable de un proyecto nuevo y de los servicios que añade (predeterminado: el responsable del proyecto, si no @&lt;proyecto&gt;-team).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The deployment target that gets the replicas (default: production; local for Compose).</source>
        <translation>El destino de despliegue que recibe las réplicas (predeterminado: production; local para Compose).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cluster of a new target (default: default; docker for Compose).</source>
        <translation>El clúster de un destino nuevo (predeterminado: default; docker para Compose).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>import compose needs at least one Compose file</source>
        <translation>import compose necesita al menos un archivo de Compose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import kubernetes needs at least one manifest file or folder</source>
        <translation>import kubernetes necesita al menos un archivo o carpeta de manifiestos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import needs --project NAME, the project the services go to</source>
        <translation>import necesita --project NOMBRE, el proyecto al que van los servicios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--owner takes a team written @name, e.g. @shop-team</source>
        <translation>--owner recibe un equipo escrito @nombre, p. ej. @shop-team</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the import would leave errors in the registry: nothing was written</source>
        <translation>la importación dejaría errores en el registro: no se ha escrito nada</translation>
    </message>
</context>
<context>
    <name>TableFieldEditor</name>
    <message>
        <location filename="../views/editor/tablefieldeditor.cpp" line="+136"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an entry (Insert)</source>
        <translation>Añadir una entrada (Insert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected entries (Delete)</source>
        <translation>Quitar las entradas seleccionadas (Supr)</translation>
    </message>
</context>
<context>
    <name>UnsavedEdits</name>
    <message>
        <location filename="../views/editor/unsavededits.cpp" line="+38"/>
        <source>Cannot Save</source>
        <translation>No se puede guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The edits were not written, and nothing on disk changed: %1</source>
        <translation>Las ediciones no se escribieron y nada cambió en el disco: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unsaved Edits</source>
        <translation>Ediciones sin guardar</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s) have unsaved edits: %1</source>
        <translation>
            <numerusform>%n archivo tiene ediciones sin guardar: %1</numerusform>
            <numerusform>%n archivos tienen ediciones sin guardar: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Restore</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unsaved edits to %1 from %2 were kept when the console last stopped without saving. Restore them?</source>
        <translation>Se conservaron ediciones sin guardar de %1 del %2, cuando la consola se detuvo sin guardar. ¿Recuperarlas?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the files as they are on disk; your edits to them are dropped</source>
        <translation>Tomar los archivos tal como están en el disco; se descartan sus ediciones en ellos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep Mine</source>
        <translation>Conservar las mías</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep your edits; saving overwrites the files on disk</source>
        <translation>Conservar sus ediciones; al guardar se sobrescriben los archivos del disco</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 changed on disk while you were editing it.</source>
        <translation>%1 cambió en el disco mientras lo editaba.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On Disk and Edited</source>
        <translation>En disco y editado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Left: %1 as it is on disk now. Right: your edited text.</source>
        <translation>Izquierda: %1 tal como está ahora en el disco. Derecha: su texto editado.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../core/analysis/changedetector.cpp" line="+601"/>
        <location filename="../core/policy/requiredapprovals.cpp" line="+61"/>
        <source>breaking</source>
        <translation>incompatible</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../core/catalog/diagnostic.cpp" line="+27"/>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>info</source>
        <translation>información</translation>
    </message>
    <message>
        <location filename="../core/catalog/diagnostic.cpp" line="+0"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <location filename="../core/catalog/service.cpp" line="+9"/>
        <source>global</source>
        <translation>global</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>override</source>
        <translation>sobrescrito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>project</source>
        <translation>proyecto</translation>
    </message>
    <message>
        <location filename="../core/deploy/deploymentrecord.cpp" line="+13"/>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>succeeded</source>
        <translation>correcto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rolled back</source>
        <translation>revertido</translation>
    </message>
    <message>
        <location filename="../core/deploy/dora.cpp" line="+84"/>
        <source>elite</source>
        <translation>élite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>high</source>
        <translation>alto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medium</source>
        <translation>medio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>low</source>
        <translation>bajo</translation>
    </message>
    <message>
        <location filename="../core/deploy/drift.cpp" line="+10"/>
        <source>another version</source>
        <translation>otra versión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown service</source>
        <translation>servicio desconocido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown project</source>
        <translation>proyecto desconocido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown target</source>
        <translation>destino desconocido</translation>
    </message>
    <message>
        <location filename="../core/generate/generatedoutput.cpp" line="+193"/>
        <source>changed</source>
        <translation>cambiado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../core/policy/policyengine.cpp" line="+491"/>
        <source>stale</source>
        <translation>sobrante</translation>
    </message>
    <message>
        <location filename="../core/policy/policyengine.cpp" line="-1"/>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>expired</source>
        <translation>caducada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown rule</source>
        <translation>regla desconocida</translation>
    </message>
    <message>
        <location filename="../core/policy/requiredapprovals.cpp" line="+0"/>
        <source>version bump</source>
        <translation>subida de versión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>config</source>
        <translation>configuración</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>new service</source>
        <translation>servicio nuevo</translation>
    </message>
    <message>
        <location filename="../core/analysis/reportformat.cpp" line="+8"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SARIF</source>
        <translation>SARIF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JUnit XML</source>
        <translation>JUnit XML</translation>
    </message>
    <message>
        <location filename="../core/review/approverreview.cpp" line="+292"/>
        <source>blocked</source>
        <translation>bloqueado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>needs approval</source>
        <translation>necesita aprobación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ok</source>
        <translation>correcto</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../models/workspace.cpp" line="+42"/>
        <source>Cannot open %1: the folder does not exist. Choose a registry folder with File › Open.</source>
        <translation>No se puede abrir %1: la carpeta no existe. Elija una carpeta de registro con Archivo › Abrir.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/console/main.cpp" line="+60"/>
        <source>Administration console for a central service registry.</source>
        <translation>Consola de administración de un registro central de servicios.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registry folder (default: the last one opened, else the example).</source>
        <translation>Carpeta del registro (por omisión: la última abierta, o el ejemplo).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Render the window to a PNG file once loaded, then exit.</source>
        <translation>Dibuja la ventana en un archivo PNG al terminar la carga y sale.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project to select at start.</source>
        <translation>Proyecto a seleccionar al iniciar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Service to select at start.</source>
        <translation>Servicio a seleccionar al iniciar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial service filter.</source>
        <translation>Filtro inicial de servicios.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Colour theme: light or dark.</source>
        <translation>Tema de color: light (claro) o dark (oscuro).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>theme</source>
        <translation>tema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review tab: compare from this git revision or folder.</source>
        <translation>Pestaña Revisión: comparar desde esta revisión de git o carpeta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>rev</source>
        <translation>rev</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Review tab: compare to this git revision or folder (default: the working tree).</source>
        <translation>Pestaña Revisión: comparar con esta revisión de git o carpeta (por omisión: el árbol de trabajo).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the editor on the service (--service): the same as --view edit.</source>
        <translation>Abrir el editor en el servicio (--service): lo mismo que --view edit.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open File › Import… on these Compose files or manifests (repeat for more), into --project.</source>
        <translation>Abre Archivo › Importar… con estos archivos de Compose o manifiestos (repítalo para más), en --project.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Central tab to show: services, policies, graph, review, deployments, manifests or edit.</source>
        <translation>Pestaña central que mostrar: services, policies, graph, review, deployments, manifests o edit.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Deployments tab: use this store (sqlite:PATH or postgresql://USER@HOST:PORT/DB) instead of the one in Settings.</source>
        <translation>Pestaña Despliegues: usar este almacén (sqlite:RUTA o postgresql://USUARIO@HOST:PUERTO/BD) en lugar del de Preferencias.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>url</source>
        <translation>url</translation>
    </message>
</context>
</TS>
