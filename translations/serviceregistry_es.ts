<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Appearance</name>
    <message>
        <source>global</source>
        <translation>global</translation>
    </message>
    <message>
        <source>override</source>
        <translation>sobrescrito</translation>
    </message>
    <message>
        <source>project</source>
        <translation>proyecto</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>revertido</translation>
    </message>
    <message>
        <source>elite</source>
        <translation>élite</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alto</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medio</translation>
    </message>
    <message>
        <source>low</source>
        <translation>bajo</translation>
    </message>
</context>
<context>
    <name>ChangeModel</name>
    <message>
        <source>breaking</source>
        <translation>incompatible</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>info</source>
        <translation>información</translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <translation>Sugerencia: %1</translation>
    </message>
    <message numerus="yes">
        <source>Reaches %n service(s)</source>
        <translation>
            <numerusform>Alcanza %n servicio</numerusform>
            <numerusform>Alcanza %n servicios</numerusform>
        </translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Affected projects</source>
        <translation>Proyectos afectados</translation>
    </message>
</context>
<context>
    <name>CurrentStateModel</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 runs since %2.</source>
        <translation>%1 se ejecuta desde %2.</translation>
    </message>
    <message>
        <source>Rollback candidate: %1.</source>
        <translation>Candidata para revertir: %1.</translation>
    </message>
    <message>
        <source>Drift: the registry says %1.</source>
        <translation>Deriva: el registro indica %1.</translation>
    </message>
    <message>
        <source>Drift: the project has no such service any more.</source>
        <translation>Deriva: el proyecto ya no tiene ese servicio.</translation>
    </message>
    <message>
        <source>Drift: the registry has no such project.</source>
        <translation>Deriva: el registro no tiene ese proyecto.</translation>
    </message>
    <message>
        <source>Drift: deployment.toml has no such target or region.</source>
        <translation>Deriva: deployment.toml no tiene ese destino o región.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
</context>
<context>
    <name>DeploymentHistoryModel</name>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Deployer</source>
        <translation>Desplegado por</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
</context>
<context>
    <name>DeploymentTimeline</name>
    <message>
        <source>One mark per deployment, by target and region: green succeeded, red failed, orange rolled back, blue running. Marks on one pixel show the worst of them.</source>
        <translation>Una marca por despliegue, por destino y región: verde correcto, rojo fallido, naranja revertido, azul en curso. Las marcas en un mismo píxel muestran la peor de ellas.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>No deployments in this period</source>
        <translation>No hay despliegues en este periodo</translation>
    </message>
</context>
<context>
    <name>DeploymentsPane</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>All services (Ctrl+F)</source>
        <translation>Todos los servicios (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show one service&apos;s deployments; selecting a service anywhere fills it in</source>
        <translation>Muestra los despliegues de un servicio; al seleccionar un servicio en cualquier lugar se rellena</translation>
    </message>
    <message>
        <source>All targets</source>
        <translation>Todos los destinos</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Último %n día</numerusform>
            <numerusform>Últimos %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Query the deployment store again (Ctrl+Shift+R)</source>
        <translation>Consultar de nuevo el almacén de despliegues (Ctrl+Mayús+R)</translation>
    </message>
    <message>
        <source>S&amp;ervice:</source>
        <translation>S&amp;ervicio:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Destino:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>Deployment frequency</source>
        <translation>Frecuencia de despliegue</translation>
    </message>
    <message>
        <source>Lead time for changes</source>
        <translation>Tiempo de entrega de cambios</translation>
    </message>
    <message>
        <source>Change failure rate</source>
        <translation>Tasa de fallos de cambios</translation>
    </message>
    <message>
        <source>Time to restore</source>
        <translation>Tiempo de recuperación</translation>
    </message>
    <message>
        <source>Deployments per week</source>
        <translation>Despliegues por semana</translation>
    </message>
    <message>
        <source>failed or rolled back, % of finished</source>
        <translation>fallidos o revertidos, % de los terminados</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>Estado actual</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Historial (%1)</translation>
    </message>
    <message>
        <source>The deployment store cannot be used: %1</source>
        <translation>No se puede usar el almacén de despliegues: %1</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Almacén: %1</translation>
    </message>
    <message numerus="yes">
        <source>Current state (%n drifted)</source>
        <translation>
            <numerusform>Estado actual (%n con deriva)</numerusform>
            <numerusform>Estado actual (%n con deriva)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Change failure rate per week</source>
        <translation>Tasa de fallos de cambios por semana</translation>
    </message>
    <message>
        <source>all services</source>
        <translation>todos los servicios</translation>
    </message>
    <message>
        <source>&lt;b&gt;DORA&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;%2</source>
        <translation>&lt;b&gt;DORA&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>all targets</source>
        <translation>todos los destinos</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>%1 a day</source>
        <translation>%1 al día</translation>
    </message>
    <message>
        <source>%1 a week</source>
        <translation>%1 a la semana</translation>
    </message>
    <message>
        <source>From… to…</source>
        <translation>Desde… hasta…</translation>
    </message>
    <message>
        <source>The period the charts, the figures and the history cover</source>
        <translation>El periodo que cubren los gráficos, las cifras y el historial</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Primer día del periodo</translation>
    </message>
    <message>
        <source>Last day of the period (included)</source>
        <translation>Último día del periodo (incluido)</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Double-click a row to open the file where the value is defined</source>
        <translation>Haga doble clic en una fila para abrir el archivo donde se define el valor</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a service to see its resolved fields.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Seleccione un servicio para ver sus campos resueltos.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>global catalog</source>
        <translation>catálogo global</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>proyecto %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) — %3, %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) — %3, %4</translation>
    </message>
