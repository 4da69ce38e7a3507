import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { localImageRefs } from '../src/lib/markdown/local-images.ts';
import { checkRepository } from '../src/loaders/repository.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

test('relative image references are found with their lines; addresses, site paths and code are not', () => {
  const text = [
    '---',
    'title: X',
    '---',
    '![Layout](img/initial-layout.png)',
    'Text ![a](./a%20b.svg "Title") and ![b](<../shared/c d.png>) and ![web](https://example.com/x.png).',
    '<img src="diagram.svg" alt="Diagram"> <img alt="x" src=\'/logo.svg\'>',
    '![root](/images/site.png) ![data](data:image/png;base64,AAAA) `![code](in-code.png)`',
    '```md',
    '![example](not-an-image.png)',
    '```',
    '![after](img/after.png?raw#top)',
  ].join('\n');
  assert.deepEqual(localImageRefs(text), [
    { target: 'img/initial-layout.png', line: 4 },
    { target: './a b.svg', line: 5 },
    { target: '../shared/c d.png', line: 5 },
    { target: 'diagram.svg', line: 6 },
    { target: 'img/after.png', line: 11 },
  ]);
});

test('paved check: a relative image that is not there is an error with the page and line; one that is there passes', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'paved-images-'));
  try {
    for (const f of ['content', 'research', 'paved.config.yaml']) cpSync(path.join(root, f), path.join(dir, f), { recursive: true });
    const guide = 'content/guides/databases/run-database-migrations.md';
    const text = readFileSync(path.join(dir, guide), 'utf8');
    const lines = text.split('\n').length;
    writeFileSync(path.join(dir, guide), `${text}\n![Initial layout](img/initial-layout.png)\n\n![Flow](img/flow.svg)\n`);
    mkdirSync(path.join(dir, 'content/guides/databases/img'));
    writeFileSync(path.join(dir, 'content/guides/databases/img/flow.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const { problems } = checkRepository(dir, new Date('2026-11-28T00:00:00Z'), () => ({ ok: false, stdout: '', stderr: 'no git' }));
    const images = problems.filter((p) => p.message.includes('the image'));
    assert.deepEqual(images.map((p) => [p.severity, p.file, p.line]), [['error', guide, lines + 1]]);
    assert.match(images[0]!.message, /"img\/initial-layout\.png" is not there \(looked for content\/guides\/databases\/img\/initial-layout\.png\)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
