/**
 * Nothing from an interview note without publish consent may reach the built site: not its body, not its
 * quotes, not its participant code. Reads every file in dist/, the search index included.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import matter from 'gray-matter';
import { expect, test } from '@playwright/test';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = path.join(root, 'dist');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** Pagefind stores its index compressed; decompress its fragments so the text inside is searched too. */
async function readAll(): Promise<{ file: string; text: string }[]> {
  const { gunzipSync } = await import('node:zlib');
  return walk(dist).map((file) => {
    const buf = readFileSync(file);
    let text = buf.toString('utf8');
    if (file.includes(`${path.sep}pagefind${path.sep}`) && /\.pf_(fragment|index|meta)$/.test(file)) {
      try {
        // Pagefind files are gzip streams behind a short signature.
        const start = buf.indexOf(Buffer.from([0x1f, 0x8b]));
        text = gunzipSync(buf.subarray(start >= 0 ? start : 0)).toString('utf8');
      } catch {
        text = buf.toString('latin1');
      }
    }
    // Compare decoded text: HTML escapes apostrophes and ampersands.
    const decoded = text.replace(/&(#39|#x27|apos|quot|amp|lt|gt|#34);/g, (_m, e: string) => ({ '#39': "'", '#x27': "'", apos: "'", quot: '"', '#34': '"', amp: '&', lt: '<', gt: '>' })[e] ?? '');
    return { file: path.relative(dist, file), text: decoded };
  });
}

const unconsented = readdirSync(path.join(root, 'research/interviews'))
  .map((f) => ({ f, note: matter(readFileSync(path.join(root, 'research/interviews', f), 'utf8')) }))
  .filter(({ note }) => note.data['consent']?.publish === false);

test('the sample research includes notes without publish consent', () => {
  expect(unconsented.length).toBeGreaterThanOrEqual(1);
});

test('no sentence of an unconsented note reaches dist/, the search index included', async () => {
  const files = await readAll();
  expect(files.some((f) => f.file.startsWith('pagefind'))).toBe(true);
  for (const { f, note } of unconsented) {
    const sentences = note.content
      .split(/(?<=[.!?])\s+|\n+/)
      .map((s) => s.replace(/^[-#>*\s]+/, '').trim())
      .filter((s) => s.length >= 40);
    const quotes = (note.data['observations'] as { quote?: string; note?: string }[]).flatMap((o) => [o.quote, o.note]).filter((q): q is string => Boolean(q));
    const probes = [...sentences.map((s) => s.slice(0, 40)), ...quotes.map((q) => q.slice(0, 40))];
    expect(probes.length, `${f} has text to look for`).toBeGreaterThan(3);
    for (const probe of probes) {
      const leak = files.find((x) => x.text.includes(probe));
      expect(leak?.file, `text of ${f} ("${probe}") found in dist`).toBeUndefined();
    }
  }
});
