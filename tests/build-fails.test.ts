/**
 * The build refuses bad content with the same messages as `paved check`, listing every problem.
 * Runs a real `astro build` on a copy of the project with four files broken, one of them by personal
 * data in a finding and one a bad CSV row; it stops in the content check, before any page is rendered,
 * so it takes a few seconds.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

test('astro build fails on bad content, a bad metrics row included, and names every file, line and field, with no stack trace', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'paved-build-'));
  try {
    for (const f of ['src', 'content', 'research', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
      cpSync(path.join(root, f), path.join(dir, f), { recursive: true });
    }
    symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    const guide = path.join(dir, 'content/guides/welcome.mdx');
    writeFileSync(guide, readFileSync(guide, 'utf8').replace(/^owner: .*$/m, 'owner: no-such-team'));
    const path2 = path.join(dir, 'content/guides/get-access.mdx');
    writeFileSync(path2, readFileSync(path2, 'utf8').replace(/^lastReviewed: .*$/m, 'lastReviewed: 20240501'));
    const finding = path.join(dir, 'content/findings/secrets-friction.mdx');
    writeFileSync(finding, `${readFileSync(finding, 'utf8')}\nWrite to jo.bloggs@kestrel-freight.com for the details.\n`);
    const csv = path.join(dir, 'content/metrics/surveys.csv');
    const rows = readFileSync(csv, 'utf8').split('\n');
    rows[2] = rows[2]!.replace(/^(\d{4}-\d{2}-\d{2}),([^,]+),\d+,/, '$1,$2,eleven,');
    writeFileSync(csv, rows.join('\n'));
    const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
    assert.ok(existsSync(astro));
    const run = spawnSync(process.execPath, [astro, 'build'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }, timeout: 120_000 });
    const output = `${run.stdout}\n${run.stderr}`;
    assert.notEqual(run.status, 0, 'the build must fail');
    assert.match(output, /content\/guides\/welcome\.mdx:\d+ owner: "no-such-team" does not match any Group/);
    assert.match(output, /content\/guides\/get-access\.mdx:\d+ lastReviewed: expected a date written as YYYY-MM-DD, got the number 20240501/);
    assert.match(output, /content\/findings\/secrets-friction\.mdx:\d+ an e-mail address \(j…@kestrel-freight\.com\) at column 10: personal data must never be published/);
    assert.doesNotMatch(output, /jo\.bloggs/, 'the address itself is not printed');
    assert.match(output, /content\/metrics\/surveys\.csv:3 score: write a whole number from 0 to 10; got the text "eleven" \(column 3\)/);
    assert.match(output, /the content has 4 errors/);
    assert.doesNotMatch(output, /\n\s+at .+:\d+:\d+\)?\n/, 'no stack frames');
    assert.ok(!existsSync(path.join(dir, 'dist/index.html')), 'nothing is half-published');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
