/**
 * What keeps the build linear at 10,000 guides: the data store read from disk rather than bundled, and
 * the personal-data scan of the output dealt to worker threads with the same findings as one thread.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DATA_STORE_MODULE, dataStoreModule } from '../src/integrations/data-store.ts';
import { scanOutputInParallel } from '../src/integrations/privacy-scan.ts';
import { scanOutput, unpublishedProbes } from '../src/lib/privacy/index.ts';
import { outputFiles, readOutput } from '../src/loaders/dist.ts';

test('the data store module reads the same value from the file as Astro bundles', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'paved-store-'));
  try {
    // A devalue-flattened store with the characters a bundled string literal must escape.
    const store = [['Map', 1], { guides: 2 }, ['Map', 3], 'databases/postgres', { body: 'Line "one"\n\\ two ‘é’ \u2028 </script>' }];
    const file = path.join(dir, 'data-store.json');
    writeFileSync(file, JSON.stringify(store));
    const module = path.join(dir, 'store.mjs');
    writeFileSync(module, dataStoreModule(file));
    const loaded = (await import(pathToFileURL(module).href)) as { default: unknown };
    assert.deepEqual(loaded.default, store);
    assert.equal(DATA_STORE_MODULE, '\0astro:data-layer-content');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the output pass in worker threads finds exactly what one thread finds, with every page\'s vocabulary, in file order', async () => {
  const dist = mkdtempSync(path.join(tmpdir(), 'paved-scan-'));
  try {
    const secret = 'A sentence from the private note that nobody should ever read.';
    for (let i = 0; i < 600; i++) {
      mkdirSync(path.join(dist, `guides/g${i}`), { recursive: true });
      const extra = i % 97 === 5 ? ' Ring 415.555.0132 today.' : i % 151 === 7 ? ` ${secret}` : i === 333 ? ' Ask Zoë Whitfield.' : '';
      writeFileSync(path.join(dist, `guides/g${i}/index.html`), `<html><body><main data-pagefind-body><h1>Guide ${i}</h1><p>Guide ${i}.${extra}</p></main></body></html>`);
    }
    const ctx = {
      roster: [{ code: 'P03', names: ['Zoë Whitfield'] }],
      allow: { emails: new Set<string>(), domains: [], accounts: new Set<string>() },
      allowedValues: new Set<string>(),
      unpublished: unpublishedProbes([secret], []),
    };
    const files = outputFiles(dist);
    const one = scanOutput(readOutput(dist, files), ctx);
    const many = await scanOutputInParallel(dist, files, ctx, 2);
    const single = await scanOutputInParallel(dist, files, ctx, 1);
    assert.ok(one.length >= 11, `expected the planted findings, got ${one.length}`);
    assert.deepEqual(new Set(one.map((f) => f.rule)), new Set(['phone', 'unpublished-note', 'roster-name']));
    assert.deepEqual(many.findings, one);
    // The vocabulary texts come back for every page, in file order, the same from two threads as from one.
    assert.equal(many.texts.length, 600);
    assert.deepEqual(many.texts.map(([f]) => f), files.filter((f) => f.endsWith('.html')));
    assert.deepEqual(many, single);
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
});
