import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gitlabCodeQuality, githubAnnotations, junit, sarif } from '../src/lib/content/formats.ts';
import { error, warning, type Problem } from '../src/lib/content/problems.ts';

const problems: Problem[] = [
  { ...error('content/guides/a, b.mdx', 'owner "group:nope" is not in the catalogue:\nadd it, or fix the name (100% sure)', { field: 'owner', line: 4 }), column: 8, rule: 'paved/reference' },
  warning('content/catalogue/org.yaml', 'was last reviewed long ago', { line: 12 }),
  error('content/metrics/deployments.csv', 'no line known'),
];

test('github: one workflow command per problem, with data and properties escaped as the runner expects', () => {
  const lines = githubAnnotations(problems).split('\n');
  assert.equal(lines.length, 3);
  assert.equal(
    lines[0],
    '::error file=content/guides/a%2C b.mdx,line=4,col=8,title=paved check%3A paved/reference (owner)::owner "group:nope" is not in the catalogue:%0Aadd it, or fix the name (100%25 sure)',
  );
  assert.match(lines[1]!, /^::warning file=content\/catalogue\/org\.yaml,line=12,title=/);
  assert.match(lines[2]!, /^::error file=content\/metrics\/deployments\.csv,title=[^,]*::no line known$/);
  for (const l of lines) assert.match(l, /^::(error|warning) [^:]*::[^\n]*$/, 'properties hold no raw "::"');
});

test('gitlab: every Code Quality field is present and of the documented type; fingerprints are stable and distinct', () => {
  const report = gitlabCodeQuality(problems);
  assert.equal(report.length, 3);
  for (const issue of report) {
    assert.equal(typeof issue.description, 'string');
    assert.equal(typeof issue.check_name, 'string');
    assert.match(issue.fingerprint, /^[0-9a-f]{32}$/);
    assert.ok(['info', 'minor', 'major', 'critical', 'blocker'].includes(issue.severity));
    assert.equal(typeof issue.location.path, 'string');
    assert.ok(Number.isInteger(issue.location.lines.begin) && issue.location.lines.begin >= 1);
  }
  assert.equal(report[0]!.severity, 'major');
  assert.equal(report[1]!.severity, 'minor');
  assert.equal(new Set(report.map((r) => r.fingerprint)).size, 3);
  assert.deepEqual(gitlabCodeQuality(problems).map((r) => r.fingerprint), report.map((r) => r.fingerprint));
});

test('sarif: a valid SARIF 2.1.0 log (the schema\'s required properties, levels, 1-based regions, rule indexes)', () => {
  const log = JSON.parse(JSON.stringify(sarif(problems, { version: '1.2.3' }))) as any;
  assert.equal(log.version, '2.1.0');
  assert.match(log.$schema, /sarif-2\.1\.0/);
  assert.equal(log.runs.length, 1);
  const run = log.runs[0];
  assert.equal(run.tool.driver.name, 'paved');
  assert.equal(run.tool.driver.version, '1.2.3');
  for (const rule of run.tool.driver.rules) assert.equal(typeof rule.id, 'string');
  assert.equal(run.results.length, 3);
  for (const r of run.results) {
    assert.equal(typeof r.message.text, 'string');
    assert.ok(['none', 'note', 'warning', 'error'].includes(r.level));
    assert.equal(run.tool.driver.rules[r.ruleIndex].id, r.ruleId);
    const loc = r.locations[0].physicalLocation;
    assert.equal(typeof loc.artifactLocation.uri, 'string');
    if (loc.region) assert.ok(loc.region.startLine >= 1);
  }
  assert.deepEqual(run.results[0].locations[0].physicalLocation.region, { startLine: 4, startColumn: 8 });
  assert.equal(run.results[2].locations[0].physicalLocation.region, undefined, 'no invented line');
});

test('junit: one test case per checked file, a failure per error, warnings as output, XML escaped and counted', () => {
  const xml = junit(problems, ['content/guides/fine.mdx', 'content/catalogue/org.yaml']);
  assert.match(xml, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="paved check" tests="4" failures="2" errors="0">/);
  assert.match(xml, /<testcase name="content\/guides\/fine\.mdx" classname="paved\.check" file="content\/guides\/fine\.mdx"\/>/);
  assert.match(xml, /<failure message="owner &quot;group:nope&quot; is not in the catalogue:\nadd it, or fix the name \(100% sure\)" type="paved\/reference">/);
  assert.match(xml, /<system-out>warning content\/catalogue\/org\.yaml:12 was last reviewed long ago<\/system-out>/);
  assert.equal((xml.match(/<testcase /g) ?? []).length, 4);
  assert.equal((xml.match(/<failure /g) ?? []).length, 2);
  assert.ok(!/<(?!\/?(testsuites|testsuite|testcase|failure|system-out)\b|\?xml)/.test(xml), 'only JUnit elements');
});
