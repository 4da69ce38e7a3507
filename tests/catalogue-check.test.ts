/** `paved check` on catalogue entities: references per Backstage's rules, golden-path annotations, reviews. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkRepository } from '../src/loaders/repository.ts';
import { gitRunner } from '../src/loaders/git.ts';
import { formatProblem } from '../src/lib/content/problems.ts';
import { remove, tempProject } from './catalogue-fixtures.ts';

const HEAD = 'apiVersion: backstage.io/v1alpha1';
const TODAY = new Date('2026-11-28T00:00:00Z');

/** Problems `paved check` reports for one extra catalogue file in a copy of the sample project. */
function check(text: string, strict = false): string[] {
  const dir = tempProject({ 'content/catalogue/test.yaml': text });
  try {
    return checkRepository(dir, TODAY, gitRunner(dir), { strict }).problems.filter((p) => p.file === 'content/catalogue/test.yaml').map((p) => `${p.severity} ${formatProblem(p)}`);
  } finally {
    remove(dir);
  }
}

test('the sample catalogue has no errors', () => {
  const dir = tempProject();
  try {
    const result = checkRepository(dir, TODAY);
    assert.deepEqual(result.problems.filter((p) => p.severity === 'error').map(formatProblem), []);
  } finally {
    remove(dir);
  }
});

test('as in Backstage, a reference not in the catalogue and an unusual kind are warnings; a dependsOn without a kind is an error', () => {
  assert.deepEqual(check(`${HEAD}
kind: Component
metadata: { name: t1 }
spec:
  type: service
  lifecycle: production
  owner: payments
  system: no-such-system
  dependsOn:
    - ledger-service
    - resource:payments-db
  providesApis: [group:payments]
`), [
    'warning content/catalogue/test.yaml:8 spec.system: document 1 (Component t1): "no-such-system" is not in the catalogue (looked for system:default/no-such-system): kept, and shown as text marked "not in the catalogue"; import the repository that defines the System, add it, or fix the reference',
    'error content/catalogue/test.yaml:10 spec.dependsOn.0: document 1 (Component t1): "ledger-service" needs a kind: this field takes several kinds and Backstage gives it no default, so write e.g. "component:ledger-service" or "resource:ledger-service"',
    'warning content/catalogue/test.yaml:12 spec.providesApis.0: document 1 (Component t1): "group:payments" is a Group, where this field usually takes a API: kept and related as written, as Backstage does',
  ]);
});

test('owners that are not entity names (an e-mail address) or not in the catalogue (a team defined elsewhere) are warnings', () => {
  const problems = check(`${HEAD}
kind: Component
metadata: { name: t8 }
spec: { type: service, lifecycle: production, owner: platform-team@example.com }
---
${HEAD}
kind: API
metadata: { name: t9 }
spec: { type: openapi, lifecycle: production, owner: SRE, definition: "openapi: 3.0.0" }
---
${HEAD}
kind: System
metadata: { name: t10 }
spec: { owner: group:other-org/billing }
`);
  assert.equal(problems.length, 2, problems.join('\n'));
  assert.match(problems[0]!, /^warning content\/catalogue\/test\.yaml:4 spec\.owner: document 1 \(Component t8\): owner "platform-team@example\.com" is not the name of a Group or User .* shown as text/);
  // "SRE" names the sample's Group sre: matching ignores case, as in Backstage.
  assert.match(problems[1]!, /^warning content\/catalogue\/test\.yaml:14 spec\.owner: document 3 \(System t10\): "group:other-org\/billing" is not in the catalogue \(looked for group:other-org\/billing\)/);
});

test('strict mode (catalogue.strict or --strict) turns every catalogue reference warning into an error', () => {
  const text = `${HEAD}\nkind: Component\nmetadata: { name: t11 }\nspec: { type: service, lifecycle: production, owner: nobody@example.com, system: elsewhere, consumesApis: [component:shipments-service] }\n`;
  const relaxed = check(text);
  const strict = check(text, true);
  assert.equal(relaxed.length, 3);
  assert.ok(relaxed.every((p) => p.startsWith('warning ')), relaxed.join('\n'));
  assert.equal(strict.length, 3);
  assert.ok(strict.every((p) => p.startsWith('error ') && p.endsWith('(an error because the catalogue is strict: catalogue.strict in paved.config.yaml, or --strict)')), strict.join('\n'));
  // The same from the site configuration, for the build and paved check alike.
  const dir = tempProject({ 'content/catalogue/test.yaml': text, 'paved.config.yaml': 'catalogue:\n  strict: true\n' });
  try {
    const fromConfig = checkRepository(dir, TODAY).problems.filter((p) => p.file === 'content/catalogue/test.yaml');
    assert.deepEqual(fromConfig.map((p) => p.severity), ['error', 'error', 'error']);
  } finally {
    remove(dir);
  }
});

