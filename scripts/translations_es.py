#!/usr/bin/env python3
"""Fills translations/serviceregistry_es.ts (Spanish) and the English plural forms of
serviceregistry_en.ts from the tables below. Run after `cmake --build build -t
update_translations`; strings without an entry are reported and stay unfinished."""
import html
import re
import sys
from pathlib import Path

SPANISH = {
    "Check syntax, schema, references, ports and dependencies": "Comprueba sintaxis, esquema, referencias, puertos y dependencias",
    "Print each project's start-up order and every dependency cycle": "Muestra el orden de arranque de cada proyecto y cada ciclo de dependencias",
    "Write a deterministic synthetic registry (benchmarks)": "Escribe un registro sintético determinista (para mediciones)",
    "Registry folder (default: the current folder).": "Carpeta del registro (por omisión: la carpeta actual).",
    "dir": "carpeta",
    "Output format: text, json or sarif.": "Formato de salida: text, json o sarif.",
    "format": "formato",
    "Write the report to a file (atomically) instead of standard output.": "Escribe el informe en un archivo (de forma atómica) en lugar de la salida estándar.",
    "file": "archivo",
    "Exit with 1 on warnings too.": "Termina con 1 también ante advertencias.",
    "Service Registry: validate and analyse a central multi-project service registry.": "Service Registry: valida y analiza un registro central de servicios de varios proyectos.",
    "One of: validate, check-deps, synth.": "Uno de: validate, check-deps, synth.",
    "<command> [options]": "<orden> [opciones]",
    "Commands:": "Órdenes:",
    "Run 'service-registry <command> --help' for the options of a command.": "Ejecute 'service-registry <orden> --help' para ver las opciones de una orden.",
    "unknown command '%1'; run service-registry --help to list the commands": "orden desconocida '%1'; ejecute service-registry --help para ver las órdenes",
    "service-registry: cannot write %1: %2\n": "service-registry: no se puede escribir %1: %2\n",
    "unexpected argument '%1'": "argumento inesperado '%1'",
    "unknown format '%1'; use text, json or sarif": "formato desconocido '%1'; use text, json o sarif",
    "registry folder '%1' does not exist or is not a folder": "la carpeta del registro '%1' no existe o no es una carpeta",
    "global catalog %1: start-up order": "catálogo global %1: orden de arranque",
    "project %1 (catalog %2): start-up order": "proyecto %1 (catálogo %2): orden de arranque",
    "needs from other projects: %1": "necesita de otros proyectos: %1",
    "cycle: %1": "ciclo: %1",
    "Number of projects.": "Número de proyectos.",
    "n": "n",
    "Services per project.": "Servicios por proyecto.",
    "Services in the global catalog.": "Servicios en el catálogo global.",
    "Random seed; the same seed writes the same registry.": "Semilla aleatoria; la misma semilla escribe el mismo registro.",
    "Folder to write (created; must be empty or absent).": "Carpeta de destino (se crea; debe estar vacía o no existir).",
    "synth needs --out DIR": "synth necesita --out CARPETA",
    "--projects (0-999), --services (1-9999), --globals (0-999) and --seed take whole numbers": "--projects (0-999), --services (1-9999), --globals (0-999) y --seed admiten números enteros",
    "'%1' exists and is not empty; choose a new folder": "'%1' existe y no está vacía; elija una carpeta nueva",
    "wrote %1 projects x %2 services to %3": "escritos %1 proyectos x %2 servicios en %3",
    "Service Registry": "Service Registry",
    "Filter services (Ctrl+K): words, or type:api owner:@core-team port:8080 origin:override": "Filtrar servicios (Ctrl+K): palabras, o type:api owner:@core-team port:8080 origin:override",
    "&Services": "&Servicios",
    "Projects": "Proyectos",
    "Details": "Detalles",
    "Double-click a row to open the file where the value is defined": "Haga doble clic en una fila para abrir el archivo donde se define el valor",
    "Problems": "Problemas",
    "Problems (%1)": "Problemas (%1)",
    "All problems": "Todos los problemas",
    "Errors and warnings": "Errores y advertencias",
    "Errors only": "Solo errores",
    "Filter problems by code, message or file": "Filtrar problemas por código, mensaje o archivo",
    "Double-click or press Enter to open the file at the problem": "Doble clic o Intro para abrir el archivo en el problema",
    "&File": "&Archivo",
    "&Open Registry…": "&Abrir registro…",
    "Open a registry folder": "Abrir una carpeta de registro",
    "Open &Recent": "Abrir &reciente",
    "&Reload": "&Recargar",
    "Reload When Files &Change": "Recargar cuando &cambien los archivos",
    "Reload the registry when one of its files changes on disk": "Recarga el registro cuando cambia uno de sus archivos en disco",
    "&Quit": "&Salir",
    "&Edit": "&Editar",
    "&Find Service": "&Buscar servicio",
    "&View": "&Ver",
    "&Help": "A&yuda",
    "&About Service Registry": "&Acerca de Service Registry",
    "About Service Registry": "Acerca de Service Registry",
    "<h3>Service Registry %1</h3><p>Administration console for a central, multi-project service registry.</p>": "<h3>Service Registry %1</h3><p>Consola de administración de un registro central de servicios de varios proyectos.</p>",
    "Main": "Principal",
    "No recent registries": "No hay registros recientes",
    "&Clear List": "&Vaciar la lista",
    "Open Registry": "Abrir registro",
    "Cannot open %1: the folder does not exist. Choose a registry folder with File › Open.": "No se puede abrir %1: la carpeta no existe. Elija una carpeta de registro con Archivo › Abrir.",
    "Loading %1…": "Cargando %1…",
    "%1 — Service Registry": "%1 — Service Registry",
    "%1 holds no services. See the Problems pane for what is missing.": "%1 no contiene servicios. Consulte el panel Problemas para ver qué falta.",
    "Loaded %1 files in %2 ms": "%1 archivos cargados en %2 ms",
    "<b>%1</b>": "<b>%1</b>",
    "<b>Pattern %1</b>": "<b>Patrón %1</b>",
    "<b>Global catalog</b>": "<b>Catálogo global</b>",
    "<i>Select a service to see its resolved fields.</i>": "<i>Seleccione un servicio para ver sus campos resueltos.</i>",
    "global catalog": "catálogo global",
    "project %1": "proyecto %1",
    "<b>%1</b> (%2) — %3, %4": "<b>%1</b> (%2) — %3, %4",
    "Dismiss": "Descartar",
    "Error": "Error",
    "Warning": "Advertencia",
    "Note": "Nota",
    "Hint: %1": "Sugerencia: %1",
    "Severity": "Gravedad",
    "Code": "Código",
    "Message": "Mensaje",
    "Location": "Ubicación",
    "Global catalog": "Catálogo global",
    "Global catalog %1": "Catálogo global %1",
    "%1\n%2\nPinned to catalog %3": "%1\n%2\nFijado al catálogo %3",
    "Project": "Proyecto",
    "Services": "Servicios",
    "Id": "Id",
    "Name": "Nombre",
    "Description": "Descripción",
    "Type": "Tipo",
    "Version": "Versión",
    "Image": "Imagen",
    "Owner": "Responsable",
    "Criticality": "Criticidad",
    "Lifecycle": "Ciclo de vida",
    "Replaced by": "Sustituido por",
    "Shared": "Compartido",
    "yes": "sí",
    "no": "no",
    "Ports": "Puertos",
    "Environment %1": "Entorno %1",
    "Secret %1": "Secreto %1",
    "Resources %1": "Recursos %1",
    " every %1, timeout %2, %3 retries": " cada %1, tiempo límite %2, %3 reintentos",
    "Health check": "Comprobación de salud",
    "Optional": "Opcional",
    "Requires": "Requiere",
    "Patterns": "Patrones",
    "Tags": "Etiquetas",
    "Property %1": "Propiedad %1",
    "default": "por omisión",
    "global": "global",
    "override": "sobrescrito",
    "project": "proyecto",
    "Field": "Campo",
    "Value": "Valor",
    "Origin": "Origen",
    "Defined at": "Definido en",
    "Cannot open %1: %2": "No se puede abrir %1: %2",
    "%1 (read-only)": "%1 (solo lectura)",
    "<b>%1</b> — line %2": "<b>%1</b> — línea %2",
    "Administration console for a central service registry.": "Consola de administración de un registro central de servicios.",
    "Registry folder (default: the last one opened, else the example).": "Carpeta del registro (por omisión: la última abierta, o el ejemplo).",
    "Render the window to a PNG file once loaded, then exit.": "Dibuja la ventana en un archivo PNG al terminar la carga y sale.",
    "Project to select at start.": "Proyecto a seleccionar al iniciar.",
    "name": "nombre",
    "Service to select at start.": "Servicio a seleccionar al iniciar.",
    "id": "id",
    "Initial service filter.": "Filtro inicial de servicios.",
    "text": "texto",
    "Environment": "Entorno",
    "Secret": "Secreto",
    "CPU request": "CPU solicitada",
    "Memory request": "Memoria solicitada",
    "CPU limit": "Límite de CPU",
    "Memory limit": "Límite de memoria",
    "Property": "Propiedad",
    "it is %1 MiB, more than the 8 MiB a registry file may have": "ocupa %1 MiB, más de los 8 MiB que puede tener un archivo del registro",
    "Central tab to show (services).": "Pestaña central que se muestra (services).",
    "Colour theme: light or dark.": "Tema de color: light (claro) o dark (oscuro).",
    "theme": "tema",
    "Exposure": "Exposición",
    "Liveness probe": "Sonda de vida",
    "Readiness probe": "Sonda de disponibilidad",
    "Startup probe": "Sonda de arranque",
    "Command": "Orden",
    "Arguments": "Argumentos",
    "Working folder": "Carpeta de trabajo",
    "Volume": "Volumen",
    "Data path": "Ruta de datos",
    "Run as user": "Usuario de ejecución",
    "Run as group": "Grupo de ejecución",
    "File system group": "Grupo del sistema de archivos",
    "Non-root": "Sin root",
    "Read-only root": "Raíz de solo lectura",
    "Privilege escalation": "Escalada de privilegios",
    "Privileged": "Privilegiado",
    "Capabilities dropped": "Capacidades retiradas",
    "Capabilities added": "Capacidades añadidas",
    "Service account": "Cuenta de servicio",
    "Label": "Etiqueta",
    "Pod annotation": "Anotación del pod",
    "Service annotation": "Anotación del Service",
    "Grace period": "Periodo de gracia",
    "Init container": "Contenedor de inicio",
    "Container name": "Nombre del contenedor",
    "Restart": "Reinicio",
    "Profiles": "Perfiles",
    "Build context": "Contexto de construcción",
    "Dockerfile": "Dockerfile",
    "Build target": "Etapa de construcción",
    "Schedule": "Programación",
    "&Policies": "&Políticas",
    "By severity": "Por gravedad",
    "By rule": "Por regla",
    "By project": "Por proyecto",
    "By service": "Por servicio",
    "Group the findings": "Agrupar los hallazgos",
    "Filter findings by rule, service, message or file (Ctrl+F)": "Filtrar hallazgos por regla, servicio, mensaje o archivo (Ctrl+F)",
    "Double-click or press Enter to open the file at the finding": "Doble clic o Intro para abrir el archivo en el hallazgo",
    "Select a finding to see why its rule exists and how to fix it.": "Seleccione un hallazgo para ver por qué existe su regla y cómo corregirlo.",
    "Why:": "Por qué:",
    "Fix:": "Solución:",
    "error": "error",
    "warning": "advertencia",
    "waived": "dispensado",
    "expired waiver": "dispensa caducada",
    "stale waiver": "dispensa sin uso",
    "waiver of no rule": "dispensa de una regla inexistente",
    "info": "información",
    "Finding": "Hallazgo",
    "Rule": "Regla",
    "Service": "Servicio",
    "Status": "Estado",
    "(registry)": "(registro)",
    "Errors": "Errores",
    "Warnings": "Advertencias",
    "Waived": "Dispensados",
    "Notes": "Notas",
    "%1 (%2)": "%1 (%2)",
    "Waived by %1 until %2: %3": "Dispensado por %1 hasta %2: %3",
    "Waivers to review (%1)": "Dispensas por revisar (%1)",
    "Validation and policies": "Validación y políticas",
    "Validation": "Validación",
    "Policies": "Políticas",
}

