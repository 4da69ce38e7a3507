import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { loadConfig } from '../src/loaders/config.ts';
import { DEFAULT_CONFIG } from '../src/schemas/config.ts';

function repo(text?: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'paved-config-'));
  if (text !== undefined) writeFileSync(path.join(dir, 'paved.config.yaml'), text);
  return dir;
}

test('a repository without paved.config.yaml gets the documented defaults', () => {
  const { config, problems } = loadConfig(repo());
  assert.deepEqual(problems, []);
  assert.deepEqual(config, DEFAULT_CONFIG);
  assert.equal(config.publish.base, '/');
});

test('a setting in paved.config.yaml is read', () => {
  const { config, problems } = loadConfig(repo('publish:\n  base: /portal/\n'));
  assert.deepEqual(problems, []);
  assert.equal(config.publish.base, '/portal/');
});

test('an unknown setting is an error naming the file, the line and the field', () => {
  const { problems } = loadConfig(repo('publish:\n  base: /\n  bsae: /portal/\n'));
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.file, 'paved.config.yaml');
  assert.equal(problems[0]!.severity, 'error');
  assert.equal(problems[0]!.field, 'publish.bsae');
  assert.match(problems[0]!.message, /not a known field/);
  assert.equal(problems[0]!.line, 3);
});

test('a config file that is not YAML is an error with its line', () => {
  const { problems } = loadConfig(repo('publish:\n  base: [\n'));
  assert.equal(problems[0]!.file, 'paved.config.yaml');
  assert.ok(problems[0]!.line !== undefined);
});