test('a reference to an entity of a kind Paved leaves out is not a problem; to one that does not exist it is a warning', () => {
  const problems = check(`apiVersion: example.com/v1
kind: Environment
metadata: { name: prod }
spec: {}
---
${HEAD}
kind: Component
metadata: { name: t2 }
spec: { type: service, lifecycle: production, owner: payments, dependsOn: [environment:prod, environment:staging] }
`);
  assert.equal(problems.length, 2);
  assert.match(problems[0]!, /^warning .*:2 kind: document 1 \(Environment prod\): kind "Environment"/);
  assert.match(problems[1]!, /^warning .*:9 spec\.dependsOn\.1: document 2 \(Component t2\): "environment:staging" names the kind "environment", which Paved does not show, and no such entity is in the catalogue/);
});

test("Paved's own content stays strict: a guide naming a team that is not in the catalogue is an error", () => {
  const dir = tempProject({ 'content/catalogue/test.yaml': `${HEAD}\nkind: Component\nmetadata: { name: t12 }\nspec: { type: service, lifecycle: production, owner: ghost-team }\n` });
  try {
    const problems = checkRepository(dir, TODAY).problems;
    assert.ok(problems.some((p) => p.severity === 'warning' && p.file === 'content/catalogue/test.yaml' && /"ghost-team" is not in the catalogue/.test(p.message)));
    const guide = 'content/guides/get-a-postgres-database.mdx';
    writeFileSync(path.join(dir, guide), readFileSync(path.join(dir, guide), 'utf8').replace(/^owner: .*$/m, 'owner: ghost-team'));
    const after = checkRepository(dir, TODAY).problems.filter((p) => p.file === guide && p.severity === 'error');
    assert.equal(after.length, 1);
    assert.match(after[0]!.message, /"ghost-team" does not match any Group in the catalogue/);
  } finally {
    remove(dir);
  }
});

test('golden-path annotations that cannot be used are warnings, never errors', () => {
  assert.deepEqual(check(`${HEAD}
kind: Component
metadata:
  name: t3
  annotations:
    backstage.io/source-template: template:default/no-such-template
    paved.dev/template-version: "1"
spec: { type: service, lifecycle: production, owner: payments }
---
${HEAD}
kind: Component
metadata:
  name: t4
  annotations:
    backstage.io/source-template: template:default/go-service
    paved.dev/template-version: "9"
spec: { type: service, lifecycle: production, owner: payments }
---
${HEAD}
kind: Component
metadata:
  name: t5
  annotations:
    paved.dev/template-version: "2"
spec: { type: service, lifecycle: production, owner: payments }
---
apiVersion: scaffolder.backstage.io/v1beta3
kind: Template
metadata:
  name: t6
  annotations:
    backstage.io/time-saved: six hours
spec: { type: service, steps: [] }
`), [
    'warning content/catalogue/test.yaml:6 metadata.annotations.backstage.io/source-template: component:default/t3: backstage.io/source-template "template:default/no-such-template" names no Template in the catalogue, so it does not count as on the golden path: write the Template\'s reference, e.g. "template:default/node-service"',
    'warning content/catalogue/test.yaml:16 metadata.annotations.paved.dev/template-version: component:default/t4 says it is on template version 9, but template:default/go-service is at version 3: correct one of the two paved.dev/template-version annotations',
    'warning content/catalogue/test.yaml:24 metadata.annotations.paved.dev/template-version: component:default/t5 has paved.dev/template-version but no backstage.io/source-template, so its version is not compared with anything: add the template it was created from, e.g. "template:default/node-service"',
    'warning content/catalogue/test.yaml:32 metadata.annotations.backstage.io/time-saved: template:default/t6: "six hours" is not an ISO 8601 duration, so the time saved is not shown: write e.g. "PT6H" (6 hours) or "P2D" (2 days)',
  ]);
});

test('an entity whose review is overdue is a warning in paved check', () => {
  assert.deepEqual(check(`${HEAD}
kind: System
metadata:
  name: t7
  annotations:
    paved.dev/last-reviewed: "2026-01-10"
spec: { owner: payments }
`), ['warning content/catalogue/test.yaml:6 metadata.annotations.paved.dev/last-reviewed: system:default/t7 was last reviewed on 2026-01-10, more than 180 days ago: review it and update the annotation']);
});

test('names are unique per kind and namespace, compared case-insensitively', () => {
  const problems = check(`${HEAD}\nkind: Group\nmetadata: { name: PAYMENTS }\nspec: { type: team, children: [] }\n`);
  assert.equal(problems.length, 1);
  assert.match(problems[0]!, /^error .*:3 metadata\.name: group:default\/payments is defined twice \(first in content\/catalogue\/org\.yaml, document \d+\)/);
});