</context>
<context>
    <name>EditSession</name>
    <message>
        <source>no registry is open</source>
        <translation>no hay ningún registro abierto</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>Cambiar %1 de %2</translation>
    </message>
    <message>
        <source>Clear %1 of %2</source>
        <translation>Quitar %1 de %2</translation>
    </message>
    <message>
        <source>Restore unsaved edits</source>
        <translation>Recuperar ediciones sin guardar</translation>
    </message>
</context>
<context>
    <name>ExportPreviewDialog</name>
    <message>
        <source>Export: what changes in %1</source>
        <translation>Exportar: qué cambia en %1</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>cambiado</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminado</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in this folder would change. The folder&apos;s version is on the left, the new one on the right.</source>
        <translation>
            <numerusform>Cambiaría %n archivo de esta carpeta. La versión de la carpeta está a la izquierda, la nueva a la derecha.</numerusform>
            <numerusform>Cambiarían %n archivos de esta carpeta. La versión de la carpeta está a la izquierda, la nueva a la derecha.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Write %n file(s)</source>
        <translation>
            <numerusform>&amp;Escribir %n archivo</numerusform>
            <numerusform>&amp;Escribir %n archivos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GeneratedFileModel</name>
    <message numerus="yes">
        <source>%1 — %2, %n line(s)</source>
        <translation>
            <numerusform>%1 — %2, %n línea</numerusform>
            <numerusform>%1 — %2, %n líneas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GraphPane</name>
    <message>
        <source>%1 — in another project</source>
        <translation>%1 — en otro proyecto</translation>
    </message>
    <message>
        <source>Find a service (Ctrl+F; Enter: next)</source>
        <translation>Buscar un servicio (Ctrl+F; Intro: siguiente)</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>Only the services this many dependencies away from the current one (0: all)</source>
        <translation>Solo los servicios a esta distancia de dependencias del actual (0: todos)</translation>
    </message>
    <message>
        <source>Only services of this type</source>
        <translation>Solo servicios de este tipo</translation>
    </message>
    <message>
        <source>Only services of this owner</source>
        <translation>Solo servicios de este responsable</translation>
    </message>
    <message>
        <source>Only services in this lifecycle</source>
        <translation>Solo servicios en este ciclo de vida</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Ajustar</translation>
    </message>
    <message>
        <source>Show the whole graph (Ctrl+0)</source>
        <translation>Muestra el grafo entero (Ctrl+0)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Save the graph as SVG or PNG</source>
        <translation>Guarda el grafo como SVG o PNG</translation>
    </message>
    <message>
        <source>&amp;Depth:</source>
        <translation>&amp;Profundidad:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>&amp;Lifecycle:</source>
        <translation>&amp;Ciclo de vida:</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Todos los responsables</translation>
    </message>
    <message>
        <source>All lifecycles</source>
        <translation>Todos los ciclos de vida</translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n service(s)…</source>
        <translation>
            <numerusform>Disponiendo %n servicio…</numerusform>
            <numerusform>Disponiendo %n servicios…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 may use %2 (optional)</source>
        <translation>%1 puede usar %2 (opcional)</translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation>%1 necesita %2</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n servicio</numerusform>
            <numerusform>%n servicios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dependenc(ies)</source>
        <translation>
            <numerusform>%n dependencia</numerusform>
            <numerusform>%n dependencias</numerusform>
        </translation>
    </message>
    <message>
        <source>laid out with %1 in %2 ms</source>
        <translation>dispuesto con %1 en %2 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) on a cycle (red)</source>
        <translation>
            <numerusform>%n servicio en un ciclo (en rojo)</numerusform>
            <numerusform>%n servicios en un ciclo (en rojo)</numerusform>
        </translation>
    </message>
    <message>
        <source>No service matches &apos;%1&apos;</source>
        <translation>Ningún servicio coincide con '%1'</translation>
    </message>
    <message>
        <source>Dependency graph</source>
        <translation>Grafo de dependencias</translation>
    </message>
    <message>
        <source>Export the dependency graph</source>
        <translation>Exportar el grafo de dependencias</translation>
    </message>
    <message>
        <source>SVG (*.svg);;PNG (*.png)</source>
        <translation>SVG (*.svg);;PNG (*.png)</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>No se puede escribir %1</translation>
    </message>
    <message>
        <source>drawn in %1 ms</source>
        <translation>dibujado en %1 ms</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Service Registry</source>
        <translation>Service Registry</translation>
    </message>
    <message>
        <source>&amp;Services</source>
        <translation>&amp;Servicios</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open Registry…</source>
        <translation>&amp;Abrir registro…</translation>
    </message>
    <message>
        <source>Open a registry folder</source>
        <translation>Abrir una carpeta de registro</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Find Service</source>
        <translation>&amp;Buscar servicio</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Service Registry</source>
        <translation>&amp;Acerca de Service Registry</translation>
    </message>
    <message>
        <source>About Service Registry</source>
        <translation>Acerca de Service Registry</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Service Registry %1&lt;/h3&gt;&lt;p&gt;Administration console for a central, multi-project service registry.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Service Registry %1&lt;/h3&gt;&lt;p&gt;Consola de administración de un registro central de servicios de varios proyectos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Open Registry</source>
        <translation>Abrir registro</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
    <message>
        <source>%1 — Service Registry</source>
        <translation>%1 — Service Registry</translation>
    </message>
    <message>
        <source>%1 holds no services. See the Problems pane for what is missing.</source>
        <translation>%1 no contiene servicios. Consulte el panel Problemas para ver qué falta.</translation>
    </message>
    <message numerus="yes">
        <source>The registry has %n error(s); the parts that could be read are shown.</source>
        <translation>
            <numerusform>El registro tiene %n error; se muestran las partes que se pudieron leer.</numerusform>
            <numerusform>El registro tiene %n errores; se muestran las partes que se pudieron leer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loaded %1 files in %2 ms</source>
        <translation>%1 archivos cargados en %2 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n servicio</numerusform>
            <numerusform>%n servicios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Reload When Files &amp;Change</source>
        <translation>Recargar cuando &amp;cambien los archivos</translation>
    </message>
    <message>
        <source>Reload the registry when one of its files changes on disk</source>
        <translation>Recarga el registro cuando cambia uno de sus archivos en disco</translation>
    </message>
    <message>
        <source>&amp;Policies</source>
        <translation>&amp;Políticas</translation>
    </message>
    <message>
        <source>Policy findings; the Policies tab lists them</source>
        <translation>Hallazgos de las políticas; la pestaña Políticas los lista</translation>
    </message>
    <message>
        <source>Policies: %1</source>
        <translation>Políticas: %1</translation>
    </message>
    <message>
        <source>&amp;Manifests</source>
        <translation>&amp;Manifiestos</translation>
    </message>
    <message>
        <source>&amp;Graph</source>
        <translation>&amp;Grafo</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revisión</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Write the edited files (only the bytes that changed)</source>
        <translation>Escribir los archivos editados (solo los bytes que cambiaron)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Edit Service</source>
        <translation>&amp;Editar servicio</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>&amp;New Service…</source>
        <translation>&amp;Nuevo servicio…</translation>
    </message>
    <message>
        <source>D&amp;uplicate Service…</source>
        <translation>D&amp;uplicar servicio…</translation>
    </message>
    <message>
        <source>&amp;Delete Service…</source>
        <translation>&amp;Eliminar servicio…</translation>
    </message>
    <message>
        <source>Re&amp;name Service…</source>
        <translation>Re&amp;nombrar servicio…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Deployments</source>
        <translation>&amp;Despliegues</translation>
    </message>
