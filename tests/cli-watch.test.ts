/**
 * `paved check --watch`: checks once, again after a save to content/, research/ or paved.config.yaml
 * (several quick saves give one run), prints a header each time, and ends with exit 0 on Ctrl-C.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { main } from '../src/cli/index.ts';
import { watchAndRun } from '../src/cli/watch.ts';
import { capture, makeResearchFixture } from './helpers/research-fixture.ts';

process.env['PAVED_TODAY'] = '2026-06-01';
process.env['NO_COLOR'] = '1';

async function until(what: string, ok: () => boolean, ms = 8000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

test('runs once, then once per settled burst of saves in content/, research/ and paved.config.yaml; stops when asked', async () => {
  const { root, cleanup } = makeResearchFixture();
  const controller = new AbortController();
  const lines: string[] = [];
  let runs = 0;
  try {
    const done = watchAndRun(root, () => void runs++, { debounceMs: 150, signal: controller.signal, out: (l) => lines.push(l) });
    assert.equal(runs, 1, 'checked at once');
    await sleep(200);
    for (let i = 0; i < 3; i++) writeFileSync(path.join(root, 'content/findings/waiting.mdx'), `---\ntitle: edit ${i}\n---\n`);
    await until('the run after a save', () => runs === 2);
    await sleep(400);
    assert.equal(runs, 2, 'three quick saves, one run');
    assert.ok(lines.some((l) => /^paved check --watch, \d\d:\d\d:\d\d: content\/findings\/waiting\.mdx$/.test(l)), lines.join('\n'));
    appendFileSync(path.join(root, 'research/themes.yaml'), '\n');
    await until('the run after a research save', () => runs === 3);
    writeFileSync(path.join(root, 'paved.config.yaml'), 'publish:\n  base: /\n');
    await until('the run after a configuration save', () => runs === 4);
    assert.ok(lines.some((l) => l.endsWith(': paved.config.yaml')), 'the configuration file is named');
    controller.abort();
    assert.equal(await done, 0);
    writeFileSync(path.join(root, 'content/findings/waiting.mdx'), '---\ntitle: after\n---\n');
    await sleep(400);
    assert.equal(runs, 4, 'nothing runs after it stopped');
  } finally {
    controller.abort();
    cleanup();
  }
});

test('paved check --watch prints the problems each time and ends with exit 0 on Ctrl-C', async () => {
  const { root, cleanup } = makeResearchFixture();
  try {
    const r = await capture(async () => {
      const running = main(['check', '--watch'], { root });
      await sleep(300);
      writeFileSync(path.join(root, 'content/findings/waiting.mdx'), '---\ntitle: x\n---\n');
      await sleep(1500);
      process.emit('SIGINT');
      return running;
    });
    assert.equal(r.value, 0);
    const headers = r.out.split('\n').filter((l) => l.startsWith('paved check --watch, '));
    assert.equal(headers.length, 2, r.out);
    assert.match(r.out, /0 errors/);
    assert.match(r.out, /error +content\/findings\/waiting\.mdx/);
  } finally {
    cleanup();
  }
});