# Plural forms: English (one, other), Spanish (one, other).
PLURALS = {
    "%n waived": (("%n waived", "%n waived"), ("%n dispensado", "%n dispensados")),
    "%n service(s)": (("%n service", "%n services"), ("%n servicio", "%n servicios")),
    "%n error(s)": (("%n error", "%n errors"), ("%n error", "%n errores")),
    "%n warning(s)": (("%n warning", "%n warnings"), ("%n advertencia", "%n advertencias")),
    "The registry has %n error(s); the parts that could be read are shown.": (
        ("The registry has %n error; the parts that could be read are shown.",
         "The registry has %n errors; the parts that could be read are shown."),
        ("El registro tiene %n error; se muestran las partes que se pudieron leer.",
         "El registro tiene %n errores; se muestran las partes que se pudieron leer.")),
}

MESSAGE = re.compile(r'(<message( numerus="yes")?>\s*<source>(.*?)</source>\s*)<translation[^>]*?(?:/>|>.*?</translation>)', re.S)


def fill(path: Path, language: str) -> int:
    text = path.read_text(encoding="utf-8")
    missing = []

    def replace(match):
        head, numerus, source_xml = match.group(1), match.group(2), match.group(3)
        source = html.unescape(source_xml)
        if numerus:
            forms = PLURALS.get(source)
            if not forms:
                missing.append(source)
                return match.group(0)
            chosen = forms[0] if language == "en" else forms[1]
            inner = "".join(f"\n            <numerusform>{html.escape(f, quote=False)}</numerusform>" for f in chosen)
            return f"{head}<translation>{inner}\n        </translation>"
        if language == "en":
            return f"{head}<translation></translation>"  # English source text is used as is
        translated = SPANISH.get(source)
        if translated is None:
            missing.append(source)
            return match.group(0)
        return f"{head}<translation>{html.escape(translated, quote=False)}</translation>"

    text = MESSAGE.sub(replace, text)
    path.write_text(text, encoding="utf-8")
    for m in missing:
        print(f"{path.name}: no translation for {m!r}", file=sys.stderr)
    return len(missing)


if __name__ == "__main__":
    root = Path(__file__).resolve().parent.parent / "translations"
    failures = fill(root / "serviceregistry_es.ts", "es") + fill(root / "serviceregistry_en.ts", "en")
    sys.exit(1 if failures else 0)