</context>
<context>
    <name>ManifestsPane</name>
    <message>
        <source>Docker Compose</source>
        <translation>Docker Compose</translation>
    </message>
    <message>
        <source>Kubernetes</source>
        <translation>Kubernetes</translation>
    </message>
    <message>
        <source>Terraform</source>
        <translation>Terraform</translation>
    </message>
    <message>
        <source>KCL</source>
        <translation>KCL</translation>
    </message>
    <message>
        <source>Argo CD</source>
        <translation>Argo CD</translation>
    </message>
    <message>
        <source>Flux</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Prometheus rules</source>
        <translation>Reglas de Prometheus</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>The project to generate</source>
        <translation>El proyecto que se genera</translation>
    </message>
    <message>
        <source>The deployment target of deployment.toml</source>
        <translation>El destino de despliegue de deployment.toml</translation>
    </message>
    <message>
        <source>Kubernetes: the base and one region&apos;s overlay</source>
        <translation>Kubernetes: la base y la superposición de una región</translation>
    </message>
    <message>
        <source>The output format</source>
        <translation>El formato de salida</translation>
    </message>
    <message>
        <source>Repository URL Argo CD and Flux read the files from</source>
        <translation>URL del repositorio del que Argo CD y Flux leen los archivos</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Proyecto:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Destino:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (por omisión)</translation>
    </message>
    <message>
        <source>The registry has no projects to generate.</source>
        <translation>El registro no tiene proyectos que generar.</translation>
    </message>
    <message>
        <source>%1 needs the URL of the git repository the generated files are committed to: enter it above.</source>
        <translation>%1 necesita la URL del repositorio git en el que se confirman los archivos generados: escríbala arriba.</translation>
    </message>
    <message>
        <source>Export %1 files of %2 (%3)</source>
        <translation>Exportar los archivos %1 de %2 (%3)</translation>
    </message>
    <message>
        <source>The files are still being generated; export again in a moment.</source>
        <translation>Los archivos aún se están generando; exporte de nuevo en un momento.</translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds these %n file(s), unchanged.</source>
        <translation>
            <numerusform>%1 ya contiene este archivo, sin cambios.</numerusform>
            <numerusform>%1 ya contiene estos %n archivos, sin cambios.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing more was written: %1</source>
        <translation>No se escribió nada más: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to %1.</source>
        <translation>
            <numerusform>Se escribió %n archivo en %1.</numerusform>
            <numerusform>Se escribieron %n archivos en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write these files into a folder, as service-registry generate does (Ctrl+E)</source>
        <translation>Escribe estos archivos en una carpeta, como hace service-registry generate (Ctrl+E)</translation>
    </message>
    <message numerus="yes">
        <source>The registry has %n error(s) (see Problems): these files show what could be read, and cannot be exported until they are fixed.</source>
        <translation>
            <numerusform>El registro tiene %n error (vea Problemas): estos archivos muestran lo que se pudo leer y no se pueden exportar hasta corregirlo.</numerusform>
            <numerusform>El registro tiene %n errores (vea Problemas): estos archivos muestran lo que se pudo leer y no se pueden exportar hasta corregirlos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
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
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>PoliciesPane</name>
    <message>
        <source>By severity</source>
        <translation>Por gravedad</translation>
    </message>
    <message>
        <source>By rule</source>
        <translation>Por regla</translation>
    </message>
    <message>
        <source>By project</source>
        <translation>Por proyecto</translation>
    </message>
    <message>
        <source>By service</source>
        <translation>Por servicio</translation>
    </message>
    <message>
        <source>Group the findings</source>
        <translation>Agrupar los hallazgos</translation>
    </message>
    <message>
        <source>Filter findings by rule, service, message or file (Ctrl+F)</source>
        <translation>Filtrar hallazgos por regla, servicio, mensaje o archivo (Ctrl+F)</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the file at the finding</source>
        <translation>Doble clic o Intro para abrir el archivo en el hallazgo</translation>
    </message>
    <message>
        <source>Select a finding to see why its rule exists and how to fix it.</source>
        <translation>Seleccione un hallazgo para ver por qué existe su regla y cómo corregirlo.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waived</source>
        <translation>
            <numerusform>%n dispensado</numerusform>
            <numerusform>%n dispensados</numerusform>
        </translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Solución:</translation>
    </message>
