// Checks generated Grafana dashboards: the classic model's required parts, a ${datasource}
// variable used by every panel, and every query (panel targets, annotations, variables)
// parsed by Prometheus' own PromQL grammar (@prometheus-io/lezer-promql), naming only metrics
// the exporter writes (its `# TYPE` lines, in METRICS_FILE) or the generated recording rules
// (`record:` lines of the rules.yaml files under DIR).
//   node dashboards.js DIR METRICS_FILE
'use strict';
const fs = require('fs');
const path = require('path');
const { parser } = require('@prometheus-io/lezer-promql');

const [dir, metricsFile] = process.argv.slice(2);
if (!dir || !metricsFile) {
  console.error('usage: node dashboards.js DIR METRICS_FILE');
  process.exit(2);
}

function walk(folder, out) {
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out;
}

const known = new Set();
for (const line of fs.readFileSync(metricsFile, 'utf8').split('\n')) {
  const m = /^# TYPE (\S+) (\S+)/.exec(line);
  if (!m) continue;
  known.add(m[1]);
  if (m[2] === 'histogram') for (const s of ['_bucket', '_sum', '_count']) known.add(m[1] + s);
}
const files = walk(dir, []);
for (const file of files.filter((f) => f.endsWith(path.join('prometheus', 'rules.yaml')))) {
  for (const m of fs.readFileSync(file, 'utf8').matchAll(/^\s*record: (\S+)$/gm)) known.add(m[1]);
}

const problems = [];
let queries = 0;

function check(where, expr) {
  queries++;
  // label_values(metric{…}, label) is Grafana's, not PromQL: check its selector.
  const labelValues = /^label_values\((.*),\s*\w+\)$/.exec(expr);
  const promql = labelValues ? labelValues[1] : expr;
  const tree = parser.parse(promql);
  let broken = false;
  tree.iterate({
    enter(node) {
      if (node.type.isError) broken = true;
      if (node.name === 'Identifier' && node.node.parent && node.node.parent.name === 'VectorSelector') {
        const name = promql.slice(node.from, node.to);
        if (!known.has(name)) problems.push(`${where}: ${name} is neither an exporter metric nor a recording rule`);
      }
    },
  });
  if (broken) problems.push(`${where}: not PromQL: ${expr}`);
}

let boards = 0;
for (const file of files.filter((f) => f.endsWith('.json') && f.includes(`${path.sep}grafana${path.sep}`))) {
  boards++;
  const board = JSON.parse(fs.readFileSync(file, 'utf8'));
  const where = path.relative(dir, file);
  for (const key of ['uid', 'title', 'schemaVersion', 'panels', 'templating']) {
    if (board[key] === undefined) problems.push(`${where}: no ${key}`);
  }
  if (!(board.schemaVersion >= 39)) problems.push(`${where}: schemaVersion ${board.schemaVersion} is older than Grafana 10.4's`);
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(board.uid || '')) problems.push(`${where}: uid ${board.uid} is not one Grafana accepts`);
  const variables = (board.templating && board.templating.list) || [];
  if (!variables.some((v) => v.name === 'datasource' && v.type === 'datasource' && v.query === 'prometheus'))
    problems.push(`${where}: no \${datasource} variable of type prometheus`);
  for (const v of variables) {
    if (v.type === 'query') check(`${where} variable ${v.name}`, v.query.query);
  }
  const ids = new Set();
  for (const panel of board.panels || []) {
    if (ids.has(panel.id)) problems.push(`${where}: panel id ${panel.id} twice`);
    ids.add(panel.id);
    if (!panel.datasource || panel.datasource.uid !== '${datasource}')
      problems.push(`${where} panel "${panel.title}": not on \${datasource}`);
    const g = panel.gridPos || {};
    if (!(g.w > 0 && g.h > 0 && g.x >= 0 && g.x + g.w <= 24)) problems.push(`${where} panel "${panel.title}": gridPos out of the grid`);
    if (!(panel.targets || []).length) problems.push(`${where} panel "${panel.title}": no query`);
    for (const t of panel.targets || []) check(`${where} panel "${panel.title}" ${t.refId}`, t.expr);
  }
  for (const a of (board.annotations && board.annotations.list) || []) {
    if (a.expr) check(`${where} annotation "${a.name}"`, a.expr);
  }
}
if (boards === 0) problems.push(`no dashboards under ${dir}`);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`${boards} dashboards, ${queries} queries parsed; every metric they name exists`);
