/**
 * The catalogue at scale: copies the project to a temporary folder, adds a synthetic catalogue of the
 * given size (scripts/generate-catalogue.ts) next to the sample one, builds the site, and prints the build
 * time and the weight of the catalogue pages, gzipped. The project itself is never touched.
 *
 *   node scripts/catalogue-scale.ts [--entities 5000] [--keep]
 *
 * --keep leaves the temporary copy in place (its path is printed) to browse it with `astro preview`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { countEntities, generateCatalogue } from './generate-catalogue.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const at = args.indexOf('--entities');
const entities = at >= 0 ? Number(args[at + 1]) : 5000;
if (!Number.isInteger(entities) || entities < 100) throw new Error('--entities needs a whole number of at least 100');

const dir = mkdtempSync(path.join(os.tmpdir(), 'paved-scale-'));
for (const f of ['src', 'content', 'research', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(path.join(root, f), path.join(dir, f), { recursive: true });
// Link the dependencies one by one, so Astro's and Vite's caches (node_modules/.astro, .vite) stay in the copy.
mkdirSync(path.join(dir, 'node_modules'));
for (const entry of readdirSync(path.join(root, 'node_modules'))) {
  if (!['.astro', '.vite', '.cache'].includes(entry)) symlinkSync(path.join(root, 'node_modules', entry), path.join(dir, 'node_modules', entry));
}
const files = generateCatalogue(entities);
mkdirSync(path.join(dir, 'content/catalogue/generated'));
for (const f of files) writeFileSync(path.join(dir, 'content/catalogue/generated', f.name), f.text);

const started = performance.now();
const build = spawnSync(process.execPath, [path.join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 28 });
const seconds = (performance.now() - started) / 1000;
if (build.status !== 0) {
  console.error(build.stdout.slice(-4000), build.stderr.slice(-4000));
  throw new Error(`the build failed (kept in ${dir})`);
}
const dist = path.join(dir, 'dist');
const pages = build.stdout.match(/(\d+) page\(s\) built/)?.[1];
const indexing = build.stdout.match(/search index: \d+ pages in (\d+) ms/)?.[1];
const kb = (file: string) => {
  const data = readFileSync(path.join(dist, file));
  return `${(data.length / 1024).toFixed(1)} kB, ${(gzipSync(data, { level: 9 }).length / 1024).toFixed(1)} kB gzipped`;
};
const component = readdirSync(path.join(dist, 'catalogue/component/default')).find((n) => n.startsWith('gen-'))!;
const api = readdirSync(path.join(dist, 'catalogue/api/default')).find((n) => n.startsWith('gen-'))!;
const script = readFileSync(path.join(dist, 'catalogue/index.html'), 'utf8').match(/src="(\/_astro\/index\.astro[^"]+\.js)"/)?.[1];
const rows: [string, string][] = [
  ['Catalogue index, /catalogue/ (HTML)', kb('catalogue/index.html')],
  ['A listing page, /catalogue/by/kind/component/', kb('catalogue/by/kind/component/index.html')],
  [`A component page (${component})`, kb(`catalogue/component/default/${component}/index.html`)],
  [`An API page (${api})`, kb(`catalogue/api/default/${api}/index.html`)],
  ['Browser index, /catalogue/index.json', kb('catalogue/index.json')],
  ['Descriptions, /catalogue/descriptions.json', kb('catalogue/descriptions.json')],
  ['Browser script (catalogue page only)', script && existsSync(path.join(dist, script)) ? kb(script) : 'not found'],
  ['Golden-path adoption page', kb('catalogue/adoption/index.html')],
];
console.log(`${countEntities(files)} generated entities next to the sample catalogue: ${pages} pages built in ${seconds.toFixed(0)} s (search indexing ${((Number(indexing) || 0) / 1000).toFixed(0)} s of it), Node ${process.versions.node}, ${os.cpus().length} CPUs.\n`);
console.log('| What | Size |\n|---|---|');
for (const [what, size] of rows) console.log(`| ${what} | ${size} |`);
if (args.includes('--keep')) console.log(`\nKept in ${dir}`);
else rmSync(dir, { recursive: true, force: true });