</context>
<context>
    <name>PolicyFindingModel</name>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>waived</source>
        <translation>dispensado</translation>
    </message>
    <message>
        <source>expired waiver</source>
        <translation>dispensa caducada</translation>
    </message>
    <message>
        <source>stale waiver</source>
        <translation>dispensa sin uso</translation>
    </message>
    <message>
        <source>waiver of no rule</source>
        <translation>dispensa de una regla inexistente</translation>
    </message>
    <message>
        <source>info</source>
        <translation>información</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>(registry)</source>
        <translation>(registro)</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Dispensados</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Waived by %1 until %2: %3</source>
        <translation>Dispensado por %1 hasta %2: %3</translation>
    </message>
    <message>
        <source>Waivers to review (%1)</source>
        <translation>Dispensas por revisar (%1)</translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <translation>Sugerencia: %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
</context>
<context>
    <name>ProblemsPane</name>
    <message>
        <source>All problems</source>
        <translation>Todos los problemas</translation>
    </message>
    <message>
        <source>Errors and warnings</source>
        <translation>Errores y advertencias</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Solo errores</translation>
    </message>
    <message>
        <source>Filter problems by code, message or file</source>
        <translation>Filtrar problemas por código, mensaje o archivo</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the file at the problem</source>
        <translation>Doble clic o Intro para abrir el archivo en el problema</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problemas (%1)</translation>
    </message>
    <message>
        <source>Validation and policies</source>
        <translation>Validación y políticas</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Políticas</translation>
    </message>
</context>
<context>
    <name>ProjectTreeModel</name>
    <message>
        <source>Global catalog</source>
        <translation>Catálogo global</translation>
    </message>
    <message>
        <source>Global catalog %1</source>
        <translation>Catálogo global %1</translation>
    </message>
    <message>
        <source>%1
