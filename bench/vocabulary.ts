/**
 * Size of the search vocabulary (src/lib/search/vocabulary.ts) at 1,000 and 10,000 generated guides, and
 * how long building it takes. The texts are what the build reads from the pages: guide titles, aliases,
 * tags and headings, and catalogue entity names, titles and tags.
 *
 *   node bench/vocabulary.ts            # prints a Markdown table
 *
 * The generator draws words from a few hundred, so its vocabulary levels off early; the second figure of
 * each row adds ten made-up words per guide (a pessimistic stand-in for real guides' own terms).
 */
import { gzipSync } from 'node:zlib';
import { parseAllDocuments } from 'yaml';
import { Random, generateEntities, generateGuides, scaleOf } from './generate.ts';
import { buildVocabulary } from '../src/lib/search/vocabulary.ts';

function texts(guides: number, seed = 1): string[] {
  const r = new Random(seed);
  const scale = scaleOf(guides);
  const entities = generateEntities(r, scale.entities);
  const out: string[] = [];
  for (const text of Object.values(entities.files)) {
    for (const doc of parseAllDocuments(text)) {
      const e = doc.toJSON() as { metadata?: { name?: string; title?: string; tags?: string[] } } | null;
      if (!e?.metadata) continue;
      out.push(e.metadata.name ?? '', e.metadata.title ?? '', ...(e.metadata.tags ?? []));
    }
  }
  for (const g of generateGuides(r, scale.guides, entities)) {
    out.push(g.title);
    const list = (key: string) => (new RegExp(`^${key}:\\n((?:  - .*\\n?)*)`, 'm').exec(g.frontmatter)?.[1] ?? '').split('\n').map((l) => l.replace(/^ {2}- /, '')).filter(Boolean);
    out.push(...list('tags'), ...list('aliases'));
    for (const m of g.body.matchAll(/^#{2,4} (.+)$/gm)) out.push(m[1]!);
  }
  return out;
}

/** Ten made-up words per guide, from a seeded generator: a guide's own product names and jargon. */
function ownWords(guides: number): string[] {
  const r = new Random(7);
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  return Array.from({ length: guides * 10 }, () => Array.from({ length: r.int(5, 10) }, () => letters[r.int(0, 25)]).join(''));
}

const rows = ['| guides | words | JSON | gzipped | build time |', '|---:|---:|---:|---:|---:|'];
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
for (const guides of [1000, 10000]) {
  for (const extra of [false, true]) {
    const input = texts(guides).concat(extra ? ownWords(guides) : []);
    const started = performance.now();
    const vocabulary = buildVocabulary(input);
    const ms = performance.now() - started;
    const json = JSON.stringify(vocabulary);
    rows.push(`| ${guides.toLocaleString('en')}${extra ? ' + 10 own words each' : ''} | ${vocabulary.terms.length.toLocaleString('en')} | ${kb(Buffer.byteLength(json))} | ${kb(gzipSync(json).length)} | ${Math.round(ms)} ms |`);
  }
}
console.log(rows.join('\n'));
