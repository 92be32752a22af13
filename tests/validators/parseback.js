#!/usr/bin/env node
// Checks that generated files parse back to exactly the values of the registries that
// tests/hostilecatalogs.cpp wrote: Compose (with '$' doubled against interpolation),
// Kubernetes and Terraform (in HCL's JSON form, where "$${" and "%%{" stand for "${", "%{").
// Usage: parseback.js EXPECTED.json PARSED.json   (PARSED: validate.js --json)
'use strict';
const crypto = require('crypto');
const fs = require('fs');
const assert = require('assert');

const expected = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const parsed = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
const dollars = (s) => s.replace(/\$/g, () => '$$');
const template = (s) => s.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{');
let failures = 0;
for (const c of expected) {
    try {
        const compose = parsed[`${c.case}/p1/default/docker/compose.yaml`].services.s0;
        const env = {};
        for (const [k, v] of Object.entries(c.environment))
            env[k] = dollars(v);
        assert.deepStrictEqual(compose.environment, env, 'Compose environment');
        assert.deepStrictEqual(compose.entrypoint, c.command.map(dollars), 'Compose entrypoint');
        assert.deepStrictEqual(compose.command, c.args.map(dollars), 'Compose command');
        const config = fs.readFileSync(`${process.argv[4]}/${c.case}/p1/default/docker/configs/s0-cfg`, 'utf8');
        assert.strictEqual(config, c.config, 'Compose config file');

        const docs = parsed[`${c.case}/p1/default/kubernetes/base/s0.yaml`];
        const byName = (kind, name) => docs.find((d) => d.kind === kind && d.metadata.name === name);
        assert.deepStrictEqual(byName('ConfigMap', 's0-env').data, c.environment, 'ConfigMap s0-env');
        assert.deepStrictEqual(byName('ConfigMap', 's0-files').data, { cfg: c.config }, 'ConfigMap s0-files');
        const pod = byName('Deployment', 's0').spec.template;
        // The ConfigMaps' checksum (compact JSON, keys sorted, as Qt writes it): a change rolls the pods.
        const canonical = (o) => JSON.stringify(Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]])));
        const checksum = crypto.createHash('sha256').update(canonical(c.environment) + canonical({ cfg: c.config })).digest('hex');
        assert.deepStrictEqual(pod.metadata.annotations, { 'example.com/note': c.annotation, 'checksum/config': checksum },
            'pod annotations');
        assert.deepStrictEqual(pod.spec.containers[0].command, c.command, 'container command');
        assert.deepStrictEqual(pod.spec.containers[0].args, c.args, 'container args');

        const tf = parsed[`${c.case}/p1/default/terraform/s0.tf`].resource;
        const tfEnv = {};
        for (const [k, v] of Object.entries(c.environment))
            tfEnv[k] = template(v);
        assert.deepStrictEqual(tf.kubernetes_config_map_v1.s0_env[0].data, tfEnv, 'Terraform s0-env');
        assert.deepStrictEqual(tf.kubernetes_config_map_v1.s0_files[0].data, { cfg: template(c.config) }, 'Terraform s0-files');
        const container = tf.kubernetes_deployment_v1.s0[0].spec[0].template[0].spec[0].container[0];
        assert.deepStrictEqual(container.command, c.command.map(template), 'Terraform command');
        assert.deepStrictEqual(container.args, c.args.map(template), 'Terraform args');
    } catch (e) {
        failures++;
        if (failures <= 10)
            console.error(`${c.case}: ${e.message}`);
    }
}
console.log(`${expected.length} hostile registries: ${expected.length - failures} parse back exactly, ${failures} do not`);
process.exit(failures ? 1 : 0);