%2
Pinned to catalog %3</source>
        <translation>%1
%2
Fijado al catálogo %3</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
</context>
<context>
    <name>RecentRegistriesMenu</name>
    <message>
        <source>No recent registries</source>
        <translation>No hay registros recientes</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Vaciar la lista</translation>
    </message>
</context>
<context>
    <name>ReviewPane</name>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <source>Export &amp;migration guide…</source>
        <translation>Exportar guía de &amp;migración…</translation>
    </message>
    <message>
        <source>Where the change starts: a branch, tag or commit of the registry&apos;s repository, a folder, or a project&apos;s upgrade preview</source>
        <translation>Dónde empieza el cambio: una rama, etiqueta o commit del repositorio del registro, una carpeta o la vista previa de actualización de un proyecto</translation>
    </message>
    <message>
        <source>Where the change ends: the working tree (with unsaved edits), a branch, tag, commit or folder</source>
        <translation>Dónde termina el cambio: el árbol de trabajo (con las ediciones sin guardar), una rama, etiqueta, commit o carpeta</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Compare base and head (Ctrl+Return)</source>
        <translation>Compara la base y el destino (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Save the changes and a migration guide for each breaking one, as Markdown for a pull request</source>
        <translation>Guarda los cambios y una guía de migración para cada cambio incompatible, en Markdown para una solicitud de cambios</translation>
    </message>
    <message>
        <source>Filter changes by rule, service, field or project (Ctrl+F)</source>
        <translation>Filtrar cambios por regla, servicio, campo o proyecto (Ctrl+F)</translation>
    </message>
    <message>
        <source>The changed files</source>
        <translation>Los archivos cambiados</translation>
    </message>
    <message>
        <source>&amp;Base:</source>
        <translation>&amp;Base:</translation>
    </message>
    <message>
        <source>&amp;Head:</source>
        <translation>&amp;Destino:</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Carpeta…</translation>
    </message>
    <message>
        <source>Compare with a registry folder</source>
        <translation>Comparar con una carpeta de registro</translation>
    </message>
    <message>
        <source>Choose a base and a head, then Compare.</source>
        <translation>Elija una base y un destino y pulse Comparar.</translation>
    </message>
    <message>
        <source>Working tree</source>
        <translation>Árbol de trabajo</translation>
    </message>
    <message>
        <source>Upgrade preview: %1 (catalog %2 → %3)</source>
        <translation>Vista previa de actualización: %1 (catálogo %2 → %3)</translation>
    </message>
    <message>
        <source>Choose a base: a branch, tag, commit or folder.</source>
        <translation>Elija una base: una rama, etiqueta, commit o carpeta.</translation>
    </message>
    <message>
        <source>the working tree</source>
        <translation>el árbol de trabajo</translation>
    </message>
    <message>
        <source>Comparing %1 with %2…</source>
        <translation>Comparando %1 con %2…</translation>
    </message>
    <message>
        <source>%1 → %2: %3 breaking · %4 · %5 info · %6</source>
        <translation>%1 → %2: %3 incompatibles · %4 · %5 informativos · %6</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) changed</source>
        <translation>
            <numerusform>%n archivo cambiado</numerusform>
            <numerusform>%n archivos cambiados</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the migration guide</source>
        <translation>Exportar la guía de migración</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>No se puede escribir %1</translation>
    </message>
</context>
<context>
    <name>ServiceDetailsModel</name>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>default</source>
        <translation>por omisión</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Defined at</source>
        <translation>Definido en</translation>
    </message>
</context>
<context>
    <name>ServiceEditorPane</name>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Formulario</translation>
    </message>
    <message>
        <source>TOML &amp;Source</source>
        <translation>&amp;Fuente TOML</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin valor)</translation>
    </message>
    <message>
        <source>A TOML value, e.g. [{ name = &quot;http&quot;, port = 8080 }]</source>
        <translation>Un valor TOML, p. ej. [{ name = "http", port = 8080 }]</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation>Separados por comas</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Remove this project&apos;s override: the service inherits the catalog&apos;s value again</source>
        <translation>Quitar la sobrescritura de este proyecto: el servicio vuelve a heredar el valor del catálogo</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>not a TOML value: write it as in the file, e.g. [&quot;a&quot;, &quot;b&quot;] or { key = &quot;value&quot; }</source>
        <translation>no es un valor TOML: escríbalo como en el archivo, p. ej. ["a", "b"] o { key = "value" }</translation>
    </message>
    <message>
        <source>Select a service to edit it.</source>
        <translation>Seleccione un servicio para editarlo.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 as project %2 sees it — overrides go to %3</source>
        <translation>%1 tal como lo ve el proyecto %2 — las sobrescrituras van a %3</translation>
    </message>
    <message>
        <source>(inherited: %1)</source>
        <translation>(heredado: %1)</translation>
    </message>
    <message>
        <source>Inherited from the catalog; typing overrides it for %1</source>
        <translation>Heredado del catálogo; al escribir se sobrescribe para %1</translation>
    </message>
    <message>
        <source>New service %1</source>
        <translation>Nuevo servicio %1</translation>
    </message>
    <message>
        <source>Duplicate %1 as %2</source>
        <translation>Duplicar %1 como %2</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>the global catalog</source>
        <translation>el catálogo global</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>proyecto %1</translation>
    </message>
    <message>
        <source>New Service</source>
        <translation>Nuevo servicio</translation>
    </message>
    <message>
        <source>Id of the new service in %1:</source>
        <translation>Id del nuevo servicio en %1:</translation>
    </message>
    <message>
        <source>Type of %1:</source>
        <translation>Tipo de %1:</translation>
    </message>
    <message>
        <source>Duplicate Service</source>
        <translation>Duplicar servicio</translation>
    </message>
    <message>
        <source>Id of the copy of %1:</source>
        <translation>Id de la copia de %1:</translation>
    </message>
    <message>
        <source>Delete service %1 and all its tables?</source>
        <translation>¿Eliminar el servicio %1 y todas sus tablas?</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message>
        <source>These services need it, directly or through others, and will report a missing dependency:</source>
        <translation>Estos servicios lo necesitan, directamente o a través de otros, e informarán de una dependencia ausente:</translation>
    </message>
    <message>
        <source>You can undo it (Ctrl+Z) until you save.</source>
        <translation>Puede deshacerlo (Ctrl+Z) hasta que guarde.</translation>
    </message>
    <message>
        <source>Delete Service</source>
        <translation>Eliminar servicio</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Renombrar %1 a %2</translation>
    </message>
    <message>
        <source>Rename Service</source>
        <translation>Renombrar servicio</translation>
    </message>
    <message>
        <source>New id of %1:</source>
        <translation>Nuevo id de %1:</translation>
    </message>
    <message numerus="yes">
        <source>These lines of %n file(s) change. Text that only mentions the name (descriptions, alert expressions) is left as it is.</source>
        <translation>
            <numerusform>Cambian estas líneas de %n archivo. El texto que solo menciona el nombre (descripciones, expresiones de alertas) se deja como está.</numerusform>
            <numerusform>Cambian estas líneas de %n archivos. El texto que solo menciona el nombre (descripciones, expresiones de alertas) se deja como está.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renombrar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Container port</source>
        <translation>Puerto del contenedor</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Host port</source>
        <translation>Puerto del host</translation>
    </message>
    <message>
        <source>Host IP</source>
        <translation>IP del host</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Version range</source>
        <translation>Rango de versiones</translation>
    </message>
    <message>
        <source>Waits until</source>
        <translation>Espera hasta</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Externa</translation>
    </message>
    <message>
        <source>a port needs its number, from 1 to 65535</source>
        <translation>un puerto necesita su número, de 1 a 65535</translation>
    </message>
    <message>
        <source>a host IP needs a host port</source>
        <translation>una IP del host necesita un puerto del host</translation>
    </message>
    <message>
        <source>name the service it needs</source>
        <translation>indique el servicio que necesita</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in the catalog (a global service may only need global services)</source>
        <translation>'%1' no está en el catálogo (un servicio global solo puede necesitar servicios globales)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a service of project %2, nor project/service of another project</source>
        <translation>'%1' no es un servicio del proyecto %2 ni proyecto/servicio de otro proyecto</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is version %2, which %3 does not allow</source>
        <translation>'%1' está en la versión %2, que %3 no admite</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no port named &apos;%2&apos;</source>
        <translation>'%1' no tiene ningún puerto llamado '%2'</translation>
    </message>
    <message>
        <source>Inherited from the catalog; any change here overrides the whole list for %1.</source>
        <translation>Heredado del catálogo; cualquier cambio aquí sustituye la lista entera para %1.</translation>
    </message>
</context>
<context>
    <name>ServiceField</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Criticidad</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Ciclo de vida</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>Sustituido por</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Compartido</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Puertos</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
    <message>
        <source>CPU request</source>
        <translation>CPU solicitada</translation>
    </message>
    <message>
        <source>Memory request</source>
        <translation>Memoria solicitada</translation>
    </message>
    <message>
        <source>CPU limit</source>
        <translation>Límite de CPU</translation>
    </message>
    <message>
        <source>Memory limit</source>
        <translation>Límite de memoria</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>Comprobación de salud</translation>
    </message>
    <message>
        <source>Requires</source>
        <translation>Requiere</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Patrones</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Exposición</translation>
    </message>
    <message>
        <source>Liveness probe</source>
        <translation>Sonda de vida</translation>
    </message>
    <message>
        <source>Readiness probe</source>
        <translation>Sonda de disponibilidad</translation>
    </message>
    <message>
        <source>Startup probe</source>
        <translation>Sonda de arranque</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumentos</translation>
    </message>
    <message>
        <source>Working folder</source>
        <translation>Carpeta de trabajo</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Data path</source>
        <translation>Ruta de datos</translation>
    </message>
    <message>
        <source>Run as user</source>
        <translation>Usuario de ejecución</translation>
    </message>
    <message>
        <source>Run as group</source>
        <translation>Grupo de ejecución</translation>
    </message>
    <message>
        <source>File system group</source>
        <translation>Grupo del sistema de archivos</translation>
    </message>
    <message>
        <source>Non-root</source>
        <translation>Sin root</translation>
    </message>
    <message>
        <source>Read-only root</source>
        <translation>Raíz de solo lectura</translation>
    </message>
    <message>
        <source>Privilege escalation</source>
        <translation>Escalada de privilegios</translation>
    </message>
    <message>
        <source>Privileged</source>
        <translation>Privilegiado</translation>
    </message>
    <message>
        <source>Capabilities dropped</source>
        <translation>Capacidades retiradas</translation>
    </message>
    <message>
        <source>Capabilities added</source>
        <translation>Capacidades añadidas</translation>
    </message>
    <message>
        <source>Service account</source>
        <translation>Cuenta de servicio</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Pod annotation</source>
        <translation>Anotación del pod</translation>
    </message>
    <message>
        <source>Service annotation</source>
        <translation>Anotación del Service</translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation>Periodo de gracia</translation>
    </message>
    <message>
        <source>Init container</source>
        <translation>Contenedor de inicio</translation>
    </message>
    <message>
        <source>Container name</source>
        <translation>Nombre del contenedor</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Reinicio</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>Build context</source>
        <translation>Contexto de construcción</translation>
    </message>
    <message>
        <source>Dockerfile</source>
        <translation>Dockerfile</translation>
    </message>
    <message>
        <source>Build target</source>
        <translation>Etapa de construcción</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
</context>
<context>
    <name>ServiceTableModel</name>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
</context>
<context>
    <name>ServicesPane</name>
    <message>
        <source>Filter services (Ctrl+K): words, or type:api owner:@core-team port:8080 origin:override</source>
        <translation>Filtrar servicios (Ctrl+K): palabras, o type:api owner:@core-team port:8080 origin:override</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pattern %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Patrón %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Global catalog&lt;/b&gt;</source>
        <translation>&lt;b&gt;Catálogo global&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Opened when the console starts without a folder</source>
        <translation>Se abre cuando la consola arranca sin carpeta</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Default Registry</source>
        <translation>Registro predeterminado</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Default &amp;registry:</source>
        <translation>&amp;Registro predeterminado:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>sqlite:PATH (default: a file in your data folder) or postgresql://user@host:5432/db</source>
        <translation>sqlite:RUTA (predeterminado: un archivo en su carpeta de datos) o postgresql://usuario@host:5432/bd</translation>
    </message>
    <message>
        <source>Deployment store</source>
        <translation>Almacén de despliegues</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Conexión:</translation>
    </message>
    <message>
        <source>https://git.example.com/platform/deploy.git</source>
        <translation>https://git.example.com/platform/deploy.git</translation>
    </message>
    <message>
        <source>Generators (Argo CD, Flux)</source>
        <translation>Generadores (Argo CD, Flux)</translation>
    </message>
    <message>
        <source>Re&amp;pository:</source>
        <translation>Re&amp;positorio:</translation>
    </message>
    <message>
        <source>B&amp;ranch:</source>
        <translation>R&amp;ama:</translation>
    </message>
    <message>
        <source>Passwords and tokens (kept in the system keychain only)</source>
        <translation>Contraseñas y tokens (solo en el llavero del sistema)</translation>
    </message>
    <message>
        <source>PostgreSQL &amp;password:</source>
        <translation>&amp;Contraseña de PostgreSQL:</translation>
    </message>
    <message>
        <source>&amp;Git hosting token:</source>
        <translation>Token del alojamiento &amp;Git:</translation>
    </message>
    <message>
        <source>&amp;Notification token:</source>
        <translation>Token de &amp;notificaciones:</translation>
    </message>
    <message>
        <source>Looking for a keychain…</source>
        <translation>Buscando un llavero…</translation>
    </message>
    <message>
        <source>No keychain is available (%1): passwords and tokens cannot be kept. Start a Secret Service such as GNOME Keyring or KWallet, or set PGPASSWORD for the deployment store.</source>
        <translation>No hay ningún llavero disponible (%1): no se pueden guardar contraseñas ni tokens. Inicie un Secret Service como GNOME Keyring o KWallet, o defina PGPASSWORD para el almacén de despliegues.</translation>
    </message>
    <message>
        <source>Stored in the system keychain; never written to the settings file.</source>
        <translation>Se guardan en el llavero del sistema; nunca en el archivo de configuración.</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Llavero</translation>
    </message>
    <message>
        <source>Not every secret could be stored: %1</source>
        <translation>No se pudieron guardar todos los secretos: %1</translation>
    </message>
</context>
<context>
    <name>SourceLexer</name>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>String</source>
        <translation>Cadena</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>Palabra clave</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloque</translation>
    </message>
</context>
<context>
    <name>SourceViewer</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (solo lectura)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — line %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — línea %2</translation>
    </message>
    <message>
        <source>it is %1 MiB, more than the 8 MiB a registry file may have</source>
        <translation>ocupa %1 MiB, más de los 8 MiB que puede tener un archivo del registro</translation>
    </message>
</context>
<context>
    <name>TableFieldEditor</name>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add an entry (Insert)</source>
        <translation>Añadir una entrada (Insert)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected entries (Delete)</source>
        <translation>Quitar las entradas seleccionadas (Supr)</translation>
    </message>
</context>
<context>
    <name>UnsavedEdits</name>
    <message>
        <source>Cannot Save</source>
        <translation>No se puede guardar</translation>
    </message>
    <message>
        <source>The edits were not written, and nothing on disk changed: %1</source>
        <translation>Las ediciones no se escribieron y nada cambió en el disco: %1</translation>
    </message>
    <message>
        <source>Unsaved Edits</source>
        <translation>Ediciones sin guardar</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) have unsaved edits: %1</source>
        <translation>
            <numerusform>%n archivo tiene ediciones sin guardar: %1</numerusform>
            <numerusform>%n archivos tienen ediciones sin guardar: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Unsaved edits to %1 from %2 were kept when the console last stopped without saving. Restore them?</source>
        <translation>Se conservaron ediciones sin guardar de %1 del %2, cuando la consola se detuvo sin guardar. ¿Recuperarlas?</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Take the files as they are on disk; your edits to them are dropped</source>
        <translation>Tomar los archivos tal como están en el disco; se descartan sus ediciones en ellos</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Conservar las mías</translation>
    </message>
    <message>
        <source>Keep your edits; saving overwrites the files on disk</source>
        <translation>Conservar sus ediciones; al guardar se sobrescriben los archivos del disco</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>%1 changed on disk while you were editing it.</source>
        <translation>%1 cambió en el disco mientras lo editaba.</translation>
    </message>
    <message>
        <source>On Disk and Edited</source>
        <translation>En disco y editado</translation>
    </message>
    <message>
        <source>Left: %1 as it is on disk now. Right: your edited text.</source>
        <translation>Izquierda: %1 tal como está ahora en el disco. Derecha: su texto editado.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Cannot open %1: the folder does not exist. Choose a registry folder with File › Open.</source>
        <translation>No se puede abrir %1: la carpeta no existe. Elija una carpeta de registro con Archivo › Abrir.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Administration console for a central service registry.</source>
        <translation>Consola de administración de un registro central de servicios.</translation>
    </message>
    <message>
        <source>Registry folder (default: the last one opened, else the example).</source>
        <translation>Carpeta del registro (por omisión: la última abierta, o el ejemplo).</translation>
    </message>
    <message>
        <source>Render the window to a PNG file once loaded, then exit.</source>
        <translation>Dibuja la ventana en un archivo PNG al terminar la carga y sale.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Project to select at start.</source>
        <translation>Proyecto a seleccionar al iniciar.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Service to select at start.</source>
        <translation>Servicio a seleccionar al iniciar.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Initial service filter.</source>
        <translation>Filtro inicial de servicios.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>Colour theme: light or dark.</source>
        <translation>Tema de color: light (claro) o dark (oscuro).</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>tema</translation>
    </message>
    <message>
        <source>Review tab: compare from this git revision or folder.</source>
        <translation>Pestaña Revisión: comparar desde esta revisión de git o carpeta.</translation>
    </message>
    <message>
        <source>rev</source>
        <translation>rev</translation>
    </message>
    <message>
        <source>Review tab: compare to this git revision or folder (default: the working tree).</source>
        <translation>Pestaña Revisión: comparar con esta revisión de git o carpeta (por omisión: el árbol de trabajo).</translation>
    </message>
    <message>
        <source>Open the editor on the service (--service): the same as --view edit.</source>
        <translation>Abrir el editor en el servicio (--service): lo mismo que --view edit.</translation>
    </message>
    <message>
        <source>Central tab to show: services, policies, graph, review, deployments, manifests or edit.</source>
        <translation>Pestaña central que mostrar: services, policies, graph, review, deployments, manifests o edit.</translation>
    </message>
    <message>
        <source>Deployments tab: use this store (sqlite:PATH or postgresql://USER@HOST:PORT/DB) instead of the one in Settings.</source>
        <translation>Pestaña Despliegues: usar este almacén (sqlite:RUTA o postgresql://USUARIO@HOST:PUERTO/BD) en lugar del de Preferencias.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
</context>
</TS>
